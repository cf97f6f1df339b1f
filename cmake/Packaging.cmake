# Desktop integration install rules and CPack (DEB and TGZ).
#
# Include once from the top-level CMakeLists.txt, after project():
#   include(cmake/Packaging.cmake)
# It works wherever it is included after project() (also as CMAKE_PROJECT_INCLUDE): the install
# rule for sharddesk-mock-server is deferred to the end of the top-level directory, when every
# target exists. sharddesk and sharddesk-cli install themselves (src/app, src/cli).
#
#   cmake --build build && (cd build && cpack -G DEB && cpack -G TGZ)
#   apt-get install ./build/sharddesk_*.deb
#
# The .deb's dependencies are computed by dpkg-shlibdeps from the installed binaries, plus the
# run-time pieces no binary links: libsecret (QtKeychain loads it with dlopen), the Qt SVG
# plugins (the icons are SVG) and the CA store. The X11 platform plugin (libqxcb) is in
# libqt6gui6 on Debian 12, which the computed dependencies already hold.

if(SHARDDESK_PACKAGING_INCLUDED)
  return()
endif()
set(SHARDDESK_PACKAGING_INCLUDED TRUE)

include(GNUInstallDirs)

set(SHARDDESK_APP_ID "io.github.sharddesk.ShardDesk")
set(_sd_linux "${CMAKE_CURRENT_LIST_DIR}/../packaging/linux")
cmake_path(NORMAL_PATH _sd_linux)

option(SHARDDESK_INSTALL_MOCK_SERVER
       "Install sharddesk-mock-server (the demo/test server the README documents)" ON)

# --- Desktop integration ------------------------------------------------------------------------
if(UNIX AND NOT APPLE)
  install(FILES "${_sd_linux}/${SHARDDESK_APP_ID}.desktop"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
  install(FILES "${_sd_linux}/${SHARDDESK_APP_ID}.metainfo.xml"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
  install(FILES "${_sd_linux}/icons/${SHARDDESK_APP_ID}.svg"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
  # The licence where Debian tools look for it (the metainfo says MIT).
  install(FILES "${CMAKE_CURRENT_LIST_DIR}/../LICENSE"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/sharddesk" RENAME copyright)
  foreach(_sd_size IN ITEMS 16 32 48 64 128 256)
    install(FILES "${_sd_linux}/icons/hicolor/${_sd_size}x${_sd_size}/${SHARDDESK_APP_ID}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_sd_size}x${_sd_size}/apps")
  endforeach()
endif()

function(_sharddesk_install_mock_server)
  if(SHARDDESK_INSTALL_MOCK_SERVER AND TARGET sharddesk-mock-server)
    install(TARGETS sharddesk-mock-server RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
  endif()
endfunction()
cmake_language(DEFER DIRECTORY "${PROJECT_SOURCE_DIR}" CALL _sharddesk_install_mock_server)

# --- CPack ---------------------------------------------------------------------------------------
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_NAME "sharddesk")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "ShardDesk developers")
set(CPACK_PACKAGE_CONTACT "ShardDesk developers <dev@sharddesk.example>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/sharddesk/sharddesk")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop client for the ProxyShard User API")
set(CPACK_PACKAGE_DESCRIPTION
"ShardDesk buys and manages ProxyShard proxies without a browser: every order
in one table with filters and search as you type, expiry and auto-renewal at a
glance, renewals, tags and billing cycles, and a purchase wizard. The API key
is kept in the system keychain (Secret Service). Includes sharddesk-cli for
scripts and a demo mode with sample data.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "sharddesk")
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
# Never pack a build tree or the VCS into a source package.
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/\\.cache/")

# DEB
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)             # sharddesk_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_NAME "sharddesk")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "ShardDesk developers <dev@sharddesk.example>")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Not linked, so dpkg-shlibdeps cannot see them. Debian 13 moves the Qt SVG plugins into
# qt6-svg-plugins; Debian 12 ships them in libqt6svg6. ca-certificates: only https servers are
# accepted and certificate errors are never ignored, so without a CA store nothing connects
# (a minimal Debian does not have it). libqt6sql6-sqlite: the local store's driver, a plugin.
# libqt6charts6: the Overview page's charts; linked, so dpkg-shlibdeps finds it too, but named
# here so a package built without shlibdeps (or a static Qt) still asks for it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libsecret-1-0, qt6-svg-plugins | libqt6svg6, libqt6sql6-sqlite, libqt6charts6, ca-certificates")
# Native Wayland windows (without it Qt falls back to X11 through XWayland); Qt's own words
# (standard buttons, file dialogs) in the interface language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)

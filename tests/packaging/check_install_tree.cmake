# Installs the build tree into a scratch prefix (what cpack packs) and checks the desktop
# integration there: every file in place, the .desktop's Exec and Icon resolve inside the tree,
# and the validators pass on the installed files (appstreamcli validate-tree also checks that the
# metainfo's launchable names an installed .desktop file).
#   cmake -DBUILD_DIR=<build> -DPREFIX=<scratch> -DAPP_ID=<id> [-DDESKTOP_FILE_VALIDATE=<exe>]
#         [-DAPPSTREAMCLI=<exe>] -P check_install_tree.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}${err}")
endif()

set(expected
  bin/sharddesk
  bin/sharddesk-cli
  share/applications/${APP_ID}.desktop
  share/metainfo/${APP_ID}.metainfo.xml
  share/icons/hicolor/scalable/apps/${APP_ID}.svg
  share/doc/sharddesk/copyright)
foreach(size IN ITEMS 16 32 48 64 128 256)
  list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
set(problems "")
foreach(path IN LISTS expected)
  if(NOT EXISTS "${PREFIX}/${path}")
    list(APPEND problems "missing ${path}")
  endif()
endforeach()

# PNG sizes: the IHDR width and height must match the directory name.
foreach(size IN ITEMS 16 32 48 64 128 256)
  set(png "${PREFIX}/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png")
  if(EXISTS "${png}")
    file(READ "${png}" header OFFSET 16 LIMIT 8 HEX)
    string(SUBSTRING "${header}" 0 8 w)
    string(SUBSTRING "${header}" 8 8 h)
    math(EXPR w "0x${w}")
    math(EXPR h "0x${h}")
    if(NOT w EQUAL size OR NOT h EQUAL size)
      list(APPEND problems "${size}x${size} icon is ${w}x${h}")
    endif()
  endif()
endforeach()

set(desktop "${PREFIX}/share/applications/${APP_ID}.desktop")
if(EXISTS "${desktop}")
  file(STRINGS "${desktop}" exec_lines REGEX "^Exec=")
  foreach(line IN LISTS exec_lines)
    string(REGEX REPLACE "^Exec=([^ ]+).*" "\\1" exe "${line}")
    if(NOT EXISTS "${PREFIX}/bin/${exe}")
      list(APPEND problems "${line}: no bin/${exe} in the installed tree")
    endif()
  endforeach()
  file(STRINGS "${desktop}" icon_line REGEX "^Icon=")
  if(NOT icon_line STREQUAL "Icon=${APP_ID}")
    list(APPEND problems "desktop file has '${icon_line}', expected Icon=${APP_ID}")
  endif()
  if(DESKTOP_FILE_VALIDATE)
    execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${desktop}"
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0 OR out MATCHES "error:|warning:")
      list(APPEND problems "desktop-file-validate on the installed file:\n${out}")
    endif()
  endif()
endif()

if(APPSTREAMCLI)
  execute_process(COMMAND "${APPSTREAMCLI}" validate-tree --no-net --strict --explain "${PREFIX}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    list(APPEND problems "appstreamcli validate-tree (${rc}):\n${out}")
  endif()
endif()

if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "installed tree ${PREFIX}:\n  ${text}")
endif()
list(LENGTH expected count)
message("installed tree ok: ${count} files checked")

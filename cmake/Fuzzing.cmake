# libFuzzer targets for the JSON parsers and the ISO date parser (tests/fuzz).
#
# Include after add_subdirectory(src) and the tests block: it copies the source lists of the
# core's layers (domain, api, services), so they must already be defined, and it registers ctest
# tests.
#
#   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DSHARDDESK_FUZZ=ON \
#         -DCMAKE_BUILD_TYPE=RelWithDebInfo
#   cmake --build build-fuzz --target fuzzers
#   tests/fuzz/run-all.sh build-fuzz 30
#
# SHARDDESK_FUZZ=ON (Clang only): `sharddesk_core_fuzz` is the core (the domain, api and services
# layers in one library) built once more with
# -fsanitize=fuzzer-no-link,address,undefined (coverage for libFuzzer; every other target of the
# tree stays as it is), and each fuzz_<name> links it with -fsanitize=fuzzer,address,undefined.
# SHARDDESK_FUZZ=OFF: the same fuzz_<name> programs are built with a replay main against the
# normal core (any compiler), so ctest runs the seed corpora as regression tests, under
# SHARDDESK_SANITIZE too.
option(SHARDDESK_FUZZ "Build libFuzzer targets fuzz_<name> (needs Clang and its runtime)" OFF)

if(SHARDDESK_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "SHARDDESK_FUZZ needs Clang (libFuzzer), not ${CMAKE_CXX_COMPILER_ID}: "
                        "configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  set(_fuzz_layers sharddesk_domain sharddesk_api sharddesk_services)
  foreach(layer IN LISTS _fuzz_layers)
    if(NOT TARGET ${layer})
      message(FATAL_ERROR "Fuzzing.cmake: include it after add_subdirectory(src)")
    endif()
  endforeach()

  set(SHARDDESK_FUZZ_CORE_FLAGS
    -fsanitize=fuzzer-no-link,address,undefined
    -fno-sanitize-recover=all
    -fno-omit-frame-pointer)
  set(SHARDDESK_FUZZ_TARGET_FLAGS
    -fsanitize=fuzzer,address,undefined
    -fno-sanitize-recover=all
    -fno-omit-frame-pointer)

  # The layers' own source lists, whichever directories added to them (all in src/core).
  set(_fuzz_core_sources)
  foreach(layer IN LISTS _fuzz_layers)
    get_target_property(_layer_sources ${layer} SOURCES)
    get_target_property(_layer_dir ${layer} SOURCE_DIR)
    foreach(source IN LISTS _layer_sources)
      if(IS_ABSOLUTE "${source}")
        list(APPEND _fuzz_core_sources "${source}")
      else()
        list(APPEND _fuzz_core_sources "${_layer_dir}/${source}")
      endif()
    endforeach()
  endforeach()
  get_target_property(_core_dir sharddesk_services SOURCE_DIR)

  find_package(Qt6Keychain REQUIRED) # imported in src/core's scope only
  add_library(sharddesk_core_fuzz STATIC ${_fuzz_core_sources})
  set_target_properties(sharddesk_core_fuzz PROPERTIES AUTOMOC ON)
  target_include_directories(sharddesk_core_fuzz PUBLIC ${_core_dir})
  # The diagnostics library (logging categories, redaction) is linked as it is: parsers are what
  # is fuzzed, and it stays outside the coverage.
  target_link_libraries(sharddesk_core_fuzz
    PUBLIC sharddesk_options sharddesk_diagnostics Qt6::Core Qt6::Network
    PRIVATE sharddesk_version qt6keychain Qt6::Sql)
  target_compile_options(sharddesk_core_fuzz PRIVATE ${SHARDDESK_FUZZ_CORE_FLAGS})
  message(STATUS "ShardDesk: libFuzzer targets (cmake --build . --target fuzzers)")
endif()

if(SHARDDESK_FUZZ OR SHARDDESK_BUILD_TESTS)
  add_subdirectory(${PROJECT_SOURCE_DIR}/tests/fuzz ${PROJECT_BINARY_DIR}/tests/fuzz)
endif()

# libFuzzer targets for the JSON parsers and the ISO date parser (tests/fuzz).
#
# Include after add_subdirectory(src) and the tests block: it copies sharddesk_core's source
# list, so the core must already be defined, and it registers ctest tests.
#
#   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DSHARDDESK_FUZZ=ON \
#         -DCMAKE_BUILD_TYPE=RelWithDebInfo
#   cmake --build build-fuzz --target fuzzers
#   tests/fuzz/run-all.sh build-fuzz 30
#
# SHARDDESK_FUZZ=ON (Clang only): `sharddesk_core_fuzz` is the core built once more with
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
  if(NOT TARGET sharddesk_core)
    message(FATAL_ERROR "Fuzzing.cmake: include it after add_subdirectory(src)")
  endif()

  set(SHARDDESK_FUZZ_CORE_FLAGS
    -fsanitize=fuzzer-no-link,address,undefined
    -fno-sanitize-recover=all
    -fno-omit-frame-pointer)
  set(SHARDDESK_FUZZ_TARGET_FLAGS
    -fsanitize=fuzzer,address,undefined
    -fno-sanitize-recover=all
    -fno-omit-frame-pointer)

  # The core's own source list, whichever directories added to it.
  get_target_property(_core_sources sharddesk_core SOURCES)
  get_target_property(_core_dir sharddesk_core SOURCE_DIR)
  set(_fuzz_core_sources)
  foreach(source IN LISTS _core_sources)
    if(IS_ABSOLUTE "${source}")
      list(APPEND _fuzz_core_sources "${source}")
    else()
      list(APPEND _fuzz_core_sources "${_core_dir}/${source}")
    endif()
  endforeach()

  find_package(Qt6Keychain REQUIRED) # imported in src/core's scope only
  add_library(sharddesk_core_fuzz STATIC ${_fuzz_core_sources})
  set_target_properties(sharddesk_core_fuzz PROPERTIES AUTOMOC ON)
  target_include_directories(sharddesk_core_fuzz PUBLIC ${_core_dir})
  # The diagnostics library (logging categories, redaction) is linked as it is: parsers are what
  # is fuzzed, and it stays outside the coverage.
  target_link_libraries(sharddesk_core_fuzz
    PUBLIC sharddesk_options sharddesk_diagnostics Qt6::Core Qt6::Network
    PRIVATE qt6keychain)
  target_compile_options(sharddesk_core_fuzz PRIVATE ${SHARDDESK_FUZZ_CORE_FLAGS})
  message(STATUS "ShardDesk: libFuzzer targets (cmake --build . --target fuzzers)")
endif()

if(SHARDDESK_FUZZ OR SHARDDESK_BUILD_TESTS)
  add_subdirectory(${CMAKE_SOURCE_DIR}/tests/fuzz ${CMAKE_BINARY_DIR}/tests/fuzz)
endif()

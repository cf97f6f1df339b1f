# AddressSanitizer + UndefinedBehaviorSanitizer for every target of the tree.
#
# Include after `sharddesk_options` is defined: every target links that INTERFACE library, so the
# flags reach all of our code (libraries, executables, tests, benchmarks) and every link.
# Qt and the system libraries are not instrumented; ASan still sees their heap through its
# malloc interposer, so leaks and overflows of memory Qt allocates for us are found too.
#
#   cmake -S . -B build-asan -G Ninja -DSHARDDESK_SANITIZE=ON \
#         -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1"
#   cmake --build build-asan -j2
#   ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
#   QT_QPA_PLATFORM=offscreen ctest --test-dir build-asan --output-on-failure -j2
#
# No LeakSanitizer suppressions are needed: Qt, fontconfig, D-Bus and QtKeychain leave no
# reported leak in any test (Debian 12, Qt 6.4.2).
#
# A test whose wall-clock bound instrumentation (2-3x slower) would break can check
# __SANITIZE_ADDRESS__ (GCC; Clang: __has_feature(address_sanitizer)).
#
# Works with GCC (12+) and Clang. Any report ends the process (-fno-sanitize-recover=all), so a
# finding is a failed test, never a line lost in a log.
option(SHARDDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

if(SHARDDESK_SANITIZE)
  if(NOT TARGET sharddesk_options)
    message(FATAL_ERROR "Sanitizers.cmake: include it after add_library(sharddesk_options ...)")
  endif()
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    message(FATAL_ERROR "SHARDDESK_SANITIZE needs GCC or Clang, not ${CMAKE_CXX_COMPILER_ID}")
  endif()
  set(SHARDDESK_SANITIZER_FLAGS -fsanitize=address,undefined)
  target_compile_options(sharddesk_options INTERFACE
    ${SHARDDESK_SANITIZER_FLAGS}
    -fno-omit-frame-pointer
    -fno-sanitize-recover=all)
  target_link_options(sharddesk_options INTERFACE ${SHARDDESK_SANITIZER_FLAGS})
  message(STATUS "ShardDesk: AddressSanitizer + UndefinedBehaviorSanitizer on every target")
endif()

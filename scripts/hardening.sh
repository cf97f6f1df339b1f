#!/usr/bin/env bash
# Issue 7 in CI: the whole test suite again under AddressSanitizer + UndefinedBehaviorSanitizer,
# then every libFuzzer target for 30 s (two at a time: one per core). Any report fails the run.
# -g1: line tables are all a sanitizer report needs; full debug info (a 4.8 GB build tree)
# slowed compiling and linking the ~100 test programs.
#
#   scripts/hardening.sh [FUZZ_SECONDS=30]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
jobs=$(nproc 2>/dev/null || echo 2)
[ "$jobs" -gt 2 ] || jobs=2

echo "== hardening: sanitizer build =="
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
  -DSHARDDESK_SANITIZE=ON -DSHARDDESK_WERROR=ON -DSHARDDESK_BUILD_BENCHMARKS=OFF
cmake --build build-asan -j"$jobs"
echo "== hardening: test suite under ASan + UBSan =="
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  QT_QPA_PLATFORM=offscreen ctest --test-dir build-asan --output-on-failure -j"$jobs"

echo "== hardening: fuzz targets (clang, libFuzzer) =="
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DSHARDDESK_FUZZ=ON -DSHARDDESK_BUILD_TESTS=OFF \
  -DSHARDDESK_BUILD_BENCHMARKS=OFF
cmake --build build-fuzz -j"$jobs" --target fuzzers
mapfile -t targets < <(find tests/fuzz/corpus -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort)
half=$(( (${#targets[@]} + 1) / 2 ))
SHARDDESK_FUZZ_TARGETS="${targets[*]:0:$half}" tests/fuzz/run-all.sh build-fuzz "$seconds" \
  > build-fuzz/run-a.log 2>&1 &
first=$!
set +e
SHARDDESK_FUZZ_TARGETS="${targets[*]:$half}" tests/fuzz/run-all.sh build-fuzz "$seconds" \
  > build-fuzz/run-b.log 2>&1
second=$?
wait "$first"
firstrc=$?
set -e
cat build-fuzz/run-a.log build-fuzz/run-b.log
[ "$firstrc" -eq 0 ] && [ "$second" -eq 0 ]
echo "hardening: no sanitizer report, no fuzz finding"

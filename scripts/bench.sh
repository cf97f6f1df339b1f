#!/usr/bin/env bash
# Builds the benchmark programs in Release (./build-release) and runs each once; every figure is
# printed as "BENCH <name>=<number> <unit>". Pass a number to repeat the whole set.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1}
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DSHARDDESK_BUILD_TESTS=OFF >/dev/null
cmake --build build-release -j2 --target benchmarks >/dev/null
for run in $(seq "$runs"); do
  echo "# run $run"
  for b in bench_sync bench_filter bench_memory bench_startup bench_gui_stall; do
    build-release/tests/bench/$b 2>/dev/null | grep '^BENCH'
  done
done

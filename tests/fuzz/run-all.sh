#!/usr/bin/env bash
# Runs every libFuzzer target of a SHARDDESK_FUZZ build for N seconds each, starting from the
# seed corpus in tests/fuzz/corpus/<name>/ (read-only: new inputs go to a scratch directory).
# Exits non-zero on the first crash, leak, timeout or out-of-memory; the reproducer is left in
# the artifacts directory and named in the output.
#
#   tests/fuzz/run-all.sh BUILD_DIR [SECONDS=30] [extra libFuzzer options...]
#   e.g. tests/fuzz/run-all.sh build-fuzz 30
#        tests/fuzz/run-all.sh build-fuzz 0 -runs=1000000     (a fixed number of runs instead)
# SHARDDESK_FUZZ_TARGETS="isodate orderspage" limits the run to those targets.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
build="${1:?usage: run-all.sh BUILD_DIR [SECONDS] [libFuzzer options...]}"
seconds="${2:-30}"
shift $(( $# >= 2 ? 2 : 1 ))
build="$(cd "$build" && pwd)"
bin="$build/tests/fuzz"
work="${SHARDDESK_FUZZ_WORK:-$build/fuzz-work}"
mkdir -p "$work"

targets=()
for corpus in "$here"/corpus/*/; do
  targets+=("$(basename "$corpus")")
done
if [ -n "${SHARDDESK_FUZZ_TARGETS:-}" ]; then
  read -r -a targets <<<"$SHARDDESK_FUZZ_TARGETS"
fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

failed=0
summary=()
for name in "${targets[@]}"; do
  exe="$bin/fuzz_$name"
  if [ ! -x "$exe" ]; then
    echo "run-all: $exe is missing (build with -DSHARDDESK_FUZZ=ON --target fuzzers)" >&2
    exit 2
  fi
  scratch="$work/$name/corpus"
  artifacts="$work/$name/artifacts/"
  mkdir -p "$scratch" "$artifacts"
  log="$work/$name/fuzz.log"
  limit=()
  [ "$seconds" -gt 0 ] && limit=("-max_total_time=$seconds")
  echo "== fuzz_$name (${seconds}s) =="
  set +e
  "$exe" "${limit[@]}" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -dict="$here/api.dict" -artifact_prefix="$artifacts" "$@" "$scratch" "$here/corpus/$name" \
    >"$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1 || true)
  if [ "$rc" -ne 0 ]; then
    failed=1
    echo "run-all: fuzz_$name FAILED (exit $rc) after ${runs:-?} runs; see $log" >&2
    grep -E 'ERROR|SUMMARY|fuzz invariant|Test unit written|runtime error' "$log" | head -20 >&2 || true
    summary+=("fuzz_$name: FAILED after ${runs:-?} runs")
  else
    summary+=("fuzz_$name: ${runs:-?} runs, no crash, leak or timeout")
  fi
done

echo "== summary =="
printf '%s\n' "${summary[@]}"
exit "$failed"

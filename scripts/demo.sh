#!/usr/bin/env bash
# Demo mode: installs the dependencies, builds the desktop app and starts it with --demo — a
# built-in ProxyShard-compatible server on loopback with sample data (no key, no money).
# Extra arguments go to sharddesk, e.g. `scripts/demo.sh --demo-orders 10000`.
#
# Only what the window needs is built: the `sharddesk` target (about 150 build steps), not the
# whole tree (about 565: every test, the benchmarks, the CLI, the mock server and the layering
# link checks). It builds in ./build, the tree scripts/build.sh and scripts/test.sh use, so a
# later scripts/test.sh compiles only the rest; a separate build directory with the tests
# switched off would compile the same sources twice.
set -euo pipefail
cd "$(dirname "$0")/.."

# The demo is a window: say so now rather than after the build.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "demo: no display (neither DISPLAY nor WAYLAND_DISPLAY is set)." >&2
  echo "demo: run it in a desktop session (or ssh -X); without one, see README: the CLI against" >&2
  echo "demo: sharddesk-mock-server." >&2
  exit 1
fi

scripts/install-deps.sh
jobs=$(nproc 2>/dev/null || echo 2)
[ "$jobs" -gt 2 ] || jobs=2
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --target sharddesk -j"$jobs"
exec build/src/app/sharddesk --demo "$@"

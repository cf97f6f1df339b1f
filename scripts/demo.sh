#!/usr/bin/env bash
# Demo mode: installs dependencies, builds, then starts the built-in ProxyShard-compatible
# server with sample data (no key, no money) and shows the account through the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
if [ -x build/src/app/sharddesk ]; then
  exec build/src/app/sharddesk --demo "$@"
fi

# Until the desktop window lands: the demo server and the CLI against it.
log=$(mktemp)
build/src/mockserver/sharddesk-mock-server --token demo >"$log" &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 100); do grep -q '^listening on ' "$log" && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$log")
echo "Demo server: $url (key: demo)"
export SHARDDESK_TOKEN=demo
cli() { build/src/cli/sharddesk-cli --server "$url" "$@"; }
cli me
cli products
cli orders --status on-hold
echo
echo "Try more, e.g.:  SHARDDESK_TOKEN=demo build/src/cli/sharddesk-cli --server $url orders"
echo "Press Enter to stop the demo server."
read -r _ || true

#!/usr/bin/env bash
# Installs every Debian/Ubuntu package ShardDesk needs to build, test and run.
# Non-interactive; uses sudo when not root.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build pkg-config
  # Qt 6 (Debian 12 ships 6.4): widgets, network, HTTP server for the demo/test server
  qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6svg6
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  # Qt's own translations (standard buttons, dialogs) for the Russian interface
  qt6-translations-l10n
  # OS keychain access (Secret Service on Linux)
  qtkeychain-qt6-dev
  # fonts so offscreen GUI tests and screenshots render text
  fonts-dejavu-core
  # validators for the desktop file and AppStream metadata (packaging tests)
  desktop-file-utils appstream
  # fuzzing (libFuzzer ships with clang's runtime libraries); CI's hardening step
  clang libclang-rt-14-dev
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"

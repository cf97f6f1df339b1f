#!/usr/bin/env bash
# Installs every Debian/Ubuntu package ShardDesk needs to build, test and run.
# Non-interactive. As root it runs apt-get itself; otherwise through sudo, and without sudo it
# stops with the apt-get command to run as root.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build pkg-config
  # Qt 6 (Debian 12 ships 6.4): widgets, network, HTTP server for the demo/test server
  qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6svg6
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  # SQLite driver for Qt SQL: the local store (src/core/storage)
  libqt6sql6-sqlite
  # Qt Charts: the Overview page's charts (src/ui/overview). Debian 12's qt6-charts-dev does not
  # pull in libqt6opengl6-dev, yet its CMake package needs Qt6OpenGL and Qt6OpenGLWidgets.
  qt6-charts-dev libqt6opengl6-dev
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
  # real proxy daemons the proxy checker's tests run on loopback (tests/checker): an HTTP proxy
  # with BasicAuth and a SOCKS5 proxy with username/password
  tinyproxy microsocks
)

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-deps: no dpkg/apt-get here (not Debian or Ubuntu): install the equivalents of" >&2
  echo "install-deps: these by hand, then run the build again: ${packages[*]}" >&2
  exit 1
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

# As root (a container, CI) apt-get runs directly; otherwise through sudo, when there is one.
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "install-deps: missing package(s): ${missing[*]}" >&2
    echo "install-deps: installing them needs root, but this is not root and sudo is not installed." >&2
    echo "install-deps: As root, run:" >&2
    echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
    echo "install-deps: (or run this script as root), then run it again." >&2
    exit 1
  fi
  sudo=(sudo)
  echo "install-deps: installing ${missing[*]} with sudo (it may ask for your password)"
fi
# sudo resets the environment: pass the non-interactive frontend on its command line.
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y --no-install-recommends "${missing[@]}"

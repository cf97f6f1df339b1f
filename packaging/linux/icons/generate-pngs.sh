#!/usr/bin/env bash
# Regenerates the committed hicolor PNGs from the scalable icon (run after editing the SVG).
# Needs rsvg-convert (Debian: librsvg2-bin). The PNGs are committed so builds and CI need no converter.
set -euo pipefail
cd "$(dirname "$0")"
svg=io.github.sharddesk.ShardDesk.svg
for size in 16 32 48 64 128 256; do
  mkdir -p "hicolor/${size}x${size}"
  rsvg-convert -w "$size" -h "$size" "$svg" -o "hicolor/${size}x${size}/io.github.sharddesk.ShardDesk.png"
done

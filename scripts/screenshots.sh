#!/usr/bin/env bash
# Regenerates the README/AppStream screenshots: the demo under Xvfb at 1280×800, in the light
# and the dark theme and in Russian, with the first order selected (xdotool clicks it), and the
# sub-users page with its second user selected, the proxy checker over every order in view, the
# activity after two refreshes, and the overview after two refreshes.
# Needs xvfb, imagemagick and xdotool (not CI dependencies: apt-get install xvfb imagemagick
# xdotool).
#
#   scripts/screenshots.sh [path/to/sharddesk]
set -euo pipefail
cd "$(dirname "$0")/.."
app="$(realpath "${1:-build/src/app/sharddesk}")"
out="$(realpath docs/screenshots)"
for shot in light dark ru subusers proxycheck activity overview; do
  theme=$shot language=en
  [ "$shot" = ru ] && theme=light language=ru
  [ "$shot" = subusers ] && theme=light
  [ "$shot" = proxycheck ] && theme=light
  [ "$shot" = activity ] && theme=light
  [ "$shot" = overview ] && theme=light
  # Where to click: the first order, or the Sub-users tab and then a user.
  clicks="xdotool mousemove 360 196 click 1"
  [ "$shot" = subusers ] && clicks="xdotool mousemove 100 151 click 1; sleep 2; xdotool mousemove 300 296 click 1"
  # The checker: every order in view selected, Ctrl+K, then the run's end.
  [ "$shot" = proxycheck ] && clicks="xdotool mousemove 360 196 click 1; sleep 1; xdotool key ctrl+a; sleep 1; xdotool key ctrl+k; sleep 10"
  # The activity: two refreshes (the demo changes orders on its own in between), then Ctrl+3.
  [ "$shot" = activity ] && clicks="xdotool mousemove 360 196 click 1; xdotool key F5; sleep 4; xdotool key F5; sleep 4; xdotool key ctrl+3; sleep 1"
  # The overview: the same two refreshes (renewals to count), then Ctrl+4.
  [ "$shot" = overview ] && clicks="xdotool mousemove 360 196 click 1; xdotool key F5; sleep 4; xdotool key F5; sleep 4; xdotool key ctrl+4; sleep 2"
  file="$out/main-window-$shot.png"
  [ "$shot" = subusers ] && file="$out/subusers.png"
  [ "$shot" = proxycheck ] && file="$out/proxycheck.png"
  [ "$shot" = activity ] && file="$out/activity.png"
  [ "$shot" = overview ] && file="$out/overview.png"
  config=$(mktemp -d)
  mkdir -p "$config/ShardDesk"
  # Fresh settings: the window fills the screen, English, the chosen theme.
  cat >"$config/ShardDesk/ShardDesk.conf" <<CONF
[ui]
language=$language
theme=$theme
CONF
  XDG_CONFIG_HOME="$config" LANG=en_US.UTF-8 xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
    '$app' --demo & pid=\$!
    sleep 5
    wid=\$(xdotool search --sync --name ShardDesk | head -1)
    xdotool windowsize \$wid 1280 800 windowmove \$wid 0 0
    sleep 1
    $clicks
    sleep 2
    import -window root '$file'
    kill \$pid"
  rm -rf "$config"
  echo "screenshots: $file"
done

#!/usr/bin/env bash
# Lists, page by page, what a screen reader (Orca, through AT-SPI) is told about each control:
# its role, its name and its description. Runs the simulator on a fresh store under Xvfb and a
# private D-Bus session; needs python3-pyatspi and at-spi2-core (Debian).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v Xvfb >/dev/null || { echo "Xvfb is needed (apt-get install xvfb)"; exit 2; }
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || {
  echo "python3-pyatspi is needed (apt-get install python3-pyatspi at-spi2-core)"; exit 2; }
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
Xvfb :97 -screen 0 1280x1024x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$data"' EXIT
dbus-run-session -- bash -c "
  export DISPLAY=:97 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 XDG_DATA_HOME='$data'
  /usr/libexec/at-spi-bus-launcher --launch-immediately &
  sleep 1
  ./build/default/app/ameli-simulator >/dev/null 2>&1 &
  sleep 4
  /usr/bin/python3 scripts/screen-reader-listing.py
  kill %2 %1 2>/dev/null || true
" 2>/dev/null

#!/usr/bin/env bash
# Lists, page by page, what a screen reader (Orca, through AT-SPI) is told about each control:
# its role, its name and its description. Runs the simulator on a fresh store, on an X server
# with the accessibility bus (tests/support/with-accessibility-bus.sh); needs python3-pyatspi
# and at-spi2-core (scripts/install-deps.sh installs them).
#   scripts/screen-reader-listing.sh [path/to/ameli-simulator]
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-build/default/app/ameli-simulator}
[ -x "$app" ] || app=build/dev/app/ameli-simulator
[ -x "$app" ] || { echo "build the simulator first (scripts/run.sh or cmake --workflow --preset dev)"; exit 2; }
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || {
  echo "python3-pyatspi is needed (scripts/install-deps.sh)"; exit 2; }
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
XDG_DATA_HOME="$data/data" XDG_CONFIG_HOME="$data/config" \
  tests/support/with-accessibility-bus.sh bash -c '
    "$0" >/dev/null 2>&1 &
    sleep 4
    /usr/bin/python3 scripts/screen-reader-listing.py
    status=$?
    kill %1 2>/dev/null || true
    exit $status' "$app" 2>/dev/null

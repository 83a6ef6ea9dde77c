#!/usr/bin/env bash
# Runs a command as a screen reader's host would: on an X server (Xvfb), in a private D-Bus
# session with the accessibility bus (AT-SPI) started, Qt's accessibility bridge switched on.
# Everything started here is stopped when the command ends; its exit code is returned.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }
launcher=/usr/libexec/at-spi-bus-launcher
for tool in Xvfb dbus-run-session "$launcher"; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (run scripts/install-deps.sh)" >&2; exit 2; }
done

# Xvfb picks a free display and writes its number: tests running side by side never collide.
displayfile=$(mktemp)
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$displayfile" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -f "$displayfile"' EXIT
for _ in $(seq 100); do [ -s "$displayfile" ] && break; sleep 0.05; done
[ -s "$displayfile" ] || { echo "Xvfb did not start" >&2; exit 2; }
export DISPLAY=":$(head -n1 "$displayfile")"

dbus-run-session -- bash -c '
  "$0" --launch-immediately >/dev/null 2>&1 &
  launcher=$!
  for _ in $(seq 100); do
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress \
      >/dev/null 2>&1 && break
    sleep 0.05
  done
  QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "$@"
  status=$?
  kill $launcher 2>/dev/null || true
  exit $status' "$launcher" "$@" 2> >(grep -v "Failed to set fd limit" >&2)

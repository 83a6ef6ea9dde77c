#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test with CTest.
# Tests run offscreen, in temporary folders: they never touch the user's data. The sound test
# needs an audio server: a PulseAudio with a null sink is started here (and stopped at the end
# if this script started it), so that no speaker is needed and its output can be recorded.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh

export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/ameli-runtime-$(id -u)}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
started_pulse=no
if ! pulseaudio --check 2>/dev/null; then
  pulseaudio -D --exit-idle-time=-1 --load="module-null-sink sink_name=ameli_null" 2>/dev/null
  started_pulse=yes
fi
export PULSE_SERVER="unix:$XDG_RUNTIME_DIR/pulse/native"
for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
if [ "$started_pulse" = yes ]; then
  trap 'pulseaudio --kill 2>/dev/null || true' EXIT
fi

cmake --workflow --preset dev

#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test with CTest: the GCC build
# (preset dev), the Debian package built and checked (preset default, workflow package), the
# whole suite again built by clang with AddressSanitizer and
# UndefinedBehaviorSanitizer (preset asan, stops at the first report), and the tests that use
# the worker thread under ThreadSanitizer (preset tsan). `--quick` runs the first only.
# Tests run offscreen, in temporary folders: they never touch the user's data. The sound test
# needs an audio server: a PulseAudio with a null sink is started here (and stopped at the end
# if this script started it), so that no speaker is needed and its output can be recorded.
# The model's tests run again on PostgreSQL (their `_pg` twins): a throwaway cluster is started
# here in a temporary folder, on a Unix socket and localhost only, and removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --tests

export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/ameli-runtime-$(id -u)}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
started_pulse=no
if ! pulseaudio --check 2>/dev/null; then
  pulseaudio -D --exit-idle-time=-1 --load="module-null-sink sink_name=ameli_null" 2>/dev/null
  started_pulse=yes
fi
export PULSE_SERVER="unix:$XDG_RUNTIME_DIR/pulse/native"
for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
eval "$(./scripts/pg-throwaway.sh start)"
cleanup() {
  ./scripts/pg-throwaway.sh stop "$AMELI_TEST_PG_DIR"
  if [ "$started_pulse" = yes ]; then
    pulseaudio --kill 2>/dev/null || true
  fi
}
trap cleanup EXIT

# Each phase says how long it took: CI has a budget (README), and this is where it goes.
phase() {
  local started=$SECONDS
  "$@"
  echo "== $* : $(( (SECONDS - started) / 60 )) min $(( (SECONDS - started) % 60 )) s"
}
phase cmake --workflow --preset dev
if [ "${1:-}" = "--quick" ]; then
  exit 0
fi
# The Debian package, built as a user builds it (preset default) and checked with Debian's tools.
phase cmake --workflow --preset package
phase cmake --workflow --preset asan
phase cmake --workflow --preset tsan

#!/usr/bin/env bash
# Builds the Release preset and runs every benchmark by hand (they are not tests: the machine
# is shared and noisy). Each figure is printed beside a floor measured in the same run; write
# the ratios down in docs/benchmarks.md with the date.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target bench_model bench_attempts
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="ameli.*.info=false"
echo "== model"
./build/default/benchmarks/bench_model 2>&1 | grep -E "RESULT|msecs|FAIL" || true
echo "== attempts: recording, export, debrief"
./build/default/benchmarks/bench_attempts 2>&1 | grep -E "journey,|export of|debrief window|ratio|FAIL"

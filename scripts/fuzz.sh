#!/usr/bin/env bash
# fuzz.sh [SECONDS] [TARGET...]: runs the libFuzzer targets of tests/fuzz (clang, ASan and
# UBSan, the asan preset) for SECONDS each (default 600), from their seeds and what earlier
# runs found (build/asan/tests/fuzz/work/). CI runs each for 20 s; this is the long run.
# A failing input is left in build/asan/tests/fuzz/work/TARGET/: copy it into
# tests/fuzz/regressions/TARGET/ and fix the cause.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(nir birthdate email phone personcsv scenario)
./scripts/install-deps.sh
cmake --preset asan >/dev/null
cmake --build --preset asan --target "${targets[@]/#/fuzz_}"
for t in "${targets[@]}"; do
    echo "== $t ($seconds s)"
    tests/fuzz/run-fuzzer.sh "build/asan/tests/fuzz/fuzz_$t" "tests/fuzz/seeds/$t" \
        "tests/fuzz/regressions/$t" "build/asan/tests/fuzz/work/$t" "$seconds"
done

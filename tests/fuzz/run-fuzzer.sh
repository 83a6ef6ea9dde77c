#!/usr/bin/env bash
# run-fuzzer.sh FUZZER SEEDS REGRESSIONS WORKDIR SECONDS
# Replays the inputs that once crashed, then fuzzes for SECONDS from the seeds (new inputs go
# to WORKDIR, never into the repository). A crash leaves its input in WORKDIR/crash-*: copy it
# into REGRESSIONS, fix the cause, and it is replayed by every build from then on.
set -euo pipefail
fuzzer=$1 seeds=$2 regressions=$3 work=$4 seconds=$5
mkdir -p "$work/corpus"
if compgen -G "$regressions/*" >/dev/null; then
    "$fuzzer" -runs=0 "$regressions"/* 2>&1 | tail -3
fi
# Qt's own allocations outlive the run by design: leaks are not what is looked for here.
export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=1}:detect_leaks=0"
status=0
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
    -print_final_stats=1 -artifact_prefix="$work/" "$work/corpus" "$seeds" \
    >"$work/log" 2>&1 || status=$?
grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)" "$work/log" || true
if [ "$status" -ne 0 ]; then
    tail -60 "$work/log"
    echo "The fuzzer found a failing input: $(ls "$work"/crash-* "$work"/timeout-* "$work"/oom-* 2>/dev/null)" >&2
    echo "Copy it into $regressions/ and fix the cause." >&2
fi
exit "$status"

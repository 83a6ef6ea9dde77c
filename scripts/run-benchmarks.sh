#!/usr/bin/env bash
# Builds the Release preset and runs every benchmark by hand (they are not tests: the machine
# is shared and noisy). Each figure is printed beside a floor measured in the same run; write
# the ratios down in docs/benchmarks.md with the date.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --tests
cmake --preset default >/dev/null
cmake --build --preset default --target ameli-simulator bench_model bench_attempts bench_store \
    bench_startup bench_bare_window bench_classroom
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="ameli.*.info=false"
bin=build/default/benchmarks
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "== start to first paint, beside a bare Qt window"
"$bin/bench_startup" build/default/app/ameli-simulator "$bin/bench_bare_window"
echo "== model"
"$bin/bench_model" 2>&1 | grep -E "RESULT|msecs|FAIL" || true
echo "== attempts: recording, export, debrief"
"$bin/bench_attempts" 2>&1 | grep -E "journey,|export of|debrief window|ratio|FAIL"
echo "== 1 M persons: import beside the sqlite3 shell, look-ups beside the C API"
benchmarks/make-million.py "$work/million.csv"
/usr/bin/time -f "ameli-simulator --import-personas: %e s, %M KiB peak" \
    build/default/app/ameli-simulator --import-personas "$work/million.csv" --db "$work/store.sqlite"
/usr/bin/time -f "sqlite3 .import (floor): %e s, %M KiB peak" \
    sqlite3 "$work/shell.sqlite" \
    -cmd "CREATE TABLE persons(nir TEXT NOT NULL UNIQUE, date_naissance TEXT, prenom TEXT, nom TEXT, email TEXT)" \
    ".mode csv" ".separator ;" ".import --skip 1 $work/million.csv persons"
sqlite3 "$work/store.sqlite" \
    "UPDATE accounts SET email = 'p' || person_id || '@exemple.fr', state = 5 WHERE person_id % 2 = 0"
"$bin/bench_store" "$work/store.sqlite" "$work/million.csv"
echo "== classroom: 30 stations for 5 minutes on one PostgreSQL server (a throwaway cluster)"
eval "$(AMELI_PG_FSYNC=on scripts/pg-throwaway.sh start)"
trap 'scripts/pg-throwaway.sh stop "$AMELI_TEST_PG_DIR"; rm -rf "$work"' EXIT
"$bin/bench_classroom" "$AMELI_TEST_PG dbname=postgres" "${CLASSROOM_STATIONS:-30}" \
    "${CLASSROOM_SECONDS:-300}"

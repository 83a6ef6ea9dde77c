#!/usr/bin/env bash
# Installs what is missing, builds the simulator and starts it on its default store (a SQLite
# file in the user's data folder, created and filled with demo personas at first start).
# Arguments are passed to the simulator: ./scripts/run.sh --db /tmp/formation.sqlite
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target ameli-simulator
exec ./build/default/app/ameli-simulator "$@"

#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test with CTest.
# Tests run offscreen, in temporary folders: they never touch the user's data.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --workflow --preset dev

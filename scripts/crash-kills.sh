#!/usr/bin/env bash
# crash-kills.sh [KILLS]: kills the import and the scripted journey with SIGKILL KILLS times
# each (default 1000) and checks the store after every kill (tests/app/tst_crashconsistency).
# CI runs 12 of each; this is the long run, by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target tst_crashconsistency
cd build/dev
AMELI_CRASH_KILLS="${1:-1000}" ctest -R tst_crashconsistency --timeout 0 --output-on-failure

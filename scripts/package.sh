#!/usr/bin/env bash
# Installs what is missing, builds the Debian package as the `default` preset builds the
# simulator, checks it with Debian's tools (tests/package/check-package.sh: lintian,
# desktop-file-validate, appstreamcli, the man page against --help), and prints its path:
#   ./scripts/package.sh && sudo apt install ./build/default/ameli-simulator_0.1.0_amd64.deb
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --package
cmake --workflow --preset package
ls "$PWD"/build/default/ameli-simulator_*_amd64.deb

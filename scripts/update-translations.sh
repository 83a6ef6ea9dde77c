#!/usr/bin/env bash
# Refreshes translations/ameli-simulator_en.ts from the French source strings of app/, ui/ and
# model/. New strings arrive untranslated: translate them (Qt Linguist) before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -no-obsolete -locations none app ui model -ts translations/ameli-simulator_en.ts

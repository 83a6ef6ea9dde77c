#!/usr/bin/env bash
# Installs, on Debian 12, every package the simulator needs to build and run; with --tests,
# also what its tests need (a PostgreSQL server they start and stop themselves, Debian's
# package checkers); with --package, what building and checking the .deb needs.
# Safe to run again: packages already present are skipped, and apt is only called when
# something is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libgl-dev
  qt6-multimedia-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6svg6 file
  libsodium-dev libzxcvbn-dev libphonenumber-dev
  espeak-ng sox poppler-utils sqlite3 libsqlite3-dev
  xvfb xauth pulseaudio pulseaudio-utils dbus-x11 fonts-liberation2
  at-spi2-core python3-pyatspi
  clang-14 libclang-rt-14-dev
)
# Debian's checks of the package (tests/package/check-package.sh), for --package and --tests.
packaging_tools=(lintian desktop-file-utils appstream man-db)
case "${1:-}" in
  --tests) packages+=(postgresql "${packaging_tools[@]}") ;;  # and the classroom's server
  --package) packages+=("${packaging_tools[@]}") ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installation des paquets manquants : ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"

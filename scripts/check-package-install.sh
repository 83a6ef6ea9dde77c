#!/usr/bin/env bash
# By hand, on a Debian 12 machine you may change (it installs and removes a package, as root or
# through sudo): builds the package, installs it with apt as a user would, starts the program
# from its menu entry's command under a virtual screen, writes a handout with the installed
# binary, then purges the package and checks that nothing of it is left.
#   ./scripts/check-package-install.sh            # prints what it did and "installation vérifiée"
set -euo pipefail
cd "$(dirname "$0")/.."
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
./scripts/install-deps.sh --package
# The screenshot of the started window.
for p in x11-apps netpbm; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$p"
done
cmake --workflow --preset package
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/default/CMakeCache.txt)
deb="$PWD/build/default/ameli-simulator_${version}_amd64.deb"
work=$(mktemp -d)
chmod 755 "$work"
trap 'rm -rf "$work"; kill "${xvfb_pid:-0}" 2>/dev/null || true' EXIT

echo "== apt install $deb"
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" > "$work/apt.log"
dpkg-query -L ameli-simulator | sort > "$work/files"
echo "$(grep -c . "$work/files") chemins installés"
[ "$(ameli-simulator --version)" = "ameli-simulator $version" ]

echo "== la commande du menu, sous Xvfb"
exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/io.github.ameli_simulator.AmeliSimulator.desktop)
Xvfb :77 -screen 0 1280x900x24 > /dev/null 2>&1 &
xvfb_pid=$!
sleep 1
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
DISPLAY=:77 QT_QPA_PLATFORM=xcb $exec_line > "$work/run.log" 2>&1 &
app=$!
sleep 4
kill -0 "$app" || { cat "$work/run.log"; echo "le programme s'est arrêté" >&2; exit 1; }
xwd -display :77 -root -silent | xwdtopnm 2>/dev/null | pnmtopng > "$work/menu-start.png" || true
cp "$work/menu-start.png" /tmp/ameli-package-start.png 2>/dev/null || true
kill "$app"; wait "$app" 2>/dev/null || true
[ -f "$HOME/.local/share/ameli-simulator/ameli-simulator.sqlite" ] ||
  { echo "la base de l'utilisateur n'a pas été créée" >&2; exit 1; }
echo "démarré par « $exec_line », base créée dans ~/.local/share/ameli-simulator"

echo "== ameli-simulator --handout"
(cd "$work" && ameli-simulator --handout guide.pdf > /dev/null 2>&1)
pdfinfo "$work/guide.pdf" | grep -E '^Pages:'

echo "== apt purge"
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq ameli-simulator >> "$work/apt.log"
left=0
while read -r path; do
  [ -f "$path" ] && { echo "reste : $path" >&2; left=$((left + 1)); }
done < "$work/files"
[ "$left" -eq 0 ] || exit 1
! dpkg-query -W ameli-simulator 2>/dev/null | grep -q .
echo "installation vérifiée (installée, démarrée, pas-à-pas écrit, retirée sans reste)"

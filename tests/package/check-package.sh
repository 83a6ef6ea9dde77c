#!/usr/bin/env bash
# The packaging test (issue 11): builds the Debian package in BUILD_DIR (a build of the
# `default` preset) and checks it as Debian's tools and a user would: files at their places,
# dependencies computed by dpkg-shlibdeps, the .desktop file and the AppStream metainfo
# validated, the man page listing every option --help lists, lintian with no error and no
# warning that docs/packaging.md does not explain.
set -euo pipefail
build=$(cd "${1:?usage: check-package.sh BUILD_DIR}" && pwd)
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
app_id=io.github.ameli_simulator.AmeliSimulator
failures=0
fail() { echo "ÉCHEC : $*" >&2; failures=$((failures + 1)); }

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
rm -f "$build"/ameli-simulator_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb="$build/ameli-simulator_${version}_amd64.deb"
[ -f "$deb" ] || { echo "ÉCHEC : $deb n'a pas été fait" >&2; exit 1; }
echo "paquet : $deb ($(du -k "$deb" | cut -f1) Kio)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work/root"
dpkg-deb -c "$deb" > "$work/contents"

for f in usr/bin/ameli-simulator \
         usr/share/applications/$app_id.desktop \
         usr/share/metainfo/$app_id.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/ameli-simulator.svg \
         usr/share/man/man1/ameli-simulator.1.gz \
         usr/share/doc/ameli-simulator/copyright \
         usr/share/doc/ameli-simulator/changelog.gz \
         usr/share/doc/ameli-simulator/README.md \
         usr/share/doc/ameli-simulator/docs/storyboard/01-accueil-ameli-fr.png; do
  [ -f "$work/root/$f" ] || fail "/$f manque dans le paquet"
done
# Every file belongs to root, and nothing is written outside /usr.
if grep -v ' root/root ' "$work/contents" | grep -q .; then
  fail "des fichiers n'appartiennent pas à root :"; grep -v ' root/root ' "$work/contents" >&2
fi
if awk '{print $6}' "$work/contents" | grep -v '^\./$' | grep -v '^\./usr/' | grep -q .; then
  fail "des fichiers hors de /usr"
fi

# The dependencies dpkg-shlibdeps computed from the binary, and those it cannot see.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
names=$(tr ',' '\n' <<<"$depends" | awk '{print $1}')
for d in libqt6core6 libqt6widgets6 libqt6sql6 libqt6multimedia6 libsodium23 libzxcvbn0 \
         libphonenumber8-protobuf32 libc6 libstdc++6 libqt6sql6-sqlite qt6-translations-l10n \
         fonts-liberation2; do
  grep -Fxq "$d" <<<"$names" || fail "Depends ne nomme pas $d"
done
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "la version du paquet n'est pas $version"

desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop" ||
  fail "desktop-file-validate refuse le fichier .desktop"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/$app_id.metainfo.xml" ||
  fail "appstreamcli refuse la metainfo"
grep -q "<release version=\"$version\"" "$work/root/usr/share/metainfo/$app_id.metainfo.xml" ||
  fail "la metainfo n'a pas de notes de version pour $version"

# The binary as packaged (stripped) starts and says its version.
binary="$work/root/usr/bin/ameli-simulator"
said=$(QT_QPA_PLATFORM=offscreen "$binary" --version)
[ "$said" = "ameli-simulator $version" ] || fail "--version dit « $said »"
# Every option --help lists is in the man page, and the man page names no option --help lacks.
QT_QPA_PLATFORM=offscreen "$binary" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u > "$work/help-options"
zcat "$work/root/usr/share/man/man1/ameli-simulator.1.gz" | sed 's/\\-/-/g' |
  grep -oE -- '--[a-z][a-z-]+' | sort -u > "$work/man-options"
missing=$(comm -23 "$work/help-options" "$work/man-options")
extra=$(comm -13 "$work/help-options" "$work/man-options")
[ -z "$missing" ] || fail "options absentes de la page de manuel : $missing"
[ -z "$extra" ] || fail "options de la page de manuel inconnues de --help : $extra"
echo "options : $(wc -l < "$work/help-options") dans --help, toutes dans la page de manuel"
zcat "$work/root/usr/share/man/man1/ameli-simulator.1.gz" |
  LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings=w -E UTF-8 -l - > /dev/null 2> "$work/man-warnings" || true
[ ! -s "$work/man-warnings" ] || { fail "groff signale :"; cat "$work/man-warnings" >&2; }

# lintian: no error; each warning's tag explained in docs/packaging.md.
lintian --allow-root --fail-on error --display-info "$deb" > "$work/lintian" 2>&1 ||
  { fail "lintian signale des erreurs"; cat "$work/lintian" >&2; }
cat "$work/lintian"
while read -r tag; do
  grep -q "\`$tag\`" "$source_dir/docs/packaging.md" ||
    fail "avertissement lintian « $tag » non expliqué dans docs/packaging.md"
done < <(grep -E '^W: ' "$work/lintian" | awk '{print $3}' | sort -u)

if [ "$failures" -gt 0 ]; then
  echo "$failures échec(s)" >&2
  exit 1
fi
echo "paquet vérifié"

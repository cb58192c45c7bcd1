#!/usr/bin/env bash
# The Debian package: builds it with CPack, unpacks it into a scratch root, checks what it declares and holds,
# runs both programs from the installed paths (the GUI under Xvfb, saving a screenshot of its main window), and
# removes the scratch root. Usage: test_package.sh BUILD_DIR
set -euo pipefail
build="$(cd "$1" && pwd)"
out="$build/package"
rm -rf "$out"
mkdir -p "$out" "$build/screenshots"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/trapline_*.deb)
echo "package: $deb ($(du -h "$deb" | cut -f1))"

fail() { echo "FAIL: $*" >&2; exit 1; }
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# Debian 12 names its libraries libexiv2-27 and libqt6widgets6, Debian 13 libexiv2-28 and libqt6widgets6t64.
for lib in libqt6widgets6 libqt6core6 libqt6charts6 libsqlite3-0 "libexiv2-2[78]" qt6-qpa-plugins libqt6svg6; do
  grep -q "$lib" <<<"$depends" || fail "the package does not declare $lib"
done
grep -Eq "libtorch|libc10" <<<"$depends" || fail "the package does not declare LibTorch"
# The reference BLAS that libtorch's own dependency allows is ten times slower (issue 14).
grep -Eq "(^|, )libopenblas0-pthread( |,|$)" <<<"$depends" || fail "the package does not declare OpenBLAS (libopenblas0-pthread)"
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  # Every dependency can be satisfied from Debian (nothing is installed).
  apt-get install --simulate -qq "$deb" >"$out/simulate.log" 2>&1 || { cat "$out/simulate.log"; fail "apt cannot satisfy the dependencies"; }
fi

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
for f in usr/bin/trapline usr/bin/trapline-cli usr/share/applications/trapline.desktop \
         usr/share/icons/hicolor/scalable/apps/trapline.svg usr/share/mime/packages/trapline.xml \
         usr/share/trapline/translations/trapline_es.qm usr/share/trapline/translations/trapline_fr.qm \
         usr/share/trapline/translations/trapline_pt_BR.qm usr/share/trapline/models/yolo-fastest-1.1-xl-coco.json; do
  [ -e "$root/$f" ] || fail "the package lacks /$f"
done
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$root/usr/share/applications/trapline.desktop"; fi

version=$("$root/usr/bin/trapline-cli" --version)
echo "installed: $version"
grep -q "^trapline-cli [0-9]" <<<"$version" || fail "trapline-cli --version printed '$version'"
system=$("$root/usr/bin/trapline-cli" check-system 2>&1) || fail "trapline-cli check-system: $system"
echo "$system"
if dpkg-query -W -f='${Status}' libopenblas0-pthread 2>/dev/null | grep -q "install ok installed"; then
  # With the declared dependency in place, the installed program must find OpenBLAS, not the reference BLAS.
  grep -q "^BLAS: OpenBLAS" <<<"$system" || fail "OpenBLAS is installed but check-system reports another BLAS"
fi
QT_QPA_PLATFORM=offscreen "$root/usr/bin/trapline" --help | grep -q -- "--screenshot" || fail "trapline --help"

if command -v xvfb-run >/dev/null; then
  shot="$build/screenshots/installed-app.png"
  rm -f "$shot"
  env -u QT_QPA_PLATFORM XDG_CONFIG_HOME="$root/config" xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$root/usr/bin/trapline" --screenshot "$shot"
  [ -s "$shot" ] || fail "the installed app did not show its window"
  echo "screenshot of the installed app: $shot"
fi
echo "package test passed"

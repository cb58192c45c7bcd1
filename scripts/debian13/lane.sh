#!/usr/bin/env bash
# The Debian 13 (trixie) lane: builds, tests and packages the same sources in a trixie root, then installs the .deb
# in a fresh trixie root and runs `trapline-cli model-check` on an ONNX model through ONNX Runtime there.
#
# Roots live outside the repository, in TRAPLINE_TRIXIE_CACHE (default /var/cache/trapline), and are kept between
# runs: trixie-bare.tar (debootstrap --variant=minbase, unpacked for every package-install check) and trixie-build
# (the bare root plus build-deps.txt; its /work/build is the build folder). Needs root (debootstrap, chroot, mount)
# and the Debian mirror for the first run. ccache is the host's (bind-mounted), GUI tests run offscreen.
#
# Steps can be chosen: lane.sh [root] [build] [test] [package] [install]  (default: all, in that order). Each step
# prints its wall time. `lane.sh bench` (never by default) prints bench/bench_vs_python.py's (d) in the build root:
# Trapline's LibTorch, OpenCV DNN and ONNX Runtime backends on one ResNet-50 (needs trapline-cli built).
#
# What it builds and runs. The Debian 12 suite (scripts/run-tests.sh) has already run every test on the same
# sources, and CI must finish both lanes within 60 minutes on a fresh 2-core machine, where the whole project takes
# about as long to compile as the Debian 12 suite takes to run (ccache is shared, but GCC 14 and Debian 13's
# headers miss every object GCC 12 made). So the lane builds the two programs (the .deb needs them) and only the
# tests whose outcome can differ between the distributions, that is, those that exercise a library whose version
# differs:
#   tst_ingest, tst_ingest_realdata  Exiv2 0.28 (EXIF read and written through the version shim) and OpenCV 4.10
#   tst_clock, tst_camtrap_dp        Qt 6.8's QDateTime/QTimeZone (DateTimes.h): stamps and offset timestamps
#   tst_inference                    LibTorch 2.6 (TorchScript) and OpenCV 4.10 DNN runners, decoders, devices
#   tst_inference_realdata           Darknet and ONNX detectors on OpenCV 4.10, an embedder on LibTorch 2.6
#   tst_export_model                 tools/export_model.py under PyTorch 2.6, its exports on LibTorch 2.6
#   tst_onnxruntime                  ONNX Runtime 1.21, torch-2 exports (timm ViT/Swin) and LibTorch 2.6
#   tst_cli                          the command line on Debian 13's stack end to end
#   tst_review_ui, tst_translations  Qt 6.8 widgets on offscreen, and its lupdate/lrelease and translators
#   tst_megadetector_onnx_parity     YOLOv5x6 on ONNX Runtime against MegaDetector's own detections, made on
#                                    the Debian 12 host first (tests/inference/reference/md_onnx_reference.py)
# The others test Trapline's own logic over SQLite and Qt Core APIs that are the same on both; they run in the
# Debian 12 suite. TRAPLINE_TRIXIE_TARGETS=all builds everything and TRAPLINE_TRIXIE_TESTS=all runs every test (a
# ctest -R regex runs others).
# TRAPLINE_BUILD_LOCK: a lock file the build step holds (flock), for machines where builds take turns.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$(cd "$here/../.." && pwd)"
cache="${TRAPLINE_TRIXIE_CACHE:-/var/cache/trapline}"
mirror="${TRAPLINE_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
bare_tar="$cache/trixie-bare.tar"
root="$cache/trixie-build"
jobs="${TRAPLINE_JOBS:-2}"
host_ccache="${CCACHE_DIR:-$HOME/.cache/ccache}"
steps=("$@")
[ ${#steps[@]} -gt 0 ] || steps=(root build test package install)
want() { local s; for s in "${steps[@]}"; do [ "$s" = "$1" ] && return 0; done; return 1; }
log() { echo "lane-debian13: $*" >&2; }
timed() { # timed NAME COMMAND...: runs it and prints its wall time
  local name="$1" start=$SECONDS
  shift
  "$@"
  log "$name took $((SECONDS - start)) s"
}

if [ "$(id -u)" -ne 0 ]; then
  log "needs root (debootstrap, chroot and bind mounts); run it with sudo"
  exit 1
fi

mounted=()
unmount_all() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
  mounted=()
}
trap unmount_all EXIT
bind() { # bind SOURCE TARGET [ro]
  mkdir -p "$2"
  mount --bind "$1" "$2"
  mounted+=("$2")
  [ "${3:-}" = ro ] && mount -o remount,bind,ro "$2"
  return 0
}
enter() { # enter ROOT: the mounts a build or a package install needs
  local r="$1"
  mkdir -p "$r/proc" "$r/dev"
  mount -t proc proc "$r/proc"
  mounted+=("$r/proc")
  bind /dev "$r/dev"
  cp -L /etc/resolv.conf "$r/etc/resolv.conf" 2>/dev/null || true
  # The host's own certificate authorities (e.g. a TLS-inspecting proxy's), so pip in the root reaches PyPI as the
  # host does.
  if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null && [ -x "$r/usr/sbin/update-ca-certificates" ]; then
    mkdir -p "$r/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$r/usr/local/share/ca-certificates/"
    in_root "$r" update-ca-certificates >/dev/null 2>&1 || true
  fi
}
in_root() { # in_root ROOT COMMAND...
  local r="$1"
  shift
  chroot "$r" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
    "$@"
}

make_bare() {
  [ -f "$bare_tar" ] && return 0
  log "debootstrap --variant=minbase trixie into $cache"
  command -v debootstrap >/dev/null || { log "debootstrap is missing: apt-get install debootstrap"; exit 1; }
  mkdir -p "$cache"
  local tmp="$cache/trixie-bare.tmp"
  rm -rf "$tmp"
  debootstrap --variant=minbase trixie "$tmp" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
    { tail -20 "$cache/debootstrap.log"; log "debootstrap failed (log: $cache/debootstrap.log)"; exit 1; }
  tar -C "$tmp" -cf "$bare_tar.part" . && mv "$bare_tar.part" "$bare_tar"
  rm -rf "$tmp"
}

make_build_root() {
  make_bare
  if [ ! -f "$root/etc/debian_version" ]; then
    log "unpacking the bare root into $root"
    rm -rf "$root"
    mkdir -p "$root"
    tar -C "$root" -xf "$bare_tar"
  fi
  mapfile -t packages < <(sed -e 's/#.*//' "$here/build-deps.txt" | tr -s ' \t' '\n' | sed '/^$/d')
  enter "$root"
  local missing
  missing=$(in_root "$root" dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' "${packages[@]}" 2>/dev/null |
    awk '$1 != "ii" {print $2}' || true)
  # dpkg-query omits packages it has never heard of; count those as missing too.
  if [ -n "$missing" ] || [ "$(in_root "$root" dpkg-query -W "${packages[@]}" 2>/dev/null | wc -l)" -lt ${#packages[@]} ]; then
    log "installing ${#packages[@]} build packages in $root"
    in_root "$root" apt-get update -qq
    in_root "$root" apt-get install -y -qq --no-install-recommends "${packages[@]}" >"$cache/build-deps.log" 2>&1 ||
      { tail -30 "$cache/build-deps.log"; log "installing the build dependencies failed"; exit 1; }
    in_root "$root" apt-get clean
  fi
  unmount_all
}

# The source tree, the shared data (as ../shared/data from the sources) and ccache, mounted in the build root.
enter_build_root() {
  enter "$root"
  bind "$src" "$root/work/src" ro
  [ -d "$src/../shared/data" ] && bind "$(cd "$src/../shared/data" && pwd)" "$root/work/shared/data" ro
  mkdir -p "$host_ccache"
  bind "$host_ccache" "$root/work/ccache"
}
build_env=(CCACHE_DIR=/work/ccache CCACHE_BASEDIR=/work QT_QPA_PLATFORM=offscreen)

if want root; then
  timed root make_build_root
fi

if want build || want test || want package || want bench; then
  enter_build_root
fi
# The lane's targets and tests (see the top of this file for why these).
lane_tests=(tst_ingest tst_ingest_realdata tst_clock tst_camtrap_dp tst_inference tst_inference_realdata tst_onnxruntime
  tst_cli tst_review_ui tst_translations)
# Tests that are scripts around trapline-cli (no target of their own).
lane_script_tests=(tst_export_model tst_megadetector_onnx_parity)
targets="${TRAPLINE_TRIXIE_TARGETS:-trapline trapline-cli ${lane_tests[*]}}"
[ "$targets" = all ] && targets=""
tests="${TRAPLINE_TRIXIE_TESTS:-^($(IFS='|'; echo "${lane_tests[*]} ${lane_script_tests[*]}" | tr ' ' '|'))\$}"
[ "$tests" = all ] && tests=""
build() {
  if [ -n "${TRAPLINE_BUILD_LOCK:-}" ]; then
    exec 9>"$TRAPLINE_BUILD_LOCK"
    log "waiting for the build lock $TRAPLINE_BUILD_LOCK"
    local waited=$SECONDS
    flock 9
    log "waited $((SECONDS - waited)) s for the build lock"
  fi
  log "building in $root/work/build: ${targets:-all targets}"
  # CMAKE_SKIP_INSTALL_ALL_DEPENDENCY: cpack installs what the build made instead of building every target first.
  in_root "$root" env "${build_env[@]}" bash -c "
    set -e
    if [ ! -f /work/build/build.ninja ]; then
      cmake -S /work/src -B /work/build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON \
        -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
    fi
    nice -n 15 cmake --build /work/build -j $jobs ${targets:+--target $targets} -- -k 0"
  [ -z "${TRAPLINE_BUILD_LOCK:-}" ] || exec 9>&-
}
# The reference of tst_megadetector_onnx_parity, made on this (Debian 12) host: MegaDetector's code runs on torch
# 1.13 (scripts/install-reference-python.sh), ONNX Runtime only here. The generated checkpoint is shared with the
# Debian 12 suite's tst_megadetector_parity (TRAPLINE_REFERENCE_MODELS, default build/reference-models). Without the
# reference environment the test skips and says so, as tst_megadetector_parity does.
md_reference_env=()
md_reference() {
  local python="${REFERENCE_PYTHON:-$src/.venv-ref/bin/python}" out
  if [ ! -x "$python" ]; then
    log "no reference Python at $python (scripts/install-reference-python.sh): tst_megadetector_onnx_parity skips"
    return 0
  fi
  log "MegaDetector's reference detections and the ONNX export (Debian 12 side)"
  local rc=0
  out=$(PYTHONDONTWRITEBYTECODE=1 "$python" "$src/tests/inference/reference/md_onnx_reference.py" \
    --data "$src/../shared/data" --cache "${TRAPLINE_REFERENCE_MODELS:-$src/build/reference-models}") || rc=$?
  [ "$rc" -eq 77 ] && { log "md_onnx_reference.py skipped: tst_megadetector_onnx_parity skips"; return 0; }
  [ "$rc" -eq 0 ] || { log "md_onnx_reference.py failed"; exit 1; }
  out=$(tail -1 <<<"$out")
  bind "$out" "$root/work/md-onnx-reference" ro
  md_reference_env=(TRAPLINE_MD_ONNX_REFERENCE=/work/md-onnx-reference)
}
run_tests() {
  log "testing in $root/work/build: ${tests:-every test}"
  timed md-reference md_reference
  # timm for the attention-model parity (tst_onnxruntime), in a venv of the build root.
  reference_python=$(in_root "$root" bash /work/src/scripts/debian13/reference-python.sh | tail -1)
  # tst_megadetector_parity needs MegaDetector's code on torch 1.13; it runs in the Debian 12 lane, which also makes
  # the reference detections tst_megadetector_onnx_parity compares with here. LibTorch 2.6 runs tst_inference's
  # deliberately slow model about three times slower than 1.13 on a loaded 2-core machine, close to QTest's 300 s
  # limit per test function: the lane gives each function 15 minutes (ctest's own limit still stops a hang).
  in_root "$root" env "${build_env[@]}" "${md_reference_env[@]}" TRAPLINE_REFERENCE_PYTHON="$reference_python" \
    QTEST_FUNCTION_TIMEOUT=900000 ctest --test-dir /work/build --output-on-failure -j "$jobs" -E '^tst_megadetector_parity$' \
    ${tests:+-R "$tests"}
}
if want build; then
  timed build build
fi
if want test; then
  timed test run_tests
fi
bench() {
  in_root "$root" env "${build_env[@]}" PYTHONDONTWRITEBYTECODE=1 \
    python3 /work/src/bench/bench_vs_python.py --backends-only --build /work/build --data /work/shared/data
}
if want bench; then
  timed bench bench
fi
package() {
  in_root "$root" bash -c "rm -rf /work/package && cpack --config /work/build/CPackConfig.cmake -G DEB -B /work/package >/work/package.log 2>&1" ||
    { cat "$root/work/package.log"; log "cpack failed"; exit 1; }
  log "package: $(ls "$root"/work/package/trapline_*.deb)"
}
if want package; then
  timed package package
fi
unmount_all

install_check() {
  deb=$(ls "$root"/work/package/trapline_*.deb)
  fresh=$(mktemp -d "$cache/trixie-install.XXXXXX")
  trap 'unmount_all; rm -rf "$fresh"' EXIT
  tar -C "$fresh" -xf "$bare_tar"
  cp "$deb" "$fresh/tmp/"
  # An ONNX model and its manifest for the installed program: FastestDet's export from the shared data.
  model_dir="$src/../shared/data/weights-fastestdet/example/onnx-runtime"
  enter "$fresh"
  log "installing $(basename "$deb") in a fresh trixie root"
  in_root "$fresh" apt-get update -qq
  in_root "$fresh" apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" >"$cache/install.log" 2>&1 ||
    { tail -30 "$cache/install.log"; log "the .deb does not install in a fresh trixie root"; exit 1; }
  in_root "$fresh" trapline-cli --version
  in_root "$fresh" trapline-cli check-system
  if [ -f "$model_dir/FastestDet.onnx" ]; then
    # The package's own example manifest, without its backend: an ONNX file then goes to ONNX Runtime.
    mkdir -p "$fresh/tmp/model"
    cp "$model_dir/FastestDet.onnx" "$model_dir/coco.names" "$fresh/tmp/model/"
    sed '/"backend":/d' "$fresh/usr/share/trapline/models/fastestdet-coco.json" >"$fresh/tmp/model/manifest.json"
    out=$(in_root "$fresh" trapline-cli model-check /tmp/model/manifest.json 2>&1) || { echo "$out"; log "model-check failed"; exit 1; }
    echo "$out"
    grep -q "ONNX Runtime" <<<"$out" || { log "model-check did not run the model through ONNX Runtime"; exit 1; }
  else
    log "no FastestDet ONNX file under $model_dir: the installed program was not run on a model"
    exit 1
  fi
  unmount_all
}
if want install; then
  timed install install_check
fi
log "done: ${steps[*]} in $SECONDS s"

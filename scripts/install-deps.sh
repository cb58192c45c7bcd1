#!/usr/bin/env bash
# Installs the Debian 12 packages Trapline needs to build, test and run. Idempotent: when everything is there it
# only checks (a second or two) and touches nothing. Run as root (or through sudo).
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev qt6-charts-dev libqt6opengl6-dev libgl-dev
  libsqlite3-dev libexiv2-dev libopencv-dev libtorch-dev libxxhash-dev
  # LibTorch's matrix products: without it Debian falls back to the reference libblas3, ten times slower.
  libopenblas0-pthread
  # The reference BLAS stays installed so that tst_cli can check that check-system warns about it.
  libblas3
  # The reference side of the parity tests (tools/export_model.py, FastestDet's upstream code); Trapline itself
  # never runs Python.
  python3-torch python3-torchvision python3-yaml
  xvfb xauth
  python3-venv
  clang libclang-rt-14-dev llvm-14
  # The Debian 13 lane (scripts/debian13/lane.sh) makes its trixie roots with it.
  debootstrap
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages are installed."
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "install-deps: missing ${missing[*]}; run this script as root to install them." >&2
    exit 1
  fi
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"

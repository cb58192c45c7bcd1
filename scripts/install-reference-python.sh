#!/usr/bin/env bash
# Installs the reference side of the parity tests and of bench/bench_vs_python: MegaDetector's own Python code
# and the YOLOv5 code it loads, next to Debian's python3-torch 1.13. Nothing of this is part of Trapline: the
# product needs no Python.
#
# Debian packages give torch, torchvision, OpenCV, numpy and the libraries the two PyPI packages import (built
# against the same numpy 1.24). The two PyPI packages are pure Python and pinned; they are installed with
# --no-deps so pip never pulls PyPI's CUDA torch or a numpy 2 that Debian's torch cannot use:
#   megadetector 10.0.28: run_detector_batch, PTDetector, validate_batch_results.
#   yolov5 7.0.9: the packaged YOLOv5 repository ("import yolov5") that PTDetector falls back to; MegaDetector's
#     own pin, ultralytics-yolov5, builds by downloading the repository from GitHub and cannot install offline.
#     7.0.14 (the newest) imports the ultralytics package for one helper; 7.0.9 does not.
#   speciesnet 5.0.6: SpeciesNet's ensemble, geofence and roll-up functions (tst_speciesnet_ensemble compares
#     Trapline's against them). Its package __init__ imports the whole model stack (cloud storage, Kaggle and
#     Hugging Face clients); the modules the ensemble needs import only absl (Debian's python3-absl) and each
#     other, so tests/taxonomy/speciesnet_reference.py loads those modules without the package __init__.
# Into a venv made with --system-site-packages at .venv-ref (ignored by git; REFERENCE_VENV moves it). Idempotent:
# when everything is there it only checks (the import check takes a few seconds) and changes nothing. Prints the
# venv's python on the last line of stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${REFERENCE_VENV:-$PWD/.venv-ref}"
MEGADETECTOR_VERSION=10.0.28
YOLOV5_VERSION=7.0.9
SPECIESNET_VERSION=5.0.6
DEBIAN_PACKAGES=(
  python3-venv python3-pip python3-torch python3-torchvision python3-opencv python3-pil python3-yaml
  python3-requests python3-psutil python3-tqdm python3-humanfriendly python3-jsonpickle python3-pytest
  python3-pandas python3-matplotlib python3-seaborn python3-scipy python3-ipython python3-absl
)

missing=()
for p in "${DEBIAN_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then SUDO="sudo"; else
      echo "install-reference-python: missing ${missing[*]}; run this script as root to install them." >&2
      exit 1
    fi
  fi
  echo "install-reference-python: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# Debian's interpreter: python3-torch is installed for it, not for any other python3 on PATH.
if [ ! -x "$VENV/bin/python" ]; then
  /usr/bin/python3 -m venv --system-site-packages "$VENV" >&2
fi
installed() { "$VENV/bin/python" -m pip show "$1" 2>/dev/null | grep -x "Version: $2" >/dev/null; }  # not -q: an early exit would SIGPIPE pip under pipefail
if ! installed megadetector "$MEGADETECTOR_VERSION" || ! installed yolov5 "$YOLOV5_VERSION"; then
  echo "install-reference-python: installing megadetector $MEGADETECTOR_VERSION and yolov5 $YOLOV5_VERSION" >&2
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps \
    "megadetector==$MEGADETECTOR_VERSION" "yolov5==$YOLOV5_VERSION" >&2
fi
if ! installed speciesnet "$SPECIESNET_VERSION"; then
  echo "install-reference-python: installing speciesnet $SPECIESNET_VERSION" >&2
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps "speciesnet==$SPECIESNET_VERSION" >&2
fi
# The import chain the tests use, so a broken environment fails here with Python's own message.
"$VENV/bin/python" -c "import torch, yolov5.models.yolo, yolov5.utils.general
from megadetector.detection import run_detector_batch
from megadetector.postprocessing import validate_batch_results" >&2
"$VENV/bin/python" tests/taxonomy/speciesnet_reference.py --check >&2
echo "$VENV/bin/python"

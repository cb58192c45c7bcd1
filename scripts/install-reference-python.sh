#!/usr/bin/env bash
# Installs the reference side of the parity tests and of bench/bench_vs_python: MegaDetector's own Python code
# and the YOLOv5 code it loads, Ultralytics and timm, next to Debian's python3-torch 1.13. Nothing of this is part of Trapline: the
# product needs no Python.
#
# Debian packages give torch, torchvision, OpenCV, numpy and the libraries the two PyPI packages import (built
# against the same numpy 1.24). The two PyPI packages are pure Python and pinned; they are installed with
# --no-deps so pip never pulls PyPI's CUDA torch or a numpy 2 that Debian's torch cannot use:
#   megadetector 10.0.28: run_detector_batch, PTDetector, validate_batch_results.
#   yolov5 7.0.9: the packaged YOLOv5 repository ("import yolov5") that PTDetector falls back to; MegaDetector's
#     own pin, ultralytics-yolov5, builds by downloading the repository from GitHub and cannot install offline.
#     7.0.14 (the newest) imports the ultralytics package for one helper; 7.0.9 does not.
#   ultralytics 8.3.40: YOLOv8/v9/v10 and RT-DETR (MegaDetector v6, v1000 cedar/larch/sorrel), the last release
#     before 8.3.41's export changes; it runs on torch 1.13 (its TORCH_1_13 paths). Its optional imports (thop,
#     polars, huggingface_hub) are left out; py-cpuinfo comes from Debian (python3-cpuinfo). YOLO_AUTOINSTALL=false
#     and YOLO_OFFLINE=true keep it from pip-installing or downloading anything when the tests run it.
#   timm 1.0.15: the Swin (MegaDescriptor), EfficientNetV2 (MiewID) and DINOv2 ViT (DeepFaune) architectures;
#     timm imports huggingface_hub and safetensors only when they are there.
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
ULTRALYTICS_VERSION=8.3.40
TIMM_VERSION=1.0.15
SPECIESNET_VERSION=5.0.6
DEBIAN_PACKAGES=(
  python3-venv python3-pip python3-torch python3-torchvision python3-opencv python3-pil python3-yaml
  python3-requests python3-psutil python3-tqdm python3-humanfriendly python3-jsonpickle python3-pytest
  python3-pandas python3-matplotlib python3-seaborn python3-scipy python3-ipython python3-cpuinfo python3-absl
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
pins=("megadetector==$MEGADETECTOR_VERSION" "yolov5==$YOLOV5_VERSION" "ultralytics==$ULTRALYTICS_VERSION"
  "timm==$TIMM_VERSION" "speciesnet==$SPECIESNET_VERSION")
wanted=()
for pin in "${pins[@]}"; do
  installed "${pin%%==*}" "${pin##*==}" || wanted+=("$pin")
done
if [ ${#wanted[@]} -gt 0 ]; then
  echo "install-reference-python: installing ${wanted[*]}" >&2
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps "${wanted[@]}" >&2
fi
# The import chain the tests use, so a broken environment fails here with Python's own message.
YOLO_OFFLINE=true YOLO_AUTOINSTALL=false "$VENV/bin/python" -c "import torch, yolov5.models.yolo, yolov5.utils.general
import timm, ultralytics, ultralytics.nn.tasks
from megadetector.detection import run_detector_batch
from megadetector.postprocessing import validate_batch_results" >&2
"$VENV/bin/python" tests/taxonomy/speciesnet_reference.py --check >&2
echo "$VENV/bin/python"

#!/usr/bin/env bash
# CTest entry of the reference parity scripts: md_parity.py (Trapline's detect against MegaDetector's
# run_detector_batch) and ultralytics_parity.py (against Ultralytics' predictor on YOLOv8/v9/v10 and RT-DETR), on
# the same checkpoint. Usage: run_parity.sh SCRIPT.py TRAPLINE_CLI SHARED_DATA CACHE_DIR [script options]
# Needs the reference environment of scripts/install-reference-python.sh (REFERENCE_PYTHON, default .venv-ref);
# exit 77 (skipped) without it or without the shared data.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(cd "$here/../../.." && pwd)"
script="$1" cli="$2" data="$3" cache="$4"
shift 4
python="${REFERENCE_PYTHON:-$source_dir/.venv-ref/bin/python}"
if [ ! -x "$python" ]; then
    echo "SKIP: no reference Python at $python; run scripts/install-reference-python.sh"
    exit 77
fi
# Ultralytics must never pip-install or download anything while a test runs.
export PYTHONDONTWRITEBYTECODE=1 YOLO_OFFLINE=true YOLO_AUTOINSTALL=false
exec "$python" "$here/$script" --cli "$cli" --data "$data" --cache "$cache" "$@"

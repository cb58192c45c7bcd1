#!/usr/bin/env bash
# CTest entry of ultralytics_parity.py: Trapline's detect against Ultralytics' predictor on YOLOv8/v9/v10 and
# RT-DETR checkpoints. Usage: run_ultralytics_parity.sh TRAPLINE_CLI SHARED_DATA CACHE_DIR [options]
# Needs the reference environment of scripts/install-reference-python.sh (REFERENCE_PYTHON, default .venv-ref);
# exit 77 (skipped) without it or without the shared data.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(cd "$here/../../.." && pwd)"
cli="$1" data="$2" cache="$3"
shift 3
python="${REFERENCE_PYTHON:-$source_dir/.venv-ref/bin/python}"
if [ ! -x "$python" ]; then
    echo "SKIP: no reference Python at $python; run scripts/install-reference-python.sh"
    exit 77
fi
export PYTHONDONTWRITEBYTECODE=1 YOLO_OFFLINE=true YOLO_AUTOINSTALL=false
exec "$python" "$here/ultralytics_parity.py" --cli "$cli" --data "$data" --cache "$cache" "$@"

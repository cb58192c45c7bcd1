#!/usr/bin/env bash
# CTest entry of md_parity.py: Trapline's detect against MegaDetector's run_detector_batch on the same checkpoint.
# Usage: run_md_parity.sh TRAPLINE_CLI SHARED_DATA CACHE_DIR [md_parity.py options]
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
export PYTHONDONTWRITEBYTECODE=1
exec "$python" "$here/md_parity.py" --cli "$cli" --data "$data" --cache "$cache" "$@"

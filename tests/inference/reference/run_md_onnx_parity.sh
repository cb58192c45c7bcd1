#!/usr/bin/env bash
# CTest entry of tst_megadetector_onnx_parity (Debian 13 lane, where ONNX Runtime is built): Trapline on ONNX
# Runtime against MegaDetector's own detections with the same YOLOv5x6 checkpoint. MegaDetector runs on Debian 12,
# so scripts/debian13/lane.sh makes the reference on the host (md_onnx_reference.py) and mounts it in the build root
# as TRAPLINE_MD_ONNX_REFERENCE.
# Usage: run_md_onnx_parity.sh TRAPLINE_CLI SHARED_DATA
# Exit 77 (skipped) outside the lane (no TRAPLINE_MD_ONNX_REFERENCE); a named folder without its files fails.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cli="$1" data="$2"
reference="${TRAPLINE_MD_ONNX_REFERENCE:-}"
if [ -z "$reference" ]; then
    echo "SKIP: no MegaDetector reference (TRAPLINE_MD_ONNX_REFERENCE); scripts/debian13/lane.sh makes and mounts it"
    exit 77
fi
for f in mdv5a-random.onnx mdv5a-random-onnx.json megadetector.json; do
    if [ ! -f "$reference/$f" ]; then
        echo "FAIL: $reference/$f is missing (tests/inference/reference/md_onnx_reference.py makes it on Debian 12)"
        exit 1
    fi
done
python="${TRAPLINE_REFERENCE_PYTHON:-/usr/bin/python3}"
export PYTHONDONTWRITEBYTECODE=1
exec "$python" "$here/md_parity.py" --cli "$cli" --data "$data" --reference "$reference"

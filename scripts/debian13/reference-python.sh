#!/usr/bin/env bash
# Run inside the Debian 13 build root (lane.sh does): the reference side of the ONNX Runtime and LibTorch 2 parity
# tests. Debian 13 packages torch 2.6, onnx and onnxruntime (build-deps.txt); timm is not packaged, so it comes from
# PyPI, pinned and pure Python, with --no-deps into a venv that sees Debian's packages (pip never pulls PyPI's torch).
# timm imports huggingface_hub and safetensors only when they are there. Idempotent; prints the venv's python.
set -euo pipefail
VENV="${REFERENCE_VENV:-/work/venv-ref}"
TIMM_VERSION=1.0.15
if [ ! -x "$VENV/bin/python" ]; then
  /usr/bin/python3 -m venv --system-site-packages "$VENV" >&2
fi
if ! "$VENV/bin/python" -m pip show timm 2>/dev/null | grep -x "Version: $TIMM_VERSION" >/dev/null; then
  echo "reference-python: installing timm $TIMM_VERSION" >&2
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps "timm==$TIMM_VERSION" >&2
fi
"$VENV/bin/python" -c "import timm, torch, onnx, onnxruntime" >&2
echo "$VENV/bin/python"

#!/usr/bin/env bash
# The main job: installs what is missing, builds, generates a synthetic camera-trap card (4 cameras, bursts, a
# few broken files), imports it into a demo project and opens it in Trapline. Without a display it prints the
# CLI summary instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
DEMO_DIR="${TRAPLINE_DEMO_DIR:-$HOME/trapline-demo}"
./build/app/trapline-cli demo "$DEMO_DIR"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/app/trapline "$DEMO_DIR/demo.trapline"
else
  echo
  echo "No display found: the project is at $DEMO_DIR/demo.trapline. Open it with ./build/app/trapline on a desktop."
  ./build/app/trapline-cli info "$DEMO_DIR/demo.trapline" --json
fi

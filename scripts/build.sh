#!/usr/bin/env bash
# Configures (once) and builds Trapline into ./build with ccache and two jobs.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${TRAPLINE_BUILD_DIR:-build}"
JOBS="${TRAPLINE_JOBS:-2}"
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
fi
cmake --build "$BUILD_DIR" -j "$JOBS"

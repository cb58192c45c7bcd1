#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through CTest (GUI tests on the offscreen platform).
# Tests that read ../shared/data skip with a message when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j 2

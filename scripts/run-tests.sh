#!/usr/bin/env bash
# Installs what is missing (Debian packages, and the independent validators the tests run on exports), builds, and
# runs every test through CTest (GUI tests on the offscreen platform). Tests that read ../shared/data skip with a
# message when it is absent. Before them, the libFuzzer targets run for a bounded time each (TRAPLINE_FUZZ_SECONDS,
# default 30) in a clang build of their own (scripts/run-fuzz.sh), and the core tests run once more built with the
# address, leak and undefined-behaviour sanitizers (scripts/run-sanitized-tests.sh). After them, the Debian 13 lane.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/install-validators.sh
# MegaDetector's and YOLOv5's own code for the parity tests (pinned, pure Python, on Debian's python3-torch). Without
# it those tests skip and say so; a failed install is reported here rather than stopping every other test.
bash scripts/install-reference-python.sh >/dev/null || echo "run-tests: install-reference-python.sh failed; the MegaDetector, Ultralytics and timm parity tests will skip" >&2
bash scripts/build.sh
TRAPLINE_FUZZ_SECONDS="${TRAPLINE_FUZZ_SECONDS:-30}" bash scripts/run-fuzz.sh
bash scripts/run-sanitized-tests.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j 2
# The Debian 13 lane (scripts/debian13/lane.sh): the same sources built, tested and packaged in a trixie root, and
# the .deb installed in a fresh one. TRAPLINE_SKIP_DEBIAN13=1 leaves it out of a quick local run; CI runs it.
if [ "${TRAPLINE_SKIP_DEBIAN13:-0}" = 1 ]; then
  echo "run-tests: the Debian 13 lane was skipped (TRAPLINE_SKIP_DEBIAN13=1)" >&2
else
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO env CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}" bash scripts/debian13/lane.sh
fi

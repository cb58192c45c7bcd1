#!/usr/bin/env bash
# Builds the libFuzzer targets with clang into ./build-fuzz (a build folder of its own: the sanitizers and coverage
# instrumentation never reach ./build) and runs each for a bounded time, starting from the seed corpus in
# fuzz/corpus/<target>. Exits non-zero when a fuzzer finds a crash, a hang, a leak or undefined behaviour; the
# input that caused it is kept in build-fuzz/crashes/<target>/ and the command to replay it is printed.
#   TRAPLINE_FUZZ_SECONDS  time per fuzzer (default 60)
#   TRAPLINE_JOBS          parallel compile jobs (default 2)
# Extra arguments go to the first cmake configure (for example -DCMAKE_BUILD_TYPE=Debug).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${TRAPLINE_FUZZ_BUILD_DIR:-build-fuzz}"
SECONDS_EACH="${TRAPLINE_FUZZ_SECONDS:-60}"
JOBS="${TRAPLINE_JOBS:-2}"
TARGETS=(fuzz_csv fuzz_megadetector_json)
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"

# Debian's "clang" package provides clang/clang++; clang-14 alone provides only the versioned names.
if command -v clang++ >/dev/null; then CC_BIN=clang; CXX_BIN=clang++
elif command -v clang++-14 >/dev/null; then CC_BIN=clang-14; CXX_BIN=clang++-14
else
  echo "run-fuzz: clang is not installed (Debian: apt-get install clang libclang-rt-14-dev llvm)" >&2
  exit 2
fi

if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  CC="$CC_BIN" CXX="$CXX_BIN" cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTRAPLINE_FUZZ=ON "$@"
fi
cmake --build "$BUILD_DIR" --target "${TARGETS[@]}" -j "$JOBS"

# Symbolised stack traces need llvm-symbolizer (Debian: llvm or llvm-14).
for s in llvm-symbolizer llvm-symbolizer-14 /usr/lib/llvm-14/bin/llvm-symbolizer; do
  if command -v "$s" >/dev/null; then export ASAN_SYMBOLIZER_PATH="$(command -v "$s")"; break; fi
done
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

status=0
for target in "${TARGETS[@]}"; do
  binary="$BUILD_DIR/fuzz/$target"
  # New inputs go to the first folder, a working corpus in the build folder; the committed seeds stay as they are.
  corpus="$BUILD_DIR/corpus/$target"
  crashes="$BUILD_DIR/crashes/$target"
  mkdir -p "$corpus" "$crashes"
  dict=()
  case "$target" in
    fuzz_csv) dict=(-dict=fuzz/csv.dict) ;;
    fuzz_megadetector_json) dict=(-dict=fuzz/megadetector_json.dict) ;;
  esac
  echo "run-fuzz: $target for ${SECONDS_EACH}s"
  log="$BUILD_DIR/$target.log"
  # The fuzzer's running commentary goes to a log; its closing statistics are printed, and the log's end if it fails.
  if "$binary" -max_total_time="$SECONDS_EACH" -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$crashes/" "${dict[@]}" "$corpus" "fuzz/corpus/$target" >"$log" 2>&1; then
    grep -E "^(Done|stat::)" "$log" || true
    echo "run-fuzz: $target found nothing"
  else
    tail -n 60 "$log"
    status=1
    echo "run-fuzz: $target FAILED; the input is in $crashes/. Replay it with: $binary $crashes/<file>" >&2
  fi
done
exit $status

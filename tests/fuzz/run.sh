#!/bin/sh
# run.sh SOURCE-DIR WORK-DIR SECONDS — builds the libFuzzer targets with
# clang in WORK-DIR/build (a build of its own: the fuzzers need clang's
# -fsanitize=fuzzer, whatever compiler the main build uses), then runs
# each for SECONDS from a copy of its seed corpus in tests/fuzz/corpus.
# Fails when a target crashes, leaks, hangs (10 s an input) or cannot be
# built. New inputs stay in WORK-DIR; crash inputs are printed.
set -u
SRC=$1
WORK=$2
SECONDS_EACH=${3:-20}
command -v clang >/dev/null || { echo "clang is not installed (scripts/install-deps installs it)"; exit 1; }
mkdir -p "$WORK"
if ! cmake -S "$SRC" -B "$WORK/build" -DCMAKE_C_COMPILER=clang -DTACT_FUZZ=ON \
       -DTACT_BUILD_TESTS=OFF -DTACT_BUILD_BENCH=OFF -DTACT_BUILD_OXT=OFF \
       -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$WORK/configure.log" 2>&1 ||
   ! cmake --build "$WORK/build" -j2 --target fuzz_check fuzz_rules fuzz_lsp \
       >"$WORK/build.log" 2>&1; then
  tail -40 "$WORK/configure.log" "$WORK/build.log" 2>/dev/null
  exit 1
fi
# The sanitizer settings the rest of the suite uses would abort on leaks
# the fuzzer reports itself; let libFuzzer decide.
unset ASAN_OPTIONS UBSAN_OPTIONS
status=0
for t in check rules lsp; do
  corpus="$WORK/corpus-$t"
  mkdir -p "$corpus" "$WORK/crashes-$t"
  cp "$SRC/tests/fuzz/corpus/$t/"* "$corpus/"
  if "$WORK/build/tests/fuzz/fuzz_$t" -max_total_time="$SECONDS_EACH" \
       -timeout=10 -rss_limit_mb=2048 -max_len=8192 -close_fd_mask=3 \
       -artifact_prefix="$WORK/crashes-$t/" "$corpus" >"$WORK/fuzz_$t.log" 2>&1; then
    echo "fuzz_$t: $(grep -o 'Done [0-9]* runs' "$WORK/fuzz_$t.log" | tail -1) in ${SECONDS_EACH} s, no failure"
  else
    status=1
    echo "fuzz_$t FAILED:"
    grep -A30 -E 'ERROR|==[0-9]+==|runtime error|deadly signal' "$WORK/fuzz_$t.log" | head -60
    ls "$WORK/crashes-$t"
  fi
done
exit $status

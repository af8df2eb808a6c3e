#!/bin/sh
# tsan.sh SOURCE-DIR WORK-DIR — builds libtact with ThreadSanitizer (clang)
# in WORK-DIR/build, a tree of its own since TSan cannot be mixed with the
# suite's ASan, then runs threads.c against it: several threads checking
# at once with one engine. Fails on any data race or differing result.
set -u
SRC=$1
WORK=$2
command -v clang >/dev/null || { echo "clang is not installed (scripts/install-deps installs it)"; exit 1; }
mkdir -p "$WORK"
if ! cmake -S "$SRC" -B "$WORK/build" -DCMAKE_C_COMPILER=clang \
       -DCMAKE_C_FLAGS="-fsanitize=thread -g -O1" -DTACT_BUILD_TESTS=OFF \
       -DTACT_BUILD_BENCH=OFF -DTACT_BUILD_OXT=OFF \
       -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$WORK/configure.log" 2>&1 ||
   ! cmake --build "$WORK/build" -j2 --target tact >"$WORK/build.log" 2>&1 ||
   ! clang -fsanitize=thread -g -O1 -I"$SRC/core/include" \
       -I"$WORK/build/core/include" "$SRC/tests/sanitizers/threads.c" \
       -L"$WORK/build/core" -ltact -Wl,-rpath,"$WORK/build/core" -lpthread \
       -o "$WORK/threads" >"$WORK/link.log" 2>&1; then
  tail -40 "$WORK/configure.log" "$WORK/build.log" "$WORK/link.log" 2>/dev/null
  exit 1
fi
unset ASAN_OPTIONS UBSAN_OPTIONS
TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" \
  "$WORK/threads" "$SRC/dicts/en"

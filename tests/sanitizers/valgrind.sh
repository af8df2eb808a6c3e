#!/bin/sh
# valgrind.sh SOURCE-DIR WORK-DIR — builds a plain `tact` (no sanitizers:
# valgrind and ASan do not mix) in WORK-DIR/build and runs it under
# valgrind's leak checker on the sample files: plain text, Markdown, HTML,
# e-mail, a ticket export with two threads, and `tact rules`. Fails on any
# memory error or definite/indirect leak.
set -u
SRC=$1
WORK=$2
command -v valgrind >/dev/null || { echo "valgrind is not installed (scripts/install-deps installs it)"; exit 1; }
mkdir -p "$WORK"
if ! cmake -S "$SRC" -B "$WORK/build" -DTACT_BUILD_TESTS=OFF \
       -DTACT_BUILD_BENCH=OFF -DTACT_BUILD_OXT=OFF \
       -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$WORK/configure.log" 2>&1 ||
   ! cmake --build "$WORK/build" -j2 --target tact_cli >"$WORK/build.log" 2>&1; then
  tail -40 "$WORK/configure.log" "$WORK/build.log" 2>/dev/null
  exit 1
fi
TACT=$WORK/build/cli/tact
export TACT_DICTS="$SRC/dicts" HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/xdg"
mkdir -p "$HOME" "$XDG_CONFIG_HOME"
printf '{"id": 1, "body": "As I already told you, calm down."}\n{"id": 2, "body": "Thanks!"}\n{"id": 3}\n' >"$WORK/tickets.jsonl"
status=0
run() {
  valgrind --quiet --suppressions="$SRC/tests/sanitizers/valgrind.supp" --leak-check=full --errors-for-leak-kinds=definite,indirect \
    --error-exitcode=99 --log-file="$WORK/valgrind.log" "$TACT" "$@" \
    >/dev/null 2>"$WORK/stderr.log"
  rc=$?
  if [ $rc -eq 99 ] || [ -s "$WORK/valgrind.log" ]; then
    echo "valgrind FAILED: tact $*"
    cat "$WORK/valgrind.log"
    status=1
  else
    echo "clean (exit $rc): tact $*"
  fi
}
run check --no-config "$SRC/examples/reply.txt"
for f in "$SRC"/tests/cli/data/formats/*; do
  run check --no-config --format json --summary "$f"
done
run check --no-config -j 2 --field body --id-field id "$WORK/tickets.jsonl"
run rules --no-config
exit $status

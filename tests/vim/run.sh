#!/bin/sh
# Runs one Vim plugin test in a real headless Vim against the real server.
# Usage: sh run.sh PATH-TO-TACT SOURCE-DIR TEST-NAME
# The test (TEST-NAME.vim) asserts with assert_*(); lib.vim's Finish()
# writes v:errors, Vim's own error messages and the server's log.
TACT=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
SRC=$2
NAME=$3
DIR=$SRC/tests/vim

TMP=$(mktemp -d) || exit 2
trap 'rm -rf "$TMP"' EXIT
# Nothing from the developer's set-up leaks in: the test pack stands in
# for the shipped one, config lives in an empty home.
HOME=$TMP/home
XDG_CONFIG_HOME=$TMP/xdg
TACT_DICTS=$DIR/data/dicts
TACT_TEST_TMP=$TMP
TACT_TEST_BIN=$TACT
export HOME XDG_CONFIG_HOME TACT_DICTS TACT_TEST_TMP TACT_TEST_BIN
mkdir -p "$HOME" "$XDG_CONFIG_HOME"

cd "$TMP" || exit 2
timeout 120 vim -Nu NONE -i NONE -es \
  --cmd "set rtp^=$SRC/plugins/vim" \
  -S "$DIR/lib.vim" -S "$DIR/$NAME.vim" </dev/null >"$TMP/vim.out" 2>&1
status=$?

if [ -s "$TMP/server.log" ] && grep -q 'Sanitizer' "$TMP/server.log"; then
  echo "FAIL: sanitizer report from tact lsp" >&2
  status=1
fi
if [ "$status" -ne 0 ] || [ ! -f "$TMP/done" ]; then
  [ "$status" -eq 124 ] && echo "FAIL: timed out" >&2
  [ -f "$TMP/done" ] || echo "FAIL: the test did not reach Finish()" >&2
  for f in errors vim.out server.log; do
    if [ -s "$TMP/$f" ]; then
      echo "--- $f" >&2
      cat "$TMP/$f" >&2
    fi
  done
  exit 1
fi
exit 0

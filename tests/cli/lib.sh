# lib.sh — helpers sourced by every CLI test script.
# Usage of a test script: sh SCRIPT PATH-TO-TACT SOURCE-DIR

TACT=$1
SRC=$2
DATA=$SRC/tests/cli/data
PYTHON=${PYTHON:-python3}
failures=0

TMP=$(mktemp -d) || exit 2
trap 'rm -rf "$TMP"' EXIT

# Nothing from the developer's own set-up may leak in: the test pack stands
# in for the shipped one, and config lives in an empty temporary home.
HOME=$TMP/home
XDG_CONFIG_HOME=$TMP/xdg
TACT_DICTS=$DATA/dicts
export HOME XDG_CONFIG_HOME TACT_DICTS
unset NO_COLOR
mkdir -p "$HOME" "$XDG_CONFIG_HOME"

fail() {
  failures=$((failures + 1))
  printf 'FAIL: %s\n  command: %s\n' "$1" "$last" >&2
  printf '  stdout:\n' >&2
  sed 's/^/    /' "$TMP/out" >&2
  printf '  stderr:\n' >&2
  sed 's/^/    /' "$TMP/err" >&2
}

# run ARG...: runs tact; keeps stdout, stderr and the exit status. A
# sanitizer report anywhere fails the test.
run() {
  last="tact $*"
  "$TACT" "$@" >"$TMP/out" 2>"$TMP/err"
  status=$?
  if grep -q 'Sanitizer' "$TMP/err"; then
    fail "sanitizer report"
  fi
}

# run_input TEXT ARG...: like run, with TEXT on standard input.
run_input() {
  input=$1
  shift
  last="printf '%s' '$input' | tact $*"
  printf '%s' "$input" | "$TACT" "$@" >"$TMP/out" 2>"$TMP/err"
  status=$?
  if grep -q 'Sanitizer' "$TMP/err"; then
    fail "sanitizer report"
  fi
}

expect_status() {
  [ "$status" -eq "$1" ] || fail "exit status $status, expected $1"
}

# expect_out TEXT: stdout is exactly TEXT (plus a final newline).
expect_out() {
  printf '%s\n' "$1" >"$TMP/expected"
  cmp -s "$TMP/expected" "$TMP/out" || fail "stdout differs from: $1"
}

expect_no_out() {
  [ ! -s "$TMP/out" ] || fail "stdout should be empty"
}

expect_no_err() {
  [ ! -s "$TMP/err" ] || fail "stderr should be empty"
}

# expect_line TEXT: stdout has a line that is exactly TEXT.
expect_line() {
  grep -Fxq -- "$1" "$TMP/out" || fail "no stdout line: $1"
}

expect_no_line() {
  if grep -Fxq -- "$1" "$TMP/out"; then fail "unwanted stdout line: $1"; fi
}

# expect_out_has TEXT / expect_err_has TEXT: the stream contains TEXT.
expect_out_has() {
  grep -Fq -- "$1" "$TMP/out" || fail "stdout lacks: $1"
}

expect_out_lacks() {
  if grep -Fq -- "$1" "$TMP/out"; then fail "stdout has: $1"; fi
}

expect_err_has() {
  grep -Fq -- "$1" "$TMP/err" || fail "stderr lacks: $1"
}

expect_err_lacks() {
  if grep -Fq -- "$1" "$TMP/err"; then fail "stderr has: $1"; fi
}

# expect_json EXPR: stdout is JSON and the Python expression EXPR is true,
# with the document in `d`.
expect_json() {
  "$PYTHON" -c '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
sys.exit(0 if eval(sys.argv[2]) else 1)
' "$TMP/out" "$1" 2>"$TMP/py" || fail "JSON check: $1 ($(cat "$TMP/py"))"
}

# The last line of every script.
finish() {
  if [ "$failures" -gt 0 ]; then
    printf '%s failure(s)\n' "$failures" >&2
    exit 1
  fi
  exit 0
}

# hostile.sh — the program on files no one should have to check: binary
# data, NUL bytes and invalid UTF-8, and a 200 MB file, which is refused
# without being read (the test holds the program's peak memory to that).
. "$2/tests/cli/lib.sh"
cd "$TMP" || exit 2

# run_peak ARG...: like run, and sets $peak to tact's peak RSS in KiB.
run_peak() {
  last="tact $*"
  "$PYTHON" - "$TACT" "$@" >"$TMP/out" 2>"$TMP/err" 3>"$TMP/peak" <<'PY'
import os, resource, subprocess, sys
rc = subprocess.call(sys.argv[1:])
os.write(3, b"%d %d\n" % (rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
PY
  read -r status peak <"$TMP/peak"
}

# Binary data: checked as text with its bad bytes reported, no crash.
"$PYTHON" -c '
import random, sys
random.seed(7)
sys.stdout.buffer.write(bytes(random.getrandbits(8) for _ in range(300000)))
' >noise.bin
run check --no-config --format json noise.bin
expect_json 'd["files"][0]["path"] == "noise.bin" and "error" not in d["files"][0]'
expect_json 'any(f["rule"] == "encoding.invalid-utf8" for f in d["files"][0]["findings"])'

# NUL bytes and invalid UTF-8 around a phrase: the phrase is still found
# at its own line and column.
printf 'Hello\000\000 there.\n\377\376 Please calm down.\n' >odd.txt
run check --no-config odd.txt
expect_status 1
expect_line 'odd.txt:2:11: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]'
expect_out_has 'odd.txt:2:1: error:'

# 200 MB (sparse, so the test is cheap): refused with its size, unread,
# and the other file is still checked.
printf 'Please calm down.\n' >small.txt
"$PYTHON" -c 'open("huge.txt", "wb").truncate(200 * 1024 * 1024)'
run_peak check --no-config huge.txt small.txt
expect_status 2
expect_err_has 'tact: huge.txt: too large to check (200.0 MiB; the limit is 16.0 MiB, see --max-size)'
expect_line 'small.txt:1:8: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]'
# Far below the file's size: it was never read (sanitizers included).
[ "$peak" -lt 150000 ] || fail "peak RSS $peak KiB checking past a 200 MB file"
rm -f huge.txt

finish

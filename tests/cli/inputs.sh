# inputs.sh — standard input, missing and unreadable files, odd bytes.
. "$2/tests/cli/lib.sh"
cd "$DATA" || exit 2

run_input 'Please calm down.' check --no-config -
expect_status 1
expect_out '<stdin>:1:8: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]
  suggestion: "I understand this is frustrating"'

run_input '' check --no-config -
expect_status 0
expect_no_out

# A missing file is reported, the other files are still checked, and the
# status is 2 whatever was found.
run check --no-config missing.txt reply.txt
expect_status 2
expect_err_has "tact: cannot read missing.txt: No such file or directory"
expect_line "reply.txt:2:8: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]"

run check --no-config reply.txt missing.txt
expect_status 2
expect_out_has "reply.txt:1:8: error:"

# A directory is walked (tests/cli/batch.sh has the details): the test
# data holds texts, and its rule files are not checked.
run check --no-config "$DATA"
expect_status 1
expect_out_has "$DATA/reply.txt:"
expect_out_lacks ".lua:"

# A file without read permission (root may read anything, so only check
# when the file really is unreadable).
printf 'Please calm down.\n' >"$TMP/secret.txt"
chmod 000 "$TMP/secret.txt"
if ! cat "$TMP/secret.txt" >/dev/null 2>&1; then
  run check --no-config "$TMP/secret.txt"
  expect_status 2
  expect_err_has "tact: cannot read $TMP/secret.txt: Permission denied"
fi
chmod 600 "$TMP/secret.txt"

# A name starting with '-' after '--' is a file, not an option.
cp reply.txt "$TMP/-reply.txt"
(cd "$TMP" && "$TACT" check --no-config -- -reply.txt) >"$TMP/out" 2>"$TMP/err"
status=$?
last="tact check --no-config -- -reply.txt"
expect_status 1
expect_out_has "-reply.txt:1:8: error:"

# NUL bytes and invalid UTF-8 do not stop the check: the text after them
# is still checked, and the bad byte is reported where it is.
printf 'Hi\000 there. Please \377 calm down.\n' >"$TMP/binary.txt"
run check --no-config "$TMP/binary.txt"
expect_status 1
expect_out_has "$TMP/binary.txt:1:19: "
expect_out_has "[encoding.invalid-utf8]"
expect_line "$TMP/binary.txt:1:21: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]"

# Without a final newline, and with CRLF line ends.
printf 'Fine.\r\nPlease calm down.' >"$TMP/crlf.txt"
run check --no-config "$TMP/crlf.txt"
expect_status 1
expect_line "$TMP/crlf.txt:2:8: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]"

finish

# check_text.sh — the default text output of `tact check`.
. "$2/tests/cli/lib.sh"
cd "$DATA" || exit 2

run check --no-config reply.txt
expect_status 1
expect_out 'reply.txt:1:8: error: Saying the customer failed puts the blame on them. [blame.you-failed]
  suggestion: "it looks like we didn'"'"'t" or "{what happened}"
reply.txt:1:35: info: Stacked exclamation marks raise the volume. [shouting.bangs]
  suggestion: "."
reply.txt:2:8: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]
  suggestion: "I understand this is frustrating"
reply.txt:3:6: hint: "Just" can make a request sound trivial. [filler.just]
  suggestion: (delete)'
expect_no_err

# At most three suggestions on the line, then how many more there are.
cat >"$TMP/many.lua" <<'LUA'
tact.rule {
  id = "filler.really", message = "Really?", phrases = { "really" },
  suggest = { "truly", "very", "quite", "so", "indeed" },
}
LUA
run_input 'It really is.' check --no-config --rules "$TMP/many.lua" -
expect_status 1
expect_out '<stdin>:1:4: warning: Really? [filler.really]
  suggestion: "truly" or "very" or "quite" (+2 more)'

# No findings: no output, status 0.
run check --no-config clean.txt
expect_status 0
expect_no_out
expect_no_err

# Several files: each file's findings under its own name; one file with
# findings is enough for status 1.
run check --no-config clean.txt reply.txt
expect_status 1
expect_line "reply.txt:2:8: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]"
expect_out_lacks "clean.txt"

# Columns count UTF-8 bytes, as gcc does: "Héllo 😀 " is 12 bytes.
printf 'H\303\251llo \360\237\230\200 you failed to go.\n' >"$TMP/utf8.txt"
run check --no-config "$TMP/utf8.txt"
expect_status 1
expect_line "$TMP/utf8.txt:1:13: error: Saying the customer failed puts the blame on them. [blame.you-failed]"

# Colour: never by default when stdout is not a terminal, on request always.
run check --no-config reply.txt
expect_out_lacks "$(printf '\033')"
run check --no-config --color always reply.txt
expect_status 1
expect_out_has "$(printf '\033[1;31merror:\033[0m')"
expect_out_has "$(printf '\033[1;31m[blame.you-failed]\033[0m')"
run check --no-config --color never reply.txt
expect_status 1
expect_out_lacks "$(printf '\033')"
NO_COLOR=1
export NO_COLOR
run check --no-config --color always reply.txt
expect_out_has "$(printf '\033')"
unset NO_COLOR

# --color auto at a terminal: colour unless NO_COLOR is set or TERM is dumb.
# script(1) gives tact a terminal.
at_terminal() {
  last="(at a terminal) tact $*"
  TERM=${TERM_FOR_TEST:-xterm} script -qec "'$TACT' $*" /dev/null \
    >"$TMP/out" 2>"$TMP/err" </dev/null
}
if command -v script >/dev/null 2>&1; then
  at_terminal check --no-config reply.txt
  expect_out_has "$(printf '\033[1;31merror:')"
  NO_COLOR=1
  export NO_COLOR
  at_terminal check --no-config reply.txt
  expect_out_has "error:"
  expect_out_lacks "$(printf '\033')"
  unset NO_COLOR
  TERM_FOR_TEST=dumb
  at_terminal check --no-config reply.txt
  unset TERM_FOR_TEST
  expect_out_has "error:"
  expect_out_lacks "$(printf '\033')"
else
  echo "note: script(1) not found; --color auto at a terminal not tested" >&2
fi

# --quiet: nothing on stdout, the status still tells.
run check --no-config --quiet reply.txt
expect_status 1
expect_no_out
run check --no-config -q clean.txt
expect_status 0
expect_no_out

finish

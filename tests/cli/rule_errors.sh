# rule_errors.sh — a broken rule file is reported as file:line and every
# other rule keeps working; so does a rule that raises while checking.
. "$2/tests/cli/lib.sh"
cd "$DATA" || exit 2

printf 'You failed to call. Sorry again.\n' >"$TMP/text.txt"
run check --no-config --rules broken.lua --rules extra.lua "$TMP/text.txt"
expect_status 1
expect_err_has "tact: warning: broken.lua:3: "
[ "$(grep -c '^tact: warning: ' "$TMP/err")" -eq 1 ] ||
  fail "expected exactly one warning"
expect_line "$TMP/text.txt:1:1: error: Saying the customer failed puts the blame on them. [blame.you-failed]"
expect_line "$TMP/text.txt:1:21: warning: One sincere apology is enough. [apology.sorry-again]"

# --quiet silences warnings too.
run check --no-config --quiet --rules broken.lua "$TMP/text.txt"
expect_status 1
expect_no_out
expect_no_err

# A missing --rules file is a load problem of that file only.
run check --no-config --rules "$TMP/nope.lua" "$TMP/text.txt"
expect_err_has "$TMP/nope.lua"
expect_out_has "[blame.you-failed]"

# A rule that raises an error while checking: a warning naming the rule
# file and line, and the other rules' findings are still there.
run check --no-config --rules raises.lua "$TMP/text.txt"
expect_status 1
expect_err_has "tact: warning: raises.lua:"
expect_err_has "boom"
expect_err_has "(checking $TMP/text.txt)"
expect_out_has "[blame.you-failed]"

run check --no-config --format json --rules raises.lua "$TMP/text.txt"
expect_status 1
expect_json 'len(d["files"][0]["warnings"]) >= 1 and all("boom" in w for w in d["files"][0]["warnings"])'
expect_json '"blame.you-failed" in [f["rule"] for f in d["files"][0]["findings"]]'

finish

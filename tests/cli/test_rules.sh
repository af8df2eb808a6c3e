# test_rules.sh — `tact test-rules`: each rule's examples, per file.
. "$2/tests/cli/lib.sh"
cd "$DATA" || exit 2

# Every example behaves, including those of rules the file or the default
# profile switches off.
run test-rules good-rules.lua
expect_status 0
expect_out "3 rules, 5 examples, 0 failures"
expect_no_err

run test-rules bad-rules.lua
expect_status 1
expect_out 'bad-rules.lua:2: blame.your-fault: expected a finding in "That is your mistake." but got none
bad-rules.lua:2: blame.your-fault: unexpected finding "your fault" in "It was your fault, sorry."
1 rule, 2 examples, 2 failures'

# Several files: one summary over all of them.
run test-rules good-rules.lua bad-rules.lua
expect_status 1
expect_line "4 rules, 7 examples, 2 failures"

# A file that does not load: its problem on stderr as file:line, status 2,
# and the other files are still tested.
run test-rules broken.lua good-rules.lua
expect_status 2
expect_err_has "tact: error: broken.lua:3: "
expect_out "3 rules, 5 examples, 0 failures"

run test-rules "$TMP/missing.lua"
expect_status 2
expect_err_has "$TMP/missing.lua"

# No operands: every file of the pack ($TACT_DICTS/en).
run test-rules
expect_status 0
expect_out "4 rules, 5 examples, 0 failures"

TACT_DICTS=$TMP/nodicts
run test-rules
expect_status 2
expect_err_has "tact: cannot read rule pack $TMP/nodicts/en: No such file or directory"
TACT_DICTS=$DATA/dicts

run test-rules --format json good-rules.lua
expect_status 2

finish

# options.sh — --min-severity, --disable, --enable and --profile.
. "$2/tests/cli/lib.sh"
cd "$DATA" || exit 2

rules_found() {
  sed -n 's/^reply\.txt:[0-9]*:[0-9]*: [a-z]*: .* \[\(.*\)\]$/\1/p' "$TMP/out" |
    tr '\n' ' '
}
expect_rules() {
  [ "$(rules_found)" = "$1" ] || fail "rules found: '$(rules_found)', expected '$1'"
}

run check --no-config reply.txt
expect_rules "blame.you-failed shouting.bangs dismissal.calm-down filler.just "

# Findings below the minimum severity are not shown...
run check --no-config --min-severity warning reply.txt
expect_status 1
expect_rules "blame.you-failed dismissal.calm-down "
run check --no-config --min-severity=info reply.txt
expect_rules "blame.you-failed shouting.bangs dismissal.calm-down "
run check --no-config --min-severity ERROR reply.txt
expect_rules "blame.you-failed "

# ...and do not count for the exit status.
run_input 'It is just one page.' check --no-config --min-severity info -
expect_status 0
expect_no_out
run_input 'It is just one page.' check --no-config --min-severity hint -
expect_status 1
expect_out '<stdin>:1:6: hint: "Just" can make a request sound trivial. [filler.just]
  suggestion: (delete)'

# --disable takes a rule id or a category.
run check --no-config --disable blame.you-failed reply.txt
expect_status 1
expect_rules "shouting.bangs dismissal.calm-down filler.just "
run check --no-config --disable shouting --disable filler reply.txt
expect_rules "blame.you-failed dismissal.calm-down "
run check --no-config --disable blame --disable shouting --disable dismissal \
  --disable filler reply.txt
expect_status 0
expect_no_out

# Switches apply in order: a later one wins.
run check --no-config --disable blame --enable blame.you-failed reply.txt
expect_rules "blame.you-failed shouting.bangs dismissal.calm-down filler.just "
run check --no-config --enable blame.you-failed --disable blame reply.txt
expect_rules "shouting.bangs dismissal.calm-down filler.just "

# A profile selects rules; --enable switches one back on.
run check --no-config --profile calm reply.txt
expect_status 1
expect_rules "blame.you-failed "
run check --no-config --profile calm --enable shouting.bangs reply.txt
expect_rules "blame.you-failed shouting.bangs "
run check --no-config --profile calm --enable dismissal reply.txt
expect_rules "blame.you-failed dismissal.calm-down "

# An unknown profile makes the engine unusable: status 2, nothing checked.
run check --no-config --profile nosuch reply.txt
expect_status 2
expect_no_out
expect_err_has "nosuch"
[ "$(grep -c nosuch "$TMP/err")" -eq 1 ] || fail "the error is said once"

finish

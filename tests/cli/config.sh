# config.sh — where rules load from: the pack ($TACT_DICTS), the user's
# config directory, the nearest .tact.lua, --rules; and --no-config.
. "$2/tests/cli/lib.sh"

rule_file() { # rule_file PATH ID PHRASE
  mkdir -p "$(dirname "$1")"
  cat >"$1" <<LUA
tact.rule {
  id = "$2", severity = "warning",
  message = "Found $3.",
  phrases = { "$3" },
}
LUA
}
ids() { # the ids `tact rules` listed, on one line
  awk '{ printf "%s ", $1 }' "$TMP/out"
}
expect_ids() {
  [ "$(ids)" = "$1" ] || fail "rules listed: '$(ids)', expected '$1'"
}
pack="encoding.invalid-utf8 spelling.unknown-word blame.you-failed dismissal.calm-down shouting.bangs filler.just"

rule_file "$XDG_CONFIG_HOME/tact/team.lua" team.kindly kindly
rule_file "$TMP/proj/.tact.lua" project.outer "per our policy"
rule_file "$TMP/proj/sub/.tact.lua" project.inner "as stated"
mkdir -p "$TMP/proj/sub/deeper" "$TMP/elsewhere"

# From a directory below the project: pack, user dir, the nearest
# .tact.lua (only that one), then --rules, in that order.
cd "$TMP/proj/sub/deeper" || exit 2
run rules --rules "$DATA/extra.lua"
expect_status 0
expect_ids "$pack team.kindly project.inner apology.sorry-again "
expect_out_has "$XDG_CONFIG_HOME/tact/team.lua:1"
expect_out_has "$TMP/proj/sub/.tact.lua:1"

run_input 'Kindly sign, as stated.' check -
expect_status 1
expect_line '<stdin>:1:1: warning: Found kindly. [team.kindly]'
expect_line '<stdin>:1:14: warning: Found as stated. [project.inner]'

# --no-config skips the user dir and .tact.lua but not --rules.
run rules --no-config --rules "$DATA/extra.lua"
expect_ids "$pack apology.sorry-again "
run_input 'Kindly sign, as stated.' check --no-config -
expect_status 0
expect_no_out

# Outside the project only the user dir applies.
cd "$TMP/elsewhere" || exit 2
run rules
expect_ids "$pack team.kindly "

# Without XDG_CONFIG_HOME (or with a relative one, which the XDG spec says
# to ignore) the user dir is ~/.config/tact.
rule_file "$HOME/.config/tact/home.lua" home.asap asap
unset XDG_CONFIG_HOME
run rules
expect_ids "$pack home.asap "
XDG_CONFIG_HOME=relative/dir
export XDG_CONFIG_HOME
mkdir -p relative/dir/tact
rule_file relative/dir/tact/rel.lua rel.nope nope
run rules
expect_ids "$pack home.asap "

# An empty user dir and no project file: just the pack.
XDG_CONFIG_HOME=$TMP/empty
export XDG_CONFIG_HOME
run rules
expect_ids "$pack "

# TACT_DICTS chooses the pack; without the pack nothing is checked.
TACT_DICTS=$TMP/nodicts
run rules --no-config
expect_status 2
expect_no_out
expect_err_has "tact: rule pack $TMP/nodicts/en not found"
run check --no-config "$DATA/reply.txt"
expect_status 2
expect_no_out
TACT_DICTS=$DATA/dicts

finish

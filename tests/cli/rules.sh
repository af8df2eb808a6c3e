# rules.sh — `tact rules` and `tact explain`.
. "$2/tests/cli/lib.sh"
cd "$DATA" || exit 2
test_lua=$DATA/dicts/en/test.lua

run rules --no-config
expect_status 0
expect_out "encoding.invalid-utf8  encoding   error    on   (built in)
spelling.unknown-word  spelling   warning  on   (built in)
blame.you-failed       blame      error    on   $test_lua:3
dismissal.calm-down    dismissal  warning  on   $test_lua:14
shouting.bangs         shouting   info     on   $test_lua:22
filler.just            filler     hint     on   $test_lua:30"

# Switched-off rules are listed, marked off.
run rules --no-config --profile calm --disable blame.you-failed --enable filler
expect_status 0
expect_line "blame.you-failed       blame      error    off  $test_lua:3"
expect_line "shouting.bangs         shouting   info     off  $test_lua:22"
expect_line "filler.just            filler     hint     on   $test_lua:30"

run rules --no-config --format json --rules extra.lua
expect_status 0
expect_json 'd["version"] == 1 and d["profile"] == "reply"'
expect_json '[r["id"] for r in d["rules"]] == ["encoding.invalid-utf8", "spelling.unknown-word", "blame.you-failed", "dismissal.calm-down", "shouting.bangs", "filler.just", "apology.sorry-again"]'
expect_json 'd["rules"][4] == {"id": "shouting.bangs", "category": "shouting", "severity": "info", "enabled": True, "kind": "regex", "scope": "sentence", "message": "Stacked exclamation marks raise the volume.", "rationale": "", "url": "", "phrases": [], "suggestions": ["."], "flag": ["Sign it!!"], "pass": ["Thanks!"], "source": "'"$test_lua"':22"}'
expect_json 'd["rules"][2]["rationale"] == "Describe what happened, not who is at fault." and d["rules"][2]["url"] == "https://example.com/rules/blame.you-failed"'
expect_json 'd["rules"][2]["phrases"] == ["you failed to"] and d["rules"][2]["suggestions"] == ["it looks like we didn\x27t", "{what happened}"]'
expect_json 'd["rules"][2]["flag"] == ["You failed to sign the form."] and d["rules"][2]["pass"] == ["We failed to send it."]'
expect_json 'd["rules"][6]["source"] == "extra.lua:2" and d["rules"][6]["kind"] == "phrase"'

run rules --no-config --profile nosuch
expect_status 2
expect_no_out

run explain --no-config blame.you-failed
expect_status 0
expect_out "blame.you-failed
Saying the customer failed puts the blame on them.

Describe what happened, not who is at fault.

Severity:    error
Category:    blame
Scope:       sentence
Kind:        phrase
Enabled:     yes (profile reply)
Phrases:     you failed to
Suggestions: \"it looks like we didn't\"
             \"{what happened}\"
Flagged:     \"You failed to sign the form.\"
Not flagged: \"We failed to send it.\"
URL:         https://example.com/rules/blame.you-failed
Source:      $test_lua:3"

# A rule without rationale, url, suggestions or pass examples leaves those
# lines out; a switched-off rule says so.
run explain --no-config --profile calm dismissal.calm-down
expect_status 0
expect_out "dismissal.calm-down
Telling someone to calm down rarely calms them.

Severity:    warning
Category:    dismissal
Scope:       sentence
Kind:        phrase
Enabled:     no (profile calm)
Phrases:     calm down
Suggestions: \"I understand this is frustrating\"
Flagged:     \"Please calm down.\"
Source:      $test_lua:14"

# Only the first phrases of a long list.
cat >"$TMP/many.lua" <<'LUA'
tact.rule {
  id = "filler.many", message = "Many phrases.",
  phrases = { "one", "two", "three", "four", "five", "six", "seven" },
}
LUA
run explain --no-config --rules "$TMP/many.lua" filler.many
expect_status 0
expect_line "Phrases:     one"
expect_line "             five"
expect_line "             (2 more)"
expect_no_line "             six"

cat > "$TMP/signal.lua" <<'LUA'
tact.rule {
  id = "signal.warm", signal = true, weight = 3,
  rationale = "Warm wording helps.",
  phrases = { "glad to help" },
}
LUA
run explain --no-config --rules "$TMP/signal.lua" signal.warm
expect_status 0
expect_line "Signal:      counted by the tone summary, never reported"
expect_out_lacks "Severity:"
expect_line "Warm wording helps."

run explain --no-config nope.nope
expect_status 2
expect_no_out
expect_err_has "tact: no rule 'nope.nope' is loaded"

finish

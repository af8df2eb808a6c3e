# summary.sh — `tact check --summary` in text and JSON.
. "$2/tests/cli/lib.sh"
cd "$DATA" || exit 2

cat > "$TMP/signals.lua" <<'LUA'
tact.rule{ id='signal.thanks', signal=true, weight=5, phrases='thank you' }
LUA

# Test pack at warning and up: an error (4) and a warning (2) in 15 words,
# counted as 50: 6 x 100 / 50 = 12 per 100 words; 85 - 6 x 12 = 13.
run check --no-config --summary --min-severity warning reply.txt
expect_status 1
expect_line 'reply.txt: tone 13/100, 2 findings (blame 1, dismissal 1); I 0, you 1, we 0; empathy no, next step no, thanks no'
# With the info and hint findings too the score bottoms out at 0.
run check --no-config --summary reply.txt
expect_out_has 'reply.txt: tone 0/100, 4 findings (blame 1, dismissal 1, filler 1, shouting 1)'

# A signal adds its weight; without findings the exit status stays 0.
run_input 'Thank you, we are on it.' check --no-config --rules "$TMP/signals.lua" --summary -
expect_status 0
expect_line '<stdin>: tone 90/100, 0 findings; I 0, you 1, we 1; empathy no, next step no, thanks yes'

# Without --summary there is no summary line or object.
run check --no-config reply.txt
expect_out_lacks 'tone '
run check --no-config --format json reply.txt
expect_json '"summary" not in d["files"][0]'

run check --no-config --summary --format json reply.txt
expect_json '[d["files"][0]["summary"][k] for k in ("score", "words", "findings")] == [0, 15, 4]'
expect_json 'd["files"][0]["summary"]["categories"] == {"blame": 1, "dismissal": 1, "filler": 1, "shouting": 1}'
expect_json 'd["files"][0]["summary"]["pronouns"] == {"i": 0, "you": 1, "we": 0}'
expect_json 'd["files"][0]["summary"]["thanks"] is False'

finish

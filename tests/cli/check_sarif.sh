# check_sarif.sh — `tact check --format sarif` (SARIF 2.1.0).
. "$2/tests/cli/lib.sh"
cd "$DATA" || exit 2

version=$(sed -n 's/^#define TACT_VERSION_STRING "\(.*\)"$/\1/p' \
  "$SRC/core/include/tact.h")

run check --no-config --format sarif reply.txt
expect_status 1
expect_no_err
expect_json 'd["version"] == "2.1.0"'
expect_json 'd["$schema"].endswith("sarif-schema-2.1.0.json")'
expect_json 'len(d["runs"]) == 1'
expect_json 'd["runs"][0]["columnKind"] == "utf16CodeUnits"'
expect_json 'd["runs"][0]["tool"]["driver"]["name"] == "tact"'
expect_json "d['runs'][0]['tool']['driver']['version'] == '$version'"
expect_json '[r["id"] for r in d["runs"][0]["tool"]["driver"]["rules"]] == ["encoding.invalid-utf8", "spelling.unknown-word", "blame.you-failed", "dismissal.calm-down", "shouting.bangs", "filler.just"]'
expect_json 'd["runs"][0]["tool"]["driver"]["rules"][2] == {
  "id": "blame.you-failed",
  "shortDescription": {"text": "Saying the customer failed puts the blame on them."},
  "fullDescription": {"text": "Describe what happened, not who is at fault."},
  "helpUri": "https://example.com/rules/blame.you-failed",
  "defaultConfiguration": {"enabled": True, "level": "error"},
  "properties": {"category": "blame", "tags": ["blame"]}}'
expect_json '"fullDescription" not in d["runs"][0]["tool"]["driver"]["rules"][3]'
expect_json 'd["runs"][0]["invocations"] == [{"executionSuccessful": True, "toolExecutionNotifications": []}]'

# Severities map to SARIF levels: info and hint are notes.
expect_json '[(r["ruleId"], r["level"]) for r in d["runs"][0]["results"]] == [
  ("blame.you-failed", "error"), ("shouting.bangs", "note"),
  ("dismissal.calm-down", "warning"), ("filler.just", "note")]'
expect_json 'd["runs"][0]["results"][0]["message"] == {"text": "Saying the customer failed puts the blame on them."}'
expect_json 'd["runs"][0]["results"][0]["locations"] == [{"physicalLocation": {
  "artifactLocation": {"uri": "reply.txt"},
  "region": {"startLine": 1, "startColumn": 8, "endLine": 1, "endColumn": 21,
             "byteOffset": 7, "byteLength": 13,
             "snippet": {"text": "you failed to"}}}}]'
# One fix per suggestion, replacing exactly the flagged bytes.
expect_json '[f["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] for f in d["runs"][0]["results"][0]["fixes"]] == ["it looks like we didn'"'"'t", "{what happened}"]'
expect_json 'd["runs"][0]["results"][0]["fixes"][0]["artifactChanges"][0]["artifactLocation"] == {"uri": "reply.txt"}'
expect_json '[(x["byteOffset"], x["byteLength"]) for f in d["runs"][0]["results"][0]["fixes"] for x in [f["artifactChanges"][0]["replacements"][0]["deletedRegion"]]] == [(7, 13), (7, 13)]'
expect_json 'd["runs"][0]["results"][3]["fixes"][0]["description"] == {"text": "Delete"}'

# Columns are UTF-16 code units; byte offsets stay exact. File names are
# percent-encoded URIs, absolute ones with file://. ("Héllo" would be a
# spelling finding.)
mkdir -p "$TMP/dir"
printf 'H\303\251llo \360\237\230\200 you failed to go.\n' >"$TMP/dir/my reply.txt"
(cd "$TMP/dir" && "$TACT" check --no-config --no-spelling --format sarif "my reply.txt") \
  >"$TMP/out" 2>"$TMP/err"
status=$?
last="tact check --no-config --no-spelling --format sarif 'my reply.txt'"
expect_status 1
expect_json 'd["runs"][0]["results"][0]["locations"][0]["physicalLocation"] == {
  "artifactLocation": {"uri": "my%20reply.txt"},
  "region": {"startLine": 1, "startColumn": 10, "endLine": 1, "endColumn": 23,
             "byteOffset": 12, "byteLength": 13,
             "snippet": {"text": "you failed to"}}}'
run check --no-config --format sarif "$TMP/dir/my reply.txt"
expect_json 'd["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("file:///")'
expect_json 'd["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("/dir/my%20reply.txt")'

# Unreadable files and rule load problems are tool notifications.
run check --no-config --format sarif --rules broken.lua missing.txt clean.txt
expect_status 2
expect_json 'd["runs"][0]["invocations"][0]["executionSuccessful"] == False'
expect_json '[(n["level"], n["message"]["text"][:13]) for n in d["runs"][0]["invocations"][0]["toolExecutionNotifications"]] == [("warning", "broken.lua:3:"), ("error", "No such file ")]'
expect_json 'd["runs"][0]["results"] == []'

# Standard input has no URI; the location says what it is.
run_input 'You failed to call.' check --no-config --format sarif -
expect_status 1
expect_json 'd["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"] == {"description": {"text": "standard input"}}'

finish

# check_json.sh — `tact check --format json`, as docs/json.md describes it.
. "$2/tests/cli/lib.sh"
cd "$DATA" || exit 2

version=$(sed -n 's/^#define TACT_VERSION_STRING "\(.*\)"$/\1/p' \
  "$SRC/core/include/tact.h")

run check --no-config --format json reply.txt
expect_status 1
expect_no_err
expect_json 'd["version"] == 1'
expect_json "d['tact_version'] == '$version'"
expect_json 'd["profile"] == "reply"'
expect_json 'd["warnings"] == []'
expect_json 'len(d["files"]) == 1'
expect_json 'd["files"][0]["path"] == "reply.txt"'
expect_json 'd["files"][0]["warnings"] == []'
expect_json '"error" not in d["files"][0]'
expect_json '[f["rule"] for f in d["files"][0]["findings"]] == ["blame.you-failed", "shouting.bangs", "dismissal.calm-down", "filler.just"]'
expect_json 'd["files"][0]["findings"][0] == {
  "rule": "blame.you-failed", "category": "blame", "severity": "error",
  "message": "Saying the customer failed puts the blame on them.",
  "start": 7, "end": 20, "line": 1, "column": 8, "column_utf16": 8,
  "end_line": 1, "end_column": 21, "end_column_utf16": 21,
  "text": "you failed to",
  "suggestions": [
    {"text": "it looks like we didn'"'"'t", "snippet": "it looks like we didn'"'"'t"},
    {"text": "{what happened}", "snippet": "${1:what happened}"}]}'
expect_json '[(f["severity"], f["line"], f["column"], f["start"], f["end"], f["text"]) for f in d["files"][0]["findings"][1:]] == [
  ("info", 1, 35, 34, 36, "!!"),
  ("warning", 2, 8, 44, 53, "calm down"),
  ("hint", 3, 6, 60, 65, " just")]'
expect_json 'd["files"][0]["findings"][3]["suggestions"] == [{"text": "", "snippet": ""}]'

# Columns both in bytes and in UTF-16 code units: "Héllo 😀 " is 12 bytes
# but 9 UTF-16 units. "Héllo" is no English word: a spelling finding.
printf 'H\303\251llo \360\237\230\200 you failed to go.\n' >"$TMP/utf8.txt"
run check --no-config --format json "$TMP/utf8.txt"
expect_status 1
expect_json '[(f["start"], f["end"], f["column"], f["column_utf16"], f["end_column"], f["end_column_utf16"]) for f in d["files"][0]["findings"]] == [(0, 6, 1, 1, 7, 6), (12, 25, 13, 10, 26, 23)]'
expect_json '[(f["rule"], f["text"], f["suggestions"][0]["text"]) for f in d["files"][0]["findings"]][0] == ("spelling.unknown-word", "Héllo", "Hello")'

# NUL bytes and invalid UTF-8 still give valid JSON; the bad byte is a
# finding whose text is U+FFFD.
printf 'You failed to pay\000 and \377 now.\n' >"$TMP/binary.txt"
run check --no-config --format json "$TMP/binary.txt"
expect_status 1
expect_json '"blame.you-failed" in [f["rule"] for f in d["files"][0]["findings"]]'
expect_json '[(f["start"], f["end"], f["text"]) for f in d["files"][0]["findings"] if f["rule"] == "encoding.invalid-utf8"] == [(23, 24, "\ufffd")]'

# Standard input is the path "-"; a clean text has no findings.
run_input 'Thank you for your patience.' check --no-config --format json -
expect_status 0
expect_json '[(f["path"], f["findings"]) for f in d["files"]] == [("-", [])]'

# A file that cannot be read has an "error" and the others are still there.
run check --no-config --format json missing.txt clean.txt
expect_status 2
expect_err_has "tact: cannot read missing.txt: No such file or directory"
expect_json 'd["files"][0] == {"path": "missing.txt", "findings": [], "warnings": [], "error": "No such file or directory"}'
expect_json 'd["files"][1] == {"path": "clean.txt", "findings": [], "warnings": []}'

# Load problems of the rules are in the top-level "warnings".
run check --no-config --format json --rules broken.lua clean.txt
expect_status 0
expect_json 'len(d["warnings"]) == 1 and d["warnings"][0].startswith("broken.lua:3:")'

finish

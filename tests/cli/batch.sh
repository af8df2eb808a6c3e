# batch.sh — directories, globs, ticket exports (JSON lines, CSV), --jobs,
# --max-size: what QA teams run over whole folders and exports.
. "$2/tests/cli/lib.sh"
cd "$TMP" || exit 2

mkdir -p dir/sub/deeper dir/.hidden
printf 'Please calm down.\n' >dir/a.txt
printf 'You failed to sign.\n' >dir/sub/b.md
printf 'Calm down.\n' >dir/sub/c.log
printf 'Calm down.\n' >dir/sub/deeper/d.txt
printf 'Calm down.\n' >dir/.hidden/e.txt
printf 'Calm down.\n' >dir/.f.txt

# Recursive, in name order, default kinds of text only, hidden skipped.
run check --no-config dir
expect_status 1
expect_out 'dir/a.txt:1:8: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]
  suggestion: "I understand this is frustrating"
dir/sub/b.md:1:1: error: Saying the customer failed puts the blame on them. [blame.you-failed]
  suggestion: "It looks like we didn'"'"'t" or "{what happened}"
dir/sub/deeper/d.txt:1:1: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]
  suggestion: "I understand this is frustrating"'

# --include replaces the defaults; --exclude matches a path below the
# directory or a name.
run check --no-config --include '*.log' --include '*.txt' --exclude 'sub/deeper/*' dir
expect_status 1
expect_line 'dir/a.txt:1:8: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]'
expect_line 'dir/sub/c.log:1:1: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]'
expect_out_lacks 'b.md'
expect_out_lacks 'd.txt'
run check --no-config --exclude 'a.txt' --exclude '*.md' dir
expect_out_lacks 'a.txt'
expect_line 'dir/sub/deeper/d.txt:1:1: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]'

# JSON lines: one record a line, named by line or by --id-field; bad
# records are errors that do not stop the others.
cat >t.jsonl <<'JSON'
{"id": 7, "body": "Please calm down."}

{"id": "T-8", "body": "Thanks for your patience."}
not json
{"id": 10, "subject": "no body"}
{"id": 11, "body": "You failed to sign.\nCalm down."}
JSON
run check --no-config --field body t.jsonl
expect_status 2
expect_out 't.jsonl#1:1:8: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]
  suggestion: "I understand this is frustrating"
t.jsonl#6:1:1: error: Saying the customer failed puts the blame on them. [blame.you-failed]
  suggestion: "It looks like we didn'"'"'t" or "{what happened}"
t.jsonl#6:2:1: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]
  suggestion: "I understand this is frustrating"'
expect_err_has "tact: t.jsonl:4: not a JSON object:"
expect_err_has "tact: t.jsonl:5: no string field 'body'"
run check --no-config --field body --id-field id --format json t.jsonl
expect_json '[f["path"] for f in d["files"]] == ["t.jsonl#7", "t.jsonl#T-8", "t.jsonl", "t.jsonl", "t.jsonl#11"]'
expect_json 'd["files"][2]["error"].startswith("t.jsonl:4: not a JSON object")'

# CSV: a header row; quoted fields may hold commas, "" and line breaks;
# a record is named by the line it starts on.
printf 'id,subject,body\r\n1,Hi,"Calm down, please."\r\n2,Re,"Line one.\nYou failed to ""sign""."\r\n3,short\r\n' >t.csv
run check --no-config --field body --id-field id t.csv
expect_status 2
expect_out 't.csv#1:1:1: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]
  suggestion: "I understand this is frustrating"
t.csv#2:2:1: error: Saying the customer failed puts the blame on them. [blame.you-failed]
  suggestion: "It looks like we didn'"'"'t" or "{what happened}"'
expect_err_has "tact: t.csv:5: the record has no column 'body'"
printf 'id,text\n1,x\n' >nobody.csv
run check --no-config --field body nobody.csv
expect_status 2
expect_err_has "tact: nobody.csv:1: the header has no column 'body'"
printf 'id,body\n1,"never closed\n' >open.csv
run check --no-config --field body open.csv
expect_status 2
expect_err_has "tact: open.csv:2: a quoted field is never closed"

# Records from standard input are JSON lines.
run_input '{"body": "Calm down."}' check --no-config --field body -
expect_status 1
expect_out_has '<stdin>#1:1:1: warning:'

# --jobs: several threads, the same output in the same order.
i=0
while [ $i -lt 60 ]; do
  if [ $((i % 3)) = 0 ]; then
    printf '{"id": %d, "body": "Please calm down, you failed to sign."}\n' $i
  else
    printf '{"id": %d, "body": "Thanks for writing in, it is on its way."}\n' $i
  fi
  i=$((i + 1))
done >many.jsonl
run check --no-config --field body --id-field id many.jsonl dir
expect_status 1
cp "$TMP/out" serial.out
for jobs in 2 4 0; do
  run check --no-config -j $jobs --field body --id-field id many.jsonl dir
  expect_status 1
  cmp -s serial.out "$TMP/out" || fail "-j $jobs output differs from -j 1"
done
[ "$(grep -c 'many.jsonl#' serial.out)" = 40 ] || fail "expected 40 finding lines"

# --max-size: a file over the limit is refused with its size, unread.
printf 'Please calm down. %0100d\n' 0 >big.txt
run check --no-config --max-size 64 big.txt dir/a.txt
expect_status 2
expect_err_has "tact: big.txt: too large to check (0.0 MiB; the limit is 0.0 MiB, see --max-size)"
expect_line 'dir/a.txt:1:8: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]'
run_input 'Please calm down. And more text here.' check --no-config --max-size 8 -
expect_status 2
expect_err_has "tact: standard input: too large to check (over 0.0 MiB, see --max-size)"

# Bad values.
run check --no-config -j many dir
expect_status 2
expect_err_has "tact check: --jobs takes a number from 0 (one per core) to 256, not 'many'"
run check --no-config --max-size 12X dir
expect_status 2
expect_err_has "tact check: --max-size takes a size such as 16M, not '12X'"

finish

# cli.sh — spelling in `tact check`, with the real Hunspell dictionaries:
# on by default, --no-spelling, --lang, tact.spelling{} in a config file,
# a missing dictionary, and the English pack's words.dic.
. "$2/tests/cli/lib.sh"
cd "$TMP" || exit 2

run_input 'We recieve it.' check --no-config -
expect_status 1
expect_out "<stdin>:1:4: warning: 'recieve' is not in the en_US dictionary or word lists. [spelling.unknown-word]
  suggestion: \"receive\" or \"relieve\" or \"reverie\""
expect_no_err

for off in --no-spelling --spelling=off; do
  run_input 'We recieve it.' check --no-config $off -
  expect_status 0
  expect_no_out
done
run_input 'We recieve it.' check --no-config --spelling=on -
expect_status 1
run_input 'We recieve it.' check --no-config --spelling=maybe -
expect_status 2
expect_err_has "--spelling takes on or off, not 'maybe'"
run_input 'x' check --no-config --lang ../en_US -
expect_status 2
expect_err_has "tact: cannot use language '../en_US': invalid argument"

# British and American.
run_input 'The colour, the color.' check --no-config --lang en_GB -
expect_status 1
expect_out_has "<stdin>:1:17: warning: 'color' is not in the en_GB dictionary"
expect_out_lacks "'colour'"
run_input 'The colour, the color.' check --no-config -
expect_out_has "'colour' is not in the en_US dictionary"
expect_out_lacks "'color'"

# A project's config file names the language and its own words; --lang
# wins over it.
mkdir -p proj
cat >proj/.tact.lua <<'LUA'
tact.spelling {
  language = "en_GB",
  words = { "Zyntrax" },
  word_list = "team-words.txt",
}
LUA
printf '# customers\nBlorvak\n' >proj/team-words.txt
cd proj || exit 2
run_input 'Zyntrax and Blorvak chose a colour and a color.' check -
expect_status 1
expect_line "<stdin>:1:42: warning: 'color' is not in the en_GB dictionary or word lists. [spelling.unknown-word]"
expect_out_lacks "Zyntrax'"
expect_out_lacks "Blorvak'"
run_input 'Zyntrax and Blorvak chose a colour and a color.' check --lang en_US -
expect_out_has "'colour' is not in the en_US dictionary"
expect_out_lacks "'color'"
printf 'tact.spelling { langauge = "en_GB" }\n' >.tact.lua
run_input 'Fine.' check -
expect_err_has ".tact.lua:1: tact.spelling: unknown field 'langauge'"
cd "$TMP" || exit 2

# A missing dictionary: a warning naming where it looked, tone findings
# as usual, no crash.
TACT_DICT_PATH=$TMP/none1:$TMP/none2
export TACT_DICT_PATH
run_input 'You failed to sign. Wrod.' check --no-config --lang xx_YY -
unset TACT_DICT_PATH
expect_status 1
expect_err_has "tact: warning: no xx_YY dictionary (xx_YY.aff and xx_YY.dic) in $TMP/none1, $TMP/none2, /usr/share/hunspell,"
expect_line '<stdin>:1:1: error: Saying the customer failed puts the blame on them. [blame.you-failed]'
expect_out_lacks 'spelling'

# The dictionary named by $TACT_DICT_PATH comes first.
mkdir dicts
printf '2\nhello\nworld\n' >dicts/tiny.dic
printf 'SET UTF-8\n' >dicts/tiny.aff
TACT_DICT_PATH=$TMP/dicts
export TACT_DICT_PATH
run_input 'hello world wrod' check --no-config --lang tiny -
unset TACT_DICT_PATH
expect_status 1
expect_out_has "<stdin>:1:13: warning: 'wrod' is not in the tiny dictionary or word lists."
expect_out_lacks "'hello'"

# The English pack's words.dic: the stock en_US dictionary lacks every
# word in it (else it would not be needed there), and with the pack they
# are all known.
# One word a paragraph: each starts its sentence, so capitalised words
# are spelt rather than taken for names.
grep -v '^#' "$SRC/dicts/en/words.dic" | sed 's/$/\n/' >words.txt
count=$(grep -c . words.txt)
run check --no-config --format json words.txt
expect_json "len([f for f in d['files'][0]['findings'] if f['rule'] == 'spelling.unknown-word']) == $count"
TACT_DICTS=$SRC/dicts run check --no-config --format json words.txt
expect_json "[f['text'] for f in d['files'][0]['findings'] if f['rule'] == 'spelling.unknown-word'] == []"

# Help tells about it.
run check --help
expect_out_has '--lang LANG'
expect_out_has '--no-spelling'

finish

# usage.sh — --help, --version and usage errors (exit status 2).
. "$2/tests/cli/lib.sh"

version=$(sed -n 's/^#define TACT_VERSION_STRING "\(.*\)"$/\1/p' \
  "$SRC/core/include/tact.h")
run --version
expect_status 0
expect_out "tact $version"

run --help
expect_status 0
expect_line "Usage: tact COMMAND [OPTION]... [ARGUMENT]..."
for command in check rules explain test-rules; do
  grep -q "^  $command " "$TMP/out" || fail "--help does not list $command"
done

run help check
expect_status 0
expect_line "Usage: tact check [OPTION]... FILE..."

# Each command's help names every option the command accepts.
run check --help
expect_status 0
expect_line "Usage: tact check [OPTION]... FILE..."
for option in --format --color --quiet --rules --profile --enable --disable \
  --min-severity --no-config --help; do
  expect_out_has "$option"
done
run rules -h
expect_status 0
expect_line "Usage: tact rules [OPTION]..."
run explain --help
expect_status 0
expect_line "Usage: tact explain [OPTION]... RULE-ID"
run test-rules --help
expect_status 0
expect_line "Usage: tact test-rules [FILE]..."

run
expect_status 2
expect_no_out

run frobnicate
expect_status 2
expect_err_has "tact: unknown command 'frobnicate'"

run help frobnicate
expect_status 2

run --bogus
expect_status 2
expect_err_has "unknown option '--bogus'"

run check --bogus "$DATA/reply.txt"
expect_status 2
expect_no_out
expect_err_has "tact check: unknown option '--bogus'"

# An option another command has is still unknown here.
run rules --min-severity error
expect_status 2
expect_err_has "unknown option '--min-severity'"

run check --format xml "$DATA/reply.txt"
expect_status 2
expect_err_has "unknown format 'xml'"

run rules --format sarif
expect_status 2

run check --min-severity loud "$DATA/reply.txt"
expect_status 2
expect_err_has "'loud'"

run check --color sometimes "$DATA/reply.txt"
expect_status 2

run check --rules
expect_status 2
expect_err_has "missing value for '--rules'"

run check --no-config=yes "$DATA/reply.txt"
expect_status 2

run check --no-config
expect_status 2
expect_err_has "no files given"

run explain --no-config
expect_status 2
expect_err_has "give one rule id"

run rules --no-config extra
expect_status 2
expect_err_has "takes no operands"

finish

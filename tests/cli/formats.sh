# formats.sh — Markdown, HTML, e-mail and text: detection by extension and
# --format-in; only the writer's prose is checked.
. "$2/tests/cli/lib.sh"
cd "$DATA/formats" || exit 2

# Markdown: heading, paragraph and quoted text; not code, link targets.
run check --no-config reply.md
expect_status 1
expect_out 'reply.md:1:3: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]
  suggestion: "I understand this is frustrating"
reply.md:3:8: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]
  suggestion: "I understand this is frustrating"
reply.md:9:25: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]
  suggestion: "I understand this is frustrating"
reply.md:11:11: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]
  suggestion: "I understand this is frustrating"'

# The same bytes as text: everything is checked.
run check --no-config reply.txt
expect_status 1
expect_line 'reply.txt:6:1: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]'
expect_line 'reply.txt:9:6: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]'

# --format-in wins over the extension, for every file.
run check --no-config --format-in md reply.txt
expect_status 1
expect_no_line 'reply.txt:6:1: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]'
expect_line 'reply.txt:3:8: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]'
run check --no-config --format-in=text reply.md
expect_line 'reply.md:6:1: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]'

# Standard input is text unless told.
run_input '`calm down`' check --no-config -
expect_status 1
run_input '`calm down`' check --no-config --format-in markdown -
expect_status 0
expect_no_out

# HTML: element text only.
run check --no-config reply.html
expect_status 1
expect_out 'reply.html:1:11: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]
  suggestion: "I understand this is frustrating"'

# E-mail: not the header, the quote, its attribution or the signature.
run check --no-config reply.eml
expect_status 1
expect_out 'reply.eml:4:8: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]
  suggestion: "I understand this is frustrating"'
run_input "$(cat reply.eml)" check --no-config --format-in email -
expect_status 1
expect_line '<stdin>:4:8: warning: Telling someone to calm down rarely calms them. [dismissal.calm-down]'

# A bad format name is a usage error.
run check --no-config --format-in rst reply.md
expect_status 2
expect_err_has "tact check: --format-in takes md, html, email or text, not 'rst'"

finish

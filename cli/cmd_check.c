/* cmd_check.c — `tact check`: check files and report the findings. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static const char help[] =
    "Usage: tact check [OPTION]... FILE...\n"
    "Check FILEs for wording that can hurt a reply to a customer.\n"
    "A FILE of '-' reads standard input; a directory is walked recursively.\n"
    "\n"
    "Input:\n"
    "      --format-in FORMAT    read every FILE as md (Markdown), html, email\n"
    "                            or text; by default each FILE's extension\n"
    "                            decides (.md .markdown: md, .html .htm: html,\n"
    "                            .eml: email, anything else and '-': text).\n"
    "                            Only the writer's prose is checked: not code,\n"
    "                            link targets, markup, quoted mail, headers or\n"
    "                            signatures\n"
    "      --include GLOB        in directories, check only files whose path\n"
    "                            below the directory or whose name matches\n"
    "                            GLOB (repeatable; default: *.txt *.text *.md\n"
    "                            *.markdown *.html *.htm *.eml)\n"
    "      --exclude GLOB        in directories, skip matching files\n"
    "                            (repeatable; hidden files are always skipped)\n"
    "      --field NAME          read .jsonl, .ndjson, .json and .csv FILEs\n"
    "                            (and '-') as ticket exports: one JSON object\n"
    "                            a line, or CSV with a header row; check field\n"
    "                            NAME of each record as its own document,\n"
    "                            reported as FILE#LINE\n"
    "      --id-field NAME       name each record FILE#ID by its field NAME\n"
    "      --max-size SIZE       refuse documents larger than SIZE (default\n"
    "                            16M; k, M, G suffixes): checking takes about\n"
    "                            40 bytes of memory per byte of text\n"
    "  -j, --jobs N              check with N threads sharing one engine (0:\n"
    "                            one per core; default 1); output stays in\n"
    "                            input order\n"
    "\n"
    "Output:\n"
    "      --format FORMAT       text (default), json or sarif\n"
    "      --color WHEN          colour text output: auto (default), always\n"
    "                            or never; auto colours only a terminal, and\n"
    "                            not when NO_COLOR is set or TERM is dumb\n"
    "      --summary             also give each file's tone summary: a score\n"
    "                            from 0 to 100 (higher is better), counts per\n"
    "                            category, I/you/we balance, and whether\n"
    "                            empathy, a next step and thanks are there\n"
    "                            (text and json formats)\n"
    "  -q, --quiet               print no findings and no warnings, only\n"
    "                            errors; the exit status tells the result\n"
    "\n"
    "Rules:\n"
    "      --rules FILE          also load the rules in FILE (repeatable)\n"
    "      --profile NAME        use profile NAME (default: reply)\n"
    "      --enable RULE         switch a rule id or a category on\n"
    "      --disable RULE        switch a rule id or a category off\n"
    "                            (both repeatable; a later one wins)\n"
    "      --min-severity LEVEL  report only findings of LEVEL or worse:\n"
    "                            error, warning, info or hint (default)\n"
    "      --no-config           do not load $XDG_CONFIG_HOME/tact/*.lua or\n"
    "                            .tact.lua\n"
    "\n"
    "Spelling:\n"
    "      --lang LANG           Hunspell dictionary: en_US or en_GB (default:\n"
    "                            tact.spelling{language=} in a config file,\n"
    "                            else en_US); searched in $TACT_DICT_PATH,\n"
    "                            then /usr/share/hunspell and the like\n"
    "      --no-spelling         no spelling findings (same as\n"
    "                            --spelling=off; --spelling=on is the default)\n"
    "  -h, --help                show this help\n"
    "\n"
    "Rules load from the shipped pack, then every *.lua in\n"
    "$XDG_CONFIG_HOME/tact/ (default ~/.config/tact/), then the nearest\n"
    ".tact.lua from the current directory upward, then the --rules files.\n"
    "Words the dictionary lacks go in a word list named by\n"
    "tact.spelling{word_list=FILE} or tact.spelling{words={...}} there.\n"
    "\n"
    "Exit status: 0 no findings, 1 findings, 2 trouble (bad usage, a file\n"
    "that cannot be read, an unknown profile, rules that cannot be used).\n";

/* Colour only helps a person at a terminal who has not opted out. */
static int use_color(cli_color color) {
  if (color != CLI_COLOR_AUTO)
    return color == CLI_COLOR_ALWAYS;
  const char *no_color = getenv("NO_COLOR");
  const char *term = getenv("TERM");
  return isatty(STDOUT_FILENO) && !(no_color && *no_color) &&
         !(term && strcmp(term, "dumb") == 0);
}

static cli_report *make_report(const cli_options *o,
                               const tact_engine *engine) {
  if (o->quiet)
    return NULL;
  cli_report *r;
  switch (o->format) {
  case CLI_FORMAT_JSON:
    r = cli_report_json_new(stdout, engine);
    break;
  case CLI_FORMAT_SARIF:
    r = cli_report_sarif_new(stdout, engine);
    break;
  default:
    r = cli_report_text_new(stdout, use_color(o->color));
  }
  r->summary = o->summary;
  return r;
}

static int run(int argc, char **argv) {
  cli_options o;
  cli_parse_status parsed =
      cli_parse_options(&o, "check",
                        CLI_OPT_ENGINE | CLI_OPT_FORMAT | CLI_OPT_COLOR |
                            CLI_OPT_MIN_SEVERITY | CLI_OPT_QUIET |
                            CLI_OPT_SUMMARY | CLI_OPT_FORMAT_IN |
                            CLI_OPT_SPELLING | CLI_OPT_BATCH,
                        CLI_FORMAT_TEXT | CLI_FORMAT_JSON | CLI_FORMAT_SARIF,
                        argc, argv);
  int status = EXIT_TROUBLE;
  if (parsed == CLI_PARSED_HELP) {
    fputs(help, stdout);
    status = EXIT_CLEAN;
  } else if (parsed == CLI_PARSED && o.arg_count == 0) {
    fputs("tact check: no files given ('-' reads standard input)\n"
          "Try 'tact check --help'.\n",
          stderr);
  } else if (parsed == CLI_PARSED) {
    tact_engine *engine = cli_engine_open(&o);
    if (engine) {
      cli_report *report = make_report(&o, engine);
      status = cli_check_batch(&o, engine, report);
      if (report)
        report->finish(report);
      tact_engine_free(engine);
    }
  }
  cli_options_free(&o);
  return status;
}

const cli_command cli_cmd_check = {"check", "check files for risky wording",
                                   help, run};

/*
 * cli.h — what the files of the `tact` program share. The program uses only
 * the public libtact API (tact.h) plus jansson for JSON and SARIF.
 */
#ifndef TACT_CLI_H
#define TACT_CLI_H

#include <stddef.h>
#include <stdio.h>

#include <jansson.h>

#include "tact.h"

/* Documents larger than this are refused unless --max-size says
 * otherwise: checking takes about 40 bytes of memory per byte of text. */
#define CLI_DEFAULT_MAX_SIZE ((size_t)16 * 1024 * 1024)

/* Exit statuses, as documented in tact(1). */
enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_TROUBLE = 2 };

/* ---- Memory (memory.c) --------------------------------------------------
 * The program has nothing useful to do without memory, so these report
 * "out of memory" and exit with status 2 instead of returning NULL. */

_Noreturn void cli_oom(void);
void *cli_malloc(size_t size);
void *cli_realloc(void *ptr, size_t size);
/* Makes jansson allocate through cli_malloc, so JSON building cannot fail. */
void cli_json_use_cli_memory(void);

/* ---- Files (files.c) ---------------------------------------------------- */

/* Reads a whole file, or standard input for "-", as bytes (NUL bytes and
 * invalid UTF-8 included). On success returns 0 and sets *data (always
 * NUL-terminated, free() it) and *length; on failure returns an errno value. */
int cli_read_file(const char *path, char **data, size_t *length);
int cli_is_dir(const char *path);
int cli_is_file(const char *path);
/* "dir/name", allocated. */
char *cli_path_join(const char *dir, const char *name);
/* The `*.lua` files of a directory as "dir/name", in name order; NULL and an
 * errno value in *error when the directory cannot be read. */
char **cli_list_lua_files(const char *dir, size_t *count, int *error);
void cli_free_list(char **list, size_t count);

/* ---- Options (options.c) ----------------------------------------------- */

/* Which options a command accepts. */
enum cli_option_bits {
  CLI_OPT_FORMAT = 1u << 0,
  CLI_OPT_COLOR = 1u << 1,
  CLI_OPT_RULES = 1u << 2,
  CLI_OPT_PROFILE = 1u << 3,
  CLI_OPT_SWITCH = 1u << 4, /* --enable and --disable */
  CLI_OPT_MIN_SEVERITY = 1u << 5,
  CLI_OPT_NO_CONFIG = 1u << 6,
  CLI_OPT_QUIET = 1u << 7,
  CLI_OPT_SUMMARY = 1u << 8,
  CLI_OPT_FORMAT_IN = 1u << 9,
  CLI_OPT_SPELLING = 1u << 10, /* --lang, --spelling, --no-spelling */
  CLI_OPT_BATCH = 1u << 11 /* --jobs, --include, --exclude, --field, ... */
};
/* The options that decide which rules an engine has. */
#define CLI_OPT_ENGINE \
  (CLI_OPT_RULES | CLI_OPT_PROFILE | CLI_OPT_SWITCH | CLI_OPT_NO_CONFIG)

typedef enum cli_format {
  CLI_FORMAT_TEXT = 1u << 0,
  CLI_FORMAT_JSON = 1u << 1,
  CLI_FORMAT_SARIF = 1u << 2
} cli_format;

typedef enum cli_color { CLI_COLOR_AUTO, CLI_COLOR_ALWAYS, CLI_COLOR_NEVER } cli_color;

/* One --enable or --disable, kept in command-line order: the library
 * applies them in call order, so a later switch wins. */
typedef struct cli_switch {
  int enable;
  const char *what;
} cli_switch;

/* Parsed options. Strings point into argv. */
typedef struct cli_options {
  const char **rule_files; /* --rules, in order */
  size_t rule_file_count;
  const char *profile; /* NULL: the library's default */
  cli_switch *switches;
  size_t switch_count;
  tact_severity min_severity;
  int no_config;
  int quiet;
  int summary; /* --summary: add the tone summary of each file */
  const char *language; /* --lang; NULL: config file, else en_US */
  int spelling; /* 1 --spelling=on, -1 off, 0 not given (on) */
  cli_format format;
  tact_format format_in; /* --format-in, or 0: by each file's extension */
  size_t jobs;            /* --jobs: worker threads; 0 = one per core */
  const char **includes, **excludes; /* --include, --exclude globs */
  size_t include_count, exclude_count;
  const char *field;    /* --field: check this field of JSONL/CSV records */
  const char *id_field; /* --id-field: name records by this field */
  size_t max_size;      /* --max-size: larger documents are refused */
  cli_color color;
  char **args; /* operands (files, rule ids) */
  size_t arg_count;
} cli_options;

typedef enum cli_parse_status {
  CLI_PARSED,      /* go on */
  CLI_PARSED_HELP, /* --help was given: print the command's help */
  CLI_PARSE_ERROR  /* already reported on stderr; exit 2 */
} cli_parse_status;

/* Parses the arguments after the command name. `allowed` is a set of
 * cli_option_bits, `formats` a set of cli_format values. Whatever it
 * returns, release `options` with cli_options_free. */
cli_parse_status cli_parse_options(cli_options *options, const char *command,
                                   unsigned allowed, unsigned formats,
                                   int argc, char **argv);
void cli_options_free(cli_options *options);

/* ---- Engine assembly (config.c) ---------------------------------------- */

/* The shipped English pack, "<dicts>/en", where <dicts> is $TACT_DICTS,
 * else the installed directory if it exists, else the source tree's;
 * allocated. */
char *cli_pack_dir(void);

/* Builds the engine the options describe: shipped pack, user config
 * directory, project .tact.lua, --rules files, profile and switches. Load
 * warnings go to stderr unless `options->quiet`. Returns NULL (after saying
 * why) when the engine cannot be used. */
tact_engine *cli_engine_open(const cli_options *options);

/* ---- JSON helpers (json_text.c) ----------------------------------------- */

/* A JSON string from arbitrary bytes: invalid UTF-8 becomes U+FFFD. */
json_t *cli_json_bytes(const char *bytes, size_t length);
/* The same for a NUL-terminated string; NULL gives "". */
json_t *cli_json_string(const char *s);
/* Writes `root` to `out`, indented, with a final newline. */
void cli_json_write(json_t *root, FILE *out);

/* ---- Reports of `tact check` (report_*.c) ------------------------------ */

/* How findings are written. `path` is the operand as given ("-" for
 * standard input); `text` the bytes that were checked. */
typedef struct cli_report cli_report;
struct cli_report {
  void (*file)(cli_report *self, const char *path, const char *text,
               size_t length, const tact_result *result);
  void (*file_error)(cli_report *self, const char *path, const char *message);
  /* Writes whatever is still buffered and frees the report. */
  void (*finish)(cli_report *self);
  int summary; /* also write each file's tone summary (text and JSON) */
};

cli_report *cli_report_text_new(FILE *out, int color);
cli_report *cli_report_json_new(FILE *out, const tact_engine *engine);
cli_report *cli_report_sarif_new(FILE *out, const tact_engine *engine);
/* The "summary" object of docs/json.md (also `tact lsp`'s tact/summary). */
json_t *cli_summary_json(const tact_summary *summary);

/* ---- Batches (batch.c, tickets.c) --------------------------------------- */

/* Checks every operand of `options` (files, '-', directories, exports)
 * and reports each document in input order; returns the exit status. */
int cli_check_batch(const cli_options *options, const tact_engine *engine,
                    cli_report *report);

/* Records of a JSON-lines (`csv` 0) or CSV export, read one at a time. */
typedef struct cli_records cli_records;
/* NULL with a message in *error (free it) when the file cannot be read or
 * a CSV header lacks `field`. */
cli_records *cli_records_open(const char *path, int csv, const char *field,
                              const char *id_field, size_t max_size,
                              char **error);
/* The next record: 1 with its name ("FILE#LINE" or "FILE#ID") and the
 * field's text (free both); 0 at the end; -1 for a record that cannot be
 * used, with a "FILE:LINE: why" message in *error (free it). */
int cli_records_next(cli_records *records, char **name, char **text,
                     size_t *length, char **error);
void cli_records_close(cli_records *records);

/* ---- Commands ----------------------------------------------------------- */

typedef struct cli_command {
  const char *name;
  const char *summary; /* one line for `tact --help` */
  const char *help;    /* the full text of `tact NAME --help` */
  int (*run)(int argc, char **argv);
} cli_command;

extern const cli_command cli_cmd_check;
extern const cli_command cli_cmd_rules;
extern const cli_command cli_cmd_explain;
extern const cli_command cli_cmd_test_rules;
extern const cli_command cli_cmd_lsp; /* lsp/server.c */

#endif /* TACT_CLI_H */

/* options.c — the argument parser every command shares. Hand-written
 * rather than getopt_long so that the program stays plain C11 + POSIX and
 * each command can refuse options that mean nothing to it. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

typedef enum option_id {
  OPT_HELP,
  OPT_FORMAT,
  OPT_COLOR,
  OPT_RULES,
  OPT_PROFILE,
  OPT_ENABLE,
  OPT_DISABLE,
  OPT_MIN_SEVERITY,
  OPT_NO_CONFIG,
  OPT_QUIET,
  OPT_SUMMARY,
  OPT_FORMAT_IN,
  OPT_LANG,
  OPT_NO_SPELLING,
  OPT_SPELLING,
  OPT_JOBS,
  OPT_INCLUDE,
  OPT_EXCLUDE,
  OPT_FIELD,
  OPT_ID_FIELD,
  OPT_MAX_SIZE
} option_id;

typedef struct option_spec {
  const char *name; /* without the leading "--" */
  char short_name;  /* 0 when none */
  int takes_value;
  unsigned bit; /* the cli_option_bits that allow it; 0: always allowed */
  option_id id;
} option_spec;

static const option_spec specs[] = {
    {"help", 'h', 0, 0, OPT_HELP},
    {"format", 0, 1, CLI_OPT_FORMAT, OPT_FORMAT},
    {"color", 0, 1, CLI_OPT_COLOR, OPT_COLOR},
    {"rules", 0, 1, CLI_OPT_RULES, OPT_RULES},
    {"profile", 0, 1, CLI_OPT_PROFILE, OPT_PROFILE},
    {"enable", 0, 1, CLI_OPT_SWITCH, OPT_ENABLE},
    {"disable", 0, 1, CLI_OPT_SWITCH, OPT_DISABLE},
    {"min-severity", 0, 1, CLI_OPT_MIN_SEVERITY, OPT_MIN_SEVERITY},
    {"no-config", 0, 0, CLI_OPT_NO_CONFIG, OPT_NO_CONFIG},
    {"quiet", 'q', 0, CLI_OPT_QUIET, OPT_QUIET},
    {"summary", 0, 0, CLI_OPT_SUMMARY, OPT_SUMMARY},
    {"format-in", 0, 1, CLI_OPT_FORMAT_IN, OPT_FORMAT_IN},
    {"lang", 0, 1, CLI_OPT_SPELLING, OPT_LANG},
    {"no-spelling", 0, 0, CLI_OPT_SPELLING, OPT_NO_SPELLING},
    {"spelling", 0, 1, CLI_OPT_SPELLING, OPT_SPELLING},
    {"jobs", 'j', 1, CLI_OPT_BATCH, OPT_JOBS},
    {"include", 0, 1, CLI_OPT_BATCH, OPT_INCLUDE},
    {"exclude", 0, 1, CLI_OPT_BATCH, OPT_EXCLUDE},
    {"field", 0, 1, CLI_OPT_BATCH, OPT_FIELD},
    {"id-field", 0, 1, CLI_OPT_BATCH, OPT_ID_FIELD},
    {"max-size", 0, 1, CLI_OPT_BATCH, OPT_MAX_SIZE},
};

/* A count such as 16M or 512k (bytes; k, M and G are powers of 1024), or
 * 0 when it is not one. */
static size_t parse_size(const char *s) {
  char *end;
  errno = 0;
  unsigned long long n = strtoull(s, &end, 10);
  if (errno || end == s || *s == '-') return 0;
  unsigned long long unit = 1;
  if (*end == 'k' || *end == 'K') unit = 1024ull, end++;
  else if (*end == 'M') unit = 1024ull * 1024, end++;
  else if (*end == 'G') unit = 1024ull * 1024 * 1024, end++;
  if (*end || n > (unsigned long long)SIZE_MAX / unit) return 0;
  return (size_t)(n * unit);
}

static const char **push_glob(const char **list, size_t *count,
                              const char *glob) {
  list = cli_realloc(list, (*count + 1) * sizeof *list);
  list[(*count)++] = glob;
  return list;
}

static const struct {
  const char *name;
  cli_format format;
} format_names[] = {
    {"text", CLI_FORMAT_TEXT},
    {"json", CLI_FORMAT_JSON},
    {"sarif", CLI_FORMAT_SARIF},
};

static void usage_error(const char *command, const char *what,
                        const char *arg) {
  fprintf(stderr, "tact %s: %s '%s'\nTry 'tact %s --help'.\n", command, what,
          arg, command);
}

static const option_spec *find_long(const char *name, size_t length) {
  for (size_t i = 0; i < sizeof specs / sizeof specs[0]; i++)
    if (strlen(specs[i].name) == length &&
        strncmp(specs[i].name, name, length) == 0)
      return &specs[i];
  return NULL;
}

static const option_spec *find_short(char c) {
  for (size_t i = 0; i < sizeof specs / sizeof specs[0]; i++)
    if (specs[i].short_name == c)
      return &specs[i];
  return NULL;
}

static void add_switch(cli_options *o, int enable, const char *what) {
  o->switches =
      cli_realloc(o->switches, (o->switch_count + 1) * sizeof *o->switches);
  o->switches[o->switch_count].enable = enable;
  o->switches[o->switch_count].what = what;
  o->switch_count++;
}

/* Stores one option's value; returns 0, or -1 after reporting a bad value. */
static int apply(cli_options *o, const char *command, unsigned formats,
                 const option_spec *spec, const char *value) {
  switch (spec->id) {
  case OPT_HELP: /* seen by the caller */
    return 0;
  case OPT_NO_CONFIG:
    o->no_config = 1;
    return 0;
  case OPT_QUIET:
    o->quiet = 1;
    return 0;
  case OPT_SUMMARY:
    o->summary = 1;
    return 0;
  case OPT_LANG:
    o->language = value;
    return 0;
  case OPT_NO_SPELLING:
    o->spelling = -1;
    return 0;
  case OPT_SPELLING:
    if (strcmp(value, "on") == 0)
      o->spelling = 1;
    else if (strcmp(value, "off") == 0)
      o->spelling = -1;
    else {
      usage_error(command, "--spelling takes on or off, not", value);
      return -1;
    }
    return 0;
  case OPT_FORMAT:
    for (size_t i = 0; i < sizeof format_names / sizeof format_names[0]; i++)
      if (strcmp(value, format_names[i].name) == 0 &&
          (formats & format_names[i].format)) {
        o->format = format_names[i].format;
        return 0;
      }
    usage_error(command, "unknown format", value);
    return -1;
  case OPT_FORMAT_IN:
    if (!(o->format_in = tact_format_from_name(value))) {
      usage_error(command,
                  "--format-in takes md, html, email or text, not", value);
      return -1;
    }
    return 0;
  case OPT_JOBS: {
    char *end;
    errno = 0;
    unsigned long n = strtoul(value, &end, 10);
    if (errno || end == value || *end || value[0] == '-' || n > 256) {
      usage_error(command, "--jobs takes a number from 0 (one per core) to "
                           "256, not", value);
      return -1;
    }
    o->jobs = n;
    return 0;
  }
  case OPT_INCLUDE:
    o->includes = push_glob(o->includes, &o->include_count, value);
    return 0;
  case OPT_EXCLUDE:
    o->excludes = push_glob(o->excludes, &o->exclude_count, value);
    return 0;
  case OPT_FIELD:
    o->field = value;
    return 0;
  case OPT_ID_FIELD:
    o->id_field = value;
    return 0;
  case OPT_MAX_SIZE:
    if (!(o->max_size = parse_size(value))) {
      usage_error(command, "--max-size takes a size such as 16M, not", value);
      return -1;
    }
    return 0;
  case OPT_COLOR:
    if (strcmp(value, "auto") == 0)
      o->color = CLI_COLOR_AUTO;
    else if (strcmp(value, "always") == 0)
      o->color = CLI_COLOR_ALWAYS;
    else if (strcmp(value, "never") == 0)
      o->color = CLI_COLOR_NEVER;
    else {
      usage_error(command, "--color takes auto, always or never, not", value);
      return -1;
    }
    return 0;
  case OPT_RULES:
    o->rule_files = cli_realloc(
        o->rule_files, (o->rule_file_count + 1) * sizeof *o->rule_files);
    o->rule_files[o->rule_file_count++] = value;
    return 0;
  case OPT_PROFILE:
    o->profile = value;
    return 0;
  case OPT_ENABLE:
  case OPT_DISABLE:
    add_switch(o, spec->id == OPT_ENABLE, value);
    return 0;
  case OPT_MIN_SEVERITY: {
    tact_severity s = tact_severity_parse(value);
    if (s == 0) {
      usage_error(command,
                  "--min-severity takes error, warning, info or hint, not",
                  value);
      return -1;
    }
    o->min_severity = s;
    return 0;
  }
  }
  return 0;
}

static void add_arg(cli_options *o, char *arg) {
  o->args = cli_realloc(o->args, (o->arg_count + 1) * sizeof *o->args);
  o->args[o->arg_count++] = arg;
}

cli_parse_status cli_parse_options(cli_options *o, const char *command,
                                   unsigned allowed, unsigned formats,
                                   int argc, char **argv) {
  memset(o, 0, sizeof *o);
  o->min_severity = TACT_SEVERITY_HINT;
  o->format = CLI_FORMAT_TEXT;
  o->color = CLI_COLOR_AUTO;
  o->jobs = 1;
  o->max_size = CLI_DEFAULT_MAX_SIZE;
  int help = 0, operands_only = 0;

  for (int i = 0; i < argc; i++) {
    char *arg = argv[i];
    if (operands_only || arg[0] != '-' || strcmp(arg, "-") == 0) {
      add_arg(o, arg);
      continue;
    }
    if (strcmp(arg, "--") == 0) {
      operands_only = 1;
      continue;
    }

    const option_spec *spec;
    const char *value = NULL;
    if (arg[1] == '-') {
      const char *eq = strchr(arg + 2, '=');
      size_t len = eq ? (size_t)(eq - (arg + 2)) : strlen(arg + 2);
      spec = find_long(arg + 2, len);
      if (eq)
        value = eq + 1;
    } else {
      spec = arg[2] == '\0' ? find_short(arg[1]) : NULL;
    }
    if (!spec || (spec->bit && !(allowed & spec->bit))) {
      usage_error(command, "unknown option", arg);
      return CLI_PARSE_ERROR;
    }
    if (spec->takes_value && !value) {
      if (i + 1 >= argc) {
        usage_error(command, "missing value for", arg);
        return CLI_PARSE_ERROR;
      }
      value = argv[++i];
    } else if (!spec->takes_value && value) {
      usage_error(command, "option takes no value:", arg);
      return CLI_PARSE_ERROR;
    }
    if (spec->id == OPT_HELP)
      help = 1;
    if (apply(o, command, formats, spec, value) != 0)
      return CLI_PARSE_ERROR;
  }
  return help ? CLI_PARSED_HELP : CLI_PARSED;
}

void cli_options_free(cli_options *o) {
  free(o->rule_files);
  free(o->switches);
  free(o->args);
  free(o->includes);
  free(o->excludes);
  memset(o, 0, sizeof *o);
}

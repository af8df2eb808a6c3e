/* cmd_test_rules.c — `tact test-rules`: run every rule's own examples, so
 * a rule author learns at once when a rule misses or over-reaches. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char help[] =
    "Usage: tact test-rules [FILE]...\n"
    "Try the examples of every rule in the rule FILEs (default: every file\n"
    "of the shipped pack). Each FILE is loaded on its own with all its rules\n"
    "switched on; each 'flag' example must get at least one finding of its\n"
    "rule and each 'pass' example none. Failures are printed as\n"
    "FILE:LINE: RULE-ID: what went wrong, then a count of rules, examples\n"
    "and failures. Spelling is off: examples may use any words.\n"
    "\n"
    "  -h, --help  show this help\n"
    "\n"
    "Exit status: 0 every example behaves, 1 some do not, 2 a file failed\n"
    "to load.\n";

typedef struct tally {
  size_t rules, examples, failures;
  int load_error;
} tally;

/* Whether `rule` was defined in `path` (its source is "path:line"), so
 * rules the library adds on its own are not held to examples. */
static int defined_in(const tact_rule *rule, const char *path) {
  const char *source = tact_rule_source(rule);
  size_t n = strlen(path);
  return strncmp(source, path, n) == 0 && source[n] == ':';
}

static void try_example(const tact_engine *engine, const tact_rule *rule,
                        int flag, const char *example, tally *t) {
  const char *id = tact_rule_id(rule), *source = tact_rule_source(rule);
  size_t length = strlen(example);
  tact_result *result = tact_check(engine, example, length);
  if (!result)
    cli_oom();
  t->examples++;
  for (size_t i = 0; i < tact_result_warning_count(result); i++)
    fprintf(stderr, "tact: warning: %s\n", tact_result_warning(result, i));

  const tact_finding *hit = NULL;
  for (size_t i = 0; !hit && i < tact_result_count(result); i++) {
    const tact_finding *f = tact_result_finding(result, i);
    if (strcmp(f->rule_id, id) == 0)
      hit = f;
  }
  if (tact_result_status(result) != TACT_OK) {
    printf("%s: %s: cannot check \"%s\": %s\n", source, id, example,
           tact_result_message(result));
    t->failures++;
  } else if (flag && !hit) {
    printf("%s: %s: expected a finding in \"%s\" but got none\n", source, id,
           example);
    t->failures++;
  } else if (!flag && hit) {
    size_t end = hit->end < length ? hit->end : length;
    size_t start = hit->start < end ? hit->start : end;
    printf("%s: %s: unexpected finding \"%.*s\" in \"%s\"\n", source, id,
           (int)(end - start), example + start, example);
    t->failures++;
  }
  tact_result_free(result);
}

static void test_file(const char *path, tally *t) {
  tact_config *config = tact_config_new();
  if (!config)
    cli_oom();
  tact_status st = tact_config_add_rule_file(config, path);
  if (st == TACT_OK)
    st = tact_config_enable(config, "*");
  /* Examples test their own rule; spelling findings would not count. */
  if (st == TACT_OK)
    st = tact_config_set_spelling(config, 0);
  if (st == TACT_ERROR_NOMEM)
    cli_oom();
  tact_engine *engine = st == TACT_OK ? tact_engine_new(config) : NULL;
  tact_config_free(config);
  if (st != TACT_OK) {
    fprintf(stderr, "tact: %s: %s\n", path, tact_status_str(st));
    t->load_error = 1;
    return;
  }
  if (!engine)
    cli_oom();

  size_t warnings = tact_engine_warning_count(engine);
  for (size_t i = 0; i < warnings; i++)
    fprintf(stderr, "tact: error: %s\n", tact_engine_warning(engine, i));
  st = tact_engine_status(engine);
  if (st != TACT_OK)
    t->load_error = 1;
  /* TACT_ERROR_RULE is explained by the warnings; other codes are not. */
  if (st != TACT_OK && st != TACT_ERROR_RULE)
    fprintf(stderr, "tact: error: %s: %s\n", path,
            tact_engine_message(engine));
  /* Rules that did load are still worth testing. */
  if (st == TACT_OK || st == TACT_ERROR_RULE)
    for (size_t i = 0; i < tact_engine_rule_count(engine); i++) {
      const tact_rule *rule = tact_engine_rule(engine, i);
      if (!defined_in(rule, path))
        continue;
      t->rules++;
      for (int flag = 1; flag >= 0; flag--)
        for (size_t k = 0; k < tact_rule_example_count(rule, flag); k++)
          try_example(engine, rule, flag, tact_rule_example(rule, flag, k),
                      t);
    }
  tact_engine_free(engine);
}

static const char *plural(size_t n) { return n == 1 ? "" : "s"; }

static int run(int argc, char **argv) {
  cli_options o;
  cli_parse_status parsed =
      cli_parse_options(&o, "test-rules", 0, 0, argc, argv);
  int status = EXIT_TROUBLE;
  char **pack = NULL;
  size_t pack_count = 0;
  if (parsed == CLI_PARSED_HELP) {
    fputs(help, stdout);
    status = EXIT_CLEAN;
  } else if (parsed == CLI_PARSED && o.arg_count == 0) {
    char *dir = cli_pack_dir();
    int error;
    pack = cli_list_lua_files(dir, &pack_count, &error);
    if (!pack)
      fprintf(stderr, "tact: cannot read rule pack %s: %s\n", dir,
              strerror(error));
    free(dir);
  }

  if (parsed == CLI_PARSED && (pack || o.arg_count > 0)) {
    tally t = {0, 0, 0, 0};
    size_t n = pack ? pack_count : o.arg_count;
    for (size_t i = 0; i < n; i++)
      test_file(pack ? pack[i] : o.args[i], &t);
    printf("%zu rule%s, %zu example%s, %zu failure%s\n", t.rules,
           plural(t.rules), t.examples, plural(t.examples), t.failures,
           plural(t.failures));
    status = t.load_error ? EXIT_TROUBLE
             : t.failures ? EXIT_FINDINGS
                          : EXIT_CLEAN;
  }
  cli_free_list(pack, pack_count);
  cli_options_free(&o);
  return status;
}

const cli_command cli_cmd_test_rules = {
    "test-rules", "run the examples of rule files", help, run};

/* cmd_rules.c — `tact rules` (list what is loaded) and `tact explain`
 * (everything about one rule). */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Shown by `explain`; a long phrase list says more in the rule file. */
#define SHOWN_PHRASES 5

#define ENGINE_OPTIONS_HELP                                                   \
  "      --rules FILE     also load the rules in FILE (repeatable)\n"         \
  "      --profile NAME   use profile NAME (default: reply)\n"                \
  "      --enable RULE    switch a rule id or a category on\n"                \
  "      --disable RULE   switch a rule id or a category off\n"               \
  "                       (both repeatable; a later one wins)\n"              \
  "      --no-config      do not load $XDG_CONFIG_HOME/tact/*.lua or\n"       \
  "                       .tact.lua\n"                                        \
  "  -h, --help           show this help\n"

static const char rules_help[] =
    "Usage: tact rules [OPTION]...\n"
    "List every loaded rule, switched on or not, in load order: id,\n"
    "category, severity, on/off under the profile and switches, and the\n"
    "file:line that defines it.\n"
    "\n"
    "      --format FORMAT  text (default) or json\n" ENGINE_OPTIONS_HELP
    "\n"
    "Rules load as for 'tact check'. Exit status: 0, or 2 when the rules\n"
    "cannot be used.\n";

static const char explain_help[] =
    "Usage: tact explain [OPTION]... RULE-ID\n"
    "Describe one loaded rule: its message, rationale, severity, category,\n"
    "scope, kind, phrases, suggestions, examples, link and source.\n"
    "\n" ENGINE_OPTIONS_HELP "\n"
    "Rules load as for 'tact check'. Exit status: 0, or 2 when no loaded\n"
    "rule has that id or the rules cannot be used.\n";

/* Parses and opens the engine; returns NULL with *status set when there is
 * nothing more to do (help printed, or an error reported). */
static tact_engine *open_for(cli_options *o, const char *command,
                             unsigned allowed, unsigned formats,
                             const char *help, size_t operands, int argc,
                             char **argv, int *status) {
  *status = EXIT_TROUBLE;
  cli_parse_status parsed =
      cli_parse_options(o, command, allowed, formats, argc, argv);
  if (parsed == CLI_PARSED_HELP) {
    fputs(help, stdout);
    *status = EXIT_CLEAN;
    return NULL;
  }
  if (parsed != CLI_PARSED)
    return NULL;
  if (o->arg_count != operands) {
    fprintf(stderr, "tact %s: %s\nTry 'tact %s --help'.\n", command,
            operands ? "give one rule id" : "takes no operands", command);
    return NULL;
  }
  return cli_engine_open(o);
}

static void rules_text(const tact_engine *engine) {
  size_t n = tact_engine_rule_count(engine);
  int id_width = 0, category_width = 0;
  for (size_t i = 0; i < n; i++) {
    const tact_rule *rule = tact_engine_rule(engine, i);
    int id = (int)strlen(tact_rule_id(rule));
    int category = (int)strlen(tact_rule_category(rule));
    id_width = id > id_width ? id : id_width;
    category_width = category > category_width ? category : category_width;
  }
  for (size_t i = 0; i < n; i++) {
    const tact_rule *rule = tact_engine_rule(engine, i);
    printf("%-*s  %-*s  %-7s  %-3s  %s\n", id_width, tact_rule_id(rule),
           category_width, tact_rule_category(rule),
           tact_severity_name(tact_rule_severity(rule)),
           tact_rule_enabled(rule) ? "on" : "off", tact_rule_source(rule));
  }
}

/* A JSON array of a rule's strings read through `count` and `get`. */
static json_t *string_list(const tact_rule *rule, size_t count,
                           const char *(*get)(const tact_rule *, size_t)) {
  json_t *list = json_array();
  for (size_t i = 0; i < count; i++)
    json_array_append_new(list, cli_json_string(get(rule, i)));
  return list;
}

static json_t *example_list(const tact_rule *rule, int flag) {
  json_t *list = json_array();
  for (size_t i = 0; i < tact_rule_example_count(rule, flag); i++)
    json_array_append_new(list,
                          cli_json_string(tact_rule_example(rule, flag, i)));
  return list;
}

static void rules_json(const tact_engine *engine) {
  json_t *rules = json_array();
  for (size_t i = 0; i < tact_engine_rule_count(engine); i++) {
    const tact_rule *rule = tact_engine_rule(engine, i);
    json_t *r = json_object();
    json_object_set_new(r, "id", cli_json_string(tact_rule_id(rule)));
    json_object_set_new(r, "category",
                        cli_json_string(tact_rule_category(rule)));
    json_object_set_new(
        r, "severity",
        json_string(tact_severity_name(tact_rule_severity(rule))));
    json_object_set_new(r, "enabled", json_boolean(tact_rule_enabled(rule)));
    json_object_set_new(r, "kind", cli_json_string(tact_rule_kind(rule)));
    json_object_set_new(r, "scope", cli_json_string(tact_rule_scope(rule)));
    json_object_set_new(r, "message",
                        cli_json_string(tact_rule_message(rule)));
    json_object_set_new(r, "rationale",
                        cli_json_string(tact_rule_rationale(rule)));
    json_object_set_new(r, "url", cli_json_string(tact_rule_url(rule)));
    json_object_set_new(r, "phrases",
                        string_list(rule, tact_rule_phrase_count(rule),
                                    tact_rule_phrase));
    json_object_set_new(r, "suggestions",
                        string_list(rule, tact_rule_suggestion_count(rule),
                                    tact_rule_suggestion));
    json_object_set_new(r, "flag", example_list(rule, 1));
    json_object_set_new(r, "pass", example_list(rule, 0));
    json_object_set_new(r, "source", cli_json_string(tact_rule_source(rule)));
    json_array_append_new(rules, r);
  }
  json_t *root = json_object();
  json_object_set_new(root, "version", json_integer(1));
  json_object_set_new(root, "tact_version", json_string(tact_version()));
  json_object_set_new(root, "profile",
                      cli_json_string(tact_engine_profile(engine)));
  json_object_set_new(root, "rules", rules);
  cli_json_write(root, stdout);
  json_decref(root);
}

static int run_rules(int argc, char **argv) {
  cli_options o;
  int status;
  tact_engine *engine =
      open_for(&o, "rules", CLI_OPT_ENGINE | CLI_OPT_FORMAT,
               CLI_FORMAT_TEXT | CLI_FORMAT_JSON, rules_help, 0, argc, argv,
               &status);
  if (engine) {
    if (o.format == CLI_FORMAT_JSON)
      rules_json(engine);
    else
      rules_text(engine);
    status = EXIT_CLEAN;
    tact_engine_free(engine);
  }
  cli_options_free(&o);
  return status;
}

/* One "Label:  value" line; an empty label continues a list. */
static void field(const char *label, const char *value, int quoted) {
  const char *quote = quoted ? "\"" : "";
  printf("%-13s%s%s%s\n", label, quote, value, quote);
}

static void explain(const tact_rule *rule, const char *profile) {
  int signal = strcmp(tact_rule_kind(rule), "signal") == 0;
  printf("%s\n", tact_rule_id(rule));
  if (*tact_rule_message(rule))
    printf("%s\n", tact_rule_message(rule));
  if (*tact_rule_rationale(rule))
    printf("\n%s\n", tact_rule_rationale(rule));
  putchar('\n');
  /* A signal is counted by the tone summary and never reported, so it has
   * no severity that means anything. */
  if (signal)
    field("Signal:", "counted by the tone summary, never reported", 0);
  else
    field("Severity:", tact_severity_name(tact_rule_severity(rule)), 0);
  field("Category:", tact_rule_category(rule), 0);
  field("Scope:", tact_rule_scope(rule), 0);
  field("Kind:", tact_rule_kind(rule), 0);
  printf("%-13s%s (profile %s)\n", "Enabled:",
         tact_rule_enabled(rule) ? "yes" : "no", profile);

  size_t n = tact_rule_phrase_count(rule);
  for (size_t i = 0; i < n && i < SHOWN_PHRASES; i++)
    field(i ? "" : "Phrases:", tact_rule_phrase(rule, i), 0);
  if (n > SHOWN_PHRASES)
    printf("%-13s(%zu more)\n", "", n - SHOWN_PHRASES);
  n = tact_rule_suggestion_count(rule);
  for (size_t i = 0; i < n; i++)
    field(i ? "" : "Suggestions:", tact_rule_suggestion(rule, i), 1);
  for (int flag = 1; flag >= 0; flag--) {
    n = tact_rule_example_count(rule, flag);
    for (size_t i = 0; i < n; i++)
      field(i ? "" : flag ? "Flagged:" : "Not flagged:",
            tact_rule_example(rule, flag, i), 1);
  }
  if (*tact_rule_url(rule))
    field("URL:", tact_rule_url(rule), 0);
  field("Source:", tact_rule_source(rule), 0);
}

static int run_explain(int argc, char **argv) {
  cli_options o;
  int status;
  tact_engine *engine = open_for(&o, "explain", CLI_OPT_ENGINE, 0,
                                 explain_help, 1, argc, argv, &status);
  if (engine) {
    const tact_rule *rule = tact_engine_find_rule(engine, o.args[0]);
    if (rule) {
      explain(rule, tact_engine_profile(engine));
      status = EXIT_CLEAN;
    } else {
      fprintf(stderr,
              "tact: no rule '%s' is loaded ('tact rules' lists them)\n",
              o.args[0]);
    }
    tact_engine_free(engine);
  }
  cli_options_free(&o);
  return status;
}

const cli_command cli_cmd_rules = {"rules", "list the loaded rules",
                                   rules_help, run_rules};
const cli_command cli_cmd_explain = {"explain", "describe one rule",
                                     explain_help, run_explain};

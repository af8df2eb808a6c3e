/* report_sarif.c — findings as a SARIF 2.1.0 log, for code-scanning
 * dashboards and editors that read static-analysis results. Columns are
 * given in UTF-16 code units (the run's columnKind) and regions also carry
 * exact byte offsets. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define SARIF_SCHEMA                                                          \
  "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"     \
  "sarif-schema-2.1.0.json"

typedef struct sarif_report {
  cli_report base;
  FILE *out;
  json_t *root;
  json_t *results;
  json_t *notifications;
  json_t *invocation;
} sarif_report;

static const char *sarif_level(tact_severity severity) {
  switch (severity) {
  case TACT_SEVERITY_ERROR:
    return "error";
  case TACT_SEVERITY_WARNING:
    return "warning";
  case TACT_SEVERITY_INFO:
  case TACT_SEVERITY_HINT:
    break;
  }
  return "note";
}

static json_t *text_message(const char *text) {
  json_t *m = json_object();
  json_object_set_new(m, "text", cli_json_string(text));
  return m;
}

/* A URI reference for a path: relative paths stay relative (to the
 * directory tact ran in), absolute ones become file:// URIs; bytes outside
 * RFC 3986's unreserved set (and '/') are percent-encoded. */
static json_t *path_uri(const char *path) {
  static const char hex[] = "0123456789ABCDEF";
  static const char keep[] = "-._~/";
  const char *prefix = path[0] == '/' ? "file://" : "";
  size_t n = strlen(prefix);
  char *uri = cli_malloc(n + strlen(path) * 3 + 1);
  memcpy(uri, prefix, n);
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
        (*p >= '0' && *p <= '9') || strchr(keep, *p)) {
      uri[n++] = (char)*p;
    } else {
      uri[n++] = '%';
      uri[n++] = hex[*p >> 4];
      uri[n++] = hex[*p & 15];
    }
  }
  json_t *str = json_stringn(uri, n);
  free(uri);
  return str;
}

/* Standard input has no URI; SARIF lets a location describe itself. */
static json_t *artifact_location(const char *path) {
  json_t *a = json_object();
  if (strcmp(path, "-") == 0)
    json_object_set_new(a, "description", text_message("standard input"));
  else
    json_object_set_new(a, "uri", path_uri(path));
  return a;
}

static void set_int(json_t *object, const char *key, size_t value) {
  json_object_set_new(object, key, json_integer((json_int_t)value));
}

static json_t *region(const tact_finding *f) {
  json_t *r = json_object();
  set_int(r, "startLine", f->line);
  set_int(r, "startColumn", f->column_utf16);
  set_int(r, "endLine", f->end_line);
  set_int(r, "endColumn", f->end_column_utf16);
  set_int(r, "byteOffset", f->start);
  set_int(r, "byteLength", f->end - f->start);
  return r;
}

static json_t *fix(const char *path, const tact_finding *f,
                   const char *suggestion) {
  json_t *replacement = json_object();
  json_object_set_new(replacement, "deletedRegion", region(f));
  json_t *inserted = json_object();
  json_object_set_new(inserted, "text", cli_json_string(suggestion));
  json_object_set_new(replacement, "insertedContent", inserted);
  json_t *replacements = json_array();
  json_array_append_new(replacements, replacement);

  json_t *change = json_object();
  json_object_set_new(change, "artifactLocation", artifact_location(path));
  json_object_set_new(change, "replacements", replacements);
  json_t *changes = json_array();
  json_array_append_new(changes, change);

  json_t *fx = json_object();
  if (*suggestion) {
    static const char lead[] = "Replace with \"";
    size_t n = strlen(suggestion);
    char *d = cli_malloc(sizeof lead + n + 1);
    memcpy(d, lead, sizeof lead - 1);
    memcpy(d + sizeof lead - 1, suggestion, n);
    memcpy(d + sizeof lead - 1 + n, "\"", 2);
    json_object_set_new(fx, "description", text_message(d));
    free(d);
  } else {
    json_object_set_new(fx, "description", text_message("Delete"));
  }
  json_object_set_new(fx, "artifactChanges", changes);
  return fx;
}

static json_t *result_json(const char *path, const char *text, size_t length,
                           const tact_finding *f) {
  json_t *reg = region(f);
  if (f->start <= f->end && f->end <= length) {
    json_t *snippet = json_object();
    json_object_set_new(snippet, "text",
                        cli_json_bytes(text + f->start, f->end - f->start));
    json_object_set_new(reg, "snippet", snippet);
  }
  json_t *physical = json_object();
  json_object_set_new(physical, "artifactLocation", artifact_location(path));
  json_object_set_new(physical, "region", reg);
  json_t *location = json_object();
  json_object_set_new(location, "physicalLocation", physical);
  json_t *locations = json_array();
  json_array_append_new(locations, location);

  json_t *r = json_object();
  json_object_set_new(r, "ruleId", cli_json_string(f->rule_id));
  json_object_set_new(r, "level", json_string(sarif_level(f->severity)));
  json_object_set_new(r, "message", text_message(f->message));
  json_object_set_new(r, "locations", locations);
  if (f->suggestion_count > 0) {
    json_t *fixes = json_array();
    for (size_t i = 0; i < f->suggestion_count; i++)
      json_array_append_new(fixes, fix(path, f, f->suggestions[i]));
    json_object_set_new(r, "fixes", fixes);
  }
  return r;
}

static void notify(sarif_report *r, const char *level, const char *text,
                   const char *path) {
  json_t *n = json_object();
  json_object_set_new(n, "level", json_string(level));
  json_object_set_new(n, "message", text_message(text));
  if (path) {
    json_t *physical = json_object();
    json_object_set_new(physical, "artifactLocation",
                        artifact_location(path));
    json_t *location = json_object();
    json_object_set_new(location, "physicalLocation", physical);
    json_t *locations = json_array();
    json_array_append_new(locations, location);
    json_object_set_new(n, "locations", locations);
  }
  json_array_append_new(r->notifications, n);
}

static void sarif_file(cli_report *self, const char *path, const char *text,
                       size_t length, const tact_result *result) {
  sarif_report *r = (sarif_report *)self;
  for (size_t i = 0; i < tact_result_count(result); i++)
    json_array_append_new(r->results,
                          result_json(path, text, length,
                                      tact_result_finding(result, i)));
  for (size_t i = 0; i < tact_result_warning_count(result); i++)
    notify(r, "warning", tact_result_warning(result, i), path);
}

static void sarif_file_error(cli_report *self, const char *path,
                             const char *message) {
  sarif_report *r = (sarif_report *)self;
  notify(r, "error", message, path);
  json_object_set_new(r->invocation, "executionSuccessful", json_false());
}

static void sarif_finish(cli_report *self) {
  sarif_report *r = (sarif_report *)self;
  cli_json_write(r->root, r->out);
  json_decref(r->root);
  free(r);
}

static json_t *rule_json(const tact_rule *rule) {
  json_t *config = json_object();
  json_object_set_new(config, "enabled",
                      json_boolean(tact_rule_enabled(rule)));
  json_object_set_new(config, "level",
                      json_string(sarif_level(tact_rule_severity(rule))));
  json_t *tags = json_array();
  json_array_append_new(tags, cli_json_string(tact_rule_category(rule)));
  json_t *properties = json_object();
  json_object_set_new(properties, "category",
                      cli_json_string(tact_rule_category(rule)));
  json_object_set_new(properties, "tags", tags);

  json_t *d = json_object();
  json_object_set_new(d, "id", cli_json_string(tact_rule_id(rule)));
  json_object_set_new(d, "shortDescription",
                      text_message(tact_rule_message(rule)));
  if (*tact_rule_rationale(rule))
    json_object_set_new(d, "fullDescription",
                        text_message(tact_rule_rationale(rule)));
  if (*tact_rule_url(rule))
    json_object_set_new(d, "helpUri", cli_json_string(tact_rule_url(rule)));
  json_object_set_new(d, "defaultConfiguration", config);
  json_object_set_new(d, "properties", properties);
  return d;
}

static json_t *driver_json(const tact_engine *engine) {
  json_t *rules = json_array();
  for (size_t i = 0; i < tact_engine_rule_count(engine); i++)
    json_array_append_new(rules, rule_json(tact_engine_rule(engine, i)));
  json_t *driver = json_object();
  json_object_set_new(driver, "name", json_string("tact"));
  json_object_set_new(driver, "version", json_string(tact_version()));
  if (*TACT_INFORMATION_URI)
    json_object_set_new(driver, "informationUri",
                        json_string(TACT_INFORMATION_URI));
  json_object_set_new(driver, "rules", rules);
  return driver;
}

cli_report *cli_report_sarif_new(FILE *out, const tact_engine *engine) {
  sarif_report *r = cli_malloc(sizeof *r);
  r->base.file = sarif_file;
  r->base.file_error = sarif_file_error;
  r->base.finish = sarif_finish;
  r->out = out;

  json_t *tool = json_object();
  json_object_set_new(tool, "driver", driver_json(engine));
  r->notifications = json_array();
  r->invocation = json_object();
  json_object_set_new(r->invocation, "executionSuccessful", json_true());
  json_object_set_new(r->invocation, "toolExecutionNotifications",
                      r->notifications);
  json_t *invocations = json_array();
  json_array_append_new(invocations, r->invocation);
  r->results = json_array();

  json_t *run = json_object();
  json_object_set_new(run, "tool", tool);
  json_object_set_new(run, "invocations", invocations);
  json_object_set_new(run, "columnKind", json_string("utf16CodeUnits"));
  json_object_set_new(run, "results", r->results);
  json_t *runs = json_array();
  json_array_append_new(runs, run);

  r->root = json_object();
  json_object_set_new(r->root, "$schema", json_string(SARIF_SCHEMA));
  json_object_set_new(r->root, "version", json_string("2.1.0"));
  json_object_set_new(r->root, "runs", runs);

  for (size_t i = 0; i < tact_engine_warning_count(engine); i++)
    notify(r, "warning", tact_engine_warning(engine, i), NULL);
  return &r->base;
}

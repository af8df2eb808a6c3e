/* report_json.c — findings as one JSON document, the format docs/json.md
 * describes and keeps stable. Built whole and written at the end, so the
 * output is always one complete document. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Bumped only when a change could break a reader (docs/json.md). */
#define JSON_FORMAT_VERSION 1

typedef struct json_report {
  cli_report base;
  FILE *out;
  json_t *root;
  json_t *files;
} json_report;

static json_t *suggestions_json(const tact_finding *f) {
  json_t *list = json_array();
  for (size_t i = 0; i < f->suggestion_count; i++) {
    char *snippet = tact_snippet(f->suggestions[i]);
    if (!snippet)
      cli_oom();
    json_t *item = json_object();
    json_object_set_new(item, "text", cli_json_string(f->suggestions[i]));
    json_object_set_new(item, "snippet", cli_json_string(snippet));
    tact_string_free(snippet);
    json_array_append_new(list, item);
  }
  return list;
}

static void set_int(json_t *object, const char *key, size_t value) {
  json_object_set_new(object, key, json_integer((json_int_t)value));
}

static json_t *finding_json(const tact_finding *f, const char *text,
                            size_t length) {
  json_t *o = json_object();
  json_object_set_new(o, "rule", cli_json_string(f->rule_id));
  json_object_set_new(o, "category", cli_json_string(f->category));
  json_object_set_new(o, "severity",
                      json_string(tact_severity_name(f->severity)));
  json_object_set_new(o, "message", cli_json_string(f->message));
  set_int(o, "start", f->start);
  set_int(o, "end", f->end);
  set_int(o, "line", f->line);
  set_int(o, "column", f->column);
  set_int(o, "column_utf16", f->column_utf16);
  set_int(o, "end_line", f->end_line);
  set_int(o, "end_column", f->end_column);
  set_int(o, "end_column_utf16", f->end_column_utf16);
  /* Offsets come from the library; never read outside the text. */
  size_t start = f->start < length ? f->start : length;
  size_t end = f->end < length ? f->end : length;
  json_object_set_new(o, "text", cli_json_bytes(text + start,
                                                end > start ? end - start : 0));
  json_object_set_new(o, "suggestions", suggestions_json(f));
  return o;
}

json_t *cli_summary_json(const tact_summary *s) {
  json_t *o = json_object(), *cats = json_object(), *pron = json_object();
  set_int(o, "score", (size_t)s->score);
  set_int(o, "words", s->words);
  set_int(o, "sentences", s->sentences);
  set_int(o, "findings", s->findings);
  for (size_t i = 0; i < s->category_count; i++)
    set_int(cats, s->categories[i], s->category_counts[i]);
  json_object_set_new(o, "categories", cats);
  set_int(pron, "i", s->pronoun_i);
  set_int(pron, "you", s->pronoun_you);
  set_int(pron, "we", s->pronoun_we);
  json_object_set_new(o, "pronouns", pron);
  json_object_set_new(o, "empathy", json_boolean(s->empathy));
  json_object_set_new(o, "next_step", json_boolean(s->next_step));
  json_object_set_new(o, "thanks", json_boolean(s->thanks));
  return o;
}

static json_t *file_json(const char *path) {
  json_t *file = json_object();
  json_object_set_new(file, "path", cli_json_string(path));
  json_object_set_new(file, "findings", json_array());
  json_object_set_new(file, "warnings", json_array());
  return file;
}

static void json_file(cli_report *self, const char *path, const char *text,
                      size_t length, const tact_result *result) {
  json_report *r = (json_report *)self;
  json_t *file = file_json(path);
  json_t *findings = json_object_get(file, "findings");
  for (size_t i = 0; i < tact_result_count(result); i++)
    json_array_append_new(
        findings, finding_json(tact_result_finding(result, i), text, length));
  json_t *warnings = json_object_get(file, "warnings");
  for (size_t i = 0; i < tact_result_warning_count(result); i++)
    json_array_append_new(warnings,
                          cli_json_string(tact_result_warning(result, i)));
  if (self->summary)
    json_object_set_new(file, "summary",
                        cli_summary_json(tact_result_summary(result)));
  json_array_append_new(r->files, file);
}

static void json_file_error(cli_report *self, const char *path,
                            const char *message) {
  json_report *r = (json_report *)self;
  json_t *file = file_json(path);
  json_object_set_new(file, "error", cli_json_string(message));
  json_array_append_new(r->files, file);
}

static void json_finish(cli_report *self) {
  json_report *r = (json_report *)self;
  cli_json_write(r->root, r->out);
  json_decref(r->root);
  free(r);
}

cli_report *cli_report_json_new(FILE *out, const tact_engine *engine) {
  json_report *r = cli_malloc(sizeof *r);
  r->base.file = json_file;
  r->base.file_error = json_file_error;
  r->base.finish = json_finish;
  r->out = out;
  r->root = json_object();
  json_object_set_new(r->root, "version", json_integer(JSON_FORMAT_VERSION));
  json_object_set_new(r->root, "tact_version", json_string(tact_version()));
  json_object_set_new(r->root, "profile",
                      cli_json_string(tact_engine_profile(engine)));
  json_t *warnings = json_array();
  for (size_t i = 0; i < tact_engine_warning_count(engine); i++)
    json_array_append_new(warnings,
                          cli_json_string(tact_engine_warning(engine, i)));
  json_object_set_new(r->root, "warnings", warnings);
  r->files = json_array();
  json_object_set_new(r->root, "files", r->files);
  return &r->base;
}

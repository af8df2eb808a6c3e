/* diagnostics.c — checking documents and publishing their findings as LSP
 * diagnostics. A result always belongs to the document's current text (an
 * edit frees it), so what is published carries the newest version. */
#include <stdlib.h>
#include <string.h>

#include "lsp/lsp.h"

int lsp_finding_shown(lsp_server *s, const lsp_doc *doc,
                      const tact_finding *f) {
  return !lsp_rule_listed(doc->disabled, doc->disabled_count, f->rule_id,
                          f->category) &&
         !lsp_rule_listed(s->disabled, s->disabled_count, f->rule_id,
                          f->category);
}

/* The finding's range. The library has placed it already (lines as LSP
 * counts them, columns in UTF-8 bytes and UTF-16 units, in one pass over
 * the text); walking each line again per finding would be quadratic on a
 * long line. */
static json_t *finding_range(lsp_server *s, const tact_finding *f) {
  int bytes = s->encoding == LSP_UTF8;
  return json_pack("{s:{s:I,s:I},s:{s:I,s:I}}", "start", "line",
                   (json_int_t)f->line - 1, "character",
                   (json_int_t)(bytes ? f->column : f->column_utf16) - 1,
                   "end", "line", (json_int_t)f->end_line - 1, "character",
                   (json_int_t)(bytes ? f->end_column : f->end_column_utf16) -
                       1);
}

/* Strings from rule files go through cli_json_string: a broken file may
 * hold bytes that are not UTF-8. */
json_t *lsp_diagnostic(lsp_server *s, const tact_finding *f) {
  json_t *suggestions = json_array();
  for (size_t i = 0; i < f->suggestion_count; i++)
    json_array_append_new(suggestions, cli_json_string(f->suggestions[i]));
  json_t *d = json_pack(
      "{s:o,s:i,s:o,s:s,s:o,s:{s:o,s:o,s:o}}", "range",
      finding_range(s, f), "severity",
      (int)f->severity, "code", cli_json_string(f->rule_id), "source", "tact",
      "message", cli_json_string(f->message), "data", "rule",
      cli_json_string(f->rule_id), "category", cli_json_string(f->category),
      "suggestions", suggestions);
  const tact_rule *rule = tact_engine_find_rule(s->engine, f->rule_id);
  const char *url = rule ? tact_rule_url(rule) : "";
  if (*url)
    json_object_set_new(d, "codeDescription",
                        json_pack("{s:o}", "href", cli_json_string(url)));
  return d;
}

static void publish(lsp_server *s, lsp_doc *doc, json_t *diagnostics) {
  lsp_notify(s, "textDocument/publishDiagnostics",
             json_pack("{s:s,s:I,s:o}", "uri", doc->uri, "version",
                       doc->version, "diagnostics", diagnostics));
}

void lsp_publish_empty(lsp_server *s, const char *uri) {
  lsp_notify(s, "textDocument/publishDiagnostics",
             json_pack("{s:s,s:[]}", "uri", uri, "diagnostics"));
}

void lsp_check_now(lsp_server *s, lsp_doc *doc) {
  doc->dirty = 0;
  if (doc->len > s->settings.max_document) {
    if (!doc->too_large)
      lsp_show_message(s, LSP_MSG_WARNING,
                       "Tact: %s is not checked: %zu bytes is more than "
                       "maxDocumentBytes (%zu).",
                       doc->uri, doc->len, s->settings.max_document);
    doc->too_large = 1;
    publish(s, doc, json_array());
    return;
  }
  doc->too_large = 0;
  if (!doc->result) {
    /* Only the blocks changed since the last check are checked again. */
    doc->result = tact_doc_result(doc->checker);
    if (!doc->result)
      cli_oom();
    for (size_t i = 0; i < tact_result_warning_count(doc->result); i++)
      lsp_log("warning: %s (checking %s)",
              tact_result_warning(doc->result, i), doc->uri);
  }
  if (tact_result_status(doc->result) != TACT_OK) {
    lsp_show_message(s, LSP_MSG_ERROR, "Tact: cannot check %s: %s", doc->uri,
                     tact_result_message(doc->result));
    publish(s, doc, json_array());
    return;
  }
  json_t *list = json_array();
  for (size_t i = 0; i < tact_result_count(doc->result); i++) {
    const tact_finding *f = tact_result_finding(doc->result, i);
    if (lsp_finding_shown(s, doc, f))
      json_array_append_new(list, lsp_diagnostic(s, f));
  }
  publish(s, doc, list);
}

int lsp_check_due(lsp_server *s) {
  for (int round = 0; round < 2; round++) {
    lsp_doc *first = NULL;
    for (lsp_doc *d = s->docs; d; d = d->next)
      if (d->dirty && (!first || d->due < first->due))
        first = d;
    if (!first)
      return -1;
    int64_t wait = first->due - lsp_now_ms();
    if (wait > 0)
      return wait > 60000 ? 60000 : (int)wait;
    if (round == 1)
      return 0;
    lsp_check_now(s, first);
  }
  return -1;
}

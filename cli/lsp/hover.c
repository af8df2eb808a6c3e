/* hover.c — textDocument/hover (what the findings under the cursor mean and
 * why) and tact/summary (the document's tone at a glance). Both answer from
 * the current result, checking first when the document changed since. */
#include <stdlib.h>
#include <string.h>

#include "lsp/lsp.h"

/* The document with a result for its current text, or NULL with *code and
 * *message set. */
static lsp_doc *checked_doc(lsp_server *s, json_t *params, int *code,
                            const char **message) {
  lsp_doc *doc = lsp_params_doc(s, params);
  *code = LSP_INVALID_PARAMS;
  if (!json_is_string(json_object_get(json_object_get(params, "textDocument"),
                                      "uri"))) {
    *message = "params need textDocument: {uri}";
    return NULL;
  }
  if (!doc) {
    *message = "that document is not open";
    return NULL;
  }
  if (doc->dirty || !doc->result)
    lsp_check_now(s, doc);
  return doc;
}

static void append(char **buf, size_t *len, const char *s) {
  size_t n = strlen(s);
  *buf = cli_realloc(*buf, *len + n + 1);
  memcpy(*buf + *len, s, n + 1);
  *len += n;
}

static void describe(lsp_server *s, const tact_finding *f, char **buf,
                     size_t *len) {
  int md = s->hover_markdown;
  const tact_rule *rule = tact_engine_find_rule(s->engine, f->rule_id);
  append(buf, len, f->message);
  append(buf, len, md ? "\n\n`" : "\n\n");
  append(buf, len, f->rule_id);
  append(buf, len, md ? "` \u00b7 " : " \u00b7 ");
  append(buf, len, f->category);
  append(buf, len, " \u00b7 ");
  append(buf, len, tact_severity_name(f->severity));
  const char *rationale = rule ? tact_rule_rationale(rule) : "";
  if (*rationale) {
    append(buf, len, "\n\n");
    append(buf, len, rationale);
  }
  for (size_t i = 0; i < f->suggestion_count; i++) {
    append(buf, len, i == 0 ? "\n\nTry: " : ", ");
    if (*f->suggestions[i]) {
      append(buf, len, "\u201c");
      append(buf, len, f->suggestions[i]);
      append(buf, len, "\u201d");
    } else {
      append(buf, len, "removing the words");
    }
  }
  const char *url = rule ? tact_rule_url(rule) : "";
  if (*url) {
    append(buf, len, md ? "\n\n[More about this rule](" : "\n\nMore: ");
    append(buf, len, url);
    append(buf, len, md ? ")" : "");
  }
}

json_t *lsp_hover(lsp_server *s, json_t *params, int *code,
                  const char **message) {
  lsp_doc *doc = checked_doc(s, params, code, message);
  size_t at;
  if (doc && lsp_doc_offset(doc, s->encoding,
                            json_object_get(params, "position"), &at) != 0) {
    *message = "params need position: {line, character}";
    return NULL;
  }
  if (!doc)
    return NULL;
  char *text = NULL;
  size_t len = 0, start = 0, end = 0;
  for (size_t i = 0; doc->result && i < tact_result_count(doc->result); i++) {
    const tact_finding *f = tact_result_finding(doc->result, i);
    if (f->start > at || f->end < at || !lsp_finding_shown(s, doc, f))
      continue;
    if (text)
      append(&text, &len, s->hover_markdown ? "\n\n---\n\n" : "\n\n");
    else
      start = f->start, end = f->end;
    describe(s, f, &text, &len);
    if (f->start < start)
      start = f->start;
    if (f->end > end)
      end = f->end;
  }
  if (!text)
    return json_null();
  json_t *hover = json_pack(
      "{s:{s:s,s:o},s:o}", "contents", "kind",
      s->hover_markdown ? "markdown" : "plaintext", "value",
      cli_json_string(text), "range",
      lsp_doc_range(doc, s->encoding, start, end));
  free(text);
  return hover;
}

json_t *lsp_summary(lsp_server *s, json_t *params, int *code,
                    const char **message) {
  lsp_doc *doc = checked_doc(s, params, code, message);
  if (!doc)
    return NULL;
  if (!doc->result || tact_result_status(doc->result) != TACT_OK) {
    *code = LSP_REQUEST_FAILED;
    *message = doc->too_large ? "the document is too large to check"
                              : "the document cannot be checked";
    return NULL;
  }
  if (!s->disabled_count && !doc->disabled_count)
    return cli_summary_json(tact_result_summary(doc->result));
  /* Rules switched off here are only hidden from the diagnostics; the
   * summary is asked for rarely, so it is worth a check without them. */
  tact_engine *engine = lsp_open_engine_hiding(s, doc);
  tact_result *result =
      engine ? tact_check_format(engine, doc->text, doc->len, doc->format)
             : NULL;
  json_t *summary = NULL;
  if (result && tact_result_status(result) == TACT_OK)
    summary = cli_summary_json(tact_result_summary(result));
  else {
    *code = LSP_REQUEST_FAILED;
    *message = "the document cannot be checked without the rules switched off";
  }
  tact_result_free(result);
  tact_engine_free(engine);
  return summary;
}

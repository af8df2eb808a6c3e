/* actions.c — textDocument/codeAction: for each finding in the range, one
 * quick fix per suggestion (best first, preferred), "ignore here" (an
 * inline directive) and "disable this rule in the document" (a command).
 * The finding travels in the diagnostic's `data`, so no check is needed;
 * a client that sends no diagnostics gets the findings of the current
 * result instead. */
#include <stdlib.h>
#include <string.h>

#include "lsp/lsp.h"

/* How an inline directive is written in a document of this language. */
static const char *comment_marker(const char *language) {
  static const char *const hash[] = {"plaintext", "text", "mail", "email",
                                     "gitcommit", "git-commit"};
  static const char *const percent[] = {"tex", "latex", "plaintex"};
  for (size_t i = 0; i < sizeof hash / sizeof hash[0]; i++)
    if (strcmp(language, hash[i]) == 0)
      return "#";
  for (size_t i = 0; i < sizeof percent / sizeof percent[0]; i++)
    if (strcmp(language, percent[i]) == 0)
      return "%";
  return "<!--"; /* an HTML comment works in every format */
}

static json_t *plain_edit(const char *uri, json_t *range, const char *text) {
  return json_pack("{s:{s:[{s:O,s:s}]}}", "changes", uri, "range", range,
                   "newText", text);
}

/* The WorkspaceEdit that puts `suggestion` in place of `range`: a snippet
 * with tab stops for its {placeholders} when the client takes snippets. */
static json_t *replace_edit(lsp_server *s, const char *uri, lsp_doc *doc,
                            json_t *range, const char *suggestion) {
  char *plain = tact_plain(suggestion);
  if (!plain)
    cli_oom();
  json_t *edit;
  if (s->snippets == LSP_SNIPPETS_NONE || strcmp(plain, suggestion) == 0) {
    edit = plain_edit(uri, range, plain);
  } else {
    char *snippet = tact_snippet(suggestion);
    if (!snippet)
      cli_oom();
    json_t *text_edit =
        s->snippets == LSP_SNIPPETS_EDIT
            ? json_pack("{s:O,s:{s:s,s:s}}", "range", range, "snippet",
                        "kind", "snippet", "value", snippet)
            : json_pack("{s:O,s:s,s:i}", "range", range, "newText", snippet,
                        "insertTextFormat", 2);
    json_t *version = doc ? json_integer(doc->version) : json_null();
    edit = json_pack("{s:[{s:{s:s,s:o},s:[o]}]}", "documentChanges",
                     "textDocument", "uri", uri, "version", version, "edits",
                     text_edit);
    tact_string_free(snippet);
  }
  tact_string_free(plain);
  return edit;
}

/* 1 when the line at `at` is a directive "MARKER tact: ignore ...";
 * *insert is then where another rule id goes. */
static int ignore_directive_at(const lsp_doc *doc, size_t at,
                               size_t *insert) {
  const char *t = doc->text;
  size_t e = at;
  while (e < doc->len && t[e] != '\n' && t[e] != '\r')
    e++;
  size_t b = at;
  while (b < e && (t[b] == ' ' || t[b] == '\t'))
    b++;
  static const char *const markers[] = {"<!--", "//", "#", "%"};
  for (size_t m = 0; m < sizeof markers / sizeof markers[0]; m++) {
    size_t n = strlen(markers[m]);
    if (e - b < n || memcmp(t + b, markers[m], n) != 0)
      continue;
    size_t k = b + n;
    while (k < e && (t[k] == ' ' || t[k] == '\t'))
      k++;
    if (e - k < 12 || memcmp(t + k, "tact:", 5) != 0)
      return 0;
    k += 5;
    while (k < e && (t[k] == ' ' || t[k] == '\t'))
      k++;
    if (e - k < 6 || memcmp(t + k, "ignore", 6) != 0)
      return 0;
    size_t end = e;
    while (end > k && (t[end - 1] == ' ' || t[end - 1] == '\t'))
      end--;
    if (m == 0) {
      if (end - k < 9 || memcmp(t + end - 3, "-->", 3) != 0)
        return 0;
      end -= 3;
      while (end > k && (t[end - 1] == ' ' || t[end - 1] == '\t'))
        end--;
    }
    *insert = end;
    return 1;
  }
  return 0;
}

/* "Ignore here": a directive above the finding's paragraph (or the rule
 * added to the one already there). */
static json_t *ignore_edit(lsp_server *s, lsp_doc *doc, size_t offset,
                           const char *rule) {
  size_t para = lsp_doc_paragraph_start(doc, offset), insert;
  char *text;
  size_t at;
  if (ignore_directive_at(doc, para, &insert)) {
    at = insert;
    text = cli_malloc(strlen(rule) + 2);
    sprintf(text, " %s", rule);
  } else {
    at = para;
    const char *marker = comment_marker(doc->language);
    /* Keep the document's own line ending. */
    const char *eol = strstr(doc->text, "\r\n") ? "\r\n" : "\n";
    int html = strcmp(marker, "<!--") == 0;
    text = cli_malloc(strlen(rule) + 40);
    sprintf(text, "%s tact: ignore %s%s%s", marker, rule, html ? " -->" : "",
            eol);
  }
  json_t *range = lsp_doc_range(doc, s->encoding, at, at);
  json_t *edit = plain_edit(doc->uri, range, text);
  json_decref(range);
  free(text);
  return edit;
}

/* Rule ids are "category.name" of letters, digits, '-' and '_'; anything
 * else in a client's diagnostic must not end up in a directive. */
static int valid_rule_id(const char *id) {
  if (!*id)
    return 0;
  for (const char *c = id; *c; c++)
    if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
          (*c >= '0' && *c <= '9') || *c == '.' || *c == '-' || *c == '_'))
      return 0;
  return 1;
}

static json_t *action(const char *title, json_t *diagnostic) {
  return json_pack("{s:o,s:s,s:[O]}", "title", cli_json_string(title),
                   "kind", "quickfix", "diagnostics", diagnostic);
}

/* Adds the actions for one tact diagnostic. */
static void add_actions(lsp_server *s, json_t *out, const char *uri,
                        lsp_doc *doc, json_t *diagnostic, json_t *seen) {
  json_t *data = json_object_get(diagnostic, "data");
  json_t *range = json_object_get(diagnostic, "range");
  const char *rule = json_string_value(json_object_get(data, "rule"));
  if (!rule)
    rule = json_string_value(json_object_get(diagnostic, "code"));
  if (!rule || !valid_rule_id(rule) || !json_is_object(range))
    return;
  size_t i;
  json_t *item;
  json_array_foreach(json_object_get(data, "suggestions"), i, item) {
    const char *suggestion = json_string_value(item);
    if (!suggestion)
      continue;
    char *title;
    if (*suggestion) {
      title = cli_malloc(strlen(suggestion) + 32);
      sprintf(title, "Replace with \u201c%s\u201d", suggestion);
    } else {
      title = cli_malloc(32);
      strcpy(title, "Remove these words");
    }
    json_t *a = action(title, diagnostic);
    free(title);
    json_object_set_new(a, "edit",
                        replace_edit(s, uri, doc, range, suggestion));
    if (i == 0)
      json_object_set_new(a, "isPreferred", json_true());
    json_array_append_new(out, a);
  }

  /* One "ignore" per rule and paragraph, one "disable" per rule. */
  char *title = cli_malloc(strlen(rule) + 64);
  size_t offset;
  if (doc && lsp_doc_offset(doc, s->encoding, json_object_get(range, "start"),
                            &offset) == 0) {
    char *k = cli_malloc(strlen(rule) + 32);
    sprintf(k, "%zu %s", lsp_doc_paragraph_start(doc, offset), rule);
    if (!json_object_get(seen, k)) {
      json_object_set_new(seen, k, json_true());
      sprintf(title, "Ignore \u201c%s\u201d here", rule);
      json_t *a = action(title, diagnostic);
      json_object_set_new(a, "edit", ignore_edit(s, doc, offset, rule));
      json_array_append_new(out, a);
    }
    free(k);
  }
  if (!json_object_get(seen, rule)) {
    json_object_set_new(seen, rule, json_true());
    sprintf(title, "Disable rule %s in this document", rule);
    json_t *a = action(title, diagnostic);
    json_object_set_new(a, "command",
                        json_pack("{s:o,s:s,s:[s,o]}", "title",
                                  cli_json_string(title), "command",
                                  "tact.disableRule", "arguments", uri,
                                  cli_json_string(rule)));
    json_array_append_new(out, a);
  }
  free(title);
}

static int wants_quickfix(const json_t *only) {
  if (!json_is_array(only))
    return 1;
  size_t i;
  json_t *kind;
  json_array_foreach(only, i, kind) {
    const char *k = json_string_value(kind);
    if (k && (strcmp(k, "quickfix") == 0 || *k == '\0'))
      return 1;
  }
  return 0;
}

json_t *lsp_code_action(lsp_server *s, json_t *params, int *code,
                        const char **message) {
  const char *uri;
  json_t *range, *context = NULL;
  if (json_unpack(params, "{s:{s:s},s:o,s?o}", "textDocument", "uri", &uri,
                  "range", &range, "context", &context) != 0 ||
      !json_is_object(range)) {
    *code = LSP_INVALID_PARAMS;
    *message = "codeAction needs {textDocument: {uri}, range, context}";
    return NULL;
  }
  json_t *out = json_array();
  if (!wants_quickfix(json_object_get(context, "only")))
    return out;
  lsp_doc *doc = lsp_find_doc(s, uri);
  json_t *seen = json_object();
  size_t i, sent = 0;
  json_t *d;
  json_array_foreach(json_object_get(context, "diagnostics"), i, d) {
    const char *source = json_string_value(json_object_get(d, "source"));
    if (source && strcmp(source, "tact") == 0) {
      add_actions(s, out, uri, doc, d, seen);
      sent++;
    }
  }
  size_t start, end;
  if (!sent && doc &&
      lsp_doc_read_range(doc, s->encoding, range, &start, &end) == 0) {
    if (doc->dirty || !doc->result)
      lsp_check_now(s, doc);
    for (size_t k = 0; doc->result && k < tact_result_count(doc->result);
         k++) {
      const tact_finding *f = tact_result_finding(doc->result, k);
      if (f->start <= end && f->end >= start &&
          lsp_finding_shown(s, doc, f)) {
        json_t *diagnostic = lsp_diagnostic(s, doc, f);
        add_actions(s, out, uri, doc, diagnostic, seen);
        json_decref(diagnostic);
      }
    }
  }
  json_decref(seen);
  return out;
}

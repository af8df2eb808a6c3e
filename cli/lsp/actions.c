/* actions.c — textDocument/codeAction: for each finding in the range, one
 * quick fix per suggestion (best first, preferred), "ignore here" (an
 * inline directive) and "disable this rule in the document" (a command).
 * The finding travels in the diagnostic's `data`, so no check is needed;
 * a client that sends no diagnostics gets the findings of the current
 * result instead. */
#include <stdlib.h>
#include <string.h>

#include "lsp/lsp.h"

/* How an inline directive is written in a document: an HTML comment works
 * in every format, a line comment only in plain text and e-mail. */
static const char *comment_marker(const lsp_doc *doc) {
  if (doc->format != TACT_FORMAT_TEXT && doc->format != TACT_FORMAT_EMAIL)
    return "<!--";
  static const char *const percent[] = {"tex", "latex", "plaintex", "bibtex"};
  for (size_t i = 0; i < sizeof percent / sizeof percent[0]; i++)
    if (strcmp(doc->language, percent[i]) == 0)
      return "%";
  return "#";
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

static int is_blank(char c) { return c == ' ' || c == '\t'; }

/* 1 when t[k, e) starts with blanks, "tact:", blanks, "ignore". */
static int ignore_word(const char *t, size_t k, size_t e) {
  while (k < e && is_blank(t[k]))
    k++;
  if (e - k < 5 || memcmp(t + k, "tact:", 5) != 0)
    return 0;
  for (k += 5; k < e && is_blank(t[k]); k++)
    ;
  return e - k >= 6 && memcmp(t + k, "ignore", 6) == 0;
}

/* 1 when the line t[b, e) ends with "<!-- tact: ignore ... -->"; *insert
 * is then where another rule id goes. */
static int trailing_directive(const char *t, size_t b, size_t e,
                              size_t *insert) {
  while (e > b && is_blank(t[e - 1]))
    e--;
  if (e - b < 7 || memcmp(t + e - 3, "-->", 3) != 0)
    return 0;
  e -= 3;
  size_t open = e;
  while (open >= b + 4 && memcmp(t + open - 4, "<!--", 4) != 0)
    open--;
  if (open < b + 4 || !ignore_word(t, open, e))
    return 0;
  while (e > open && is_blank(t[e - 1]))
    e--;
  *insert = e;
  return 1;
}

/* 1 when the line at `at` is a directive "# tact: ignore ..." (or //, %,
 * or an HTML comment alone on the line); *insert as above. */
static int line_directive(const lsp_doc *doc, size_t at, size_t *insert) {
  const char *t = doc->text;
  size_t e = at, b = at;
  while (e < doc->len && t[e] != '\n' && t[e] != '\r')
    e++;
  while (b < e && is_blank(t[b]))
    b++;
  if (e - b >= 4 && memcmp(t + b, "<!--", 4) == 0)
    return trailing_directive(t, b, e, insert);
  size_t n = e - b >= 2 && memcmp(t + b, "//", 2) == 0 ? 2
             : e > b && (t[b] == '#' || t[b] == '%') ? 1
                                                     : 0;
  if (!n || !ignore_word(t, b + n, e))
    return 0;
  while (e > b && is_blank(t[e - 1]))
    e--;
  *insert = e;
  return 1;
}

/* "Ignore here": what to insert, and where (*at), to silence `rule` for
 * the finding at `offset`. With HTML comments, at the end of the finding's
 * line: a comment on a line of its own would start a block of its own
 * between Markdown list items or lines of a paragraph. With line comments,
 * a line above the paragraph. A directive already there takes the rule. */
static char *ignore_insertion(const lsp_doc *doc, size_t offset,
                              const char *rule, size_t *at) {
  const char *t = doc->text, *marker = comment_marker(doc);
  char *text = cli_malloc(strlen(rule) + 40);
  if (strcmp(marker, "<!--") == 0) {
    size_t b = offset, e = offset;
    while (b > 0 && t[b - 1] != '\n' && t[b - 1] != '\r')
      b--;
    while (e < doc->len && t[e] != '\n' && t[e] != '\r')
      e++;
    if (trailing_directive(t, b, e, at)) {
      sprintf(text, " %s", rule);
    } else {
      /* Before trailing blanks: two of them are a Markdown line break. */
      while (e > b && is_blank(t[e - 1]))
        e--;
      *at = e;
      sprintf(text, " <!-- tact: ignore %s -->", rule);
    }
    return text;
  }
  size_t para = lsp_doc_paragraph_start(doc, offset);
  if (line_directive(doc, para, at)) {
    sprintf(text, " %s", rule);
  } else {
    /* Keep the document's own line ending. */
    const char *nl = memchr(t, '\n', doc->len);
    *at = para;
    sprintf(text, "%s tact: ignore %s%s", marker, rule,
            nl && nl > t && nl[-1] == '\r' ? "\r\n" : "\n");
  }
  return text;
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

  /* One "ignore" per rule and place, one "disable" per rule. */
  char *title = cli_malloc(strlen(rule) + 64);
  size_t offset, at;
  if (doc && lsp_doc_offset(doc, s->encoding, json_object_get(range, "start"),
                            &offset) == 0) {
    char *text = ignore_insertion(doc, offset, rule, &at);
    char *key = cli_malloc(strlen(rule) + 32);
    sprintf(key, "%zu %s", at, rule);
    if (!json_object_get(seen, key)) {
      json_object_set_new(seen, key, json_true());
      sprintf(title, "Ignore \u201c%s\u201d here", rule);
      json_t *a = action(title, diagnostic);
      json_t *where = lsp_doc_range(doc, s->encoding, at, at);
      json_object_set_new(a, "edit", plain_edit(doc->uri, where, text));
      json_decref(where);
      json_array_append_new(out, a);
    }
    free(key);
    free(text);
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
        json_t *diagnostic = lsp_diagnostic(s, f);
        add_actions(s, out, uri, doc, diagnostic, seen);
        json_decref(diagnostic);
      }
    }
  }
  json_decref(seen);
  return out;
}

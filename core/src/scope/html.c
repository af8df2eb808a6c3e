/* html.c — the prose of an HTML document, through tree-sitter-html.
 *
 * Text nodes are prose; each block-level element (p, li, td, h1…) closes a
 * block, inline ones (a, em, span…) do not. Left out: tags and their
 * attributes, comments, scripts and styles, code-like elements (code, pre,
 * kbd…), and quoted mail (`<blockquote type="cite">`, Gmail's
 * `gmail_quote`). */
#include <ctype.h>
#include <strings.h>
#include <pthread.h>
#include <string.h>

#include "scope/scope.h"

const TSLanguage *tree_sitter_html(void);

static struct {
  TSSymbol document, element, text, start_tag, self_closing, attribute,
      attribute_name, attribute_value, quoted_value;
} sym;
static pthread_once_t sym_once = PTHREAD_ONCE_INIT;

static TSSymbol lookup(const char *name) {
  return ts_language_symbol_for_name(tree_sitter_html(), name,
                                     (uint32_t)strlen(name), true);
}

static void find_symbols(void) {
  sym.document = lookup("document");
  sym.element = lookup("element");
  sym.text = lookup("text");
  sym.start_tag = lookup("start_tag");
  sym.self_closing = lookup("self_closing_tag");
  sym.attribute = lookup("attribute");
  sym.attribute_name = lookup("attribute_name");
  sym.attribute_value = lookup("attribute_value");
  sym.quoted_value = lookup("quoted_attribute_value");
}

enum { TAG_INLINE, TAG_BLOCK, TAG_SKIP };

static int listed(const char *name, const char *const *list) {
  for (; *list; list++)
    if (strcmp(name, *list) == 0) return 1;
  return 0;
}

/* 1 when node n's text equals `want` ignoring ASCII case. */
static int text_is(const char *text, TSNode n, const char *want) {
  uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
  return b - a == strlen(want) && strncasecmp(text + a, want, b - a) == 0;
}

/* An attribute's value without quotes. */
static TSNode value_of(TSNode attr) {
  TSNode v = ts_node_named_child(attr, 1);
  if (!ts_node_is_null(v) && ts_node_symbol(v) == sym.quoted_value &&
      ts_node_named_child_count(v) > 0)
    v = ts_node_named_child(v, 0);
  return v;
}

/* Quoted mail: <blockquote type="cite"> or class="gmail_quote". */
static int quoted(const char *text, TSNode tag) {
  uint32_t count = ts_node_named_child_count(tag);
  for (uint32_t k = 1; k < count; k++) {
    TSNode a = ts_node_named_child(tag, k);
    if (ts_node_symbol(a) != sym.attribute) continue;
    TSNode name = ts_node_named_child(a, 0), v = value_of(a);
    if (ts_node_is_null(v)) continue;
    if (text_is(text, name, "type") && text_is(text, v, "cite")) return 1;
    if (text_is(text, name, "class")) {
      uint32_t s = ts_node_start_byte(v), e = ts_node_end_byte(v);
      for (uint32_t i = s; i + 11 <= e; i++)
        if (memcmp(text + i, "gmail_quote", 11) == 0) return 1;
    }
  }
  return 0;
}

static int tag_kind(const char *text, TSNode element) {
  static const char *const block[] = {
      "address", "article", "aside", "blockquote", "body", "caption",
      "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
      "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
      "h6", "head", "header", "hgroup", "hr", "html", "legend", "li", "main",
      "nav", "ol", "p", "section", "summary", "table", "tbody", "td",
      "tfoot", "th", "thead", "title", "tr", "ul", NULL};
  static const char *const skip[] = {
      "code", "pre", "kbd", "samp", "var", "tt", "textarea", "template",
      "svg", "math", "noscript", "select", "iframe", "object", "canvas",
      "audio", "video", NULL};
  TSNode tag = ts_node_child(element, 0);
  if (ts_node_is_null(tag)) return TAG_INLINE;
  TSSymbol s = ts_node_symbol(tag);
  if (s != sym.start_tag && s != sym.self_closing) return TAG_INLINE;
  TSNode name = ts_node_named_child(tag, 0);
  if (ts_node_is_null(name)) return TAG_INLINE;
  char lower[16];
  uint32_t a = ts_node_start_byte(name), b = ts_node_end_byte(name);
  if (b - a >= sizeof lower) return TAG_INLINE;
  for (uint32_t i = a; i < b; i++)
    lower[i - a] = (char)tolower((unsigned char)text[i]);
  lower[b - a] = '\0';
  if (listed(lower, skip)) return TAG_SKIP;
  if (!listed(lower, block)) return TAG_INLINE;
  int container = !strcmp(lower, "blockquote") || !strcmp(lower, "div");
  return container && quoted(text, tag) ? TAG_SKIP : TAG_BLOCK;
}

static int close_block(scope *sc, int *open) {
  if (*open) scope_close(sc);
  *open = 0;
  return 0;
}

int scope_html(scope *sc, TSTree *tree, const char *text) {
  pthread_once(&sym_once, find_symbols);
  TSTreeCursor cur = ts_tree_cursor_new(ts_tree_root_node(tree));
  int rc = 0, open = 0;
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&cur);
    TSSymbol s = ts_node_symbol(n);
    int descend = s == sym.document || s == (TSSymbol)-1; /* ERROR */
    if (s == sym.text) {
      if (!open && (rc = scope_open(sc, 0))) break;
      open = 1;
      if ((rc = scope_add(sc, ts_node_start_byte(n), ts_node_end_byte(n))))
        break;
    } else if (s == sym.element) {
      int kind = tag_kind(text, n);
      if (kind == TAG_BLOCK) close_block(sc, &open);
      descend = kind != TAG_SKIP;
    }
    if (descend && ts_tree_cursor_goto_first_child(&cur)) continue;
    if (s == sym.element && tag_kind(text, n) == TAG_BLOCK)
      close_block(sc, &open);
    while (!ts_tree_cursor_goto_next_sibling(&cur)) {
      if (!ts_tree_cursor_goto_parent(&cur)) goto done;
      TSNode p = ts_tree_cursor_current_node(&cur);
      if (ts_node_symbol(p) == sym.element && tag_kind(text, p) == TAG_BLOCK)
        close_block(sc, &open);
    }
  }
done:
  if (open && !rc) scope_close(sc);
  ts_tree_cursor_delete(&cur);
  return rc;
}

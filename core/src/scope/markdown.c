/* markdown.c — the prose of a Markdown document, through tree-sitter's
 * Markdown block and inline grammars.
 *
 * Checked: paragraphs, headings, list items, table cells, emphasis and link
 * text. Left out: code blocks and spans, HTML, link targets and labels,
 * autolinks, front matter, block-quote and list markers, escapes and
 * entities. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "scope/scope.h"

const TSLanguage *tree_sitter_markdown(void);
const TSLanguage *tree_sitter_markdown_inline(void);

/* Grammar symbols, looked up once. */
static struct {
  TSSymbol inline_, cell, continuation;
  TSSymbol document, section, paragraph, fence, fence_delimiter, html;
  TSSymbol metadata[2];
  TSSymbol skip[8];         /* block nodes whose text is never prose */
  TSSymbol hole[13];        /* inline nodes left out whole */
  TSSymbol link[5];         /* inline nodes of which only the text counts */
  TSSymbol link_text[2];
} sym;
static pthread_once_t sym_once = PTHREAD_ONCE_INIT;

static TSSymbol lookup(const TSLanguage *lang, const char *name) {
  return ts_language_symbol_for_name(lang, name, (uint32_t)strlen(name), true);
}

static void find_symbols(void) {
  const TSLanguage *b = tree_sitter_markdown();
  const TSLanguage *i = tree_sitter_markdown_inline();
  static const char *const skip[] = {
      "fenced_code_block", "indented_code_block", "html_block",
      "link_reference_definition", "minus_metadata", "plus_metadata",
      "thematic_break", "pipe_table_delimiter_row"};
  static const char *const hole[] = {
      "code_span", "html_tag", "uri_autolink", "email_autolink", "latex_block",
      "backslash_escape", "entity_reference", "numeric_character_reference",
      "emphasis_delimiter", "hard_line_break", "link_destination",
      "link_title", "link_label"};
  static const char *const link[] = {"inline_link", "full_reference_link",
                                     "collapsed_reference_link",
                                     "shortcut_link", "image"};
  sym.inline_ = lookup(b, "inline");
  sym.cell = lookup(b, "pipe_table_cell");
  sym.continuation = lookup(b, "block_continuation");
  sym.document = lookup(b, "document");
  sym.section = lookup(b, "section");
  sym.paragraph = lookup(b, "paragraph");
  sym.fence = lookup(b, "fenced_code_block");
  sym.fence_delimiter = lookup(b, "fenced_code_block_delimiter");
  sym.html = lookup(b, "html_block");
  sym.metadata[0] = lookup(b, "minus_metadata");
  sym.metadata[1] = lookup(b, "plus_metadata");
  for (size_t k = 0; k < sizeof skip / sizeof *skip; k++)
    sym.skip[k] = lookup(b, skip[k]);
  for (size_t k = 0; k < sizeof hole / sizeof *hole; k++)
    sym.hole[k] = lookup(i, hole[k]);
  for (size_t k = 0; k < sizeof link / sizeof *link; k++)
    sym.link[k] = lookup(i, link[k]);
  sym.link_text[0] = lookup(i, "link_text");
  sym.link_text[1] = lookup(i, "image_description");
}

static int in(TSSymbol s, const TSSymbol *set, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (set[k] == s) return 1;
  return 0;
}
#define IN(s, set) in((s), (set), sizeof(set) / sizeof *(set))

static scope_range range_of(TSNode n) {
  return (scope_range){ts_node_start_byte(n), ts_node_end_byte(n),
                       ts_node_start_point(n), ts_node_end_point(n)};
}

/* A block of the text of `inline` node n, less its block continuations
 * (the `> ` and indentation of its later lines). Continuations start
 * lines, so a one-line inline has none and its children (a token per
 * word) need not be visited. */
static int add_inline(scope *sc, TSNode n, const char *text) {
  if (scope_open(sc, ts_node_symbol(n))) return -1;
  scope_range r = range_of(n);
  if (memchr(text + r.start, '\n', r.end - r.start)) {
    TSTreeCursor cur = ts_tree_cursor_new(n);
    for (int more = ts_tree_cursor_goto_first_child(&cur); more;
         more = ts_tree_cursor_goto_next_sibling(&cur)) {
      TSNode c = ts_tree_cursor_current_node(&cur);
      if (ts_node_symbol(c) != sym.continuation) continue;
      scope_range before = r;
      before.end = ts_node_start_byte(c);
      before.to = ts_node_start_point(c);
      if (scope_add_raw(sc, &before)) {
        ts_tree_cursor_delete(&cur);
        return -1;
      }
      r.start = ts_node_end_byte(c);
      r.from = ts_node_end_point(c);
    }
    ts_tree_cursor_delete(&cur);
  }
  if (scope_add_raw(sc, &r)) return -1;
  scope_close(sc);
  return 0;
}

int scope_markdown_blocks(scope *sc, TSTree *tree, const char *text,
                          size_t lo, size_t hi) {
  pthread_once(&sym_once, find_symbols);
  TSTreeCursor cur = ts_tree_cursor_new(ts_tree_root_node(tree));
  int rc = 0;
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&cur);
    TSSymbol s = ts_node_symbol(n);
    if (ts_node_start_byte(n) > hi) break; /* so is everything after it */
    if (ts_node_end_byte(n) < lo) {
      /* before the region: not looked into */
    } else if (s == sym.inline_) {
      if ((rc = add_inline(sc, n, text))) break;
    } else if (s == sym.cell) {
      scope_range r = range_of(n);
      if ((rc = scope_open(sc, s)) || (rc = scope_add_raw(sc, &r))) break;
      scope_close(sc);
    } else if (!IN(s, sym.skip) && ts_tree_cursor_goto_first_child(&cur)) {
      continue;
    }
    while (!ts_tree_cursor_goto_next_sibling(&cur))
      if (!ts_tree_cursor_goto_parent(&cur)) goto done;
  }
done:
  ts_tree_cursor_delete(&cur);
  return rc;
}

int scope_markdown_cut_line(const char *text, size_t len, size_t p) {
  if (p == 0 || p >= len || text[p - 1] != '\n') return 0;
  char c = text[p];
  if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return 0;
  size_t i = p - 1; /* the line before: blanks only */
  while (i > 0 && text[i - 1] != '\n') {
    char b = text[--i];
    if (b != ' ' && b != '\t' && b != '\r') return 0;
  }
  return 1;
}

int scope_markdown_cuts(TSTree *tree, const char *text, size_t len,
                        size_t base, size_t **cuts, size_t *n, size_t *cap) {
  pthread_once(&sym_once, find_symbols);
  TSTreeCursor cur = ts_tree_cursor_new(ts_tree_root_node(tree));
  int rc = 0;
  if (!ts_tree_cursor_goto_first_child(&cur)) goto done;
  for (;;) {
    TSNode node = ts_tree_cursor_current_node(&cur);
    TSSymbol s = ts_node_symbol(node);
    if (s == sym.section && !ts_node_has_error(node) &&
        ts_tree_cursor_goto_first_child(&cur))
      continue;
    /* Recovering from an error can change how what follows it parses. */
    if (ts_node_has_error(node)) break;
    size_t p = ts_node_start_byte(node);
    if (s == sym.paragraph && scope_markdown_cut_line(text, len, p)) {
      if (*n == *cap) {
        size_t c = *cap ? 2 * *cap : 64;
        size_t *v = realloc(*cuts, c * sizeof *v);
        if (!v) {
          rc = -1;
          break;
        }
        *cuts = v;
        *cap = c;
      }
      (*cuts)[(*n)++] = base + p;
    }
    while (!ts_tree_cursor_goto_next_sibling(&cur))
      if (!ts_tree_cursor_goto_parent(&cur) ||
          ts_node_symbol(ts_tree_cursor_current_node(&cur)) == sym.document)
        goto done;
  }
done:
  ts_tree_cursor_delete(&cur);
  return rc;
}

int scope_markdown_opens_front_matter(const char *text, size_t len) {
  return len >= 3 && (memcmp(text, "---", 3) == 0 || memcmp(text, "+++", 3) == 0);
}

int scope_markdown_front_matter(TSTree *tree) {
  pthread_once(&sym_once, find_symbols);
  TSNode n = ts_tree_root_node(tree);
  return ts_node_named_child_count(n) &&
         IN(ts_node_symbol(ts_node_named_child(n, 0)), sym.metadata);
}

int scope_markdown_ends_clean(TSTree *tree, const char *text, size_t len) {
  pthread_once(&sym_once, find_symbols);
  TSNode n = ts_tree_root_node(tree);
  /* Front matter opened at the start and not closed in this part. */
  if (scope_markdown_opens_front_matter(text, len) &&
      !scope_markdown_front_matter(tree))
    return 0;
  if (ts_node_has_error(n)) return 0;
  while (ts_node_named_child_count(n) &&
         (ts_node_symbol(n) == sym.document || ts_node_symbol(n) == sym.section))
    n = ts_node_named_child(n, ts_node_named_child_count(n) - 1);
  TSSymbol s = ts_node_symbol(n);
  if (s == sym.html) return 0; /* may be open: some end only at a marker */
  if (s != sym.fence) return 1;
  uint32_t delimiters = 0;
  for (uint32_t k = 0; k < ts_node_named_child_count(n); k++)
    delimiters += ts_node_symbol(ts_node_named_child(n, k)) == sym.fence_delimiter;
  return delimiters >= 2;
}

typedef struct holes {
  scope_range *v;
  size_t n, cap;
} holes;

static int hole(holes *h, size_t start, size_t end) {
  if (end <= start) return 0;
  if (h->n == h->cap) {
    size_t cap = h->cap ? 2 * h->cap : 16;
    scope_range *v = realloc(h->v, cap * sizeof *v);
    if (!v) return -1;
    h->v = v;
    h->cap = cap;
  }
  h->v[h->n++] = (scope_range){.start = start, .end = end};
  return 0;
}

static int by_start(const void *a, const void *b) {
  const scope_range *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

/* The parts of the inline tree that are not prose, in text order and not
 * overlapping. */
static int find_holes(TSTree *tree, holes *h) {
  TSTreeCursor cur = ts_tree_cursor_new(ts_tree_root_node(tree));
  int rc = 0;
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&cur);
    TSSymbol s = ts_node_symbol(n);
    int descend = 1;
    if (IN(s, sym.hole)) {
      rc = hole(h, ts_node_start_byte(n), ts_node_end_byte(n));
      descend = 0;
    } else if (IN(s, sym.link)) {
      /* Only the text of a link or image counts: the rest is markup. */
      size_t at = ts_node_start_byte(n);
      uint32_t count = ts_node_child_count(n);
      for (uint32_t k = 0; k < count && !rc; k++) {
        TSNode c = ts_node_child(n, k);
        if (!IN(ts_node_symbol(c), sym.link_text)) continue;
        rc = hole(h, at, ts_node_start_byte(c));
        at = ts_node_end_byte(c);
      }
      if (!rc) rc = hole(h, at, ts_node_end_byte(n));
    }
    if (rc) break;
    if (descend && ts_tree_cursor_goto_first_child(&cur)) continue;
    while (!ts_tree_cursor_goto_next_sibling(&cur))
      if (!ts_tree_cursor_goto_parent(&cur)) goto done;
  }
done:
  ts_tree_cursor_delete(&cur);
  if (h->n > 1) qsort(h->v, h->n, sizeof *h->v, by_start);
  return rc;
}

/* 1 when the raw ranges hold what can begin inline markup that is not
 * prose (a hole above): code, tags and autolinks, escapes, entities,
 * emphasis, links and images, math, or a hard line break (two spaces at a
 * line's end). Most paragraphs of a reply hold none, and then the inline
 * grammar would find nothing: parsing it is most of a block's cost. */
static int may_hold_markup(const char *text, const scope_range *raw,
                           size_t n) {
  for (size_t i = 0; i < n; i++)
    for (size_t k = raw[i].start; k < raw[i].end; k++) {
      switch (text[k]) {
      case '`': case '<': case '$': case '\\': case '&':
      case '*': case '_': case '~': case '[': case ']':
        return 1;
      case ' ':
        if (k + 1 < raw[i].end && text[k + 1] == ' ') {
          size_t e = k + 2;
          while (e < raw[i].end && (text[e] == ' ' || text[e] == '\r')) e++;
          if (e == raw[i].end || text[e] == '\n') return 1;
        }
        break;
      default:
        break;
      }
    }
  return 0;
}

int scope_markdown_inline(scope *out, scope_parsers *p, const char *text,
                          size_t len, uint32_t kind, const scope_range *raw,
                          size_t n) {
  pthread_once(&sym_once, find_symbols);
  if (!n) return 0;
  if (!may_hold_markup(text, raw, n)) {
    int rc = scope_open(out, kind);
    for (size_t i = 0; !rc && i < n; i++)
      if (raw[i].start < raw[i].end)
        rc = scope_add(out, raw[i].start, raw[i].end);
    if (!rc) scope_close(out);
    return rc;
  }
  if (!p->inline_) {
    if (!(p->inline_ = ts_parser_new())) return -1;
    ts_parser_set_language(p->inline_, tree_sitter_markdown_inline());
  }
  TSRange *r = malloc(n * sizeof *r);
  if (!r) return -1;
  for (size_t k = 0; k < n; k++)
    r[k] = (TSRange){raw[k].from, raw[k].to, (uint32_t)raw[k].start,
                     (uint32_t)raw[k].end};
  int ok = ts_parser_set_included_ranges(p->inline_, r, (uint32_t)n);
  free(r);
  if (!ok) return -1;
  TSTree *tree = ts_parser_parse_string(p->inline_, NULL, text, (uint32_t)len);
  if (!tree) return -1;
  holes h = {0};
  int rc = find_holes(tree, &h);
  ts_tree_delete(tree);
  if (!rc) rc = scope_open(out, kind);
  /* Each raw range less the holes, which come in order and do not nest. */
  size_t k = 0;
  for (size_t i = 0; !rc && i < n; i++) {
    size_t at = raw[i].start;
    while (k < h.n && h.v[k].end <= at) k++;
    for (size_t j = k; !rc && j < h.n && h.v[j].start < raw[i].end; j++) {
      if (h.v[j].start > at) rc = scope_add(out, at, h.v[j].start);
      if (h.v[j].end > at) at = h.v[j].end;
    }
    if (!rc && at < raw[i].end) rc = scope_add(out, at, raw[i].end);
  }
  if (!rc) scope_close(out);
  free(h.v);
  return rc;
}

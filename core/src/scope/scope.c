/* scope.c — building scopes, plain text, and choosing the pass per format. */
#include "scope/scope.h"

#include <stdlib.h>
#include <string.h>

#include "base/base.h"

const TSLanguage *tree_sitter_markdown(void);
const TSLanguage *tree_sitter_html(void);

void scope_init(scope *sc) { memset(sc, 0, sizeof *sc); }

void scope_free(scope *sc) {
  free(sc->ranges);
  free(sc->blocks);
  scope_init(sc);
}

void scope_clear(scope *sc) { sc->nranges = sc->nblocks = 0; }

int scope_open(scope *sc, uint32_t kind) {
  if (BASE_GROW(sc->blocks, sc->cap_blocks, sc->nblocks + 1)) return -1;
  sc->blocks[sc->nblocks] =
      (scope_block){.first = sc->nranges, .n = 0, .kind = kind};
  return 0;
}

int scope_add_raw(scope *sc, const scope_range *r) {
  if (r->end <= r->start) return 0;
  scope_block *b = &sc->blocks[sc->nblocks];
  if (b->n && sc->ranges[sc->nranges - 1].end == r->start) {
    sc->ranges[sc->nranges - 1].end = r->end;
    sc->ranges[sc->nranges - 1].to = r->to;
    return 0;
  }
  if (BASE_GROW(sc->ranges, sc->cap_ranges, sc->nranges + 1)) return -1;
  sc->ranges[sc->nranges++] = *r;
  b->n++;
  return 0;
}

int scope_add(scope *sc, size_t start, size_t end) {
  return scope_add_raw(sc, &(scope_range){.start = start, .end = end});
}

void scope_close(scope *sc) {
  scope_block *b = &sc->blocks[sc->nblocks];
  if (!b->n) return;
  b->start = sc->ranges[b->first].start;
  b->end = sc->ranges[b->first + b->n - 1].end;
  sc->nblocks++;
}

void scope_parsers_free(scope_parsers *p) {
  ts_parser_delete(p->block);
  ts_parser_delete(p->inline_);
  ts_parser_delete(p->html);
  memset(p, 0, sizeof *p);
}

/* 1 when text[i, j) holds only blanks (a blank line's inside). */
static int blank(const char *text, size_t i, size_t j) {
  for (; i < j; i++)
    if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r' &&
        text[i] != '\f' && text[i] != '\v')
      return 0;
  return 1;
}

/* The block of all of text that is not blank: from the start of its first
 * line that is not blank to the end of its last; 0 when there is none. */
static int text_whole(scope *sc, const char *text, size_t len) {
  size_t a = 0, b = len;
  while (a < len && (text[a] == '\n' || blank(text, a, a + 1))) a++;
  if (a == len) return 0;
  while (a > 0 && text[a - 1] != '\n') a--;
  while (text[b - 1] == '\n' || blank(text, b - 1, b)) b--;
  const char *nl = memchr(text + b, '\n', len - b);
  if (scope_open(sc, 0) || scope_add(sc, a, nl ? (size_t)(nl - text) : len))
    return -1;
  scope_close(sc);
  return 0;
}

int scope_text(scope *sc, const char *text, size_t len, int whole) {
  if (whole) return text_whole(sc, text, len);
  size_t i = 0, start = 0, end = 0;
  int open = 0;
  while (i < len) {
    const char *nl = memchr(text + i, '\n', len - i);
    size_t j = nl ? (size_t)(nl - text) : len;
    if (blank(text, i, j)) {
      if (open && (scope_open(sc, 0) || scope_add(sc, start, end))) return -1;
      if (open) scope_close(sc);
      open = 0;
    } else {
      if (!open) start = i;
      open = 1;
      end = j;
    }
    i = j + 1;
  }
  if (open && (scope_open(sc, 0) || scope_add(sc, start, end))) return -1;
  if (open) scope_close(sc);
  return 0;
}

int scope_markdown_too_deep(const char *text, size_t len) {
  size_t i = 0;
  while (i < len) {
    /* One line's containers: block quotes, list markers, indentation. */
    size_t depth = 0, cols = 0;
    for (;;) {
      if (i < len && (text[i] == ' ' || text[i] == '\t')) {
        cols += text[i] == '\t' ? 4 : 1;
        i++;
      } else if (i < len && text[i] == '>') {
        depth++;
        i++;
      } else if (i + 1 < len && strchr("-*+", text[i]) &&
                 (text[i + 1] == ' ' || text[i + 1] == '\t')) {
        depth++;
        i += 2;
      } else {
        size_t j = i;
        while (j < len && j - i < 9 && text[j] >= '0' && text[j] <= '9') j++;
        if (j == i || j + 1 >= len || (text[j] != '.' && text[j] != ')') ||
            (text[j + 1] != ' ' && text[j + 1] != '\t'))
          break;
        depth++;
        i = j + 2;
      }
      if (depth + cols / 2 > SCOPE_MAX_DEPTH) return 1;
    }
    const char *nl = memchr(text + i, '\n', len - i);
    i = nl ? (size_t)(nl - text) + 1 : len;
  }
  return 0;
}

TSTree *scope_parse(scope_parsers *p, tact_format format, TSTree *old,
                    const char *text, size_t len, int *failed) {
  TSParser **parser;
  const TSLanguage *lang;
  if (format == TACT_FORMAT_MARKDOWN) {
    parser = &p->block;
    lang = tree_sitter_markdown();
  } else if (format == TACT_FORMAT_HTML) {
    parser = &p->html;
    lang = tree_sitter_html();
  } else {
    return NULL;
  }
  *failed = SCOPE_TOO_LARGE;
  if (len > UINT32_MAX) return NULL;
  *failed = SCOPE_NOMEM;
  if (!*parser) {
    if (!(*parser = ts_parser_new())) return NULL;
    if (!ts_parser_set_language(*parser, lang)) return NULL;
    ts_parser_set_timeout_micros(*parser, SCOPE_PARSE_LIMIT_S * 1000000ull);
  }
  TSTree *tree = ts_parser_parse_string(*parser, old, text, (uint32_t)len);
  *failed = 0;
  if (!tree) {
    ts_parser_reset(*parser); /* or the next parse would resume this one */
    *failed = SCOPE_TOO_SLOW;
  }
  return tree;
}

int scope_find(scope *sc, scope_parsers *p, tact_format format,
               const char *text, size_t len) {
  if (format == TACT_FORMAT_EMAIL) return scope_email(sc, text, len);
  if ((format != TACT_FORMAT_MARKDOWN && format != TACT_FORMAT_HTML) ||
      (format == TACT_FORMAT_MARKDOWN && scope_markdown_too_deep(text, len)))
    return scope_text(sc, text, len, 0);
  int failed;
  TSTree *tree = scope_parse(p, format, NULL, text, len, &failed);
  if (!tree) return -1;
  int rc;
  if (format == TACT_FORMAT_HTML) {
    rc = scope_html(sc, tree, text);
  } else {
    scope raw;
    scope_init(&raw);
    rc = scope_markdown_blocks(&raw, tree, text, 0, SIZE_MAX);
    for (size_t i = 0; !rc && i < raw.nblocks; i++) {
      const scope_block *b = &raw.blocks[i];
      rc = scope_markdown_inline(sc, p, text, len, b->kind,
                                 raw.ranges + b->first, b->n);
    }
    scope_free(&raw);
  }
  ts_tree_delete(tree);
  return rc;
}

/*
 * scope.h — which bytes of a document are the writer's own prose.
 * Internal to libtact.
 *
 * A scope is a list of blocks (a paragraph, a heading, a list item's text,
 * a table cell…), each a sorted list of byte ranges of prose. Everything
 * outside the ranges — code, link targets, markup, quoted mail — is not
 * checked. Each block is segmented on its own, so a block always ends a
 * paragraph.
 *
 * Markdown works in two passes: the block grammar gives each block's
 * `inline` ranges ("raw" blocks), then the inline grammar cuts code spans,
 * link targets and markup out of them. An incremental document runs the
 * second pass only for blocks that changed.
 */
#ifndef TACT_SCOPE_H
#define TACT_SCOPE_H

#include <stddef.h>
#include <stdint.h>
#include <tree_sitter/api.h>

#include "tact.h"

typedef struct scope_range {
  size_t start, end;  /* bytes, half-open */
  TSPoint from, to;   /* raw Markdown ranges only: tree-sitter points */
} scope_range;

typedef struct scope_block {
  size_t start, end;  /* from the first range's start to the last's end */
  size_t first, n;    /* its ranges: ranges[first, first + n) */
  uint32_t kind;      /* what the block is (grammar symbol), 0 for text */
} scope_block;

typedef struct scope {
  scope_range *ranges;
  size_t nranges, cap_ranges;
  scope_block *blocks;
  size_t nblocks, cap_blocks;
} scope;

void scope_init(scope *sc);
void scope_free(scope *sc);
void scope_clear(scope *sc);

/* Building: open a block, add its ranges in order (empty ones are dropped,
 * touching ones merged), close it (a block without ranges is dropped).
 * Each returns 0 or -1 (memory). */
int scope_open(scope *sc, uint32_t kind);
int scope_add(scope *sc, size_t start, size_t end);
int scope_add_raw(scope *sc, const scope_range *r);
void scope_close(scope *sc);

/* The parsers a document needs, made on first use. */
typedef struct scope_parsers {
  TSParser *block, *inline_, *html;
} scope_parsers;
void scope_parsers_free(scope_parsers *p);

/* Each returns 0, or -1 when out of memory (or a parser cannot be made). */

/* Plain text: blocks end at blank lines; everything is prose. With
 * `whole`, one block from the first line that is not blank to the last. */
int scope_text(scope *sc, const char *text, size_t len, int whole);

/* E-mail: plain text without the header, quoted lines (`>`), attribution
 * lines ("On … wrote:"), the signature (after `-- `) and forwarded or
 * original messages below a separator. */
int scope_email(scope *sc, const char *text, size_t len);

/* Markdown, first pass: one raw block per paragraph, heading and table
 * cell of `tree` (made by the block grammar from `text`) that touches the
 * region [lo, hi] (0 and SIZE_MAX for all), whose ranges are what the
 * inline grammar reads. */
int scope_markdown_blocks(scope *sc, TSTree *tree, const char *text,
                          size_t lo, size_t hi);

/* An incremental document parses Markdown in parts, cut where a part
 * parses alone as it does in the whole text, so an edit costs a parse of
 * its part only. A cut is a top-level paragraph that starts with an ASCII
 * letter in column 0 after a blank line: no container, list, paragraph or
 * indented code goes on past it, nor (being a paragraph) a fenced code or
 * HTML block. */

/* Whether text[p] could start a part, by its lines: a letter in column 0
 * after a blank line. */
int scope_markdown_cut_line(const char *text, size_t len, size_t p);

/* Appends to *cuts (*n of *cap, grown) the cuts of `tree`, made from
 * text[0, len), plus `base`, in order; none after a syntax error. Returns
 * 0 or -1 (memory). */
int scope_markdown_cuts(TSTree *tree, const char *text, size_t len,
                        size_t base, size_t **cuts, size_t *n, size_t *cap);

/* Whether a part parsed into `tree` from text[0, len) leaves nothing open
 * at its end that would go on in the text after it: a fenced code block
 * without its closing fence, an HTML block (some end only at a marker),
 * front matter without its closing line; nor has an error, whose
 * recovery may read on. Where it does, the part must take in the next. */
int scope_markdown_ends_clean(TSTree *tree, const char *text, size_t len);

/* Whether text starts as front matter does ("---" or "+++"), and whether
 * `tree` has front matter: a text that opens it without closing it would
 * have it closed by a line anywhere after, so it is parsed again from its
 * start at every edit. */
int scope_markdown_opens_front_matter(const char *text, size_t len);
int scope_markdown_front_matter(TSTree *tree);

/* Markdown, second pass: opens a block of `kind` in `out` holding the prose
 * of the raw ranges `raw[0, n)`. */
int scope_markdown_inline(scope *out, scope_parsers *p, const char *text,
                          size_t len, uint32_t kind, const scope_range *raw,
                          size_t n);

/* HTML: text of the elements, one block per block-level element; scripts,
 * styles, code, comments, tags and attributes are left out. */
int scope_html(scope *sc, TSTree *tree, const char *text);

/* Parses `text` with the grammar of `format` (a previous tree `old`, already
 * edited with ts_tree_edit, makes it incremental). Returns the tree, or NULL
 * for formats without a grammar or on failure (*failed set, below). */
/* Markdown nested deeper than this (block quotes, list items and
 * indentation on one line) crashes the grammar's scanner, so such a text
 * is read as plain text instead. */
#define SCOPE_MAX_DEPTH 100
int scope_markdown_too_deep(const char *text, size_t len);

/* Why scope_parse gave no tree: *failed is one of these. Pathological
 * markup can make a grammar's scanner quadratic (tree-sitter-html on tags
 * nested tens of thousands deep), so parsing gives up after a time. */
enum { SCOPE_NOMEM = 1, SCOPE_TOO_LARGE, SCOPE_TOO_SLOW };
#define SCOPE_PARSE_LIMIT_S 10
TSTree *scope_parse(scope_parsers *p, tact_format format, TSTree *old,
                    const char *text, size_t len, int *failed);

/* The whole scope of a text, every pass done. */
int scope_find(scope *sc, scope_parsers *p, tact_format format,
               const char *text, size_t len);

#endif /* TACT_SCOPE_H */

/* doc.c — tact_doc, a document checked again after each edit, and
 * tact_check_format, which is the same check done once.
 *
 * A document keeps its text and its blocks: each block's raw ranges (what
 * decides its prose), its prose ranges, what checking it gave
 * (check/check.h) and its findings placed. Markdown is parsed in parts
 * (scope/scope.h) and after an edit only the part it touched is parsed
 * again; HTML keeps its tree-sitter tree, edited with ts_tree_edit. A
 * block whose bytes, ranges and context did not change keeps its findings,
 * moved; only the others are checked again. What a block's check read is
 * kept with it (its masked bytes and the bytes just before it), so a block
 * is reused only when checking it again could not give anything else — a
 * directive or an invalid byte an edit elsewhere made or mended changes
 * its masked bytes. The document rules then run on the sum of the blocks.
 *
 * A keystroke in a long document must not cost a pass over all of it: the
 * masked copy moves with the text and only what an edit can have changed
 * is masked again and compared (the edited bytes, blocks made or dropped,
 * directives and invalid bytes old and new); the nesting check reads only
 * the edited lines; the sum of the blocks' findings, signals and counts
 * moves with the edits and is made again only where blocks changed. */
#include <stdlib.h>
#include <string.h>

#include "check/check.h"

#define STRINGIFY_(x) #x
#define STRINGIFY(x) STRINGIFY_(x)
#include "scope/scope.h"

typedef struct doc_block {
  size_t start, end;   /* where the block is now */
  int stale;           /* an edit touched it since it was checked */
  uint32_t before;     /* up to 4 bytes before it in the masked text */
  int line_start;      /* only blanks between the line start and it */
  int near;            /* masked bytes near it were masked again */
  uint32_t line;       /* the line it starts (1-based), when line_ok */
  int line_ok;
  size_t back;         /* bytes from its line's start to it when placed */
  scope_range *raw;    /* relative to start: the key */
  size_t nraw;
  scope_range *prose;  /* relative to start; outside Markdown, raw itself */
  size_t nprose;
  char *seen;          /* the masked bytes it was checked with */
  check_block chk;
} doc_block;

struct tact_doc {
  const tact_engine *e;
  tact_format format;
  char *text; /* NUL-terminated */
  size_t len, cap;
  char *work; /* masked copy of text, moved with it by edits */
  scope_parsers parsers;
  TSTree *tree; /* HTML's */
  doc_block **blocks;
  size_t nblocks;
  int masked; /* work is the masked text of the last update, edits aside */
  int deep;   /* the last update read Markdown nested too deep as text */
  size_t *spans; /* the last update's directives and invalid runs (start, */
  size_t nspans, cap_spans; /* end pairs), moved by edits */
  int lines_bad; /* an edit near a \r: count every block's line again */
  int own;       /* the result keeps no pointer into the blocks */
  check_sum sum; /* what the blocks add up to, moved by edits */
  int warnings_stale; /* a block with warnings came or went */
  size_t *nearv; /* indexes of the blocks marked near */
  size_t nnear, cap_near;
  int chunked;   /* Markdown: cuts holds where its parts start */
  size_t *cuts;  /* (scope/scope.h), moved by edits */
  size_t ncuts, cap_cuts;
  int front_matter; /* the first part starts with front matter */
  segmentation joined; /* scratch for check_document */
  tact_result *res; /* NULL when an edit made it stale */
  int dirty;        /* bytes [dirty_lo, dirty_hi] were edited since the */
  size_t dirty_lo, dirty_hi; /* blocks were last brought up to date */
  tact_status status;
  char *message;
  struct word_cache *words; /* the dictionary's answers, kept across edits */
  const char *unusable; /* why the text cannot be checked, or NULL */
};

static void block_free(doc_block *b) {
  if (!b) return;
  free(b->seen);
  if (b->prose != b->raw) free(b->prose);
  free(b->raw);
  check_block_free(&b->chk);
  free(b);
}

static scope_range *relative(const scope_range *r, size_t n, size_t base) {
  scope_range *v = malloc((n ? n : 1) * sizeof *v);
  if (!v) return NULL;
  for (size_t i = 0; i < n; i++) {
    v[i] = r[i];
    v[i].start -= base;
    v[i].end -= base;
  }
  return v;
}

/* Whether the raw ranges of a block that did not move are those it had. */
static int same_raw(const doc_block *b, const scope *sc, const scope_block *r) {
  if (b->nraw != r->n) return 0;
  for (size_t i = 0; i < r->n; i++) {
    const scope_range *x = &b->raw[i], *y = &sc->ranges[r->first + i];
    if (x->start != y->start - r->start || x->end != y->end - r->start ||
        x->from.column != y->from.column || x->to.column != y->to.column)
      return 0;
  }
  return 1;
}

/* Block b (zeroed) for raw block r, its prose found. Returns 0 or -1. */
static int block_fill(tact_doc *d, doc_block *b, const scope *sc,
                      const scope_block *r) {
  b->start = r->start;
  b->end = r->end;
  b->nraw = r->n;
  if (!(b->raw = relative(sc->ranges + r->first, r->n, r->start))) return -1;
  if (d->format != TACT_FORMAT_MARKDOWN) {
    b->nprose = r->n;
    b->prose = b->raw; /* all of it is prose */
    return 0;
  }
  scope prose;
  scope_init(&prose);
  int rc = scope_markdown_inline(&prose, &d->parsers, d->text, d->len,
                                 r->kind, sc->ranges + r->first, r->n);
  if (!rc) {
    b->nprose = prose.nranges;
    b->prose = relative(prose.ranges, prose.nranges, r->start);
    rc = b->prose ? 0 : -1;
  }
  scope_free(&prose);
  return rc;
}

/* A new block for raw block r, or NULL (memory). */
static doc_block *block_new(tact_doc *d, const scope *sc,
                            const scope_block *r) {
  doc_block *b = calloc(1, sizeof *b);
  if (!b || block_fill(d, b, sc, r)) {
    block_free(b);
    return NULL;
  }
  return b;
}

/* Adds a checked block's counts to the sum (sign 1) or takes them away
 * (-1); notes that the warnings must be gathered again. */
static void count(tact_doc *d, const doc_block *b, int sign) {
  if (!b->seen) return; /* never checked */
  tact_summary *s = &d->sum.counts;
  const tact_summary *c = &b->chk.counts;
#define ADD(f) s->f = sign > 0 ? s->f + c->f : s->f - c->f
  ADD(words);
  ADD(sentences);
  ADD(pronoun_i);
  ADD(pronoun_you);
  ADD(pronoun_we);
#undef ADD
  if (b->chk.warnings.n) d->warnings_stale = 1;
}

/* Widens [*lo, *hi) to take in [a, b). */
static void widen(size_t *lo, size_t *hi, size_t a, size_t b) {
  if (a < *lo) *lo = a;
  if (b > *hi) *hi = b;
}

/* The new block list. Old blocks outside the region [lo, hi] that the
 * walk's blocks (`sc`, all touching the region) do not overlap are kept as
 * they are; in the region, an old block is reused when it did not move or
 * change, and the others are made anew. [*clo, *chi) takes in the blocks
 * made and dropped: there the masked text changes. */
static int match_blocks(tact_doc *d, const scope *sc, size_t lo, size_t hi,
                        size_t *clo, size_t *chi) {
  doc_block **nb = malloc((d->nblocks + sc->nblocks + 1) * sizeof *nb);
  if (!nb) return -1;
  size_t first = sc->nblocks ? sc->blocks[0].start : SIZE_MAX;
  size_t last = sc->nblocks ? sc->blocks[sc->nblocks - 1].end : 0;
  size_t o = 0, n = 0;
  int rc = 0;
/* (A block an edit emptied still had findings where it is.) */
#define DROP(b)                                                         \
  (widen(clo, chi, (b)->start, (b)->end + ((b)->end == (b)->start)),   \
   count(d, (b), -1), block_free(b))
  for (; o < d->nblocks && d->blocks[o]->end < lo; o++) {
    doc_block *b = d->blocks[o];
    if (!b->stale && b->end <= first) nb[n++] = b;
    else DROP(b);
  }
  for (size_t k = 0; k < sc->nblocks && !rc; k++) {
    const scope_block *r = &sc->blocks[k];
    while (o < d->nblocks && d->blocks[o]->start < r->start) {
      DROP(d->blocks[o]);
      o++;
    }
    doc_block *old = o < d->nblocks ? d->blocks[o] : NULL;
    if (old && !old->stale && old->start == r->start && old->end == r->end &&
        same_raw(old, sc, r)) {
      nb[n++] = old;
      o++;
    } else if ((nb[n] = block_new(d, sc, r))) {
      widen(clo, chi, r->start, r->end);
      n++;
    } else {
      rc = -1;
    }
  }
  for (; o < d->nblocks; o++) {
    doc_block *b = d->blocks[o];
    if (!rc && !b->stale && b->start > hi && b->start >= last) nb[n++] = b;
    else DROP(b);
  }
#undef DROP
  free(d->blocks);
  d->blocks = nb;
  d->nblocks = n;
  return rc;
}

typedef struct spans {
  size_t *v; /* start, end pairs */
  size_t n, cap;
  int failed;
} spans;

static void on_invalid(void *ctx, size_t off, size_t len) {
  spans *s = ctx;
  if (BASE_GROW(s->v, s->cap, 2 * (s->n + 1))) {
    s->failed = 1;
    return;
  }
  s->v[2 * s->n] = off;
  s->v[2 * s->n + 1] = off + len;
  s->n++;
}

static int add_span(spans *s, size_t start, size_t end) {
  if (BASE_GROW(s->v, s->cap, 2 * (s->n + 1))) return -1;
  s->v[2 * s->n] = start;
  s->v[2 * s->n + 1] = end;
  s->n++;
  return 0;
}

/* The first of the n sorted, disjoint spans v (pairs) ending after `at`. */
static size_t first_span(const size_t *v, size_t n, size_t at) {
  size_t a = 0, b = n;
  while (a < b) {
    size_t m = a + (b - a) / 2;
    if (v[2 * m + 1] <= at) a = m + 1;
    else b = m;
  }
  return a;
}

/* The first block ending after `at` (or at it, when `touching`). */
static size_t first_block(const tact_doc *d, size_t at, int touching) {
  size_t a = 0, b = d->nblocks;
  while (a < b) {
    size_t m = a + (b - a) / 2;
    size_t end = d->blocks[m]->end;
    if (end < at || (end == at && !touching)) a = m + 1;
    else b = m;
  }
  return a;
}

/* Bytes [a, b) of the text the rules read: prose as written; markup, code,
 * quoted mail, NULs, invalid bytes and directive comments as spaces (line
 * breaks kept, so offsets, lines and paragraphs stay). */
static void mask(tact_doc *d, const spans *bad, const directives *dirs,
                 size_t a, size_t b) {
  if (b > d->len) b = d->len;
  if (a >= b) return;
  const char *t = d->text;
  char *w = d->work;
  if (d->format == TACT_FORMAT_TEXT) {
    memcpy(w + a, t + a, b - a); /* between blocks only blank lines */
  } else {
    memset(w + a, ' ', b - a);
    for (const char *c = memchr(t + a, '\n', b - a); c;
         c = memchr(c + 1, '\n', b - (size_t)(c + 1 - t)))
      w[c - t] = '\n';
    for (const char *c = memchr(t + a, '\r', b - a); c;
         c = memchr(c + 1, '\r', b - (size_t)(c + 1 - t)))
      w[c - t] = '\r';
    for (size_t i = first_block(d, a, 0); i < d->nblocks; i++) {
      const doc_block *k = d->blocks[i];
      if (k->start >= b) break;
      for (size_t j = 0; j < k->nprose; j++) {
        size_t x = k->start + k->prose[j].start, y = k->start + k->prose[j].end;
        if (x < a) x = a;
        if (y > b) y = b;
        if (x < y) memcpy(w + x, t + x, y - x);
      }
    }
  }
  for (char *z = memchr(w + a, '\0', b - a); z;
       z = memchr(z + 1, '\0', b - (size_t)(z + 1 - w)))
    *z = ' ';
  for (size_t i = first_span(bad->v, bad->n, a); i < bad->n; i++) {
    size_t x = bad->v[2 * i], y = bad->v[2 * i + 1];
    if (x >= b) break;
    if (x < a) x = a;
    if (y > b) y = b;
    memset(w + x, ' ', y - x);
  }
  for (size_t i = 0; i < dirs->n; i++) {
    size_t x = dirs->d[i].start > a ? dirs->d[i].start : a;
    size_t y = dirs->d[i].end < b ? dirs->d[i].end : b;
    for (; x < y; x++)
      if (w[x] != '\n') w[x] = ' ';
  }
}

/* What segmenting a block reads outside it: the bytes just before it and
 * whether it starts a line. */
static void context(const char *w, size_t start, uint32_t *before,
                    int *line_start) {
  uint32_t v = 0;
  for (size_t k = 1; k <= 4; k++)
    v = v << 8 | (start >= k ? (unsigned char)w[start - k] : 0xFF);
  *before = v;
  size_t i = start;
  while (i > 0 && (w[i - 1] == ' ' || w[i - 1] == '\t')) i--;
  *line_start = i == 0 || w[i - 1] == '\n' || w[i - 1] == '\r';
}

static int parse_failed(tact_doc *d, int failed) {
  if (failed == SCOPE_TOO_LARGE)
    d->unusable = "the text is too large to parse (4 GiB at most)";
  else if (failed == SCOPE_TOO_SLOW)
    d->unusable = "the markup took too long to parse (more than "
                  STRINGIFY(SCOPE_PARSE_LIMIT_S) " s)";
  return -1;
}

/* The first cut at or after `at`. */
static size_t first_cut(const tact_doc *d, size_t at) {
  size_t a = 0, b = d->ncuts;
  while (a < b) {
    size_t m = a + (b - a) / 2;
    if (d->cuts[m] < at) a = m + 1;
    else b = m;
  }
  return a;
}

/* The raw blocks of Markdown in `raw`, and the region [*lo, *hi] they
 * cover. The first time the whole text is parsed and cut into parts
 * (scope/scope.h); after edits, only the part they touched, from the last
 * cut before them to the first after, taking in the parts after it while
 * it leaves something open at its end. Returns 0 or -1. */
static int markdown_blocks(tact_doc *d, scope *raw, size_t *lo, size_t *hi) {
  int failed, rc;
  if (!d->chunked) {
    TSTree *tree = scope_parse(&d->parsers, TACT_FORMAT_MARKDOWN, NULL,
                               d->text, d->len, &failed);
    if (!tree) return parse_failed(d, failed);
    d->ncuts = 0;
    rc = scope_markdown_blocks(raw, tree, d->text, 0, SIZE_MAX);
    d->front_matter = scope_markdown_front_matter(tree);
    if (!rc && !d->own) /* a check made once is not edited */
      rc = scope_markdown_cuts(tree, d->text, d->len, 0, &d->cuts, &d->ncuts,
                               &d->cap_cuts);
    ts_tree_delete(tree);
    d->chunked = !rc && !d->own;
    return rc;
  }
  size_t i = first_cut(d, d->dirty_lo);
  if (!d->front_matter && scope_markdown_opens_front_matter(d->text, d->len))
    i = 0;
  size_t j = d->dirty_hi < d->len ? first_cut(d, d->dirty_hi + 1) : d->ncuts;
  size_t a = i ? d->cuts[i - 1] : 0, x = j < d->ncuts ? d->cuts[j] : d->len;
  TSTree *tree;
  for (;;) {
    if (!(tree = scope_parse(&d->parsers, TACT_FORMAT_MARKDOWN, NULL,
                             d->text + a, x - a, &failed)))
      return parse_failed(d, failed);
    if (x == d->len || (scope_markdown_cut_line(d->text, d->len, x) &&
                        scope_markdown_ends_clean(tree, d->text + a, x - a)))
      break;
    ts_tree_delete(tree);
    j++;
    x = j < d->ncuts ? d->cuts[j] : d->len;
  }
  size_t *cuts = NULL, n = 0, cap = 0;
  if (a == 0) d->front_matter = scope_markdown_front_matter(tree);
  rc = scope_markdown_blocks(raw, tree, d->text + a, 0, SIZE_MAX);
  if (!rc)
    rc = scope_markdown_cuts(tree, d->text + a, x - a, a, &cuts, &n, &cap);
  ts_tree_delete(tree);
  /* The cuts: those up to a, the part's, those from x on. */
  size_t total = d->ncuts - (j - i) + n;
  if (!rc && total > d->cap_cuts) {
    size_t *v = realloc(d->cuts, total * sizeof *v);
    if (v) {
      d->cuts = v;
      d->cap_cuts = total;
    } else {
      rc = -1;
    }
  }
  if (!rc) {
    if (d->ncuts > j)
      memmove(d->cuts + i + n, d->cuts + j, (d->ncuts - j) * sizeof *d->cuts);
    if (n) memcpy(d->cuts + i, cuts, n * sizeof *cuts);
    d->ncuts = total;
  }
  free(cuts);
  for (size_t k = 0; k < raw->nranges; k++) {
    raw->ranges[k].start += a;
    raw->ranges[k].end += a;
  }
  for (size_t k = 0; k < raw->nblocks; k++) {
    raw->blocks[k].start += a;
    raw->blocks[k].end += a;
  }
  *lo = a;
  *hi = x > a ? x - 1 : a;
  return rc;
}

/* Marks the blocks whose check could read masked bytes [a, b): those
 * bytes, the four before a block, and blanks back to its line's start. */
static int mark_near(tact_doc *d, size_t a, size_t b) {
  const char *nl = b < d->len ? memchr(d->text + b, '\n', d->len - b) : NULL;
  size_t limit = (nl ? (size_t)(nl - d->text) : d->len) + 4;
  for (size_t i = first_block(d, a, 1); i < d->nblocks; i++) {
    if (d->blocks[i]->start > limit) break;
    if (d->blocks[i]->near) continue;
    if (BASE_GROW(d->nearv, d->cap_near, d->nnear + 1)) return -1;
    d->nearv[d->nnear++] = i;
    d->blocks[i]->near = 1;
  }
  return 0;
}

/* Masks again what the edits since the last update can have changed —
 * the edited bytes, blocks made or dropped ([clo, chi)), directives and
 * invalid runs of the last update and of this one — or everything. Keeps
 * this update's spans for the next. Returns 0 or -1 (memory). */
static int remask(tact_doc *d, const spans *bad, const directives *dirs,
                  size_t clo, size_t chi) {
  spans now = {0};
  int rc = 0;
  for (size_t i = 0; i < bad->n && !rc; i++)
    rc = add_span(&now, bad->v[2 * i], bad->v[2 * i + 1]);
  for (size_t i = 0; i < dirs->n && !rc; i++)
    rc = add_span(&now, dirs->d[i].start, dirs->d[i].end);
  if (rc) {
    free(now.v);
    return -1;
  }
  if (!d->masked) {
    mask(d, bad, dirs, 0, d->len);
  } else {
    mask(d, bad, dirs, d->dirty_lo, d->dirty_hi);
    rc = mark_near(d, d->dirty_lo, d->dirty_hi); /* a deletion too */
    if (!rc && clo < chi) {
      mask(d, bad, dirs, clo, chi);
      rc = mark_near(d, clo, chi);
    }
    const spans *both[2] = {&(spans){d->spans, d->nspans, 0, 0}, &now};
    for (int k = 0; k < 2; k++)
      for (size_t i = 0; i < both[k]->n && !rc; i++) {
        size_t x = both[k]->v[2 * i], y = both[k]->v[2 * i + 1];
        mask(d, bad, dirs, x, y);
        rc = mark_near(d, x, y);
      }
    if (rc) {
      free(now.v);
      return -1;
    }
  }
  free(d->spans);
  d->spans = now.v;
  d->nspans = now.n;
  d->masked = 1;
  return 0;
}

/* Whether Markdown is nested too deep to parse: only the edited lines
 * are read when the rest was not. */
static int too_deep(const tact_doc *d) {
  if (!d->masked || d->deep) return scope_markdown_too_deep(d->text, d->len);
  size_t a = d->dirty_lo < d->len ? d->dirty_lo : d->len;
  size_t b = d->dirty_hi < d->len ? d->dirty_hi : d->len;
  while (a > 0 && d->text[a - 1] != '\n') a--;
  const char *nl = memchr(d->text + b, '\n', d->len - b);
  b = nl ? (size_t)(nl - d->text) : d->len;
  return scope_markdown_too_deep(d->text + a, b - a);
}

/* The line block i starts on, counted from the block before it. */
static void line_of(tact_doc *d, size_t i, int again) {
  doc_block *b = d->blocks[i];
  if (b->line_ok && !again) return;
  const doc_block *p = i ? d->blocks[i - 1] : NULL;
  b->line = (p ? p->line : 1) +
            (uint32_t)result_count_lines(d->text, d->len, p ? p->start : 0,
                                         b->start);
  b->line_ok = 1;
}

/* Checks a block again when it is new or its masked bytes or what it
 * reads around them changed, and places its findings when they are not;
 * *placed tells it did. Returns 0 or -1 (memory). */
static int refresh(tact_doc *d, doc_block *b, int *placed) {
  uint32_t before = 0;
  int line_start = 0;
  size_t n = b->end - b->start;
  if (b->seen && b->near) context(d->work, b->start, &before, &line_start);
  if (!b->seen ||
      (b->near && (before != b->before || line_start != b->line_start ||
                   memcmp(b->seen, d->work + b->start, n) != 0))) {
    context(d->work, b->start, &before, &line_start);
    count(d, b, -1);
    check_block_free(&b->chk);
    free(b->seen);
    if (!(b->seen = malloc(n))) return -1;
    memcpy(b->seen, d->work + b->start, n);
    b->before = before;
    b->line_start = line_start;
    /* A text checked once in one block (the usual reply) is read where
     * its check left it; a document's blocks stay, and keep copies. */
    if (check_block_run(d->e, &b->chk, d->work, d->len, b->start, b->end,
                        &d->words, d->own && d->nblocks == 1))
      return -1;
    count(d, b, 1);
  }
  b->near = 0;
  if (b->chk.placed) return 0;
  /* What placing read before it: its line from the start. */
  b->back = 0;
  while (b->back < b->start && d->text[b->start - b->back - 1] != '\n' &&
         d->text[b->start - b->back - 1] != '\r')
    b->back++;
  *placed = 1;
  return check_block_place(d->e, &b->chk, d->text, d->len, b->start, b->line);
}

/* Appends block b's placed findings and signals, moved to where it is. */
static int emit(check_sum *t, const doc_block *b) {
  const check_block *c = &b->chk;
  const tact_result *p = c->placed;
  size_t d = b->start - c->placed_at, o = b->start - c->origin;
  uint32_t dl = b->line - c->placed_line;
  if (BASE_GROW(t->found, t->cap_found, t->nfound + p->n) ||
      BASE_GROW(t->signals, t->cap_signals, t->nsignals + c->nsignals))
    return -1;
  for (size_t i = 0; i < p->n; i++) {
    check_found f = {p->findings[i], p->rule_of[i], p->at_of[i] + d};
    f.f.start += d;
    f.f.end += d;
    f.f.line += dl;
    f.f.end_line += dl;
    t->found[t->nfound++] = f;
  }
  for (size_t i = 0; i < c->nsignals; i++) {
    check_signal g = c->signals[i];
    g.start += o;
    g.end += o;
    t->signals[t->nsignals++] = g;
  }
  return 0;
}

/* The blocks' warnings, each once, in their order. */
static int gather_warnings(tact_doc *d) {
  strvec *w = &d->sum.warnings;
  strvec_free(w);
  d->warnings_stale = 0;
  for (size_t i = 0; i < d->nblocks; i++) {
    const strvec *v = &d->blocks[i]->chk.warnings;
    for (size_t k = 0; k < v->n; k++)
      if (!strvec_has(w, v->v[k]) && strvec_push(w, v->v[k])) return -1;
  }
  return 0;
}

/* Every block brought up to date, and the sum made anew. */
static int sum_all(tact_doc *d) {
  int placed;
  for (size_t i = 0; i < d->nblocks; i++) {
    line_of(d, i, d->lines_bad);
    if (refresh(d, d->blocks[i], &placed)) return -1;
  }
  d->lines_bad = 0;
  d->nnear = 0;
  check_sum *s = &d->sum;
  s->nfound = s->nsignals = 0;
  memset(&s->counts, 0, sizeof s->counts);
  for (size_t i = 0; i < d->nblocks; i++) {
    count(d, d->blocks[i], 1);
    if (emit(s, d->blocks[i])) return -1;
  }
  return gather_warnings(d);
}

/* Replaces elements [r0, r1) of the array *v (*n of *cap, `size` bytes
 * each) with m elements from src. */
static int replace(void **v, size_t *n, size_t *cap, size_t size, size_t r0,
                   size_t r1, const void *src, size_t m) {
  if (base_grow(v, cap, *n - (r1 - r0) + m, size)) return -1;
  char *a = *v;
  if (*n > r1) memmove(a + (r0 + m) * size, a + r1 * size, (*n - r1) * size);
  if (m) memcpy(a + r0 * size, src, m * size);
  *n = *n - (r1 - r0) + m;
  return 0;
}

/* The first entry of the sum's findings (signals) at or after `at`. */
static size_t first_found(const check_sum *s, size_t at) {
  return base_bisect(s->found, s->nfound, sizeof *s->found,
                     offsetof(check_found, at), at);
}

static size_t first_signal(const check_sum *s, size_t at) {
  return base_bisect(s->signals, s->nsignals, sizeof *s->signals,
                     offsetof(check_signal, start), at);
}

/* The sum's entries of the blocks in [lo, hi) made again from them. */
static int resum(tact_doc *d, size_t lo, size_t hi) {
  check_sum t = {0}, *s = &d->sum;
  int rc = 0;
  for (size_t i = first_block(d, lo, 0); i < d->nblocks && !rc; i++) {
    if (d->blocks[i]->start >= hi) break;
    rc = emit(&t, d->blocks[i]);
  }
  if (!rc)
    rc = replace((void **)&s->found, &s->nfound, &s->cap_found,
                 sizeof *s->found, first_found(s, lo), first_found(s, hi),
                 t.found, t.nfound) ||
         replace((void **)&s->signals, &s->nsignals, &s->cap_signals,
                 sizeof *s->signals, first_signal(s, lo), first_signal(s, hi),
                 t.signals, t.nsignals);
  free(t.found);
  free(t.signals);
  return rc;
}

static int by_span_start(const void *a, const void *b) {
  const size_t *x = a, *y = b;
  return x[0] < y[0] ? -1 : x[0] > y[0];
}

/* Only the blocks made in [clo, chi) and those marked near are brought up
 * to date, and the sum changed where their findings were placed again. */
static int sum_changed(tact_doc *d, size_t clo, size_t chi) {
  spans win = {0};
  int rc = clo < chi ? add_span(&win, clo, chi) : 0;
  for (size_t i = clo < chi ? first_block(d, clo, 0) : d->nblocks;
       !rc && i < d->nblocks && d->blocks[i]->start < chi; i++) {
    int placed = 0;
    line_of(d, i, 0);
    rc = refresh(d, d->blocks[i], &placed);
  }
  for (size_t k = 0; !rc && k < d->nnear; k++) {
    doc_block *b = d->blocks[d->nearv[k]];
    int placed = 0;
    line_of(d, d->nearv[k], 0);
    rc = refresh(d, b, &placed);
    if (!rc && placed) rc = add_span(&win, b->start, b->end);
  }
  d->nnear = 0;
  /* The entries of blocks an edit touched were moved into the edited
   * bytes or where the blocks went ([clo, chi)). Windows take in whole
   * blocks: all are placed by now. */
  if (!rc) rc = add_span(&win, d->dirty_lo, d->dirty_hi + 1);
  for (size_t k = 0; !rc && k < win.n; k++) {
    size_t *w = &win.v[2 * k], i = first_block(d, w[0], 0);
    if (i < d->nblocks && d->blocks[i]->start < w[0]) w[0] = d->blocks[i]->start;
    i = w[1] ? first_block(d, w[1] - 1, 0) : d->nblocks;
    if (i < d->nblocks && d->blocks[i]->start < w[1] && d->blocks[i]->end > w[1])
      w[1] = d->blocks[i]->end;
  }
  if (!rc && win.n > 1) qsort(win.v, win.n, 2 * sizeof *win.v, by_span_start);
  for (size_t k = 0; !rc && k < win.n;) { /* overlapping windows as one */
    size_t lo = win.v[2 * k], hi = win.v[2 * k + 1];
    for (k++; k < win.n && win.v[2 * k] <= hi; k++)
      if (win.v[2 * k + 1] > hi) hi = win.v[2 * k + 1];
    rc = resum(d, lo, hi);
  }
  free(win.v);
  if (!rc && d->warnings_stale) rc = gather_warnings(d);
  return rc;
}

/* Brings the result up to date with the text. Returns 0 or -1 (memory). */
static int update(tact_doc *d) {
  scope raw;
  spans bad = {0};
  directives dirs = {0};
  check_block **chks = NULL;
  size_t *starts = NULL;
  int rc = -1;
  scope_init(&raw);
  d->unusable = NULL;
  if (!d->dirty) d->masked = 0; /* the first update */
  int full = !d->masked || d->lines_bad || d->own;
  size_t lo = 0, hi = SIZE_MAX, clo = SIZE_MAX, chi = 0;
  int deep = d->format == TACT_FORMAT_MARKDOWN && too_deep(d);
  d->deep = deep;
  if (deep) d->chunked = 0; /* read as plain text while it is so deep */
  if (d->format == TACT_FORMAT_MARKDOWN && !deep) {
    if (markdown_blocks(d, &raw, &lo, &hi)) goto done;
  } else if (d->format == TACT_FORMAT_HTML) {
    int failed;
    TSTree *tree = scope_parse(&d->parsers, d->format, d->tree, d->text,
                               d->len, &failed);
    if (!tree) {
      parse_failed(d, failed);
      goto done;
    }
    ts_tree_delete(d->tree);
    d->tree = tree;
    if (scope_html(&raw, tree, d->text)) goto done;
  } else if (d->format == TACT_FORMAT_EMAIL
                 ? scope_email(&raw, d->text, d->len)
                 /* A text checked once is never edited, so its paragraphs
                  * need not be blocks: segmenting splits them the same way
                  * inside one (at the same blank lines), and every block
                  * costs a check of its own (scratch, segmentation,
                  * placing) that a short reply would pay over and over. */
                 : scope_text(&raw, d->text, d->len,
                              d->own && d->format == TACT_FORMAT_TEXT)) {
    goto done;
  }
  if (match_blocks(d, &raw, lo, hi, &clo, &chi)) goto done;
  utf8_scan_invalid(d->text, d->len, on_invalid, &bad);
  int by_line = d->format == TACT_FORMAT_TEXT || d->format == TACT_FORMAT_EMAIL;
  if (bad.failed || directives_find(&dirs, d->text, d->len, by_line) ||
      remask(d, &bad, &dirs, clo, chi))
    goto done;
  if (full ? sum_all(d) : sum_changed(d, clo, chi)) goto done;
  size_t nchks = 0;
  if (check_needs_blocks(d->e, d->sum.counts.words, &dirs)) {
    chks = malloc((d->nblocks ? d->nblocks : 1) * sizeof *chks);
    starts = malloc((d->nblocks ? d->nblocks : 1) * sizeof *starts);
    if (!chks || !starts) goto done;
    for (; nchks < d->nblocks; nchks++) {
      chks[nchks] = &d->blocks[nchks]->chk;
      starts[nchks] = d->blocks[nchks]->start;
    }
  }
  d->res = check_document(d->e, d->text, d->work, d->len, chks, starts, nchks,
                          &d->sum, bad.v, bad.n, &dirs, &d->joined);
  /* A check made once hands the blocks' strings to its result. */
  for (size_t i = 0; d->res && d->own && i < d->nblocks; i++)
    if (result_adopt(d->res, d->blocks[i]->chk.placed)) {
      tact_result_free(d->res);
      d->res = NULL;
    }
  rc = d->res ? 0 : -1;
done:
  if (rc) { /* blocks half-checked must not be reused */
    for (size_t i = 0; i < d->nblocks; i++) d->blocks[i]->stale = 1;
    d->masked = 0;
    d->chunked = 0;
    d->nnear = 0;
  }
  d->dirty = rc != 0; /* after a failure, walk everything next time */
  d->dirty_lo = 0;
  d->dirty_hi = SIZE_MAX;
  free(chks);
  free(starts);
  free(bad.v);
  directives_free(&dirs);
  scope_free(&raw);
  return rc;
}

/* ---- public API ---------------------------------------------------------- */

static int usable(const tact_engine *e, tact_status *status,
                  const char **why) {
  if (!e) {
    *status = TACT_ERROR_ARGUMENT;
    *why = "no engine given";
    return 0;
  }
  if (e->status != TACT_OK && e->status != TACT_ERROR_RULE) {
    *status = e->status;
    *why = e->message;
    return 0;
  }
  return 1;
}

static int valid_format(tact_format f) {
  return f == TACT_FORMAT_TEXT || f == TACT_FORMAT_MARKDOWN ||
         f == TACT_FORMAT_HTML || f == TACT_FORMAT_EMAIL;
}

static void doc_clear(tact_doc *d) {
  for (size_t i = 0; i < d->nblocks; i++) block_free(d->blocks[i]);
  free(d->blocks);
  free(d->spans);
  free(d->sum.found);
  free(d->sum.signals);
  strvec_free(&d->sum.warnings);
  free(d->nearv);
  free(d->cuts);
  free(d->work);
  ts_tree_delete(d->tree);
  scope_parsers_free(&d->parsers);
  tact_result_free(d->res);
  free(d->message);
  stems_cache_free(d->words);
  seg_free(&d->joined);
}

tact_result *tact_check_format(const tact_engine *e, const char *text,
                               size_t length, tact_format format) {
  tact_status status;
  const char *why;
  if (!usable(e, &status, &why) || (!text && length) ||
      !valid_format(format)) {
    tact_result *res = result_new();
    if (!res) return NULL;
    if (!e || !valid_format(format) || (!text && length))
      result_fail(res, TACT_ERROR_ARGUMENT,
                  "no engine, no text or an unknown format given");
    else
      result_fail(res, status, "the engine is unusable: %s", why);
    return res;
  }
  /* A document that reads the caller's text and is never edited. */
  tact_doc d = {.e = e, .format = format, .text = (char *)(text ? text : ""),
                .len = length, .own = 1};
  tact_result *res = NULL;
  if ((d.work = malloc(length ? length : 1)) && !update(&d)) {
    res = d.res;
    d.res = NULL;
  }
  doc_clear(&d);
  if (!res && (res = result_new())) {
    if (d.unusable)
      result_fail(res, TACT_ERROR_INPUT, "%s", d.unusable);
    else
      result_fail(res, TACT_ERROR_NOMEM, "out of memory while checking");
  }
  return res;
}

static void doc_fail(tact_doc *d, tact_status status, const char *why) {
  d->status = status;
  free(d->message);
  d->message = base_strdup(why);
}

tact_doc *tact_doc_new(const tact_engine *engine, tact_format format,
                       const char *text, size_t length) {
  tact_doc *d = calloc(1, sizeof *d);
  if (!d) return NULL;
  d->e = engine;
  d->format = format;
  tact_status status;
  const char *why;
  if (!usable(engine, &status, &why)) {
    doc_fail(d, status, why);
  } else if (!valid_format(format)) {
    doc_fail(d, TACT_ERROR_ARGUMENT, "unknown format");
  } else if (!text && length) {
    doc_fail(d, TACT_ERROR_ARGUMENT, "no text given");
    length = 0;
  }
  d->cap = length + 1;
  d->text = malloc(d->cap);
  d->work = malloc(d->cap);
  if (!d->text || !d->work) {
    tact_doc_free(d);
    return NULL;
  }
  if (length) memcpy(d->text, text, length);
  d->text[length] = '\0';
  d->len = length;
  return d;
}

void tact_doc_free(tact_doc *self) {
  if (!self) return;
  doc_clear(self);
  free(self->text);
  free(self);
}

tact_status tact_doc_status(const tact_doc *self) {
  return self ? self->status : TACT_ERROR_ARGUMENT;
}

const char *tact_doc_message(const tact_doc *self) {
  return self && self->message ? self->message : "";
}

tact_format tact_doc_format(const tact_doc *self) {
  return self ? self->format : TACT_FORMAT_TEXT;
}

const char *tact_doc_text(const tact_doc *self, size_t *length) {
  if (length) *length = self ? self->len : 0;
  return self ? self->text : NULL;
}

/* The point after reading n bytes of s from point p (columns in bytes). */
static TSPoint advance(TSPoint p, const char *s, size_t n) {
  if (!n) return p;
  const char *end = s + n, *nl;
  while ((nl = memchr(s, '\n', (size_t)(end - s)))) {
    p.row++;
    p.column = 0;
    s = nl + 1;
  }
  p.column += (uint32_t)(end - s);
  return p;
}

/* Where `p` goes after bytes [start, end) become `n` bytes. Positions
 * inside the replaced bytes go to its start (`lo`) or end (`hi`). */
static size_t map(size_t p, size_t start, size_t end, size_t n, int hi) {
  if (p < start || (p == start && !hi)) return p;
  if (p >= end) return p - (end - start) + n;
  return hi ? start + n : start;
}

tact_status tact_doc_edit(tact_doc *self, size_t start, size_t end,
                          const char *text, size_t length) {
  if (!self) return TACT_ERROR_ARGUMENT;
  if (start > end || end > self->len || (!text && length)) {
    doc_fail(self, TACT_ERROR_ARGUMENT, "edit range out of the document");
    return TACT_ERROR_ARGUMENT;
  }
  size_t len = self->len - (end - start) + length;
  if (len + 1 > UINT32_MAX && (self->tree || self->chunked)) {
    doc_fail(self, TACT_ERROR_INPUT, "the document is too large");
    return TACT_ERROR_INPUT;
  }
  if (len + 1 > self->cap) {
    size_t cap = len + 1 > 2 * self->cap ? len + 1 : 2 * self->cap;
    char *t = realloc(self->text, cap);
    if (!t) goto nomem;
    self->text = t;
    char *w = realloc(self->work, cap);
    if (!w) goto nomem; /* cap is still what both hold */
    self->work = w;
    self->cap = cap;
  }
  /* Blocks after the edit move by the line breaks it adds; next to a \r,
   * whether one breaks a line depends on its neighbour: count again. */
  long breaks = 0;
  if (memchr(self->text + start, '\r', end - start) ||
      (length && memchr(text, '\r', length)) ||
      (start > 0 && self->text[start - 1] == '\r') ||
      (end < self->len && self->text[end] == '\r'))
    self->lines_bad = 1;
  else
    breaks = (long)result_count_lines(text, length, 0, length) -
             (long)result_count_lines(self->text, self->len, start, end);
  if (self->tree) { /* HTML's tree, edited for an incremental parse */
    TSPoint at = advance((TSPoint){0, 0}, self->text, start);
    TSInputEdit edit = {(uint32_t)start, (uint32_t)end,
                        (uint32_t)(start + length), at,
                        advance(at, self->text + start, end - start),
                        advance(at, text, length)};
    ts_tree_edit(self->tree, &edit);
  }
  memmove(self->text + start + length, self->text + end, self->len - end + 1);
  if (length) memcpy(self->text + start, text, length);
  /* The masked copy moves along; the new bytes are masked at the update. */
  memmove(self->work + start + length, self->work + end, self->len - end);
  self->len = len;
  size_t lo = start, hi = start + length;
  if (self->dirty) {
    size_t a = map(self->dirty_lo, start, end, length, 0);
    size_t b = self->dirty_hi == SIZE_MAX
                   ? SIZE_MAX
                   : map(self->dirty_hi, start, end, length, 1);
    lo = a < lo ? a : lo;
    hi = b > hi ? b : hi;
  }
  self->dirty = 1;
  self->dirty_lo = lo;
  self->dirty_hi = hi;
  /* The sum's entries of blocks after the edit move with them; those of
   * blocks it touched are made again at the next update. */
  size_t moved = length > end - start ? length - (end - start) : 0;
  size_t back = length < end - start ? (end - start) - length : 0;
  for (size_t i = 0; i < self->sum.nfound; i++) {
    check_found *f = &self->sum.found[i];
    if (f->at < end) { /* in order: those edited go where their block goes */
      f->at = map(f->at, start, end, length, 1);
      continue;
    }
    f->at = f->at + moved - back;
    f->f.start = f->f.start + moved - back;
    f->f.end = f->f.end + moved - back;
    f->f.line = (uint32_t)((long)f->f.line + breaks);
    f->f.end_line = (uint32_t)((long)f->f.end_line + breaks);
  }
  for (size_t i = 0; i < self->sum.nsignals; i++) {
    check_signal *g = &self->sum.signals[i];
    if (g->start < end) {
      g->start = map(g->start, start, end, length, 1);
      continue;
    }
    g->start = g->start + moved - back;
    g->end = g->end + moved - back;
  }
  for (size_t i = 0; i < self->ncuts; i++)
    self->cuts[i] = map(self->cuts[i], start, end, length, 1);
  for (size_t i = 0; i < self->nspans; i++) {
    self->spans[2 * i] = map(self->spans[2 * i], start, end, length, 0);
    self->spans[2 * i + 1] = map(self->spans[2 * i + 1], start, end, length, 1);
  }
  /* Blocks ending before the edit stay as they are. */
  for (size_t i = first_block(self, start, 1); i < self->nblocks; i++) {
    doc_block *b = self->blocks[i];
    if (b->end > start && b->start < end) b->stale = 1;
    if (b->start >= end) b->line = (uint32_t)((long)b->line + breaks);
    /* Its placed findings read the text from its line's start to just
     * after it (columns, case of suggestions, spaces around). */
    if (b->chk.placed && start <= b->end && end + b->back >= b->start) {
      tact_result_free(b->chk.placed);
      b->chk.placed = NULL;
    }
    b->start = map(b->start, start, end, length, 1);
    b->end = map(b->end, start, end, length, 0);
    if (b->end < b->start) b->end = b->start;
  }
  tact_result_free(self->res);
  self->res = NULL;
  self->status = TACT_OK;
  free(self->message);
  self->message = NULL;
  return TACT_OK;
nomem:
  doc_fail(self, TACT_ERROR_NOMEM, "out of memory");
  return TACT_ERROR_NOMEM;
}

const tact_result *tact_doc_result(tact_doc *self) {
  if (!self) return NULL;
  if (self->res) return self->res;
  tact_status status;
  const char *why;
  if (!usable(self->e, &status, &why) || !valid_format(self->format)) {
    if (valid_format(self->format)) {
      if ((self->res = result_new()))
        result_fail(self->res, status, "%s", why);
    } else if ((self->res = result_new())) {
      result_fail(self->res, TACT_ERROR_ARGUMENT, "unknown format");
    }
    return self->res;
  }
  if (update(self) && !self->res && (self->res = result_new())) {
    if (self->unusable)
      result_fail(self->res, TACT_ERROR_INPUT, "%s", self->unusable);
    else
      result_fail(self->res, TACT_ERROR_NOMEM, "out of memory while checking");
  }
  return self->res;
}

/* doc.c — tact_doc, a document checked again after each edit, and
 * tact_check_format, which is the same check done once.
 *
 * A document keeps its text, its tree-sitter tree (edited with
 * ts_tree_edit, so re-parsing is incremental) and its blocks: each block's
 * raw ranges (what decides its prose), its prose ranges and what checking
 * it gave (check/check.h). After an edit, a block whose bytes, ranges and
 * context did not change keeps its findings, shifted; only the others are
 * checked again. What a block's check read is kept with it (its masked
 * bytes and the bytes just before it), so a block is reused only when
 * checking it again could not give anything else — a directive or an
 * invalid byte an edit elsewhere made or mended changes its masked bytes.
 * The document rules then run on the joined per-block data. Offsets in
 * blocks are relative to the block's start, so shifting is free. */
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
  scope_range *raw;    /* relative to start: the key */
  size_t nraw;
  scope_range *prose;  /* relative to start */
  size_t nprose;
  char *seen;          /* the masked bytes it was checked with */
  check_block chk;
} doc_block;

struct tact_doc {
  const tact_engine *e;
  tact_format format;
  char *text; /* NUL-terminated */
  size_t len, cap;
  char *work; /* masked copy of text */
  size_t work_cap;
  scope_parsers parsers;
  TSTree *tree;
  doc_block *blocks;
  size_t nblocks, cap_blocks;
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
  free(b->seen);
  free(b->raw);
  free(b->prose);
  check_block_free(&b->chk);
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

/* A new block for raw block r, its prose found. */
static int block_new(tact_doc *d, doc_block *b, const scope *sc,
                     const scope_block *r) {
  memset(b, 0, sizeof *b);
  b->start = r->start;
  b->end = r->end;
  b->nraw = r->n;
  if (!(b->raw = relative(sc->ranges + r->first, r->n, r->start))) return -1;
  if (d->format != TACT_FORMAT_MARKDOWN) {
    b->nprose = r->n;
    b->prose = relative(sc->ranges + r->first, r->n, r->start);
    return b->prose ? 0 : -1;
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

/* The new block list. Old blocks outside the region [lo, hi] that the
 * walk's blocks (`sc`, all touching the region) do not overlap are kept as
 * they are; in the region, an old block is reused when it did not move or
 * change, and the others are made anew. */
static int match_blocks(tact_doc *d, const scope *sc, size_t lo, size_t hi) {
  doc_block *nb = calloc(d->nblocks + sc->nblocks + 1, sizeof *nb);
  if (!nb) return -1;
  size_t first = sc->nblocks ? sc->blocks[0].start : SIZE_MAX;
  size_t last = sc->nblocks ? sc->blocks[sc->nblocks - 1].end : 0;
  size_t o = 0, n = 0;
  int rc = 0;
  for (; o < d->nblocks && d->blocks[o].end < lo; o++) {
    doc_block *b = &d->blocks[o];
    if (!b->stale && b->end <= first) nb[n++] = *b;
    else block_free(b);
  }
  for (size_t k = 0; k < sc->nblocks && !rc; k++) {
    const scope_block *r = &sc->blocks[k];
    while (o < d->nblocks && d->blocks[o].start < r->start)
      block_free(&d->blocks[o++]);
    doc_block *old = o < d->nblocks ? &d->blocks[o] : NULL;
    if (old && !old->stale && old->start == r->start && old->end == r->end &&
        same_raw(old, sc, r)) {
      nb[n++] = *old;
      o++;
    } else {
      rc = block_new(d, &nb[n++], sc, r);
    }
  }
  for (; o < d->nblocks; o++) {
    doc_block *b = &d->blocks[o];
    if (!rc && !b->stale && b->start > hi && b->start >= last) nb[n++] = *b;
    else block_free(b);
  }
  free(d->blocks);
  d->blocks = nb;
  d->nblocks = n;
  d->cap_blocks = d->nblocks + sc->nblocks + 1;
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

/* The text the rules read: prose as written; markup, code, quoted mail,
 * NULs, invalid bytes and directive comments as spaces (line breaks kept,
 * so offsets, lines and paragraphs stay). */
static void mask(tact_doc *d, const spans *bad, const directives *dirs) {
  const char *t = d->text;
  char *w = d->work;
  size_t len = d->len;
  if (d->format == TACT_FORMAT_TEXT) {
    memcpy(w, t, len); /* between blocks there are only blank lines */
  } else {
    memset(w, ' ', len);
    for (const char *c = memchr(t, '\n', len); c;
         c = memchr(c + 1, '\n', len - (size_t)(c + 1 - t)))
      w[c - t] = '\n';
    for (const char *c = memchr(t, '\r', len); c;
         c = memchr(c + 1, '\r', len - (size_t)(c + 1 - t)))
      w[c - t] = '\r';
    for (size_t i = 0; i < d->nblocks; i++) {
      const doc_block *b = &d->blocks[i];
      for (size_t k = 0; k < b->nprose; k++)
        memcpy(w + b->start + b->prose[k].start, t + b->start + b->prose[k].start,
               b->prose[k].end - b->prose[k].start);
    }
  }
  for (char *z = memchr(w, '\0', len); z;
       z = memchr(z + 1, '\0', len - (size_t)(z + 1 - w)))
    *z = ' ';
  for (size_t i = 0; i < bad->n; i++)
    memset(w + bad->v[2 * i], ' ', bad->v[2 * i + 1] - bad->v[2 * i]);
  for (size_t i = 0; i < dirs->n; i++)
    for (size_t k = dirs->d[i].start; k < dirs->d[i].end; k++)
      if (w[k] != '\n') w[k] = ' ';
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

/* The part of a Markdown document to walk again: what was edited, where
 * the syntax changed between the old (edited) tree and the new one, and
 * every block an edit touched. Elsewhere the blocks are those we have. */
static void changed_region(const tact_doc *d, TSTree *tree, size_t *lo,
                           size_t *hi) {
  size_t a = d->dirty_lo, b = d->dirty_hi;
  uint32_t n = 0;
  TSRange *ch = ts_tree_get_changed_ranges(d->tree, tree, &n);
  for (uint32_t i = 0; i < n; i++) {
    if (ch[i].start_byte < a) a = ch[i].start_byte;
    if (ch[i].end_byte > b) b = ch[i].end_byte;
  }
  free(ch);
  for (size_t i = 0; i < d->nblocks; i++)
    if (d->blocks[i].stale) {
      if (d->blocks[i].start < a) a = d->blocks[i].start;
      if (d->blocks[i].end > b) b = d->blocks[i].end;
    }
  *lo = a;
  *hi = b;
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
  size_t lo = 0, hi = SIZE_MAX;
  int deep = d->format == TACT_FORMAT_MARKDOWN &&
             scope_markdown_too_deep(d->text, d->len);
  if (deep && d->tree) { /* read as plain text, as long as it is so deep */
    ts_tree_delete(d->tree);
    d->tree = NULL;
  }
  if ((d->format == TACT_FORMAT_MARKDOWN && !deep) ||
      d->format == TACT_FORMAT_HTML) {
    int failed;
    TSTree *tree = scope_parse(&d->parsers, d->format, d->tree, d->text,
                               d->len, &failed);
    if (failed == SCOPE_TOO_LARGE)
      d->unusable = "the text is too large to parse (4 GiB at most)";
    else if (failed == SCOPE_TOO_SLOW)
      d->unusable = "the markup took too long to parse (more than "
                    STRINGIFY(SCOPE_PARSE_LIMIT_S) " s)";
    if (!tree) goto done;
    if (d->format == TACT_FORMAT_MARKDOWN && d->tree && d->dirty)
      changed_region(d, tree, &lo, &hi);
    ts_tree_delete(d->tree);
    d->tree = tree;
    if (d->format == TACT_FORMAT_MARKDOWN
            ? scope_markdown_blocks(&raw, tree, d->text, lo, hi)
            : scope_html(&raw, tree, d->text))
      goto done;
  } else if (d->format == TACT_FORMAT_EMAIL ? scope_email(&raw, d->text, d->len)
                                            : scope_text(&raw, d->text, d->len)) {
    goto done;
  }
  if (match_blocks(d, &raw, lo, hi)) goto done;
  utf8_scan_invalid(d->text, d->len, on_invalid, &bad);
  int lines = d->format == TACT_FORMAT_TEXT || d->format == TACT_FORMAT_EMAIL;
  if (bad.failed || directives_find(&dirs, d->text, d->len, lines)) goto done;
  mask(d, &bad, &dirs);
  chks = malloc((d->nblocks ? d->nblocks : 1) * sizeof *chks);
  starts = malloc((d->nblocks ? d->nblocks : 1) * sizeof *starts);
  if (!chks || !starts) goto done;
  for (size_t i = 0; i < d->nblocks; i++) {
    doc_block *b = &d->blocks[i];
    uint32_t before;
    int line_start;
    context(d->work, b->start, &before, &line_start);
    size_t n = b->end - b->start;
    if (!b->seen || before != b->before || line_start != b->line_start ||
        memcmp(b->seen, d->work + b->start, n) != 0) {
      check_block_free(&b->chk);
      free(b->seen);
      if (!(b->seen = malloc(n))) goto done;
      memcpy(b->seen, d->work + b->start, n);
      b->before = before;
      b->line_start = line_start;
      if (check_block_run(d->e, &b->chk, d->work, d->len, b->start, b->end,
                          &d->words))
        goto done;
    }
    chks[i] = &b->chk;
    starts[i] = b->start;
  }
  d->res = check_document(d->e, d->text, d->work, d->len, chks, starts,
                          d->nblocks, bad.v, bad.n, &dirs, &d->joined);
  rc = d->res ? 0 : -1;
done:
  if (rc) /* blocks half-checked must not be reused */
    for (size_t i = 0; i < d->nblocks; i++) d->blocks[i].stale = 1;
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
  for (size_t i = 0; i < d->nblocks; i++) block_free(&d->blocks[i]);
  free(d->blocks);
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
                .len = length};
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
  d->work_cap = d->cap;
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
  if (len + 1 > UINT32_MAX && self->tree) {
    doc_fail(self, TACT_ERROR_INPUT, "the document is too large");
    return TACT_ERROR_INPUT;
  }
  if (len + 1 > self->cap) {
    size_t cap = len + 1 > 2 * self->cap ? len + 1 : 2 * self->cap;
    char *t = realloc(self->text, cap);
    if (!t) goto nomem;
    self->text = t;
    self->cap = cap;
  }
  if (len + 1 > self->work_cap) {
    char *w = realloc(self->work, self->cap);
    if (!w) goto nomem;
    self->work = w;
    self->work_cap = self->cap;
  }
  TSPoint at = advance((TSPoint){0, 0}, self->text, start);
  TSInputEdit edit = {(uint32_t)start, (uint32_t)end,
                      (uint32_t)(start + length), at,
                      advance(at, self->text + start, end - start),
                      advance(at, text, length)};
  memmove(self->text + start + length, self->text + end, self->len - end + 1);
  if (length) memcpy(self->text + start, text, length);
  self->len = len;
  if (self->tree) ts_tree_edit(self->tree, &edit);
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
  for (size_t i = 0; i < self->nblocks; i++) {
    doc_block *b = &self->blocks[i];
    if (b->end > start && b->start < end) b->stale = 1;
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

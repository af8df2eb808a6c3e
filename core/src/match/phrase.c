/* phrase.c — parses phrase patterns and adds them to the automaton.
 *
 * Expansion happens while parsing: each construct yields the set of token
 * sequences it can stand for, and a sequence of constructs is the product
 * of their sets; a whole phrase's top-level constructs stay apart, as the
 * parts am_add takes. Literal text is tokenized by the same segmenter as the
 * checked text, so contractions and apostrophes normalize identically. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "match/automaton.h"
#include "match/inflect.h"
#include "text/text.h"

#define MAX_VARIANTS 4096
#define MAX_LENGTH 64

/* A set of token sequences stored back to back. */
typedef struct vset {
  uint32_t *el;
  size_t nel, cap_el;
  size_t *start; /* start[i]..start[i+1] is sequence i */
  size_t n, cap_start;
} vset;

typedef struct parser {
  automaton *am;
  const char *src, *p;
  char *err;
  size_t errlen;
  int status; /* 0, -1 syntax, -2 memory */
  segmentation seg;
  strvec *lemmas; /* where `<word>` lemmas go, or NULL */
} parser;

static void vset_free(vset *v) {
  free(v->el);
  free(v->start);
  memset(v, 0, sizeof *v);
}

/* Sequence i's first element (NULL when the set holds only empty ones). */
static const uint32_t *vset_at(const vset *v, size_t i) {
  return v->el ? v->el + v->start[i] : NULL;
}

static size_t vset_len(const vset *v, size_t i) {
  return (i + 1 < v->n ? v->start[i + 1] : v->nel) - v->start[i];
}

static void fail(parser *ps, const char *fmt, ...) {
  if (ps->status) return;
  ps->status = -1;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(ps->err, ps->errlen, fmt, ap);
  va_end(ap);
}

static void oom(parser *ps) {
  if (!ps->status) snprintf(ps->err, ps->errlen, "out of memory");
  ps->status = -2;
}

/* Appends sequence a+b (b may be NULL). */
static int vset_add(parser *ps, vset *v, const uint32_t *a, size_t na,
                    const uint32_t *b, size_t nb) {
  if (v->n >= MAX_VARIANTS) {
    fail(ps, "phrase \"%s\" has more than %d variants; split it", ps->src,
         MAX_VARIANTS);
    return -1;
  }
  if (na + nb > MAX_LENGTH) {
    fail(ps, "phrase \"%s\" is longer than %d words", ps->src, MAX_LENGTH);
    return -1;
  }
  if ((v->n + 1 > v->cap_start &&
       BASE_GROW(v->start, v->cap_start, v->n + 1)) ||
      (v->nel + na + nb > v->cap_el &&
       BASE_GROW(v->el, v->cap_el, v->nel + na + nb))) {
    oom(ps);
    return -1;
  }
  v->start[v->n++] = v->nel;
  if (na) memcpy(v->el + v->nel, a, na * sizeof *a);
  if (nb) memcpy(v->el + v->nel + na, b, nb * sizeof *b);
  v->nel += na + nb;
  return 0;
}

/* acc := acc × item */
static int vset_product(parser *ps, vset *acc, const vset *item) {
  vset out = {0};
  /* Sized once: products are where phrases multiply. */
  size_t n = acc->n * item->n;
  size_t nel = acc->nel * item->n + item->nel * acc->n;
  if (n && n <= MAX_VARIANTS &&
      (BASE_GROW(out.start, out.cap_start, n) ||
       (nel && BASE_GROW(out.el, out.cap_el, nel)))) {
    vset_free(&out);
    oom(ps);
    return -1;
  }
  for (size_t i = 0; i < acc->n; i++)
    for (size_t j = 0; j < item->n; j++)
      if (vset_add(ps, &out, vset_at(acc, i), vset_len(acc, i),
                   vset_at(item, j), vset_len(item, j))) {
        vset_free(&out);
        return -1;
      }
  vset_free(acc);
  *acc = out;
  return 0;
}

static int vset_union(parser *ps, vset *acc, const vset *more) {
  for (size_t j = 0; j < more->n; j++)
    if (vset_add(ps, acc, vset_at(more, j), vset_len(more, j), NULL, 0))
      return -1;
  return 0;
}

/* Tokenizes literal text into one sequence of interned symbols. */
static int literal(parser *ps, const char *s, size_t n, vset *out) {
  uint32_t seq[MAX_LENGTH];
  size_t k = 0;
  seg_clear(&ps->seg);
  if (seg_text(&ps->seg, s, 0, n)) {
    oom(ps);
    return -1;
  }
  for (size_t i = 0; i < ps->seg.ntoks; i++) {
    const tok *t = &ps->seg.toks[i];
    if (k == MAX_LENGTH) {
      fail(ps, "phrase \"%s\" is longer than %d words", ps->src, MAX_LENGTH);
      return -1;
    }
    if (!(seq[k++] = am_intern(ps->am, seg_norm(&ps->seg, t), t->norm_len))) {
      oom(ps);
      return -1;
    }
  }
  return vset_add(ps, out, seq, k, NULL, 0);
}

typedef struct inflect_ctx {
  parser *ps;
  vset *out;
} inflect_ctx;

static int add_form(void *ctx, const char *form) {
  inflect_ctx *ic = ctx;
  return literal(ic->ps, form, strlen(form), ic->out);
}

static int parse_seq(parser *ps, vset *out, const char *stops);

static int is_special(char c) { return c && strchr("{}|()<>*_[]", c); }

/* One construct at ps->p into *item. */
static int parse_item(parser *ps, vset *item) {
  const char *start = ps->p;
  char c = *ps->p;
  if (c == '{') {
    ps->p++;
    for (;;) {
      vset alt = {0};
      int rc = parse_seq(ps, &alt, "|}");
      if (!rc) rc = vset_union(ps, item, &alt);
      vset_free(&alt);
      if (rc) return -1;
      if (*ps->p == '|') {
        ps->p++;
        continue;
      }
      if (*ps->p != '}') {
        fail(ps, "phrase \"%s\": '{' at column %d is never closed", ps->src,
             (int)(start - ps->src) + 1);
        return -1;
      }
      ps->p++;
      return 0;
    }
  }
  if (c == '(') {
    ps->p++;
    if (parse_seq(ps, item, ")")) return -1;
    if (*ps->p != ')') {
      fail(ps, "phrase \"%s\": '(' at column %d is never closed", ps->src,
           (int)(start - ps->src) + 1);
      return -1;
    }
    ps->p++;
    return vset_add(ps, item, NULL, 0, NULL, 0);
  }
  if (c == '<') {
    const char *end = strchr(ps->p, '>');
    if (!end || end == ps->p + 1 || memchr(ps->p + 1, ' ', end - ps->p - 1)) {
      fail(ps, "phrase \"%s\": '<' at column %d needs one word and '>'",
           ps->src, (int)(start - ps->src) + 1);
      return -1;
    }
    /* Inflect the normalized base so `<Blame>` works like `<blame>`. */
    char *word = NULL;
    size_t len = 0, cap = 0;
    if (text_normalize(ps->p + 1, (size_t)(end - ps->p - 1), &word, &len,
                       &cap)) {
      oom(ps);
      return -1;
    }
    inflect_ctx ic = {ps, item};
    int rc = inflect(word, add_form, &ic);
    /* The lemma's own symbol, for tokens the dictionary stems to it. */
    char *marked = rc ? NULL : base_printf("<%s>", word);
    uint32_t sym = marked ? am_intern(ps->am, marked, len + 2) : 0;
    if (!rc && (!sym || (ps->lemmas && !strvec_has(ps->lemmas, word) &&
                         strvec_push(ps->lemmas, word)))) {
      oom(ps);
      rc = -1;
    }
    if (!rc) rc = vset_add(ps, item, &sym, 1, NULL, 0);
    free(marked);
    free(word);
    ps->p = end + 1;
    return rc ? -1 : 0;
  }
  if (c == '*') {
    uint32_t n = 3;
    ps->p++;
    if (*ps->p >= '1' && *ps->p <= '9') n = (uint32_t)(*ps->p++ - '0');
    if (*ps->p >= '0' && *ps->p <= '9') {
      fail(ps, "phrase \"%s\": a gap is at most *9", ps->src);
      return -1;
    }
    uint32_t gap = AM_GAP(n);
    return vset_add(ps, item, &gap, 1, NULL, 0);
  }
  if (c == '[') {
    const char *end = strchr(ps->p, ']');
    int k = end ? am_class_of(ps->p + 1, (size_t)(end - ps->p - 1)) : -1;
    if (k < 0) {
      fail(ps, "phrase \"%s\": '[' at column %d needs a token class and ']': "
               "[number], [caps] or [stretched]", ps->src,
           (int)(start - ps->src) + 1);
      return -1;
    }
    uint32_t cls = AM_CLASS(k);
    ps->p = end + 1;
    return vset_add(ps, item, &cls, 1, NULL, 0);
  }
  if (c == '_') {
    uint32_t any = AM_ANY;
    ps->p++;
    return vset_add(ps, item, &any, 1, NULL, 0);
  }
  if (is_special(c)) {
    fail(ps, "phrase \"%s\": unexpected '%c' at column %d", ps->src, c,
         (int)(start - ps->src) + 1);
    return -1;
  }
  while (*ps->p && !is_special(*ps->p)) ps->p++;
  return literal(ps, start, (size_t)(ps->p - start), item);
}

/* A sequence of constructs up to one of `stops` (or the end). */
static int parse_seq(parser *ps, vset *out, const char *stops) {
  if (vset_add(ps, out, NULL, 0, NULL, 0)) return -1;
  while (*ps->p && !strchr(stops, *ps->p)) {
    vset item = {0};
    int rc = parse_item(ps, &item);
    if (!rc) rc = vset_product(ps, out, &item);
    vset_free(&item);
    if (rc) return -1;
  }
  return 0;
}

/* The constructs of a whole phrase, kept apart: the phrase stands for
 * their product, which goes into the automaton as its parts (it is where
 * phrases multiply into thousands of variants). */
typedef struct product {
  vset *items;
  size_t n, cap;
  size_t variants, longest; /* of the product so far */
} product;

static void product_free(product *pr) {
  for (size_t i = 0; i < pr->n; i++) vset_free(&pr->items[i]);
  free(pr->items);
}

/* Appends `item` to the product (taking it over), with the limits on
 * variants and length vset_product would apply. */
static int product_push(parser *ps, product *pr, vset *item) {
  size_t longest = 0;
  for (size_t i = 0; i < item->n; i++)
    if (vset_len(item, i) > longest) longest = vset_len(item, i);
  if (pr->variants * item->n > MAX_VARIANTS) {
    fail(ps, "phrase \"%s\" has more than %d variants; split it", ps->src,
         MAX_VARIANTS);
    return -1;
  }
  if (pr->longest + longest > MAX_LENGTH) {
    fail(ps, "phrase \"%s\" is longer than %d words", ps->src, MAX_LENGTH);
    return -1;
  }
  /* Only the empty sequence ("{}"): changes nothing. Every item kept has
   * two variants or a word, so the limits bound how many there are. */
  if (item->n == 1 && longest == 0) return 0;
  if (BASE_GROW(pr->items, pr->cap, pr->n + 1)) {
    oom(ps);
    return -1;
  }
  pr->items[pr->n++] = *item;
  memset(item, 0, sizeof *item);
  pr->variants *= pr->items[pr->n - 1].n;
  pr->longest += longest;
  return 0;
}

/* parse_seq for a whole phrase, into a product. */
static int parse_phrase(parser *ps, product *pr) {
  pr->variants = 1;
  while (*ps->p) {
    vset item = {0};
    int rc = parse_item(ps, &item);
    if (!rc) rc = product_push(ps, pr, &item);
    vset_free(&item);
    if (rc) return -1;
  }
  return 0;
}

/* 1 when an item has an empty sequence: the phrase may skip it. */
static int optional(const vset *item) {
  for (size_t i = 0; i < item->n; i++)
    if (!vset_len(item, i)) return 1;
  return 0;
}

/* 1 when a sequence of the item starts (at_end 0) or ends (1) with a gap. */
static int gap_at(const vset *item, int at_end) {
  for (size_t i = 0; i < item->n; i++) {
    size_t n = vset_len(item, i);
    if (n && AM_IS_GAP(vset_at(item, i)[at_end ? n - 1 : 0])) return 1;
  }
  return 0;
}

/* Fails a phrase one of whose variants is empty or starts or ends with a
 * gap: only the items up to the first that cannot be skipped, from either
 * end, can give a variant its first or last element. */
static void check_ends(parser *ps, const product *pr) {
  int gap = 0, skippable = 1;
  for (size_t k = 0; k < pr->n && !gap; k++) {
    gap = gap_at(&pr->items[k], 0);
    if (!optional(&pr->items[k])) {
      skippable = 0;
      break;
    }
  }
  for (size_t k = pr->n; k-- > 0 && !gap;) {
    gap = gap_at(&pr->items[k], 1);
    if (!optional(&pr->items[k])) break;
  }
  if (gap)
    fail(ps, "phrase \"%s\": a gap may not start or end a phrase", ps->src);
  else if (skippable)
    fail(ps, "phrase \"%s\" can match nothing", ps->src);
}

int am_add_phrase(automaton *am, const char *pattern, uint32_t rule,
                  int unless, int insert, strvec *lemmas, char *err,
                  size_t errlen) {
  parser ps = {.am = am, .src = pattern, .p = pattern, .err = err,
               .errlen = errlen, .lemmas = insert ? lemmas : NULL};
  product pr = {0};
  seg_init(&ps.seg);
  if (parse_phrase(&ps, &pr) == 0) check_ends(&ps, &pr);
  if (!ps.status && insert) {
    am_part *parts = calloc(pr.n, sizeof *parts);
    for (size_t k = 0; parts && k < pr.n; k++)
      parts[k] = (am_part){pr.items[k].el, pr.items[k].start, pr.items[k].n,
                           pr.items[k].nel};
    if (!parts || am_add(am, parts, pr.n, rule, unless)) oom(&ps);
    free(parts);
  }
  product_free(&pr);
  seg_free(&ps.seg);
  return ps.status;
}

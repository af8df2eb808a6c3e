/* stems.c — what one check learns from the dictionary, once per distinct
 * word form: spelling verdicts and stems (lemmas).
 *
 * Hunspell also strips prefixes ("refunds" → "fund", "replies" → "ply",
 * "unhelpful" → "helpful"), which would make `<fund>` match "refunds". A
 * lemma keeps the word's prefix: the stripped letters go back in front of
 * the stem ("refund", "reply", "unhelpful"). */
#include <stdlib.h>
#include <string.h>

#include "check/check.h"
#include "match/inflect.h"
#include "spell/spell.h"

/* Word forms a cache holds at most; a document's cache lives across edits. */
#define WORDS_MAX 65536

typedef struct entry {
  size_t key;        /* pool offset: tag byte, key bytes, NUL */
  uint32_t keylen;   /* tag included */
  uint32_t hash;
  size_t stems;      /* pool offset of NUL-separated stems */
  uint32_t nstems;
  uint32_t sym;      /* automaton symbol of the first stem used as <lemma> */
  int spelled;
} entry;

typedef struct word_cache {
  entry *slots;
  size_t cap, n;
  char *pool;
  size_t pool_len, pool_cap;
} word_cache;

void stems_cache_free(word_cache *w) {
  if (!w) return;
  free(w->slots);
  free(w->pool);
  free(w);
}

void stems_free(check_ctx *c) {
  stems_cache_free(c->words);
  c->words = NULL;
}

static uint32_t hash_key(char tag, const char *s, size_t n) {
  uint32_t h = (2166136261u ^ (uint8_t)tag) * 16777619u; /* FNV-1a */
  for (size_t i = 0; i < n; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
  return h | 1; /* 0 marks an empty slot */
}

static size_t pool_add(word_cache *w, const char *s, size_t n) {
  if (BASE_GROW(w->pool, w->pool_cap, w->pool_len + n + 1)) return (size_t)-1;
  size_t at = w->pool_len;
  memcpy(w->pool + at, s, n);
  w->pool[at + n] = '\0';
  w->pool_len += n + 1;
  return at;
}

static int grow(word_cache *w) {
  return base_rehash((void **)&w->slots, &w->cap, sizeof *w->slots,
                     offsetof(entry, hash), offsetof(entry, hash), 256);
}

/* The entry for (tag, s[0, n)); *fresh is set when it was just made. */
static entry *lookup(check_ctx *c, char tag, const char *s, size_t n,
                     int *fresh) {
  word_cache *w = c->words;
  if (!w && !(w = c->words = calloc(1, sizeof *w))) return NULL;
  if (w->n >= WORDS_MAX) { /* a document edited for long: start afresh */
    memset(w->slots, 0, w->cap * sizeof *w->slots);
    w->n = w->pool_len = 0;
  }
  if ((w->n + 1) * 2 > w->cap && grow(w)) return NULL;
  uint32_t h = hash_key(tag, s, n);
  size_t i = h & (w->cap - 1);
  for (; w->slots[i].hash; i = (i + 1) & (w->cap - 1)) {
    entry *e = &w->slots[i];
    if (e->hash == h && e->keylen == n + 1 && w->pool[e->key] == tag &&
        memcmp(w->pool + e->key + 1, s, n) == 0) {
      *fresh = 0;
      return e;
    }
  }
  size_t key = pool_add(w, &tag, 1);
  if (key == (size_t)-1) return NULL;
  w->pool_len--; /* the key's bytes follow the tag */
  if (pool_add(w, s, n) == (size_t)-1) return NULL;
  w->slots[i] = (entry){.key = key, .keylen = (uint32_t)n + 1, .hash = h};
  w->n++;
  *fresh = 1;
  return &w->slots[i];
}

/* 1 when `word` starts with all of the stem but its last two letters at
 * most (blame/blaming, apology/apologies). */
static int keeps_beginning(const char *stem, size_t n, const char *word) {
  size_t same = 0;
  while (same < n && stem[same] == word[same]) same++;
  return same >= 1 && same + 2 >= n;
}

/* How many letters of `word` Hunspell took as a prefix to find `stem`, or
 * -1 when the stem does not fit the word. */
static int prefix_len(const char *stem, size_t n, const char *word) {
  for (int p = 0; p <= 6 && word[p]; p++)
    if (keeps_beginning(stem, n, word + p)) return p;
  return -1;
}

/* 1 when `lemma` is among the n NUL-separated strings at `list`. */
static int listed(const char *list, uint32_t n, const char *lemma) {
  for (uint32_t i = 0; i < n; i++, list += strlen(list) + 1)
    if (strcmp(list, lemma) == 0) return 1;
  return 0;
}

/* The lemma of `norm` that dictionary stem `stem` gives, or NULL (with *rc
 * -1 when out of memory). */
static char *lemma_of(const char *norm, const char *stem, int *rc) {
  char *folded = NULL, *lemma = NULL;
  size_t flen = 0, fcap = 0;
  if (text_normalize(stem, strlen(stem), &folded, &flen, &fcap)) {
    *rc = -1;
    return NULL;
  }
  int p = prefix_len(folded, flen, norm);
  if (p >= 0 && !(lemma = base_printf("%.*s%s", p, norm, folded))) *rc = -1;
  free(folded);
  return lemma;
}

/* The entry holding the lemmas of normalized word `norm`. */
static entry *lemma_entry(check_ctx *c, const char *norm, size_t len) {
  int fresh;
  entry *en = lookup(c, 'l', norm, len, &fresh);
  if (!en || !fresh) return en;
  /* Only lookup() grows the table, so `en` stays put below. */
  word_cache *w = c->words;
  strvec stems = {0};
  int rc = dict_stems(c->e->dict, norm, &stems);
  for (size_t i = 0; !rc && i < stems.n; i++) {
    char *lemma = lemma_of(norm, stems.v[i], &rc);
    if (!lemma || (en->nstems && listed(w->pool + en->stems, en->nstems,
                                        lemma))) {
      free(lemma);
      continue;
    }
    size_t at = pool_add(w, lemma, strlen(lemma));
    if (at == (size_t)-1) rc = -1;
    else if (!en->nstems++) en->stems = at;
    if (!rc && !en->sym && c->e->nlemmas) {
      char *marked = base_printf("<%s>", lemma);
      if (!marked) rc = -1;
      else en->sym = am_lookup(c->e->am, marked, strlen(marked));
      free(marked);
    }
    free(lemma);
  }
  strvec_free(&stems);
  return rc ? NULL : en;
}

static int may_be_lemma(const tact_engine *e, const char *norm) {
  unsigned k = (uint8_t)norm[0] << 8 | (norm[0] ? (uint8_t)norm[1] : 0);
  return e->lemma_prefix[k >> 3] >> (k & 7) & 1;
}

int stems_mark(check_ctx *c) {
  if (!c->e->dict || !c->e->nlemmas) return 0;
  for (size_t i = 0; i < c->seg.ntoks; i++) {
    const tok *t = &c->seg.toks[i];
    const char *norm = seg_norm(&c->seg, t);
    if (t->kind != TOK_WORD || c->alts[i] || !may_be_lemma(c->e, norm))
      continue;
    entry *en = lemma_entry(c, norm, t->norm_len);
    if (!en) return -1;
    c->alts[i] = en->sym;
  }
  return 0;
}

const char *stems_lemma(check_ctx *c, const tok *t) {
  const char *norm = seg_norm(&c->seg, t);
  if (!c->e->dict || t->kind != TOK_WORD) return norm;
  entry *en = lemma_entry(c, norm, t->norm_len);
  if (!en) return NULL;
  return en->nstems ? c->words->pool + en->stems : norm;
}

typedef struct form_hit {
  const char *norm;
  int found;
} form_hit;

static int same_form(void *ctx, const char *form) {
  form_hit *f = ctx;
  f->found = strcmp(form, f->norm) == 0;
  return f->found; /* stops at the first hit */
}

int stems_is(check_ctx *c, const tok *t, const char *lemma) {
  const char *norm = seg_norm(&c->seg, t);
  if (t->kind != TOK_WORD) return 0;
  form_hit f = {norm, 0};
  inflect(lemma, same_form, &f);
  if (f.found || !c->e->dict) return f.found;
  entry *en = lemma_entry(c, norm, t->norm_len);
  if (!en) return -1;
  return en->nstems && listed(c->words->pool + en->stems, en->nstems, lemma);
}

int stems_spelled(check_ctx *c, size_t start, size_t end) {
  int fresh;
  entry *en = lookup(c, 's', c->text + start, end - start, &fresh);
  if (!en) return -1;
  if (fresh) en->spelled = dict_spell(c->e->dict, c->words->pool + en->key + 1);
  return en->spelled;
}

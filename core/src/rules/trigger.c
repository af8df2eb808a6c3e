/* trigger.c — `when` filters: which views a check function needs to see. */
#include "rules/trigger.h"

#include <stdlib.h>
#include <string.h>

#include "base/base.h"

struct trig_index {
  /* Per word symbol below nhead, `words` 64-bit words: bit s is set when
   * the word triggers slot s (rule->trigger - 1), or is one of the
   * `unless` words of the rule whose rule->veto - 1 is s. */
  uint64_t *mask;
  size_t nhead; /* largest symbol + 1 */
  size_t words; /* bits / 64, rounded up */
  const rx **regex; /* per trigger slot: the `when` regex or NULL */
  size_t nslots;    /* trigger slots; `unless` bits come after them */
};

typedef struct offsets {
  size_t *v;
  size_t n, cap;
} offsets;

/* A slot's regex runs on the first question about it: a rule that is off,
 * or whose words answer first, never pays for its regex. */
enum { RX_NOT_RUN, RX_RUN, RX_GAVE_UP };

struct trig_hits {
  /* The slots whose words start in the range asked about last: a check
   * asks every triggered rule about one sentence (paragraph, document)
   * in turn, so the range's tokens are read once, not once per rule. */
  uint64_t *range;
  size_t range_start, range_end;
  int have_range, range_words;
  /* The word bits of tokens [0, words_to), of the ranges read with words
   * one after another from the first token (the sentences, in order):
   * the whole text's, for the document's view, without a pass. */
  uint64_t words_read;
  size_t words_to;
  const segmentation *seg;
  const uint32_t *syms; /* or NULL: looked up in am */
  const automaton *am;
  offsets *regex;   /* per slot, where its regex matched */
  offsets *phrases; /* per slot, where its phrases matched (ascending) */
  uint32_t *noted;  /* the slots with phrase matches, nnoted of them */
  size_t nnoted;
  unsigned char *rx_state; /* per slot: RX_* */
  size_t nslots;
  const trig_index *ix;
  const char *text;
  size_t from, to; /* the text the tokens span */
  rx_scratch *scratch;
};

static int has_when(const tact_rule *r) {
  return r->nwhen || r->when_rx || r->when_phrases.n ||
         r->when_signals.names.n;
}

static void grow_head(size_t *nhead, const uint32_t *syms, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (syms[k] + 1 > *nhead) *nhead = syms[k] + 1;
}

trig_index *trig_index_new(tact_rule *const *rules, size_t nrules,
                           int *failed) {
  *failed = 0;
  size_t nslots = 0, nveto = 0, nhead = 0;
  for (size_t i = 0; i < nrules; i++) {
    const tact_rule *r = rules[i];
    nslots += has_when(r);
    nveto += r->nveto != 0;
    grow_head(&nhead, r->when_syms, r->nwhen);
    grow_head(&nhead, r->veto_syms, r->nveto);
  }
  if (!nslots && !nveto) return NULL;
  size_t words = (nslots + nveto + 63) / 64;
  trig_index *ix = calloc(1, sizeof *ix);
  if (!ix ||
      !(ix->mask = calloc(nhead ? nhead * words : 1, sizeof *ix->mask)) ||
      !(ix->regex = calloc(nslots ? nslots : 1, sizeof *ix->regex))) {
    trig_index_free(ix);
    *failed = 1;
    return NULL;
  }
  ix->nhead = nhead;
  ix->words = words;
  size_t veto = nslots; /* the next `unless` bit */
  for (size_t i = 0; i < nrules; i++) {
    tact_rule *r = rules[i];
    r->trigger = r->veto = 0;
    if (has_when(r)) {
      size_t slot = ix->nslots++;
      r->trigger = (uint32_t)slot + 1;
      ix->regex[slot] = r->when_rx;
      for (size_t k = 0; k < r->nwhen; k++)
        ix->mask[r->when_syms[k] * words + slot / 64] |= 1ull << (slot % 64);
    }
    if (r->nveto) {
      r->veto = (uint32_t)veto + 1;
      for (size_t k = 0; k < r->nveto; k++)
        ix->mask[r->veto_syms[k] * words + veto / 64] |= 1ull << (veto % 64);
      veto++;
    }
  }
  return ix;
}

void trig_index_free(trig_index *ix) {
  if (!ix) return;
  free(ix->mask);
  free(ix->regex);
  free(ix);
}

static int add(offsets *o, size_t at) {
  if (o->n && o->v[o->n - 1] == at) return 0; /* one offset per start */
  if (BASE_GROW(o->v, o->cap, o->n + 1)) return -1;
  o->v[o->n++] = at;
  return 0;
}

typedef struct regex_pass {
  offsets *out;
  int failed;
} regex_pass;

static void on_match(void *ctx, size_t start, size_t end) {
  (void)end;
  regex_pass *p = ctx;
  if (add(p->out, start)) p->failed = 1;
}

trig_hits *trig_hits_new(trig_hits *h, const trig_index *ix,
                         const automaton *am, const segmentation *seg,
                         const uint32_t *syms, const char *text,
                         rx_scratch *scratch) {
  size_t k = ix->nslots;
  if (h) { /* kept from the last text: emptied, its arrays kept */
    for (size_t s = 0; s < k; s++) h->regex[s].n = h->phrases[s].n = 0;
    memset(h->rx_state, 0, k);
    h->nnoted = 0;
  } else {
    /* The record and its per-slot arrays in one allocation. */
    h = calloc(1, sizeof *h + ix->words * sizeof *h->range +
                      2 * k * sizeof(offsets) + k * sizeof *h->noted + k);
    if (!h) return NULL;
    h->range = (uint64_t *)(h + 1);
    h->regex = (offsets *)(h->range + ix->words);
    h->phrases = h->regex + k;
    h->noted = (uint32_t *)(h->phrases + k);
    h->rx_state = (unsigned char *)(h->noted + k);
    h->nslots = k;
    h->ix = ix;
  }
  h->have_range = 0;
  h->words_read = 0;
  h->words_to = 0;
  h->seg = seg;
  h->syms = syms;
  h->am = am;
  h->text = text;
  h->scratch = scratch;
  /* Only the text the tokens span: a block of a larger document. */
  h->from = seg->ntoks ? seg->toks[0].start : 0;
  h->to = seg->ntoks ? seg->toks[seg->ntoks - 1].end : 0;
  return h;
}

/* Runs slot s's regex over the text; -1 when out of memory. */
static int run_slot_regex(trig_hits *h, size_t s) {
  regex_pass p = {&h->regex[s], 0};
  char err[160];
  h->rx_state[s] = RX_RUN;
  /* A regex that gives up (match limit) filters nothing: the rule still
   * runs, and only loses its shortcut. */
  if (h->from < h->to &&
      rx_each(h->ix->regex[s], h->scratch, h->text, h->from, h->to, on_match,
              &p, err, sizeof err))
    h->rx_state[s] = RX_GAVE_UP;
  return p.failed ? -1 : 0;
}

void trig_hits_free(trig_hits *h) {
  if (!h) return;
  for (size_t s = 0; s < h->nslots; s++) {
    if (h->regex[s].v) free(h->regex[s].v);
    if (h->phrases[s].v) free(h->phrases[s].v);
  }
  free(h);
}

/* 1 when one of the n ascending offsets v lies in [start, end). */
static int within(const size_t *v, size_t n, size_t start, size_t end) {
  if (!n || v[n - 1] < start || v[0] >= end) return 0; /* most often */
  size_t lo = base_bisect(v, n, sizeof *v, 0, start);
  return lo < n && v[lo] < end;
}

int trig_hits_add_phrase(trig_hits *h, const tact_rule *r, size_t at) {
  size_t s = r->trigger - 1, had = h->phrases[s].n;
  h->have_range = 0; /* the bits of a range may change */
  if (add(&h->phrases[s], at)) return -1;
  if (!had) h->noted[h->nnoted++] = (uint32_t)s;
  return 0;
}

/* The bits of the rules triggered in bytes [start, end) (tokens
 * i <= k < t1) by a word or a phrase, and of the `unless` words there,
 * into h->range. */
static void read_range(trig_hits *h, size_t start, size_t end, size_t i,
                       size_t t1, int words) {
  const trig_index *ix = h->ix;
  const segmentation *seg = h->seg;
  const tok *t = seg->toks;
  size_t w = ix->words;
  memset(h->range, 0, w * sizeof *h->range);
  if (!words) i = t1;
  if (w == 1 && h->syms) { /* up to 64 bits, symbols known: the usual case */
    uint64_t bits = 0;
    if (i == 0 && t1 == h->words_to && t1) {
      bits = h->words_read;
      i = t1;
    }
    size_t t0 = i;
    for (; i < t1; i++)
      if (h->syms[i] < ix->nhead) bits |= ix->mask[h->syms[i]];
    if (t0 == h->words_to && t0 < t1) {
      h->words_read |= bits;
      h->words_to = t1;
    }
    h->range[0] = bits;
  }
  for (; i < t1; i++) {
    uint32_t sym = h->syms ? h->syms[i]
                           : am_lookup(h->am, seg_norm(seg, &t[i]),
                                       t[i].norm_len);
    if (sym >= ix->nhead) continue;
    for (size_t k = 0; k < w; k++) h->range[k] |= ix->mask[sym * w + k];
  }
  for (size_t k = 0; k < h->nnoted; k++) {
    size_t s = h->noted[k];
    if (within(h->phrases[s].v, h->phrases[s].n, start, end))
      h->range[s / 64] |= 1ull << (s % 64);
  }
  h->range_start = start;
  h->range_end = end;
  h->range_words = words;
  h->have_range = 1;
}

const uint64_t *trig_hits_bits(trig_hits *h, size_t start, size_t end,
                               size_t t0, size_t t1, int words) {
  if (!h->have_range || h->range_start != start || h->range_end != end ||
      h->range_words < words)
    read_range(h, start, end, t0, t1, words);
  return h->range;
}

size_t trig_hits_words(const trig_hits *h, uint64_t *bits) {
  *bits = h->words_read;
  return h->words_to;
}

void trig_hits_seed(trig_hits *h, size_t upto, uint64_t bits) {
  h->words_read = bits;
  h->words_to = upto;
}

int trig_hits_regex_none(const trig_hits *h, const tact_rule *r) {
  size_t s = r->trigger - 1;
  return h->rx_state[s] == RX_RUN && !h->regex[s].n;
}

int trig_hits_regex(trig_hits *h, const tact_rule *r, size_t start,
                    size_t end) {
  size_t s = r->trigger - 1;
  if (h->rx_state[s] == RX_NOT_RUN && run_slot_regex(h, s)) return -1;
  return h->rx_state[s] == RX_GAVE_UP ||
         within(h->regex[s].v, h->regex[s].n, start, end);
}

/* trigger.c — `when` filters: which views a check function needs to see. */
#include "rules/trigger.h"

#include <stdlib.h>
#include <string.h>

#include "base/base.h"

typedef struct trig_link {
  uint32_t slot, next; /* next: 1-based index of the next link, 0 = end */
} trig_link;

struct trig_index {
  uint32_t *head; /* per word symbol: 1-based first link, 0 = none */
  size_t nhead;   /* largest trigger symbol + 1 */
  trig_link *links;
  size_t nlinks;
  const rx **regex; /* per slot: the `when` regex or NULL */
  size_t nslots;
};

typedef struct offsets {
  size_t *v;
  size_t n, cap;
} offsets;

/* A slot's regex runs on the first question about it: a rule that is off,
 * or whose words answer first, never pays for its regex. */
enum { RX_NOT_RUN, RX_RUN, RX_GAVE_UP };

struct trig_hits {
  /* Where trigger words start, grouped by slot and ascending within a
   * slot: slot s's are at[first[s]] to at[first[s + 1] - 1]. */
  size_t *at;
  size_t cap_at;
  size_t *first;
  offsets *regex;   /* per slot, where its regex matched */
  offsets *phrases; /* per slot, where its phrases matched (ascending) */
  unsigned char *rx_state; /* per slot: RX_* */
  size_t nslots;
  const trig_index *ix;
  const char *text;
  size_t from, to; /* the text the tokens span */
  rx_scratch *scratch;
};

trig_index *trig_index_new(tact_rule *const *rules, size_t nrules,
                           int *failed) {
  *failed = 0;
  size_t nslots = 0, nlinks = 0, nhead = 0;
  for (size_t i = 0; i < nrules; i++) {
    const tact_rule *r = rules[i];
    if (!r->nwhen && !r->when_rx && !r->when_phrases.n) continue;
    nslots++;
    nlinks += r->nwhen;
    for (size_t k = 0; k < r->nwhen; k++)
      if (r->when_syms[k] + 1 > nhead) nhead = r->when_syms[k] + 1;
  }
  if (!nslots) return NULL;
  trig_index *ix = calloc(1, sizeof *ix);
  if (!ix || !(ix->head = calloc(nhead ? nhead : 1, sizeof *ix->head)) ||
      !(ix->links = calloc(nlinks ? nlinks : 1, sizeof *ix->links)) ||
      !(ix->regex = calloc(nslots, sizeof *ix->regex))) {
    trig_index_free(ix);
    *failed = 1;
    return NULL;
  }
  ix->nhead = nhead;
  for (size_t i = 0; i < nrules; i++) {
    tact_rule *r = rules[i];
    if (!r->nwhen && !r->when_rx && !r->when_phrases.n) continue;
    uint32_t slot = (uint32_t)ix->nslots++;
    r->trigger = slot + 1;
    ix->regex[slot] = r->when_rx;
    for (size_t k = 0; k < r->nwhen; k++) {
      uint32_t sym = r->when_syms[k];
      if (ix->head[sym] && ix->links[ix->head[sym] - 1].slot == slot)
        continue; /* two spellings of one word: one link */
      ix->links[ix->nlinks] = (trig_link){slot, ix->head[sym]};
      ix->head[sym] = (uint32_t)++ix->nlinks;
    }
  }
  return ix;
}

void trig_index_free(trig_index *ix) {
  if (!ix) return;
  free(ix->head);
  free(ix->links);
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

/* Counts each slot's trigger words among the tokens into first[s + 1], or,
 * given `at`, places them where first[s] points. */
static size_t each_word_hit(const trig_index *ix, const automaton *am,
                            const segmentation *seg, const uint32_t *syms,
                            size_t *first, size_t *at) {
  size_t n = 0;
  for (size_t i = 0; i < seg->ntoks; i++) {
    const tok *t = &seg->toks[i];
    uint32_t sym = syms ? syms[i] : am_lookup(am, seg_norm(seg, t), t->norm_len);
    if (sym >= ix->nhead) continue;
    for (uint32_t l = ix->head[sym]; l; l = ix->links[l - 1].next) {
      size_t s = ix->links[l - 1].slot;
      if (at)
        at[first[s]++] = t->start;
      else
        first[s + 1]++;
      n++;
    }
  }
  return n;
}

trig_hits *trig_hits_new(trig_hits *h, const trig_index *ix,
                         const automaton *am, const segmentation *seg,
                         const uint32_t *syms, const char *text,
                         rx_scratch *scratch) {
  size_t k = ix->nslots;
  if (h) { /* kept from the last text: emptied, its arrays kept */
    memset(h->first, 0, (k + 1) * sizeof *h->first);
    for (size_t s = 0; s < k; s++) h->regex[s].n = h->phrases[s].n = 0;
    memset(h->rx_state, 0, k);
  } else {
    /* The record and its per-slot arrays in one allocation. */
    h = calloc(1, sizeof *h + (k + 1) * sizeof *h->first +
                      2 * k * sizeof(offsets) + k);
    if (!h) return NULL;
    h->first = (size_t *)(h + 1);
    h->regex = (offsets *)(h->first + k + 1);
    h->phrases = h->regex + k;
    h->rx_state = (unsigned char *)(h->phrases + k);
    h->nslots = k;
    h->ix = ix;
  }
  h->text = text;
  h->scratch = scratch;
  /* Only the text the tokens span: a block of a larger document. */
  h->from = seg->ntoks ? seg->toks[0].start : 0;
  h->to = seg->ntoks ? seg->toks[seg->ntoks - 1].end : 0;
  /* Counted, then placed: one array for every slot. */
  size_t n = each_word_hit(ix, am, seg, syms, h->first, NULL);
  if (BASE_GROW(h->at, h->cap_at, n ? n : 1)) {
    trig_hits_free(h);
    return NULL;
  }
  for (size_t s = 0; s < k; s++) h->first[s + 1] += h->first[s];
  /* first[s] walks slot s's part; afterwards it is where s + 1 starts. */
  each_word_hit(ix, am, seg, syms, h->first, h->at);
  memmove(h->first + 1, h->first, k * sizeof *h->first);
  h->first[0] = 0;
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
  free(h->at);
  free(h);
}

/* 1 when one of the n ascending offsets v lies in [start, end). */
static int within(const size_t *v, size_t n, size_t start, size_t end) {
  if (!n || v[n - 1] < start || v[0] >= end) return 0; /* most often */
  size_t lo = base_bisect(v, n, sizeof *v, 0, start);
  return lo < n && v[lo] < end;
}

int trig_hits_add_phrase(trig_hits *h, const tact_rule *r, size_t at) {
  return add(&h->phrases[r->trigger - 1], at);
}

int trig_hits_any(trig_hits *h, const tact_rule *r, size_t start,
                  size_t end) {
  size_t s = r->trigger - 1;
  if (within(h->at + h->first[s], h->first[s + 1] - h->first[s], start, end) ||
      within(h->phrases[s].v, h->phrases[s].n, start, end))
    return 1;
  if (!h->ix->regex[s]) return 0;
  if (h->rx_state[s] == RX_NOT_RUN && run_slot_regex(h, s)) return -1;
  return h->rx_state[s] == RX_GAVE_UP ||
         within(h->regex[s].v, h->regex[s].n, start, end);
}

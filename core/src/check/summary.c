/* summary.c — the tone summary of one check (formula in tact.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check/check.h"

static const char *const pronouns_i[] = {"i", "me", "my", "mine", "myself",
                                         NULL};
static const char *const pronouns_you[] = {"you", "your", "yours", "yourself",
                                           "yourselves", NULL};
static const char *const pronouns_we[] = {"we", "us", "our", "ours",
                                          "ourselves", NULL};

/* What a word symbol counts as in the summary: a pronoun, or the "'s" of
 * "let's". */
enum { NONE, PRON_I, PRON_YOU, PRON_WE, APOS };

int summary_words_setup(tact_engine *e) {
  static const char *const *const lists[] = {pronouns_i, pronouns_you,
                                             pronouns_we};
  uint32_t sym[32], max = 0;
  uint8_t cls[32];
  size_t n = 0;
  for (int k = 0; k < 3; k++)
    for (const char *const *w = lists[k]; *w; w++, n++) {
      if (!(sym[n] = am_intern(e->am, *w, strlen(*w)))) return -1;
      cls[n] = (uint8_t)(PRON_I + k);
    }
  if (!(sym[n] = am_intern(e->am, "'s", 2)) ||
      !(e->let_symbol = am_intern(e->am, "let", 3)))
    return -1;
  cls[n++] = APOS;
  for (size_t k = 0; k < n; k++)
    if (sym[k] > max) max = sym[k];
  if (!(e->word_kinds = calloc(max + 1, 1))) return -1;
  e->nword_kinds = max + 1;
  for (size_t k = 0; k < n; k++) e->word_kinds[sym[k]] = cls[k];
  return 0;
}

static double severity_weight(tact_severity s) {
  switch (s) {
  case TACT_SEVERITY_ERROR: return 4;
  case TACT_SEVERITY_WARNING: return 2;
  case TACT_SEVERITY_INFO: return 1;
  case TACT_SEVERITY_HINT: return 0.5;
  }
  return 0;
}

static double category_weight(const profile *p, const char *category) {
  for (size_t i = 0; p && i < p->weight_keys.n; i++)
    if (strcmp(p->weight_keys.v[i], category) == 0) return p->weight_values[i];
  return 1;
}

void summary_count_tokens(const tact_engine *e, const segmentation *seg,
                          const uint32_t *syms, tact_summary *s) {
  s->sentences += seg->nsents;
  for (size_t i = 0; i < seg->ntoks; i++) {
    const tok *t = &seg->toks[i];
    if (t->kind != TOK_WORD) continue;
    /* "do"+"n't" is one word as written. */
    if (!(t->flags & TOKF_SPLIT) || i == 0 || seg->toks[i - 1].end != t->start)
      s->words++;
    int kind = syms[i] < e->nword_kinds ? e->word_kinds[syms[i]] : NONE;
    if (kind == NONE) continue; /* most words: no jump through the switch */
    switch (kind) {
    case PRON_I: s->pronoun_i++; break;
    case PRON_YOU: s->pronoun_you++; break;
    case PRON_WE: s->pronoun_we++; break;
    case APOS: s->pronoun_we += i > 0 && syms[i - 1] == e->let_symbol; break;
    default: break;
    }
  }
}

/* Category names with their counts, sorted by name. The names are the
 * findings' own strings, which the result keeps. */
static int count_categories(tact_result *r) {
  tact_summary *s = &r->summary;
  const char **names = NULL;
  size_t *counts = NULL, n = 0, cap = 0, cap_counts = 0;
  for (size_t i = 0; i < r->n; i++) {
    const char *cat = r->findings[i].category;
    size_t k = 0;
    while (k < n && names[k] != cat && strcmp(names[k], cat) != 0) k++;
    if (k == n) {
      if (BASE_GROW(names, cap, n + 1) ||
          BASE_GROW(counts, cap_counts, n + 1)) {
        free(names);
        free(counts);
        return -1;
      }
      names[n] = cat;
      counts[n++] = 0;
    }
    counts[k]++;
  }
  /* Insertion sort keeps names and counts paired. */
  for (size_t i = 1; i < n; i++)
    for (size_t k = i; k > 0 && strcmp(names[k - 1], names[k]) > 0; k--) {
      const char *t = names[k];
      names[k] = names[k - 1];
      names[k - 1] = t;
      size_t c = counts[k];
      counts[k] = counts[k - 1];
      counts[k - 1] = c;
    }
  free(r->summary_names);
  free(r->summary_counts);
  r->summary_names = names;
  r->summary_counts = counts;
  s->category_count = n;
  s->categories = names;
  s->category_counts = counts;
  return 0;
}

int summarize(check_ctx *c) {
  tact_result *r = c->res;
  tact_summary *s = &r->summary;
  double penalty = 0, bonus = 0;
  for (size_t i = 0; i < r->n; i++) {
    const tact_finding *f = &r->findings[i];
    if (strcmp(f->category, "encoding") == 0 ||
        strcmp(f->category, "spelling") == 0)
      continue; /* not a matter of tone */
    s->findings++;
    penalty += severity_weight(f->severity) *
               category_weight(c->e->profile, f->category);
  }
  /* Each signal rule counts once, however often it matched. A pack of a
   * few hundred rules is marked on the stack: this runs for every check. */
  unsigned char mark[512];
  size_t nrules = c->e->nrules ? c->e->nrules : 1;
  unsigned char *seen = nrules <= sizeof mark ? mark : malloc(nrules);
  if (!seen) return -1;
  memset(seen, 0, nrules);
  for (size_t i = 0; i < c->nsignals; i++) {
    const tact_rule *sig = c->e->rules[c->signals[i].rule];
    if (seen[sig->index]++) continue;
    bonus += sig->weight;
    s->empathy |= strcmp(sig->id, "signal.empathy") == 0;
    s->next_step |= strcmp(sig->id, "signal.next-step") == 0;
    s->thanks |= strcmp(sig->id, "signal.thanks") == 0;
  }
  if (seen != mark) free(seen);
  double per100 = penalty * 100.0 / (double)(s->words > 50 ? s->words : 50);
  double score = round(85 + bonus - 6 * per100);
  s->score = score < 0 ? 0 : score > 100 ? 100 : (int)score;
  return count_categories(r);
}

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

static int in(const char *w, const char *const *list) {
  for (; *list; list++)
    if (strcmp(w, *list) == 0) return 1;
  return 0;
}

/* Which list a word may be in, from its first letter, and the lengths of
 * that letter's words in it: most words are told apart from pronouns
 * without a string comparison. */
enum { NONE, PRON_I, PRON_YOU, PRON_WE, APOS };
typedef struct first_letter {
  unsigned char list;
  unsigned short lengths; /* bit n: a word of n bytes */
} first_letter;
static const first_letter by_first[256] = {
    ['i'] = {PRON_I, 1u << 1},                   /* i */
    ['m'] = {PRON_I, 1u << 2 | 1u << 4 | 1u << 6}, /* me my mine myself */
    ['y'] = {PRON_YOU, 1u << 3 | 1u << 4 | 1u << 5 | 1u << 8 | 1u << 10},
    ['w'] = {PRON_WE, 1u << 2},                  /* we */
    ['u'] = {PRON_WE, 1u << 2},                  /* us */
    ['o'] = {PRON_WE, 1u << 3 | 1u << 4 | 1u << 9}, /* our ours ourselves */
    ['\''] = {APOS, 1u << 2}};                   /* 's */

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

void summary_count_tokens(const segmentation *seg, tact_summary *s) {
  s->sentences += seg->nsents;
  for (size_t i = 0; i < seg->ntoks; i++) {
    const tok *t = &seg->toks[i];
    if (t->kind != TOK_WORD) continue;
    const char *w = seg_norm(seg, t);
    /* "do"+"n't" is one word as written. */
    if (!(t->flags & TOKF_SPLIT) || i == 0 || seg->toks[i - 1].end != t->start)
      s->words++;
    first_letter f = by_first[(unsigned char)w[0]];
    if (t->norm_len > 15 || !(f.lengths >> t->norm_len & 1)) continue;
    switch (f.list) {
    case PRON_I: s->pronoun_i += in(w, pronouns_i); break;
    case PRON_YOU: s->pronoun_you += in(w, pronouns_you); break;
    case PRON_WE: s->pronoun_we += in(w, pronouns_we); break;
    case APOS: /* let's */
      s->pronoun_we += strcmp(w, "'s") == 0 && i > 0 &&
                       strcmp(seg_norm(seg, &seg->toks[i - 1]), "let") == 0;
      break;
    default: break;
    }
  }
}

/* Category names with their counts, sorted by name. */
static int count_categories(tact_result *r) {
  tact_summary *s = &r->summary;
  for (size_t i = 0; i < r->n; i++) {
    const char *cat = r->findings[i].category;
    size_t k = 0;
    while (k < r->summary_names.n && strcmp(r->summary_names.v[k], cat) != 0)
      k++;
    if (k == r->summary_names.n) {
      size_t cap = r->summary_names.n + 1;
      size_t *grown = realloc(r->summary_counts, cap * sizeof *grown);
      if (!grown) return -1;
      r->summary_counts = grown;
      if (strvec_push(&r->summary_names, cat)) return -1;
      grown[k] = 0;
    }
    r->summary_counts[k]++;
  }
  /* Insertion sort keeps names and counts paired. */
  for (size_t i = 1; i < r->summary_names.n; i++)
    for (size_t k = i; k > 0 && strcmp(r->summary_names.v[k - 1],
                                       r->summary_names.v[k]) > 0; k--) {
      char *n = r->summary_names.v[k];
      r->summary_names.v[k] = r->summary_names.v[k - 1];
      r->summary_names.v[k - 1] = n;
      size_t t = r->summary_counts[k];
      r->summary_counts[k] = r->summary_counts[k - 1];
      r->summary_counts[k - 1] = t;
    }
  s->category_count = r->summary_names.n;
  s->categories = (const char *const *)r->summary_names.v;
  s->category_counts = r->summary_counts;
  return 0;
}

static int signal_present(const check_ctx *c, const char *id) {
  for (size_t i = 0; i < c->nsignals; i++)
    if (strcmp(c->e->rules[c->signals[i].rule]->id, id) == 0) return 1;
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
  /* Each signal rule counts once, however often it matched. */
  unsigned char *seen = calloc(c->e->nrules ? c->e->nrules : 1, 1);
  if (!seen) return -1;
  for (size_t i = 0; i < c->nsignals; i++)
    if (!seen[c->signals[i].rule]++)
      bonus += c->e->rules[c->signals[i].rule]->weight;
  free(seen);
  s->empathy = signal_present(c, "signal.empathy");
  s->next_step = signal_present(c, "signal.next-step");
  s->thanks = signal_present(c, "signal.thanks");
  double per100 = penalty * 100.0 / (double)(s->words > 50 ? s->words : 50);
  double score = round(85 + bonus - 6 * per100);
  s->score = score < 0 ? 0 : score > 100 ? 100 : (int)score;
  return count_categories(r);
}

/* check.c — checking blocks and documents: every stage in order.
 *
 * A document is checked block by block (a paragraph, a heading, a table
 * cell…: see scope/): each block is segmented on its own and its sentence
 * and paragraph rules run over it (check_block_run). Its findings are kept
 * with the block, so an incremental document re-checks only the blocks an
 * edit touched. check_document then joins the blocks, applies directives,
 * runs the document rules and places the findings. */
#include "check/check.h"

#include <stdlib.h>
#include <string.h>

static int add_hit(check_block *b, const tact_rule *rule, size_t start,
                   size_t end, tact_severity severity, const char *message,
                   const strvec *suggestions) {
  if (BASE_GROW(b->hits, b->cap_hits, b->nhits + 1)) return -1;
  check_hit h = {rule->index, severity, start, end, NULL, {0}, 0};
  if (message && !(h.message = base_strdup(message))) return -1;
  if (suggestions) {
    h.own_suggestions = 1;
    for (size_t i = 0; i < suggestions->n; i++)
      if (strvec_push(&h.suggestions, suggestions->v[i])) {
        free(h.message);
        strvec_free(&h.suggestions);
        return -1;
      }
  }
  b->hits[b->nhits++] = h;
  return 0;
}

int check_report(check_ctx *c, const tact_rule *rule, size_t start,
                 size_t end, tact_severity severity, const char *message,
                 const strvec *suggestions) {
  if (!rule->enabled || directives_silence(&c->dirs, rule, start)) return 0;
  if (rule->kind == RULE_SIGNAL) {
    if (BASE_GROW(c->signals, c->cap_signals, c->nsignals + 1)) return -1;
    c->signals[c->nsignals++] = (check_signal){rule->index, start, end};
    return 0;
  }
  if (severity > c->e->min_severity) return 0;
  if (c->block)
    return add_hit(c->block, rule, start, end, severity, message, suggestions);
  return result_add(c->res, rule, start, end, severity, message, suggestions);
}

/* ---- phrases ------------------------------------------------------------ */

/* Within a rule: its `unless` matches, then its triggers, then its own. */
static int role_rank(uint32_t role) {
  return role == AM_UNLESS ? 0 : role == AM_TRIGGER ? 1 : 2;
}

static int by_rule_then_span(const void *pa, const void *pb) {
  const am_match *a = pa, *b = pb;
  if (a->rule != b->rule) return a->rule < b->rule ? -1 : 1;
  if (a->unless != b->unless)
    return role_rank(a->unless) < role_rank(b->unless) ? -1 : 1;
  if (a->first != b->first) return a->first < b->first ? -1 : 1;
  return a->end > b->end ? -1 : a->end < b->end; /* longest first */
}

static int overlaps(size_t a, size_t b, size_t c, size_t d) {
  return a < d && c < b;
}

/* 1 when an `unless` match of `rule` overlaps [start, end) (bytes). The
 * matches are sorted (report_phrases), so a rule's `unless` matches are
 * found by bisection, ahead of its own: a sentence with thousands of
 * matches (a megabyte on one line) is not read once per match. */
static int excepted(const check_ctx *c, const sentence *s, uint32_t rule,
                    size_t start, size_t end) {
  const am_match *m = c->am.matches;
  size_t lo = 0, hi = c->am.nmatches;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (m[mid].rule < rule) lo = mid + 1;
    else hi = mid;
  }
  const tok *t = c->seg.toks + s->tok_first;
  for (size_t i = lo;
       i < c->am.nmatches && m[i].rule == rule && m[i].unless == AM_UNLESS;
       i++)
    if (overlaps(start, end, t[m[i].first].start, t[m[i].end - 1].end))
      return 1;
  return 0;
}

/* The check's triggers, made on first use; a block's come from the
 * scratch, whose memory the last block left. */
static trig_hits *triggers(check_ctx *c) {
  if (c->trig) return c->trig;
  trig_hits *old = NULL;
  if (c->scratch) {
    old = c->scratch->trig;
    c->scratch->trig = NULL; /* freed if the call fails */
  }
  c->trig = trig_hits_new(old, c->e->triggers, c->e->am, &c->seg, c->syms,
                          c->text, c->rx);
  if (c->scratch) c->scratch->trig = c->trig;
  return c->trig;
}

/* A `when` phrase of rule r (which has a `when`) matched at byte `at` of
 * the sentence. 0, or -1 when out of memory. */
static int note_trigger(check_ctx *c, const tact_rule *r, size_t at) {
  trig_hits *h = triggers(c);
  return h ? trig_hits_add_phrase(h, r, at) : -1;
}

/* Keeps, per rule, the leftmost-longest matches that no `unless` covers,
 * and notes where `when` phrases matched. */
static int report_phrases(check_ctx *c, const sentence *s) {
  am_match *m = c->am.matches;
  size_t n = c->am.nmatches;
  if (!n) return 0;
  qsort(m, n, sizeof *m, by_rule_then_span);
  const tok *t = c->seg.toks + s->tok_first;
  size_t taken_end = 0;
  for (size_t i = 0; i < n; i++) {
    if (m[i].unless == AM_TRIGGER) {
      if (note_trigger(c, c->e->rules[m[i].rule], t[m[i].first].start))
        return -1;
      continue;
    }
    if (m[i].unless) continue;
    if (i == 0 || m[i - 1].rule != m[i].rule || m[i - 1].unless)
      taken_end = 0;
    const tact_rule *r = c->e->rules[m[i].rule];
    if (!r->enabled || m[i].first < taken_end) continue;
    size_t start = t[m[i].first].start, end = t[m[i].end - 1].end;
    if (excepted(c, s, m[i].rule, start, end)) continue;
    taken_end = m[i].end;
    if (check_report(c, r, start, end, r->severity, NULL, NULL)) return -1;
  }
  return 0;
}

/* ---- regexes ------------------------------------------------------------ */

typedef struct regex_hits {
  check_ctx *c;
  const tact_rule *rule;
  const sentence *sent; /* for `unless`; NULL outside sentences */
  int failed;
} regex_hits;

static void on_regex_hit(void *ctx, size_t start, size_t end) {
  regex_hits *h = ctx;
  if (h->sent && excepted(h->c, h->sent, h->rule->index, start, end)) return;
  if (check_report(h->c, h->rule, start, end, h->rule->severity, NULL, NULL))
    h->failed = 1;
}

static int run_regex(check_ctx *c, const tact_rule *r, size_t start,
                     size_t end, const sentence *s) {
  regex_hits h = {c, r, s, 0};
  char err[256];
  for (size_t i = 0; i < r->nregex && !c->dead[r->index]; i++)
    if (rx_each(r->regex[i], c->rx, c->text, start, end, on_regex_hit, &h,
                err, sizeof err)) {
      result_warn(c->res, "%s: %s: %s", r->source, r->id, err);
      c->dead[r->index] = 1;
    }
  return h.failed ? -1 : 0;
}

/* 1 when one of the signals of list l matched inside bytes [a, b), as
 * v:signal counts them. */
static int signal_in(const check_ctx *c, const signal_list *l, size_t a,
                     size_t b) {
  for (size_t i = 0; i < c->nsignals; i++) {
    const check_signal *s = &c->signals[i];
    if (s->start < a || s->end > b) continue;
    for (size_t k = 0; k < l->names.n; k++)
      if (l->rules[k] == s->rule) return 1;
  }
  return 0;
}

/* A view rules are asked about: bytes [a, b), tokens t0 <= i < t1. */
typedef struct view_range {
  size_t a, b, t0, t1;
  int words; /* a rule of its scope has `when` or `unless` words */
} view_range;

/* 1 when rule r runs on view v: it has no `when`, or something there
 * triggers it, and no `unless` word or signal of it is there; 0 when not;
 * -1 when out of memory. *bits holds the view's trigger bits
 * (trig_hits_bits), read on first need: NULL for a new view. */
static int ask_triggers(check_ctx *c, const tact_rule *r, const view_range *v,
                        const uint64_t **bits) {
  size_t a = v->a, b = v->b;
  if (!r->trigger && !r->veto && !r->unless_signals.names.n) return 1;
  if (!*bits && (r->trigger || r->veto)) {
    trig_hits *h = triggers(c);
    if (!h) return -1;
    *bits = trig_hits_bits(h, a, b, v->t0, v->t1, v->words);
  }
  if (r->trigger && !TRIG_BIT(*bits, r->trigger - 1)) {
    int m = r->when_rx ? trig_hits_regex(c->trig, r, a, b) : 0;
    if (!m && r->when_signals.names.n) m = signal_in(c, &r->when_signals, a, b);
    if (m <= 0) return m;
  }
  if (r->veto && TRIG_BIT(*bits, r->veto - 1)) return 0;
  return !(r->unless_signals.names.n && signal_in(c, &r->unless_signals, a, b));
}

/* ask_triggers, with one common answer given here. A rule whose `when`
 * is words and phrases only is not asked where none of them is (its gate,
 * in run_scope); of the others, one whose `when` regex matched nowhere in
 * the text, with none of its words or phrases in the view, does not run. */
static inline int runs_on(check_ctx *c, const tact_rule *r,
                          const view_range *v, const uint64_t **bits) {
  if (*bits && r->when_rx && !TRIG_BIT(*bits, r->trigger - 1) &&
      !r->when_signals.names.n && trig_hits_regex_none(c->trig, r))
    return 0;
  return ask_triggers(c, r, v, bits);
}

/* ---- the stages ----------------------------------------------------------- */

/* Runs the rule at position k of the scope's rules (scope_gates) on view v
 * when it runs there. */
static inline int run_at(check_ctx *c, rule_scope scope, size_t k,
                         const view_range *v, const sentence *s,
                         size_t index, const uint64_t **bits) {
  const tact_engine *e = c->e;
  size_t nrx = e->nregex_rules[scope];
  const tact_rule *r = k < nrx ? e->regex_rules[scope][k].rule
                               : e->function_rules[scope][k - nrx].rule;
  /* A document rule's word limits come before its triggers. */
  if (k >= nrx && scope == SCOPE_DOCUMENT &&
      !rule_fits_words(r, c->res->summary.words))
    return 0;
  int run = runs_on(c, r, v, bits);
  if (run <= 0) return run;
  return k < nrx ? run_regex(c, r, v->a, v->b, s) : lua_view_call(c, r, index);
}

/* Regex and function rules of one scope over one sentence, paragraph or
 * the document. */
static int run_scope(check_ctx *c, rule_scope scope, size_t start,
                     size_t end, const sentence *s, size_t index) {
  const tact_engine *e = c->e;
  view_range v = {start, end, 0, c->seg.ntoks, e->scope_words[scope]};
  if (scope == SCOPE_SENTENCE) {
    v.t0 = s->tok_first;
    v.t1 = s->tok_end;
  } else if (scope == SCOPE_PARAGRAPH) {
    const paragraph *p = &c->seg.paras[index];
    v.t0 = c->seg.sents[p->sent_first].tok_first;
    v.t1 = c->seg.sents[p->sent_end - 1].tok_end;
  }
  /* Most rules are not triggered in most views: asked first, before a
   * regex search or a Lua call is prepared. Up to 64 rules, the view's
   * bits name the rules to ask (scope_gates). */
  const uint64_t *bits = NULL; /* the view's trigger bits, read once */
  const scope_gates *g = &e->gates[scope];
  if (g->fits) {
    uint64_t ask = g->always;
    if (g->slots) {
      trig_hits *h = triggers(c);
      if (!h) return -1;
      bits = trig_hits_bits(h, start, end, v.t0, v.t1, v.words);
      for (uint64_t b = bits[0] & g->slots; b; b &= b - 1)
        ask |= 1ull << g->pos[__builtin_ctzll(b)];
    }
    for (; ask; ask &= ask - 1)
      if (run_at(c, scope, (size_t)__builtin_ctzll(ask), &v, s, index, &bits))
        return -1;
    return 0;
  }
  /* More rules than that: each is tested. */
  size_t nrx = e->nregex_rules[scope], n = nrx + e->nfunction_rules[scope];
  for (size_t k = 0; k < n; k++) {
    const scope_rule *sr = k < nrx ? &e->regex_rules[scope][k]
                                   : &e->function_rules[scope][k - nrx];
    if (bits && sr->gate && !TRIG_BIT(bits, sr->gate - 1)) continue;
    if (run_at(c, scope, k, &v, s, index, &bits)) return -1;
  }
  return 0;
}

/* Symbols of the block's tokens for the automaton. Contractions that hide
 * a common word also match its long form. */
static int look_up_tokens(check_ctx *c) {
  check_scratch *sc = c->scratch;
  size_t n = c->seg.ntoks ? c->seg.ntoks : 1;
  if (n > sc->cap_syms) {
    size_t cap = sc->cap_syms;
    uint32_t *alts = sc->alts;
    uint8_t *classes = sc->classes;
    if (BASE_GROW(sc->syms, sc->cap_syms, n)) return -1;
    /* syms may be larger than the others; never read past the old cap */
    if (!(alts = realloc(alts, sc->cap_syms * sizeof *alts))) {
      sc->cap_syms = cap;
      return -1;
    }
    sc->alts = alts;
    if (!(classes = realloc(classes, sc->cap_syms))) {
      sc->cap_syms = cap;
      return -1;
    }
    sc->classes = classes;
  }
  c->syms = sc->syms;
  c->alts = sc->alts;
  c->classes = sc->classes;
  memset(c->alts, 0, n * sizeof *c->alts);
  uint32_t is = am_lookup(c->e->am, "is", 2);
  uint32_t would = am_lookup(c->e->am, "would", 5);
  for (size_t i = 0; i < c->seg.ntoks; i++) {
    const tok *t = &c->seg.toks[i];
    const char *norm = seg_norm(&c->seg, t);
    c->syms[i] = am_lookup(c->e->am, norm, t->norm_len);
    c->classes[i] =
        (uint8_t)((t->kind == TOK_NUMBER) << AM_CLASS_NUMBER |
                  !!(t->flags & TOKF_CAPS) << AM_CLASS_CAPS |
                  !!(t->flags & TOKF_STRETCHED) << AM_CLASS_STRETCHED);
    if (t->norm_len == 2 && norm[0] == '\'')
      c->alts[i] = norm[1] == 's' ? is : norm[1] == 'd' ? would : 0;
  }
  return stems_mark(c);
}

static int run_block_stages(check_ctx *c) {
  for (size_t i = 0; i < c->seg.nsents; i++) {
    const sentence *s = &c->seg.sents[i];
    if (am_scan(c->e->am, c->syms + s->tok_first, c->alts + s->tok_first,
                c->classes + s->tok_first,
                s->tok_end - s->tok_first, &c->am) ||
        report_phrases(c, s) ||
        run_scope(c, SCOPE_SENTENCE, s->start, s->end, s, i))
      return -1;
    c->am.nmatches = 0;
  }
  for (size_t i = 0; i < c->seg.nparas; i++) {
    const paragraph *p = &c->seg.paras[i];
    if (run_scope(c, SCOPE_PARAGRAPH, p->start, p->end, NULL, i)) return -1;
  }
  return 0;
}

/* ---- scratch ---------------------------------------------------------- */

/* Past these sizes a scratch's arrays are not kept for the next check (an
 * unusually large block should not hold its memory for the engine's life). */
#define KEEP_TOKENS 65536
#define KEEP_BYTES (1u << 20)

void check_scratch_free(check_scratch *s) {
  while (s) {
    check_scratch *next = s->next;
    seg_free(&s->seg);
    free(s->syms);
    free(s->alts);
    free(s->classes);
    free(s->dead);
    rx_scratch_free(s->rx);
    am_scratch_free(&s->am);
    tact_result_free(s->res);
    trig_hits_free(s->trig);
    free(s);
    s = next;
  }
}

/* Scratch from the engine's pool, or new; NULL when out of memory. */
static check_scratch *scratch_take(const tact_engine *e) {
  tact_engine *m = (tact_engine *)e; /* the pools are its mutable part */
  pthread_mutex_lock(&m->pool_lock);
  check_scratch *s = m->scratch;
  if (s) m->scratch = s->next;
  pthread_mutex_unlock(&m->pool_lock);
  if (s) {
    seg_clear(&s->seg);
    memset(s->dead, 0, e->nrules ? e->nrules : 1);
    s->am.nmatches = 0;
    return s;
  }
  if (!(s = calloc(1, sizeof *s)) ||
      !(s->dead = calloc(e->nrules ? e->nrules : 1, 1)) ||
      !(s->rx = rx_scratch_new()) || !(s->res = result_new())) {
    check_scratch_free(s);
    return NULL;
  }
  return s;
}

static void scratch_give(const tact_engine *e, check_scratch *s) {
  if (s->seg.tok_cap > KEEP_TOKENS || s->seg.pool_cap > KEEP_BYTES)
    seg_free(&s->seg);
  if (s->cap_syms > KEEP_TOKENS) {
    free(s->syms);
    free(s->alts);
    free(s->classes);
    s->syms = s->alts = NULL;
    s->classes = NULL;
    trig_hits_free(s->trig); /* sized by that block's tokens too */
    s->trig = NULL;
    s->cap_syms = 0;
  }
  if (s->am.cap_matches > KEEP_TOKENS || s->am.cap_cur > KEEP_TOKENS ||
      s->am.cap_next > KEEP_TOKENS)
    am_scratch_free(&s->am);
  tact_engine *m = (tact_engine *)e;
  pthread_mutex_lock(&m->pool_lock);
  s->next = m->scratch;
  m->scratch = s;
  pthread_mutex_unlock(&m->pool_lock);
}

static void ctx_free(check_ctx *c) {
  if (c->scratch) { /* the arrays are the scratch's (they may have moved) */
    c->scratch->seg = c->seg;
    c->scratch->am = c->am;
    seg_init(&c->seg);
    memset(&c->am, 0, sizeof c->am);
    c->syms = c->alts = NULL;
    c->classes = NULL;
    c->dead = NULL;
    c->rx = NULL;
  }
  if (c->sb) engine_release(c->e, c->sb);
  lua_view_end(c);
  if (!c->scratch) trig_hits_free(c->trig); /* else the scratch's */
  free(c->dead);
  free(c->signals);
  free(c->syms);
  free(c->alts);
  free(c->classes);
  rx_scratch_free(c->rx);
  am_scratch_free(&c->am);
  if (!c->words_shared) stems_free(c);
  seg_free(&c->seg);
  /* A block that keeps the scratch gives it back when it is freed. */
  if (c->scratch && !(c->block && c->block->held == c->scratch))
    scratch_give(c->e, c->scratch);
}

void check_block_free(check_block *b) {
  if (!b) return;
  if (b->held) {
    scratch_give(b->engine, b->held);
  } else {
    seg_free(&b->seg);
    free(b->syms);
  }
  for (size_t i = 0; i < b->nhits; i++) {
    free(b->hits[i].message);
    strvec_free(&b->hits[i].suggestions);
  }
  free(b->hits);
  free(b->signals);
  strvec_free(&b->warnings);
  tact_result_free(b->placed);
  memset(b, 0, sizeof *b);
}

int check_block_run(const tact_engine *e, check_block *b, const char *work,
                    size_t len, size_t start, size_t end,
                    struct word_cache **words, int keep) {
  check_ctx c = {.e = e, .text = work, .len = len, .block = b,
                 .words = *words, .words_shared = 1,
                 .scratch = scratch_take(e)};
  b->origin = start;
  seg_init(&b->seg);
  int rc = -1;
  if (c.scratch) {
    c.seg = c.scratch->seg;
    c.am = c.scratch->am;
    c.dead = c.scratch->dead;
    c.rx = c.scratch->rx;
    c.res = c.scratch->res;
    if (!seg_text(&c.seg, work, start, end) && !look_up_tokens(&c))
      rc = run_block_stages(&c);
  }
  if (!rc) rc = spelling_run(&c);
  *words = c.words;
  if (c.trig) b->words_to = trig_hits_words(c.trig, &b->words);
  if (c.syms) summary_count_tokens(e, &c.seg, c.syms, &b->counts);
  if (keep && c.scratch) { /* read in place: the block keeps the scratch */
    b->held = c.scratch;
    b->engine = e;
    b->seg = c.seg;
    b->syms = c.syms;
  } else {
    if (!rc && c.seg.ntoks) {
      if (!(b->syms = malloc(c.seg.ntoks * sizeof *b->syms)))
        rc = -1;
      else
        memcpy(b->syms, c.syms, c.seg.ntoks * sizeof *b->syms);
    }
    if (c.seg.tok_cap > KEEP_TOKENS || c.seg.pool_cap > KEEP_BYTES) {
      b->seg = c.seg; /* too large to keep in the scratch: no copy */
      seg_init(&c.seg);
    } else if (seg_copy(&b->seg, &c.seg)) {
      rc = -1;
    }
  }
  b->signals = c.signals;
  b->nsignals = c.nsignals;
  b->cap_signals = c.cap_signals;
  c.signals = NULL;
  if (c.res) {
    b->warnings = c.res->warnings;
    memset(&c.res->warnings, 0, sizeof c.res->warnings);
  }
  ctx_free(&c);
  return rc;
}

/* The blocks' segmentations as one, each shifted to where it now is: only
 * the paragraphs unless `syms` (document rules read the tokens; *syms then
 * gets their symbols, for the rules' triggers). */
static int seg_join(segmentation *dst, check_block *const *blocks,
                    const size_t *starts, size_t n, uint32_t **syms) {
  int tokens = syms != NULL;
  seg_clear(dst);
  size_t nt = 0, ns = 0, np = 0, pool = 0;
  for (size_t i = 0; i < n; i++) {
    nt += tokens ? blocks[i]->seg.ntoks : 0;
    ns += tokens ? blocks[i]->seg.nsents : 0;
    np += blocks[i]->seg.nparas;
    pool += tokens ? blocks[i]->seg.pool_len : 0;
  }
  if (BASE_GROW(dst->toks, dst->tok_cap, nt ? nt : 1) ||
      BASE_GROW(dst->sents, dst->sent_cap, ns ? ns : 1) ||
      BASE_GROW(dst->paras, dst->para_cap, np ? np : 1) ||
      BASE_GROW(dst->pool, dst->pool_cap, pool ? pool : 1) ||
      (tokens && !(*syms = malloc((nt ? nt : 1) * sizeof **syms))))
    return -1;
  for (size_t i = 0; i < n; i++) {
    const segmentation *s = &blocks[i]->seg;
    size_t d = starts[i] - blocks[i]->origin; /* wraps when moved back */
    size_t t0 = dst->ntoks, s0 = dst->nsents, p0 = dst->nparas;
    size_t o0 = dst->pool_len;
    if (tokens && s->ntoks) {
      if (!blocks[i]->syms) return -1; /* its check ran out of memory */
      memcpy(*syms + t0, blocks[i]->syms, s->ntoks * sizeof **syms);
    }
    for (size_t k = 0; tokens && k < s->ntoks; k++) {
      tok t = s->toks[k];
      t.start += d;
      t.end += d;
      t.norm += o0;
      dst->toks[dst->ntoks++] = t;
    }
    for (size_t k = 0; tokens && k < s->nsents; k++) {
      sentence x = s->sents[k];
      x.start += d;
      x.end += d;
      x.tok_first += t0;
      x.tok_end += t0;
      x.para += p0;
      dst->sents[dst->nsents++] = x;
    }
    for (size_t k = 0; k < s->nparas; k++) {
      paragraph p = s->paras[k];
      p.start += d;
      p.end += d;
      p.sent_first += s0;
      p.sent_end += s0;
      dst->paras[dst->nparas++] = p;
    }
    if (tokens && s->pool_len) {
      memcpy(dst->pool + o0, s->pool, s->pool_len);
      dst->pool_len += s->pool_len;
    }
  }
  return 0;
}

/* 1 when a document rule function may run on a text of `words`: only
 * then do the blocks need their tokens joined. */
static int document_rules_run(const tact_engine *e, size_t words) {
  for (size_t k = 0; k < e->nfunction_rules[SCOPE_DOCUMENT]; k++) {
    const tact_rule *r = e->function_rules[SCOPE_DOCUMENT][k].rule;
    if (r->enabled && rule_fits_words(r, words)) return 1;
  }
  return 0;
}

/* Whether a directive needs the paragraphs (`ignore`). */
static int ignores(const directives *dirs) {
  for (size_t i = 0; i < dirs->n; i++)
    if (dirs->d[i].op == DIR_IGNORE) return 1;
  return 0;
}

int check_needs_blocks(const tact_engine *e, size_t words,
                       const directives *dirs) {
  return document_rules_run(e, words) || ignores(dirs);
}

int check_block_place(const tact_engine *e, check_block *b, const char *text,
                      size_t len, size_t start, uint32_t line) {
  size_t d = start - b->origin, from = start;
  while (from > 0 && text[from - 1] != '\n' && text[from - 1] != '\r')
    from--;
  tact_result_free(b->placed);
  if (!(b->placed = result_new_block())) return -1;
  b->placed_at = start;
  b->placed_line = line;
  for (size_t i = 0; i < b->nhits; i++) {
    const check_hit *h = &b->hits[i];
    if (result_add(b->placed, e->rules[h->rule], h->start + d, h->end + d,
                   h->severity, h->message,
                   h->own_suggestions ? &h->suggestions : NULL))
      return -1;
  }
  return result_finish_at(b->placed, text, len, from, line);
}

/* The blocks' findings, signals, counts and warnings, less what
 * directives silence. */
static int add_blocks(check_ctx *c, const check_sum *sum) {
  for (size_t i = 0; i < sum->nsignals; i++) {
    const check_signal *s = &sum->signals[i];
    if (c->dirs.n &&
        directives_silence(&c->dirs, c->e->rules[s->rule], s->start))
      continue;
    if (BASE_GROW(c->signals, c->cap_signals, c->nsignals + 1)) return -1;
    c->signals[c->nsignals++] = *s;
  }
  tact_summary *s = &c->res->summary;
  s->words += sum->counts.words;
  s->sentences += sum->counts.sentences;
  s->pronoun_i += sum->counts.pronoun_i;
  s->pronoun_you += sum->counts.pronoun_you;
  s->pronoun_we += sum->counts.pronoun_we;
  for (size_t i = 0; i < sum->warnings.n; i++)
    if (strvec_push(&c->res->warnings, sum->warnings.v[i])) return -1;
  if (BASE_GROW(c->res->findings, c->res->cap, sum->nfound)) return -1;
  for (size_t i = 0; i < sum->nfound; i++) {
    const check_found *f = &sum->found[i];
    const tact_rule *r = c->e->rules[f->rule];
    if (c->dirs.n && directives_silence(&c->dirs, r, f->at)) continue;
    if (result_add_placed(c->res, r, &f->f)) return -1;
  }
  return 0;
}

tact_result *check_document(const tact_engine *e, const char *text,
                            const char *work, size_t len,
                            check_block *const *blocks, const size_t *starts,
                            size_t nblocks, const check_sum *sum,
                            const size_t *bad, size_t nbad, directives *dirs,
                            segmentation *joined) {
  tact_result *res = result_new(), *doc = result_new();
  if (!res || !doc) {
    tact_result_free(res);
    tact_result_free(doc);
    return NULL;
  }
  check_ctx c = {.e = e, .text = work, .len = len, .res = res, .dirs = *dirs,
                 .seg = *joined};
  check_scratch *sc = NULL;
  int rc = -1, fns = document_rules_run(e, sum->counts.words);
  int join = fns || ignores(dirs);
  /* One block where it was checked (a text checked once) is the document
   * as it is: read in place rather than copied. */
  int borrow = join && nblocks == 1 && starts[0] == blocks[0]->origin &&
               (blocks[0]->syms || !blocks[0]->seg.ntoks);
  seg_clear(&c.seg);
  if (borrow) {
    c.seg = blocks[0]->seg;
    c.syms = blocks[0]->syms;
  } else if (join && seg_join(&c.seg, blocks, starts, nblocks,
                              fns ? &c.syms : NULL)) {
    goto done;
  }
  directives_resolve(&c.dirs, &c.seg, work);
  if (add_blocks(&c, sum)) goto done;
  /* The document's own findings, placed apart, join the blocks'. Its
   * rules see the word count (min_words, max_words). */
  c.res = doc;
  doc->summary.words = res->summary.words;
  for (size_t i = 0; i < nbad; i++)
    if (check_report(&c, e->invalid_utf8, bad[2 * i], bad[2 * i + 1],
                     e->invalid_utf8->severity, NULL, NULL))
      goto done;
  /* Rule states, regex memory and triggers from the engine's scratch: a
   * check of one short reply should not allocate them anew. */
  if (!(sc = scratch_take(e))) goto done;
  c.dead = sc->dead;
  c.rx = sc->rx;
  if (sc->trig)
    c.trig = trig_hits_new(sc->trig, e->triggers, e->am, &c.seg, c.syms,
                           c.text, c.rx);
  sc->trig = NULL;
  /* A borrowed block's sentences have read its words for their triggers:
   * the document's are theirs. */
  if (borrow && blocks[0]->words_to && triggers(&c))
    trig_hits_seed(c.trig, blocks[0]->words_to, blocks[0]->words);
  if (run_scope(&c, SCOPE_DOCUMENT, 0, len, NULL, 0)) goto done;
  c.res = res;
  result_finish(doc, text, len);
  if (result_append(res, doc)) goto done;
  result_sort(res);
  rc = summarize(&c); /* after duplicates are gone */
done:
  c.res = res;
  if (rc) {
    res->n = 0;
    result_fail(res, TACT_ERROR_NOMEM, "out of memory while checking");
  }
  tact_result_free(doc);
  *dirs = c.dirs; /* resolved */
  if (borrow) { /* the block's: handed back */
    c.seg = *joined;
    seg_clear(&c.seg);
    c.syms = NULL;
  }
  *joined = c.seg; /* its memory serves the next check */
  seg_init(&c.seg);
  if (sc) { /* handed back */
    sc->trig = c.trig;
    c.trig = NULL;
    c.dead = NULL;
    c.rx = NULL;
    scratch_give(e, sc);
  }
  ctx_free(&c);
  return res;
}

tact_result *tact_check(const tact_engine *e, const char *text,
                        size_t length) {
  return tact_check_format(e, text, length, TACT_FORMAT_TEXT);
}

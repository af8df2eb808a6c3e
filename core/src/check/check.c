/* check.c — tact_check: one pass over a text, every stage in order.
 *
 * text → (mask invalid bytes, NULs, directives) → segment → per sentence:
 * phrases (one automaton scan), regexes, Lua functions → per paragraph →
 * document → sort and place findings. */
#include "check/check.h"

#include <stdlib.h>
#include <string.h>

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
  return result_add(c->res, rule, start, end, severity, message, suggestions);
}

/* ---- input preparation ----------------------------------------------- */

typedef struct span {
  size_t start, end;
} span;

typedef struct spans {
  span *v;
  size_t n, cap;
  int failed;
} spans;

static void on_invalid(void *ctx, size_t off, size_t len) {
  spans *s = ctx;
  if (BASE_GROW(s->v, s->cap, s->n + 1)) {
    s->failed = 1;
    return;
  }
  s->v[s->n++] = (span){off, off + len};
}

/* The text the stages read: the caller's own when it is clean (*work stays
 * NULL), otherwise a copy with bad bytes, NULs and directive comments
 * blanked (same offsets). Returns 0, or -1 when out of memory. */
static int prepare(check_ctx *c, const char *text, size_t len,
                   const spans *bad, char **work_out) {
  *work_out = NULL;
  if (!bad->n && !c->dirs.n && !memchr(text, '\0', len)) return 0;
  char *work = malloc(len ? len : 1);
  if (!work) return -1;
  memcpy(work, text, len);
  for (size_t i = 0; i < len; i++)
    if (!work[i]) work[i] = ' ';
  for (size_t i = 0; i < bad->n; i++)
    memset(work + bad->v[i].start, ' ', bad->v[i].end - bad->v[i].start);
  for (size_t i = 0; i < c->dirs.n; i++)
    for (size_t k = c->dirs.d[i].start; k < c->dirs.d[i].end; k++)
      if (work[k] != '\n') work[k] = ' ';
  *work_out = work;
  return 0;
}

/* ---- phrases ------------------------------------------------------------ */

static int by_rule_then_span(const void *pa, const void *pb) {
  const am_match *a = pa, *b = pb;
  if (a->rule != b->rule) return a->rule < b->rule ? -1 : 1;
  if (a->unless != b->unless) return a->unless ? -1 : 1; /* unless first */
  if (a->first != b->first) return a->first < b->first ? -1 : 1;
  return a->end > b->end ? -1 : a->end < b->end; /* longest first */
}

static int overlaps(size_t a, size_t b, size_t c, size_t d) {
  return a < d && c < b;
}

/* 1 when an `unless` match of `rule` overlaps [start, end) (bytes). */
static int excepted(const check_ctx *c, const sentence *s, uint32_t rule,
                    size_t start, size_t end) {
  for (size_t i = 0; i < c->am.nmatches; i++) {
    const am_match *m = &c->am.matches[i];
    if (m->rule != rule || !m->unless) continue;
    const tok *t = c->seg.toks + s->tok_first;
    if (overlaps(start, end, t[m->first].start, t[m->end - 1].end)) return 1;
  }
  return 0;
}

/* Keeps, per rule, the leftmost-longest matches that no `unless` covers. */
static int report_phrases(check_ctx *c, const sentence *s) {
  am_match *m = c->am.matches;
  size_t n = c->am.nmatches;
  if (!n) return 0;
  qsort(m, n, sizeof *m, by_rule_then_span);
  const tok *t = c->seg.toks + s->tok_first;
  size_t taken_end = 0;
  for (size_t i = 0; i < n; i++) {
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

/* ---- the stages ----------------------------------------------------------- */

/* Regex and function rules of one scope over one sentence, paragraph or
 * the document. */
static int run_scope(check_ctx *c, rule_scope scope, size_t start,
                     size_t end, const sentence *s, size_t index) {
  const tact_engine *e = c->e;
  for (size_t k = 0; k < e->nregex_rules[scope]; k++)
    if (run_regex(c, e->regex_rules[scope][k], start, end, s)) return -1;
  for (size_t k = 0; k < e->nfunction_rules[scope]; k++)
    if (lua_view_call(c, e->function_rules[scope][k], index)) return -1;
  return 0;
}

static int run_stages(check_ctx *c) {
  for (size_t i = 0; i < c->seg.nsents; i++) {
    const sentence *s = &c->seg.sents[i];
    if (am_scan(c->e->am, c->syms + s->tok_first, c->alts + s->tok_first,
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
  return run_scope(c, SCOPE_DOCUMENT, 0, c->len, NULL, 0);
}

tact_result *tact_check(const tact_engine *e, const char *text,
                        size_t length) {
  tact_result *res = result_new();
  if (!res) return NULL;
  if (!e || (!text && length)) {
    result_fail(res, TACT_ERROR_ARGUMENT, "no engine or no text given");
    return res;
  }
  if (e->status != TACT_OK && e->status != TACT_ERROR_RULE) {
    result_fail(res, e->status, "the engine is unusable: %s", e->message);
    return res;
  }
  if (!text) text = "";
  check_ctx c = {.e = e, .text = text, .len = length, .res = res};
  spans bad = {0};
  char *work = NULL;
  int rc = -1;
  seg_init(&c.seg);
  utf8_scan_invalid(text, length, on_invalid, &bad);
  if (bad.failed || directives_find(&c.dirs, text, length)) goto done;
  if (prepare(&c, text, length, &bad, &work)) goto done;
  if (work) c.text = work;
  if (!(c.dead = calloc(e->nrules ? e->nrules : 1, 1)) ||
      !(c.rx = rx_scratch_new()) || seg_text(&c.seg, c.text, 0, length) ||
      !(c.syms = malloc((c.seg.ntoks ? c.seg.ntoks : 1) * sizeof *c.syms)) ||
      !(c.alts = calloc(c.seg.ntoks ? c.seg.ntoks : 1, sizeof *c.alts)))
    goto done;
  directives_resolve(&c.dirs, &c.seg, c.text);
  /* Contractions that hide a common word also match its long form. */
  uint32_t is = am_lookup(e->am, "is", 2), would = am_lookup(e->am, "would", 5);
  for (size_t i = 0; i < c.seg.ntoks; i++) {
    const char *norm = seg_norm(&c.seg, &c.seg.toks[i]);
    c.syms[i] = am_lookup(e->am, norm, c.seg.toks[i].norm_len);
    if (strcmp(norm, "'s") == 0) c.alts[i] = is;
    else if (strcmp(norm, "'d") == 0) c.alts[i] = would;
  }
  for (size_t i = 0; i < bad.n; i++)
    if (check_report(&c, e->invalid_utf8, bad.v[i].start, bad.v[i].end,
                     e->invalid_utf8->severity, NULL, NULL))
      goto done;
  rc = run_stages(&c);
done:
  result_finish(res, text, length);
  if (!rc) rc = summarize(&c); /* after duplicates are gone */
  if (rc) result_fail(res, TACT_ERROR_NOMEM, "out of memory while checking");
  if (c.sb) engine_release(e, c.sb);
  free(c.dead);
  free(c.signals);
  free(c.syms);
  free(c.alts);
  free(work);
  free(bad.v);
  rx_scratch_free(c.rx);
  am_scratch_free(&c.am);
  directives_free(&c.dirs);
  seg_free(&c.seg);
  return res;
}

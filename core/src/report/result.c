/* result.c — findings of one check: collect, sort, place, free. */
#include "report/result.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text/text.h"

tact_result *result_new(void) { return calloc(1, sizeof(tact_result)); }

tact_result *result_new_block(void) {
  tact_result *r = result_new();
  if (r) r->block = 1;
  return r;
}

void tact_result_free(tact_result *self) {
  if (!self) return;
  free(self->findings);
  strvec_free(&self->owned);
  for (size_t i = 0; i < self->nrules; i++)
    result_rule_release(self->rules[i]);
  free(self->rules);
  strvec_free(&self->warnings);
  free(self->summary_names);
  free(self->summary_counts);
  free(self->message);
  free(self->rule_of);
  free(self->at_of);
  free(self);
}

/* Keeps a block of memory until the result is freed; NULL stays NULL. */
static void *own(tact_result *r, void *p) {
  if (p && strvec_take(&r->owned, p)) return NULL; /* p was freed */
  return p;
}

static char *own_copy(tact_result *r, const char *s) {
  return own(r, base_strdup(s));
}

/* A list of copies of the strings of sv, or NULL (memory). */
static char **own_list(tact_result *r, const strvec *sv) {
  char **v = own(r, calloc(sv->n ? sv->n : 1, sizeof *v));
  for (size_t i = 0; v && i < sv->n; i++)
    if (!(v[i] = own_copy(r, sv->v[i]))) return NULL;
  return v;
}

/* A rule's suggestions as a list that is never NULL. */
static char **rule_suggestions(const tact_rule *rule) {
  static char *none[1];
  return rule->suggestions.v ? rule->suggestions.v : none;
}

static void result_rule_free(result_rule *rr) {
  free(rr->id);
  free(rr->category);
  free(rr->message);
  for (size_t i = 0; rr->suggestions && i < rr->nsuggestions; i++)
    free(rr->suggestions[i]);
  free(rr->suggestions);
  free(rr);
}

void result_rule_release(result_rule *rr) {
  if (rr && atomic_fetch_sub_explicit(&rr->refs, 1, memory_order_acq_rel) == 1)
    result_rule_free(rr);
}

/* A copy of the rule's strings holding one reference (the rule's). */
static result_rule *result_rule_new(const tact_rule *rule) {
  result_rule *rr = calloc(1, sizeof *rr);
  if (!rr) return NULL;
  atomic_init(&rr->refs, 1);
  size_t n = rule->suggestions.n;
  if ((rr->suggestions = calloc(n ? n : 1, sizeof *rr->suggestions)))
    for (; rr->nsuggestions < n; rr->nsuggestions++)
      if (!(rr->suggestions[rr->nsuggestions] =
                base_strdup(rule->suggestions.v[rr->nsuggestions])))
        break;
  if (!(rr->id = base_strdup(rule->id)) ||
      !(rr->category = base_strdup(rule->category)) ||
      !(rr->message = base_strdup(rule->message)) || !rr->suggestions ||
      rr->nsuggestions < n) {
    result_rule_free(rr);
    return NULL;
  }
  return rr;
}

/* The rule's strings, made on first use; threads checking at once may
 * both make them, and the one that comes second drops its copy. */
static result_rule *shared_strings(const tact_rule *rule) {
  tact_rule *m = (tact_rule *)rule; /* `strings` is its mutable part */
  result_rule *rr = atomic_load_explicit(&m->strings, memory_order_acquire);
  if (rr) return rr;
  result_rule *made = result_rule_new(rule);
  if (!made) return NULL;
  if (atomic_compare_exchange_strong_explicit(&m->strings, &rr, made,
                                              memory_order_acq_rel,
                                              memory_order_acquire))
    return made;
  result_rule_free(made);
  return rr;
}

/* Whether r holds a reference to rr. */
static int holds(const tact_result *r, const result_rule *rr) {
  for (size_t i = 0; i < r->nrules; i++)
    if (r->rules[i] == rr) return 1;
  return 0;
}

static const result_rule *rule_strings(tact_result *r, const tact_rule *rule) {
  result_rule *rr = shared_strings(rule);
  if (!rr || holds(r, rr)) return rr;
  if (BASE_GROW(r->rules, r->cap_rules, r->nrules + 1)) return NULL;
  atomic_fetch_add_explicit(&rr->refs, 1, memory_order_relaxed);
  return r->rules[r->nrules++] = rr;
}

int result_add(tact_result *r, const tact_rule *rule, size_t start,
               size_t end, tact_severity severity, const char *message,
               const strvec *suggestions) {
  /* A block's result lives no longer than the engine: it points to the
   * rule's strings rather than copying them. */
  result_rule borrowed = {.id = rule->id,
                          .category = rule->category,
                          .message = rule->message,
                          .suggestions = rule_suggestions(rule),
                          .nsuggestions = rule->suggestions.n};
  const result_rule *rr = r->block ? &borrowed : rule_strings(r, rule);
  if (!rr || BASE_GROW(r->findings, r->cap, r->n + 1)) return -1;
  if (r->block && (BASE_GROW(r->rule_of, r->cap_rule_of, r->n + 1) ||
                   BASE_GROW(r->at_of, r->cap_at_of, r->n + 1)))
    return -1;
  tact_finding f = {.start = start, .end = end, .severity = severity};
  f.rule_id = rr->id;
  f.category = rr->category;
  f.message = message ? own_copy(r, message) : rr->message;
  f.suggestions = (const char *const *)(suggestions ? own_list(r, suggestions)
                                                    : rr->suggestions);
  f.suggestion_count = suggestions ? suggestions->n : rr->nsuggestions;
  if (!f.message || !f.suggestions) return -1;
  if (r->block) {
    r->rule_of[r->n] = rule->index;
    r->at_of[r->n] = start;
  }
  r->findings[r->n++] = f;
  return 0;
}

int result_add_placed(tact_result *r, const tact_rule *rule,
                      const tact_finding *f) {
  const result_rule *rr = rule_strings(r, rule);
  if (!rr || BASE_GROW(r->findings, r->cap, r->n + 1)) return -1;
  tact_finding g = *f;
  g.rule_id = rr->id;
  g.category = rr->category;
  if (g.message == rule->message) g.message = rr->message;
  if (g.suggestions == (const char *const *)rule_suggestions(rule))
    g.suggestions = (const char *const *)rr->suggestions;
  r->findings[r->n++] = g;
  return 0;
}

int result_adopt(tact_result *r, tact_result *b) {
  /* b's references to rules' strings move to r (one per rule: both are
   * of one engine, so a rule's strings are the same object in both). */
  if (BASE_GROW(r->rules, r->cap_rules, r->nrules + b->nrules)) return -1;
  for (size_t i = 0; i < b->nrules; i++) {
    if (holds(r, b->rules[i]))
      result_rule_release(b->rules[i]);
    else
      r->rules[r->nrules++] = b->rules[i];
  }
  b->nrules = 0;
  if (!b->owned.n) return 0;
  if (BASE_GROW(r->owned.v, r->owned.cap, r->owned.n + b->owned.n)) return -1;
  memcpy(r->owned.v + r->owned.n, b->owned.v, b->owned.n * sizeof *b->owned.v);
  r->owned.n += b->owned.n;
  b->owned.n = 0;
  return 0;
}

int result_append(tact_result *r, tact_result *b) {
  if (BASE_GROW(r->findings, r->cap, r->n + b->n) ||
      BASE_GROW(r->warnings.v, r->warnings.cap, r->warnings.n + b->warnings.n) ||
      result_adopt(r, b))
    return -1;
  if (b->n) memcpy(r->findings + r->n, b->findings, b->n * sizeof *b->findings);
  r->n += b->n;
  b->n = 0;
  if (b->warnings.n)
    memcpy(r->warnings.v + r->warnings.n, b->warnings.v,
           b->warnings.n * sizeof *b->warnings.v);
  r->warnings.n += b->warnings.n;
  b->warnings.n = 0;
  return 0;
}

void result_warn(tact_result *r, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  strvec_take(&r->warnings, base_vprintf(fmt, ap));
  va_end(ap);
}

void result_fail(tact_result *r, tact_status status, const char *fmt, ...) {
  if (r->status != TACT_OK) return;
  va_list ap;
  va_start(ap, fmt);
  r->status = status;
  r->message = base_vprintf(fmt, ap);
  va_end(ap);
}

static int by_position(const void *pa, const void *pb) {
  const tact_finding *a = pa, *b = pb;
  if (a->start != b->start) return a->start < b->start ? -1 : 1;
  if (a->end != b->end) return a->end < b->end ? -1 : 1;
  return strcmp(a->rule_id, b->rule_id);
}

/* A moving position: line, and UTF-16 units since the line began. */
typedef struct cursor {
  size_t off, line_start;
  uint32_t line, units;
} cursor;

/* Line breaks as LSP counts them: \n, \r\n and a lone \r. A text without
 * \r (`has_cr` = 0) jumps from line to line with memchr, so placing
 * findings in a long document costs little more than its line count. */
static void advance(const char *text, size_t len, cursor *c, size_t target,
                    int has_cr) {
  if (target > len) target = len;
  const char *nl;
  while (!has_cr && c->off < target &&
         (nl = memchr(text + c->off, '\n', target - c->off))) {
    c->off = (size_t)(nl - text) + 1;
    c->line++;
    c->line_start = c->off;
    c->units = 0;
  }
  while (c->off < target) {
    /* Without \r, no line break is left before target (the loop above
     * passed the last): eight ASCII bytes are eight units. */
    uint64_t x;
    if (!has_cr && target - c->off >= 8 &&
        (memcpy(&x, text + c->off, 8), !(x & 0x8080808080808080ull))) {
      c->units += 8;
      c->off += 8;
      continue;
    }
    unsigned char ch = (unsigned char)text[c->off];
    if (ch == '\n' || (ch == '\r' && (c->off + 1 >= len ||
                                      text[c->off + 1] != '\n'))) {
      c->off++;
      c->line++;
      c->line_start = c->off;
      c->units = 0;
    } else if (ch == '\r') {
      c->off++; /* the \n that follows breaks the line */
    } else if (ch < 0x80) {
      c->units++;
      c->off++;
    } else {
      size_t n = utf8_valid_len((const uint8_t *)text + c->off, len - c->off);
      c->units += n == 4 ? 2 : 1; /* an invalid byte shows as one U+FFFD */
      c->off += n ? n : 1;
    }
  }
}

static int32_t first_char(const char *s, size_t n, size_t *len) {
  utf8proc_int32_t cp = -1;
  utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s,
                                        (utf8proc_ssize_t)n, &cp);
  *len = k > 0 ? (size_t)k : 0;
  return k > 0 ? cp : -1;
}

/* "I", "I'm", "I've"… keep their capital mid-sentence. */
static int starts_with_pronoun_i(const char *s) {
  return s[0] == 'I' && (s[1] == '\0' || s[1] == ' ' || s[1] == '\'' ||
                         strncmp(s + 1, "\xE2\x80\x99", 3) == 0);
}

/* Whether `off` begins a sentence: only spaces, opening quotes and brackets
 * stand between it and the start of the text, a line break or a . ! ? */
static int at_sentence_start(const char *text, size_t off) {
  while (off > 0) {
    unsigned char ch = (unsigned char)text[off - 1];
    if (ch == ' ' || ch == '\t' || ch == '"' || ch == '\'' || ch == '(' ||
        ch == '[')
      off--;
    else if (off >= 3 && (unsigned char)text[off - 3] == 0xE2 &&
             (unsigned char)text[off - 2] == 0x80 &&
             (ch == 0x9C || ch == 0x98)) /* “ ‘ */
      off -= 3;
    else
      return ch == '\n' || ch == '\r' || ch == '.' || ch == '!' || ch == '?';
  }
  return 1;
}

/* Returns a copy of `sugg` whose first letter suits where the span stands:
 * capital at a sentence start, small inside a sentence. A span that starts
 * with a capital inside a sentence ("I", a name, CAPS) leaves the
 * suggestion as written, and "I", "I'm"… keep their capital anywhere.
 * NULL when nothing changes. */
static char *fit_case(const char *text, size_t start, size_t end,
                      const char *sugg) {
  size_t a, b;
  int32_t sc = first_char(text + start, end - start, &a);
  int32_t gc = first_char(sugg, strlen(sugg), &b);
  if (sc < 0 || gc < 0) return NULL;
  int32_t want = gc;
  if (utf8proc_isupper(sc) && at_sentence_start(text, start))
    want = utf8proc_toupper(gc);
  else if (utf8proc_islower(sc) && !starts_with_pronoun_i(sugg))
    want = utf8proc_tolower(gc);
  if (want == gc) return NULL;
  utf8proc_uint8_t enc[4];
  utf8proc_ssize_t k = utf8proc_encode_char(want, enc);
  size_t rest = strlen(sugg) - b;
  char *out = malloc((size_t)k + rest + 1);
  if (!out) return NULL;
  memcpy(out, enc, (size_t)k);
  memcpy(out + k, sugg + b, rest + 1);
  return out;
}

/* A finding whose only fix is deleting the span takes one neighbouring
 * space with it, so accepting the fix leaves no double space: the space
 * before it inside a sentence ("is  the" -> "is the"), the space after it
 * at the start of one. */
static void absorb_space(tact_finding *f, const char *text, size_t len) {
  if (!f->suggestion_count) return;
  for (size_t k = 0; k < f->suggestion_count; k++)
    if (f->suggestions[k][0]) return;
  int space_before = f->start > 0 && text[f->start - 1] == ' ';
  int space_after = f->end < len && text[f->end] == ' ';
  if (space_before && (f->end == len || space_after ||
                       strchr(",.;:!?)\r\n", text[f->end])))
    f->start--;
  else if (space_after && at_sentence_start(text, f->start))
    f->end++;
}

/* A block's finding with what is kept beside it, for sorting. */
typedef struct tracked {
  tact_finding f;
  uint32_t rule;
  size_t at;
} tracked;

static int tracked_by_position(const void *pa, const void *pb) {
  return by_position(&((const tracked *)pa)->f, &((const tracked *)pb)->f);
}

/* Sorts a block's findings with their rules and starts. */
static int sort_tracked(tact_result *r) {
  tracked *t = malloc(r->n * sizeof *t);
  if (!t) return -1;
  for (size_t i = 0; i < r->n; i++)
    t[i] = (tracked){r->findings[i], r->rule_of[i], r->at_of[i]};
  qsort(t, r->n, sizeof *t, tracked_by_position);
  for (size_t i = 0; i < r->n; i++) {
    r->findings[i] = t[i].f;
    r->rule_of[i] = t[i].rule;
    r->at_of[i] = t[i].at;
  }
  free(t);
  return 0;
}

/* Drops findings equal in place and rule to the one before them. */
static void drop_duplicates(tact_result *r) {
  size_t kept = 0;
  for (size_t i = 0; i < r->n; i++) {
    if (kept && by_position(&r->findings[kept - 1], &r->findings[i]) == 0)
      continue;
    r->findings[kept] = r->findings[i];
    if (r->block) {
      r->rule_of[kept] = r->rule_of[i];
      r->at_of[kept] = r->at_of[i];
    }
    kept++;
  }
  r->n = kept;
}

int result_finish_at(tact_result *r, const char *text, size_t len,
                     size_t from, uint32_t line) {
  for (size_t i = 0; i < r->n; i++) {
    tact_finding *f = &r->findings[i];
    char **mine = NULL; /* lists are shared: change a copy */
    for (size_t k = 0; k < f->suggestion_count; k++) {
      char *fitted = own(r, fit_case(text, f->start, f->end, f->suggestions[k]));
      if (!fitted) continue;
      if (!mine && (mine = own(r, malloc(f->suggestion_count * sizeof *mine))))
        memcpy(mine, f->suggestions, f->suggestion_count * sizeof *mine);
      if (mine) mine[k] = fitted;
    }
    if (mine) f->suggestions = (const char *const *)mine;
    absorb_space(f, text, len);
  }
  if (r->n > 1) {
    if (!r->block) qsort(r->findings, r->n, sizeof *r->findings, by_position);
    else if (sort_tracked(r)) return -1;
  }
  drop_duplicates(r);
  size_t to = from; /* placing reads no further than the last end */
  for (size_t i = 0; i < r->n; i++)
    if (r->findings[i].end > to) to = r->findings[i].end;
  if (to > len) to = len;
  int has_cr = r->n && memchr(text + from, '\r', to - from) != NULL;
  cursor c = {from, from, line, 0};
  for (size_t i = 0; i < r->n; i++) {
    tact_finding *f = &r->findings[i];
    advance(text, len, &c, f->start, has_cr);
    f->line = c.line;
    f->column = (uint32_t)(f->start - c.line_start + 1);
    f->column_utf16 = c.units + 1;
    cursor e = c;
    advance(text, len, &e, f->end, has_cr);
    f->end_line = e.line;
    f->end_column = (uint32_t)(f->end - e.line_start + 1);
    f->end_column_utf16 = e.units + 1;
  }
  return 0;
}

void result_finish(tact_result *r, const char *text, size_t len) {
  result_finish_at(r, text, len, 0, 1);
}

void result_sort(tact_result *r) {
  tact_finding *f = r->findings;
  size_t n = r->n, k = 1;
  while (k < n && by_position(&f[k - 1], &f[k]) <= 0) k++;
  if (k < n) {
    /* Two sorted runs (blocks', then the document's) are merged. */
    size_t j = k + 1;
    while (j < n && by_position(&f[j - 1], &f[j]) <= 0) j++;
    tact_finding *t = j == n ? malloc(n * sizeof *t) : NULL;
    if (t) {
      size_t a = 0, b = k, o = 0;
      while (a < k || b < n)
        t[o++] = b == n || (a < k && by_position(&f[a], &f[b]) <= 0) ? f[a++]
                                                                      : f[b++];
      memcpy(f, t, n * sizeof *t);
      free(t);
    } else {
      qsort(f, n, sizeof *f, by_position);
    }
  }
  drop_duplicates(r);
}

size_t result_count_lines(const char *text, size_t len, size_t from,
                          size_t to) {
  size_t n = 0;
  for (const char *c = memchr(text + from, '\n', to - from); c;
       c = memchr(c + 1, '\n', to - (size_t)(c + 1 - text)))
    n++;
  for (const char *c = memchr(text + from, '\r', to - from); c;
       c = memchr(c + 1, '\r', to - (size_t)(c + 1 - text)))
    if ((size_t)(c + 1 - text) >= len || c[1] != '\n') n++;
  return n;
}

tact_status tact_result_status(const tact_result *self) {
  return self ? self->status : TACT_ERROR_ARGUMENT;
}
const char *tact_result_message(const tact_result *self) {
  return self && self->message ? self->message : "";
}
size_t tact_result_count(const tact_result *self) {
  return self ? self->n : 0;
}
const tact_finding *tact_result_finding(const tact_result *self,
                                        size_t index) {
  return self && index < self->n ? &self->findings[index] : NULL;
}
const tact_summary *tact_result_summary(const tact_result *self) {
  return self ? &self->summary : NULL;
}

size_t tact_result_warning_count(const tact_result *self) {
  return self ? self->warnings.n : 0;
}
const char *tact_result_warning(const tact_result *self, size_t index) {
  return self && index < self->warnings.n ? self->warnings.v[index] : NULL;
}

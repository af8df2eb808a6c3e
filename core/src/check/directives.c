/* directives.c — comments in the text that switch rules off and on. */
#include "check/directives.h"

#include <stdlib.h>
#include <string.h>

static int is_blank(char c) { return c == ' ' || c == '\t'; }

/* The comment holding "tact:" at `at`, if it is one: sets [*start, *end)
 * and the content after "tact:" up to *cend. */
static int comment_at(const char *text, size_t len, size_t at, int lines,
                      size_t *start, size_t *end, size_t *cend) {
  size_t b = at;
  while (b > 0 && is_blank(text[b - 1])) b--;
  if (b >= 4 && memcmp(text + b - 4, "<!--", 4) == 0) {
    for (size_t k = at + 5; k + 3 <= len; k++) {
      if (text[k] == '\n' && k + 1 < len && text[k + 1] == '\n') break;
      if (memcmp(text + k, "-->", 3) == 0) {
        *start = b - 4;
        *cend = k;
        *end = k + 3;
        return 1;
      }
    }
    return 0;
  }
  if (!lines) return 0;
  /* A line of its own: optional blanks, a marker, blanks, "tact:". */
  size_t m = b;
  if (m >= 2 && memcmp(text + m - 2, "//", 2) == 0)
    m -= 2;
  else if (m >= 1 && (text[m - 1] == '#' || text[m - 1] == '%'))
    m -= 1;
  else
    return 0;
  while (m > 0 && is_blank(text[m - 1])) m--;
  if (m > 0 && text[m - 1] != '\n') return 0;
  size_t e = at;
  while (e < len && text[e] != '\n' && text[e] != '\r') e++;
  *start = m;
  *cend = *end = e;
  return 1;
}

static int parse(directive *d, const char *s, size_t n) {
  size_t i = 0;
  while (i < n && is_blank(s[i])) i++;
  size_t w = i;
  while (i < n && !is_blank(s[i]) && s[i] != ',') i++;
  if (i - w == 3 && memcmp(s + w, "off", 3) == 0)
    d->op = DIR_OFF;
  else if (i - w == 2 && memcmp(s + w, "on", 2) == 0)
    d->op = DIR_ON;
  else if (i - w == 6 && memcmp(s + w, "ignore", 6) == 0)
    d->op = DIR_IGNORE;
  else
    return 0;
  for (;;) {
    while (i < n && (is_blank(s[i]) || s[i] == ',')) i++;
    if (i >= n) return 1;
    w = i;
    while (i < n && !is_blank(s[i]) && s[i] != ',') i++;
    if (strvec_pushn(&d->names, s + w, i - w)) return -1;
  }
}

int directives_find(directives *ds, const char *text, size_t len, int lines) {
  /* Colons are rarer than t's: look for those, then for "tact" before. */
  size_t from = 0;
  while (from < len) {
    const char *colon = memchr(text + from, ':', len - from);
    if (!colon) break;
    size_t c = (size_t)(colon - text);
    from = c + 1;
    if (c < 4 || memcmp(text + c - 4, "tact", 4) != 0) continue;
    size_t at = c - 4, start, end, cend;
    if (!comment_at(text, len, at, lines, &start, &end, &cend)) continue;
    directive d = {.start = start, .end = end};
    int ok = parse(&d, text + at + 5, cend - (at + 5));
    if (ok == 1 && BASE_GROW(ds->d, ds->cap, ds->n + 1) == 0) {
      ds->d[ds->n++] = d;
      from = end;
      continue;
    }
    strvec_free(&d.names);
    if (ok != 0) return -1; /* memory */
  }
  return 0;
}

void directives_free(directives *ds) {
  for (size_t i = 0; i < ds->n; i++) strvec_free(&ds->d[i].names);
  free(ds->d);
  memset(ds, 0, sizeof *ds);
}

/* 1 when text[a, b) holds a blank line (a paragraph break). */
static int blank_line_in(const char *text, size_t a, size_t b) {
  for (size_t i = a; i < b; i++) {
    if (text[i] != '\n') continue;
    size_t k = i + 1;
    while (k < b && (is_blank(text[k]) || text[k] == '\r')) k++;
    if (k < b && text[k] == '\n') return 1;
  }
  return 0;
}

void directives_resolve(directives *ds, const segmentation *seg,
                        const char *text) {
  for (size_t i = 0; i < ds->n; i++) {
    directive *d = &ds->d[i];
    if (d->op != DIR_IGNORE) continue;
    /* The last paragraph that starts before the comment holds it, unless a
     * blank line lies between; otherwise the comment governs the next. */
    size_t p = 0;
    while (p < seg->nparas && seg->paras[p].start < d->start) p++;
    if (p > 0 && !blank_line_in(text, seg->paras[p - 1].end, d->start)) p--;
    if (p < seg->nparas) {
      d->from = seg->paras[p].start;
      d->to = seg->paras[p].end;
    }
  }
}

static int names(const directive *d, const tact_rule *rule) {
  if (!d->names.n) return 1;
  for (size_t i = 0; i < d->names.n; i++)
    if (rule_is(rule, d->names.v[i])) return 1;
  return 0;
}

int directives_silence(const directives *ds, const tact_rule *rule,
                       size_t at) {
  int off = 0;
  for (size_t i = 0; i < ds->n; i++) {
    const directive *d = &ds->d[i];
    if (d->op == DIR_IGNORE) {
      if (at >= d->from && at < d->to && names(d, rule)) return 1;
    } else if (d->end <= at && names(d, rule)) {
      off = d->op == DIR_OFF;
    }
  }
  return off;
}

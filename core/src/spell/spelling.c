/* spelling.c — spelling.unknown-word: words no loaded dictionary or word
 * list knows, with Hunspell's suggestions.
 *
 * Not words to spell: URLs and e-mail addresses (their own token kinds),
 * acronyms in capitals, words with digits, file names and identifiers
 * (joined to letters by `.`, `/`, `_` or `\`; camelCase), and code between
 * backticks or in ``` / ~~~ fences. */
#include <stdlib.h>
#include <string.h>

#include "check/check.h"
#include "spell/spell.h"

/* Suggestions per finding, and the distinct words per block (a paragraph,
 * a list item…) that get them: Hunspell takes ~20 ms a word. Later words
 * get none even when the dictionary's cache has them, so what a block
 * gives depends on its text alone (an edited document and a fresh check
 * agree). */
#define SUGGESTIONS_MAX 5
#define SUGGEST_WORDS 20

typedef struct range {
  size_t start, end;
} range;

typedef struct ranges {
  range *v;
  size_t n, cap;
} ranges;

static int add_range(ranges *r, size_t start, size_t end) {
  if (BASE_GROW(r->v, r->cap, r->n + 1)) return -1;
  r->v[r->n++] = (range){start, end};
  return 0;
}

static size_t line_end(const char *s, size_t i, size_t n) {
  const char *nl = memchr(s + i, '\n', n - i);
  return nl ? (size_t)(nl - s) + 1 : n;
}

/* A line of only spaces and tabs (its end included). */
static int blank(const char *s, size_t i, size_t end) {
  for (; i < end; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n') return 0;
  return 1;
}

/* Code fences and inline code in s[from, n), in text order, not
 * overlapping. An inline span is a run of backticks closed by a run of the
 * same length before the paragraph ends (as in CommonMark). Markdown and
 * HTML come with code already cut out of their prose (scope/); this is for
 * plain text and e-mail. */
static int code_ranges(const char *s, size_t from, size_t n, ranges *out) {
  size_t fence_start = 0, fence_len = 0;
  char fence_ch = 0;
  for (size_t i = from; i < n;) {
    size_t eol = line_end(s, i, n), k = i;
    while (k < eol && k < i + 3 && s[k] == ' ') k++;
    size_t run = 0;
    while (k + run < eol && (s[k + run] == '`' || s[k + run] == '~') &&
           s[k + run] == s[k])
      run++;
    if (fence_ch) {
      if (run >= fence_len && s[k] == fence_ch && blank(s, k + run, eol)) {
        if (add_range(out, fence_start, eol)) return -1;
        fence_ch = 0;
      }
      i = eol;
      continue;
    }
    if (run >= 3) {
      fence_ch = s[k];
      fence_len = run;
      fence_start = i;
      i = eol;
      continue;
    }
    /* Inline spans on this line, possibly running on to later lines. */
    for (size_t j = i; j < eol;) {
      if (s[j] != '`') {
        j++;
        continue;
      }
      size_t open = j, len = 0;
      while (j < n && s[j] == '`') j++, len++;
      size_t close = 0;
      for (size_t m = j; m < n;) {
        if (s[m] == '\n' && blank(s, m + 1, line_end(s, m + 1, n))) break;
        if (s[m] != '`') {
          m++;
          continue;
        }
        size_t r = 0;
        while (m < n && s[m] == '`') m++, r++;
        if (r == len) {
          close = m;
          break;
        }
      }
      if (!close) continue; /* a lone backtick is just a character */
      if (add_range(out, open, close)) return -1;
      j = close;
      if (j >= eol) eol = line_end(s, j, n);
    }
    i = eol;
  }
  if (fence_ch) return add_range(out, fence_start, n);
  return 0;
}

static int in_ranges(const ranges *r, size_t *at, size_t start) {
  while (*at < r->n && r->v[*at].end <= start) (*at)++;
  return *at < r->n && r->v[*at].start <= start;
}

static int is_alnum(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
         (ch >= '0' && ch <= '9') || (ch & 0x80);
}

/* Part of a file name, path or identifier: "config.yaml", "src/main",
 * "snake_case". */
static int joined(const char *s, size_t n, size_t start, size_t end) {
  static const char glue[] = "./_\\";
  if (start >= 2 && strchr(glue, s[start - 1]) && is_alnum(s[start - 2]))
    return 1;
  return end + 1 < n && strchr(glue, s[end]) && s[end] && is_alnum(s[end + 1]);
}

static int has_digit(const char *s, size_t start, size_t end) {
  for (size_t i = start; i < end; i++)
    if (s[i] >= '0' && s[i] <= '9') return 1;
  return 0;
}

/* An identifier such as "didOpen": lower case first, a capital later. */
static int camel_case(const char *s, size_t start, size_t end) {
  if (s[start] < 'a' || s[start] > 'z') return 0;
  for (size_t i = start + 1; i < end; i++)
    if (s[i] >= 'A' && s[i] <= 'Z') return 1;
  return 0;
}

/* 1 when token i is the second or third part of a split word ("n't"). */
static int continues_word(const segmentation *seg, size_t i) {
  const tok *t = &seg->toks[i];
  return (t->flags & TOKF_SPLIT) && i > 0 &&
         (seg->toks[i - 1].flags & TOKF_SPLIT) &&
         seg->toks[i - 1].end == t->start;
}

/* 1 when the capitalised word at token i is taken for a name: replies
 * address people by name ("Hi Tomasz,", "I spoke to Priyanka", "Best
 * regards, Oluwaseun"), and no dictionary knows them all. A capital inside
 * a sentence marks a name; at the start of the sentence it marks only the
 * start, and the word is spelt. */
static int names_someone(const segmentation *seg, const sentence *s,
                         size_t i) {
  if (!s || !(seg->toks[i].flags & TOKF_UPPER)) return 0;
  size_t first = s->tok_first; /* the sentence's first word */
  while (first < i && seg->toks[first].kind != TOK_WORD) first++;
  return first != i;
}

static int report(check_ctx *c, const tact_rule *r, size_t start, size_t end,
                  strvec *suggested) {
  char *word = base_strndup(c->text + start, end - start);
  strvec sugg = {0};
  if (!word) return -1;
  int got = 0;
  if (strvec_has(suggested, word) ||
      (suggested->n < SUGGEST_WORDS && !(got = strvec_push(suggested, word))))
    got = dict_suggest(c->e->dict, word, SUGGESTIONS_MAX, &sugg);
  char *msg = base_printf("'%s' is not in the %s dictionary or word lists.",
                          word, dict_language(c->e->dict));
  int rc = got < 0 || !msg ? -1
                           : check_report(c, r, start, end, r->severity, msg,
                                          &sugg);
  free(msg);
  free(word);
  strvec_free(&sugg);
  return rc;
}

int spelling_run(check_ctx *c) {
  const tact_rule *r = c->e->spelling;
  if (!c->e->dict || !r->enabled || r->severity > c->e->min_severity)
    return 0;
  const segmentation *seg = &c->seg;
  ranges code = {0};
  size_t at = 0;
  strvec suggested = {0};
  if (!seg->ntoks) return 0;
  /* Only this block's bytes: a check goes block by block. */
  int rc = code_ranges(c->text, seg->toks[0].start,
                       seg->toks[seg->ntoks - 1].end, &code);
  size_t si = 0;
  for (size_t i = 0; !rc && i < seg->ntoks; i++) {
    const tok *t = &seg->toks[i];
    if (t->kind != TOK_WORD || continues_word(seg, i)) continue;
    while (si < seg->nsents && seg->sents[si].tok_end <= i) si++;
    const sentence *in = si < seg->nsents && seg->sents[si].tok_first <= i
                             ? &seg->sents[si] : NULL;
    size_t start = t->start, end = t->end, last = i;
    while (last + 1 < seg->ntoks && continues_word(seg, last + 1))
      end = seg->toks[++last].end;
    if ((t->flags & TOKF_CAPS) || names_someone(seg, in, i) ||
        has_digit(c->text, start, end) ||
        camel_case(c->text, start, end) ||
        in_ranges(&code, &at, start) || joined(c->text, c->len, start, end) ||
        directives_silence(&c->dirs, r, start))
      continue;
    int ok = stems_spelled(c, start, end);
    /* "shouldn't've": the tokenizer knew the ending, so the head decides. */
    if (ok == 0 && last > i) ok = stems_spelled(c, t->start, t->end);
    if (ok < 0) rc = -1;
    else if (!ok) rc = report(c, r, start, end, &suggested);
  }
  strvec_free(&suggested);
  free(code.v);
  return rc;
}

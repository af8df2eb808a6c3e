/* test_text.c — the text pipeline: UTF-8 checks, normalization, tokens,
 * sentences and paragraphs, with exact byte offsets. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "text/text.h"

/* ---- Helpers ----------------------------------------------------------- */

static segmentation seg;
static const char *doc;
static char out[4096];
static char *nbuf; /* text_normalize output for norm1() */
static size_t nlen, ncap;

static void run_n(const char *text, size_t n) {
  seg_clear(&seg);
  doc = text;
  assert_int_equal(seg_text(&seg, text, 0, n), 0);
}

static void run(const char *text) { run_n(text, strlen(text)); }

static void add(const char *part, size_t n) {
  size_t len = strlen(out);
  assert_true(len + n + 2 < sizeof out);
  if (len)
    out[len++] = '|';
  memcpy(out + len, part, n);
  out[len + n] = '\0';
}

/* The tokens as written, joined by '|'. */
static const char *texts(void) {
  out[0] = '\0';
  for (size_t i = 0; i < seg.ntoks; i++)
    add(doc + seg.toks[i].start, seg.toks[i].end - seg.toks[i].start);
  return out;
}

/* The tokens' normalized forms, joined by '|'. */
static const char *norms(void) {
  out[0] = '\0';
  for (size_t i = 0; i < seg.ntoks; i++)
    add(seg_norm(&seg, &seg.toks[i]), seg.toks[i].norm_len);
  return out;
}

/* One letter per token: Word, Number, Url, Email, Punct, sYmbol. */
static const char *kinds(void) {
  static char k[256];
  assert_true(seg.ntoks < sizeof k);
  for (size_t i = 0; i < seg.ntoks; i++)
    k[i] = "wnuepy"[seg.toks[i].kind];
  k[seg.ntoks] = '\0';
  return k;
}

/* The sentences as written, joined by '|'. */
static const char *sents(void) {
  out[0] = '\0';
  for (size_t i = 0; i < seg.nsents; i++)
    add(doc + seg.sents[i].start, seg.sents[i].end - seg.sents[i].start);
  return out;
}

static void expect_tok(size_t i, size_t start, size_t end, tok_kind kind,
                       unsigned flags, const char *norm) {
  assert_true(i < seg.ntoks);
  const tok *t = &seg.toks[i];
  const char *n = seg_norm(&seg, t);
  if (t->start != start || t->end != end || t->kind != kind ||
      t->flags != flags || strcmp(n, norm) != 0 || t->norm_len != strlen(n))
    fail_msg("token %zu: [%zu, %zu) kind %d flags %d norm \"%s\"; "
             "expected [%zu, %zu) kind %d flags %u norm \"%s\"",
             i, t->start, t->end, t->kind, t->flags, n, start, end, kind,
             flags, norm);
}

static int group_setup(void **state) {
  (void)state;
  seg_init(&seg);
  return 0;
}

static int group_teardown(void **state) {
  (void)state;
  seg_free(&seg);
  free(nbuf);
  return 0;
}

enum { S = TOKF_SPACE, U = TOKF_UPPER, C = TOKF_CAPS, X = TOKF_SPLIT };

/* ---- UTF-8 ------------------------------------------------------------- */

static size_t vlen(const char *s, size_t n) {
  return utf8_valid_len((const uint8_t *)s, n);
}

static void test_utf8_valid_len(void **state) {
  (void)state;
  assert_int_equal(vlen("a", 1), 1);
  assert_int_equal(vlen("", 0), 0);
  assert_int_equal(vlen("\0", 1), 1);
  /* the first and last code point of each length */
  assert_int_equal(vlen("\xC2\x80", 2), 2);
  assert_int_equal(vlen("\xDF\xBF", 2), 2);
  assert_int_equal(vlen("\xE0\xA0\x80", 3), 3);
  assert_int_equal(vlen("\xED\x9F\xBF", 3), 3); /* U+D7FF */
  assert_int_equal(vlen("\xEE\x80\x80", 3), 3); /* U+E000 */
  assert_int_equal(vlen("\xEF\xBF\xBF", 3), 3);
  assert_int_equal(vlen("\xF0\x90\x80\x80", 4), 4);
  assert_int_equal(vlen("\xF4\x8F\xBF\xBF", 4), 4); /* U+10FFFF */
  /* overlongs */
  assert_int_equal(vlen("\xC0\x80", 2), 0);
  assert_int_equal(vlen("\xC1\xBF", 2), 0);
  assert_int_equal(vlen("\xE0\x9F\xBF", 3), 0);
  assert_int_equal(vlen("\xF0\x8F\xBF\xBF", 4), 0);
  /* surrogates, beyond U+10FFFF, bytes that never occur */
  assert_int_equal(vlen("\xED\xA0\x80", 3), 0);
  assert_int_equal(vlen("\xED\xBF\xBF", 3), 0);
  assert_int_equal(vlen("\xF4\x90\x80\x80", 4), 0);
  assert_int_equal(vlen("\xF5\x80\x80\x80", 4), 0);
  assert_int_equal(vlen("\xFF", 1), 0);
  /* stray continuation, truncated sequences, a bad continuation */
  assert_int_equal(vlen("\x80", 1), 0);
  assert_int_equal(vlen("\xE2\x82", 2), 0);
  assert_int_equal(vlen("\xE2\x82\xAC", 2), 0); /* n cuts it short */
  assert_int_equal(vlen("\xF0\x9F\x98", 3), 0);
  assert_int_equal(vlen("\xE2\x41\xAC", 3), 0);
  assert_int_equal(vlen("\xF0\x9F\x98\x41", 4), 0);
}

typedef struct runs {
  size_t n, off[8], len[8];
} runs;

static void collect(void *ctx, size_t off, size_t len) {
  runs *r = ctx;
  assert_true(r->n < 8);
  r->off[r->n] = off;
  r->len[r->n++] = len;
}

static void test_utf8_scan_invalid(void **state) {
  (void)state;
  /* a, 80 81, b, E2 82 (truncated), c, é, C0 AF (overlong), d, F0 (at the
   * end) */
  const char t[] = "a\x80\x81" "b\xE2\x82" "c\xC3\xA9\xC0\xAF" "d\xF0";
  runs r = {0};
  assert_int_equal(utf8_scan_invalid(t, sizeof t - 1, collect, &r), 4);
  assert_int_equal(r.n, 4);
  assert_int_equal(r.off[0], 1);
  assert_int_equal(r.len[0], 2);
  assert_int_equal(r.off[1], 4);
  assert_int_equal(r.len[1], 2);
  assert_int_equal(r.off[2], 9);
  assert_int_equal(r.len[2], 2);
  assert_int_equal(r.off[3], 12);
  assert_int_equal(r.len[3], 1);

  runs none = {0};
  const char ok[] = "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80";
  assert_int_equal(utf8_scan_invalid(ok, sizeof ok - 1, collect, &none), 0);
  assert_int_equal(none.n, 0);
  /* a callback is optional when only the count matters */
  assert_int_equal(utf8_scan_invalid(t, sizeof t - 1, NULL, NULL), 4);
  /* n bounds the scan: the truncated E2 82 is not reached */
  assert_int_equal(utf8_scan_invalid(t, 4, NULL, NULL), 1);
}

/* ---- Normalization ----------------------------------------------------- */

static const char *norm1(const char *s) {
  nlen = 0;
  assert_int_equal(text_normalize(s, strlen(s), &nbuf, &nlen, &ncap), 0);
  assert_int_equal(strlen(nbuf), nlen);
  return nbuf;
}

static void test_normalize(void **state) {
  (void)state;
  assert_string_equal(norm1("Hello, WORLD 42!"), "hello, world 42!");
  assert_string_equal(norm1(""), "");
  assert_string_equal(norm1("\xC3\x9Cn\xC3\xAF" "code"), "\xC3\xBCn\xC3\xAF" "code");
  /* decomposed é composes; ß and the ﬁ ligature unfold; full-width narrows */
  assert_string_equal(norm1("Cafe\xCC\x81"), "caf\xC3\xA9");
  assert_string_equal(norm1("Stra\xC3\x9F" "e"), "strasse");
  assert_string_equal(norm1("\xEF\xAC\x81" "le"), "file");
  assert_string_equal(norm1("\xEF\xBC\xA1\xEF\xBC\xA2"), "ab");
  /* apostrophes ’ ‘ ʼ ′, quotes “ ” „, dashes ‐ ‑ – — */
  assert_string_equal(norm1("Don\xE2\x80\x99t"), "don't");
  assert_string_equal(norm1("\xE2\x80\x98x\xCA\xBCy\xE2\x80\xB2"), "'x'y'");
  assert_string_equal(norm1("\xE2\x80\x9Cq\xE2\x80\x9D \xE2\x80\x9Eq"),
                      "\"q\" \"q");
  assert_string_equal(norm1("a\xE2\x80\x90" "b\xE2\x80\x91" "c\xE2\x80\x93"
                            "d\xE2\x80\x94" "e"),
                      "a-b-c-d-e");
  /* a typographic mark before or after other Unicode: the same forms */
  assert_string_equal(norm1("Caf\xC3\xA9\xE2\x80\x99s"), "caf\xC3\xA9's");
  assert_string_equal(norm1("Don\xE2\x80\x99t Stra\xC3\x9F" "e"),
                      "don't strasse");
  /* the ellipsis is three dots under NFKC */
  assert_string_equal(norm1("Wait\xE2\x80\xA6"), "wait...");
  /* invalid bytes never reach utf8proc: each run becomes U+FFFD */
  assert_string_equal(norm1("\xC3\x89t\xFF\xFE\xC3\xA9"),
                      "\xC3\xA9t\xEF\xBF\xBD\xC3\xA9");
}

static void test_normalize_appends(void **state) {
  (void)state;
  char *buf = NULL;
  size_t len = 0, cap = 0;
  assert_int_equal(text_normalize("AB", 2, &buf, &len, &cap), 0);
  assert_int_equal(len, 2);
  /* only n bytes are read */
  assert_int_equal(text_normalize("CDEF", 1, &buf, &len, &cap), 0);
  assert_int_equal(len, 3);
  assert_int_equal(text_normalize("\xC3\x89", 2, &buf, &len, &cap), 0);
  assert_int_equal(len, 5);
  assert_string_equal(buf, "abc\xC3\xA9");
  assert_true(cap > len);
  /* an empty input still leaves a terminated buffer */
  assert_int_equal(text_normalize("", 0, &buf, &len, &cap), 0);
  assert_int_equal(len, 5);
  assert_int_equal(buf[5], '\0');
  free(buf);
}

/* ---- Tokens ------------------------------------------------------------ */

static void test_basic_tokens(void **state) {
  (void)state;
  run("Hello, World!  It is 3.5 kg");
  assert_string_equal(texts(), "Hello|,|World|!|It|is|3.5|kg");
  assert_string_equal(kinds(), "wpwpwwnw");
  expect_tok(0, 0, 5, TOK_WORD, S | U, "hello");
  expect_tok(1, 5, 6, TOK_PUNCT, 0, ",");
  expect_tok(2, 7, 12, TOK_WORD, S | U, "world");
  expect_tok(3, 12, 13, TOK_PUNCT, 0, "!");
  expect_tok(4, 15, 17, TOK_WORD, S | U, "it");
  expect_tok(6, 21, 24, TOK_NUMBER, S, "3.5");
  expect_tok(7, 25, 27, TOK_WORD, S, "kg");
}

static void test_empty_and_blank(void **state) {
  (void)state;
  run("");
  assert_int_equal(seg.ntoks, 0);
  assert_int_equal(seg.nsents, 0);
  assert_int_equal(seg.nparas, 0);
  run(" \n\n\t \r\n ");
  assert_int_equal(seg.ntoks, 0);
  assert_int_equal(seg.nsents, 0);
  assert_int_equal(seg.nparas, 0);
}

static void test_numbers(void **state) {
  (void)state;
  run("1,000 at 10:30, 5pm or 10am on the 2nd: v2 3. 4.x 1,2");
  assert_string_equal(texts(),
                      "1,000|at|10:30|,|5pm|or|10am|on|the|2nd|:|v2|3|.|4|.|"
                      "x|1,2");
  assert_string_equal(kinds(), "nwnpnwnwwnpwnpnpwn");
  expect_tok(0, 0, 5, TOK_NUMBER, S, "1,000");
  expect_tok(2, 9, 14, TOK_NUMBER, S, "10:30");
  expect_tok(4, 16, 19, TOK_NUMBER, S, "5pm");
  /* attached letters are normalized like words */
  run("5PM");
  expect_tok(0, 0, 3, TOK_NUMBER, S, "5pm");
}

static void test_words_hyphens_apostrophes(void **state) {
  (void)state;
  run("e-mail follow-up COVID-19 well--known -x y- o'clock 'quoted' "
      "rock'n'roll 24-hour");
  assert_string_equal(texts(), "e-mail|follow-up|COVID-19|well|-|-|known|-|x|"
                               "y|-|o'clock|'|quoted|'|rock'n'roll|24|-|hour");
  expect_tok(2, 17, 25, TOK_WORD, S | U | C, "covid-19");
  expect_tok(11, 44, 51, TOK_WORD, S, "o'clock");
  /* typographic hyphens join words and normalize to '-' */
  run("e\xE2\x80\x90mail e\xE2\x80\x91mail a\xE2\x80\x93" "b");
  assert_string_equal(texts(), "e\xE2\x80\x90mail|e\xE2\x80\x91mail|a|"
                               "\xE2\x80\x93|b");
  assert_string_equal(norms(), "e-mail|e-mail|a|-|b");
}

static void test_flags_caps(void **state) {
  (void)state;
  run("PLEASE read THIS, I said. OK A iPhone McDonald USA's");
  assert_string_equal(texts(), "PLEASE|read|THIS|,|I|said|.|OK|A|iPhone|"
                               "McDonald|USA|'s");
  expect_tok(0, 0, 6, TOK_WORD, S | U | C, "please");
  expect_tok(1, 7, 11, TOK_WORD, S, "read");
  expect_tok(2, 12, 16, TOK_WORD, S | U | C, "this");
  expect_tok(4, 18, 19, TOK_WORD, S | U, "i");
  expect_tok(7, 26, 28, TOK_WORD, S | U | C, "ok");
  expect_tok(8, 29, 30, TOK_WORD, S | U, "a");
  expect_tok(9, 31, 37, TOK_WORD, S, "iphone");
  expect_tok(10, 38, 46, TOK_WORD, S | U, "mcdonald");
  expect_tok(11, 47, 50, TOK_WORD, S | U | C | X, "usa");
  expect_tok(12, 50, 52, TOK_WORD, X, "'s");
}

static void test_contractions(void **state) {
  (void)state;
  run("Don't. I can't, won't or shan't; isn't");
  assert_string_equal(texts(),
                      "Do|n't|.|I|ca|n't|,|wo|n't|or|sha|n't|;|is|n't");
  assert_string_equal(norms(),
                      "do|not|.|i|can|not|,|will|not|or|shall|not|;|is|not");
  expect_tok(0, 0, 2, TOK_WORD, S | U | X, "do");
  expect_tok(1, 2, 5, TOK_WORD, X, "not");
  expect_tok(4, 9, 11, TOK_WORD, S | X, "can");
  expect_tok(5, 11, 14, TOK_WORD, X, "not");
  expect_tok(7, 16, 18, TOK_WORD, S | X, "will");
  expect_tok(10, 25, 28, TOK_WORD, S | X, "shall");

  run("I'm you're we've they'll she'd it's");
  assert_string_equal(texts(), "I|'m|you|'re|we|'ve|they|'ll|she|'d|it|'s");
  assert_string_equal(norms(),
                      "i|am|you|are|we|have|they|will|she|'d|it|'s");
  expect_tok(0, 0, 1, TOK_WORD, S | U | X, "i");
  expect_tok(1, 1, 3, TOK_WORD, X, "am");

  /* any case */
  run("DON'T WON'T I'M");
  assert_string_equal(texts(), "DO|N'T|WO|N'T|I|'M");
  assert_string_equal(norms(), "do|not|will|not|i|am");
  expect_tok(0, 0, 2, TOK_WORD, S | U | C | X, "do");
  expect_tok(1, 2, 5, TOK_WORD, U | C | X, "not");
  expect_tok(5, 13, 15, TOK_WORD, U | X, "am");
}

static void test_contractions_curly(void **state) {
  (void)state;
  /* ’ (E2 80 99) and ʼ (CA BC) behave exactly like ' */
  run("Don\xE2\x80\x99t can\xCA\xBCt I\xE2\x80\x99m they\xE2\x80\x99re "
      "customer\xE2\x80\x99s won\xE2\x80\x99t");
  assert_string_equal(texts(),
                      "Do|n\xE2\x80\x99t|ca|n\xCA\xBCt|I|\xE2\x80\x99m|they|"
                      "\xE2\x80\x99re|customer|\xE2\x80\x99s|wo|"
                      "n\xE2\x80\x99t");
  assert_string_equal(norms(),
                      "do|not|can|not|i|am|they|are|customer|'s|will|not");
  expect_tok(0, 0, 2, TOK_WORD, S | U | X, "do");
  expect_tok(1, 2, 7, TOK_WORD, X, "not");
  expect_tok(2, 8, 10, TOK_WORD, S | X, "can");
  expect_tok(3, 10, 14, TOK_WORD, X, "not");
  expect_tok(9, 39, 43, TOK_WORD, X, "'s");
  /* a curly quote around a word is punctuation, not part of it */
  run("\xE2\x80\x98no\xE2\x80\x99 \xCA\xBCtis");
  assert_string_equal(texts(), "\xE2\x80\x98|no|\xE2\x80\x99|\xCA\xBC|tis");
  assert_string_equal(norms(), "'|no|'|'|tis");
}

static void test_cannot_possessives(void **state) {
  (void)state;
  run("Cannot, CANNOT, can not. The customer's order, James's, "
      "customers' order");
  assert_string_equal(texts(), "Can|not|,|CAN|NOT|,|can|not|.|The|customer|"
                               "'s|order|,|James|'s|,|customers|'|order");
  expect_tok(0, 0, 3, TOK_WORD, S | U | X, "can");
  expect_tok(1, 3, 6, TOK_WORD, X, "not");
  expect_tok(3, 8, 11, TOK_WORD, S | U | C | X, "can");
  expect_tok(4, 11, 14, TOK_WORD, U | C | X, "not");
  /* "can not" written apart is two ordinary words */
  expect_tok(6, 16, 19, TOK_WORD, S, "can");
  expect_tok(7, 20, 23, TOK_WORD, S, "not");
  expect_tok(10, 29, 37, TOK_WORD, S | X, "customer");
  expect_tok(11, 37, 39, TOK_WORD, X, "'s");
  /* a plural possessive's apostrophe is not inner */
  expect_tok(18, 65, 66, TOK_PUNCT, 0, "'");
  /* not contractions: the suffix must end the word */
  run("o'clock y'all rock'n'roll ma'am cannoted");
  assert_string_equal(texts(), "o'clock|y'all|rock'n'roll|ma'am|cannoted");
  for (size_t i = 0; i < seg.ntoks; i++)
    assert_int_equal(seg.toks[i].flags, S);
}

static void test_stacked_contractions(void **state) {
  (void)state;
  run("shouldn't've can't've");
  assert_string_equal(texts(), "should|n't|'ve|ca|n't|'ve");
  assert_string_equal(norms(), "should|not|have|can|not|have");
  expect_tok(0, 0, 6, TOK_WORD, S | X, "should");
  expect_tok(1, 6, 9, TOK_WORD, X, "not");
  expect_tok(2, 9, 12, TOK_WORD, X, "have");
}

static void test_abbreviations(void **state) {
  (void)state;
  run("Use e.g. a form, i.e. this one, in the U.S. at 5 p.m. today");
  assert_string_equal(texts(), "Use|e.g.|a|form|,|i.e.|this|one|,|in|the|"
                               "U.S.|at|5|p.m.|today");
  expect_tok(1, 4, 8, TOK_WORD, S, "e.g.");
  expect_tok(11, 39, 43, TOK_WORD, S | U | C, "u.s.");
  expect_tok(14, 49, 53, TOK_WORD, S, "p.m.");
  assert_int_equal(seg.nsents, 1);
  /* one letter and a dot is not an abbreviation of this kind */
  run("Plan B. It works. e.gx.");
  assert_string_equal(texts(), "Plan|B|.|It|works|.|e|.|gx|.");
}

static void test_urls(void **state) {
  (void)state;
  run("Visit https://example.com/a?b=1&c=2. Or (www.example.org/x), "
      "HTTP://EX.COM/Foo_(bar) and ftp://f.example.net/a.txt!?");
  assert_string_equal(texts(),
                      "Visit|https://example.com/a?b=1&c=2|.|Or|(|"
                      "www.example.org/x|)|,|HTTP://EX.COM/Foo_(bar)|and|"
                      "ftp://f.example.net/a.txt|!?");
  assert_string_equal(kinds(), "wupwpuppuwup");
  expect_tok(1, 6, 35, TOK_URL, S, "https://example.com/a?b=1&c=2");
  expect_tok(5, 41, 58, TOK_URL, 0, "www.example.org/x");
  /* URLs get no case flags; their norm is case-folded */
  expect_tok(8, 61, 84, TOK_URL, S, "http://ex.com/foo_(bar)");

  /* a matched ')' stays, an extra one and trailing quotes go */
  run("(see https://en.wikipedia.org/wiki/A_(b)).\n"
      "\"https://x.io/a'\" <https://x.io/b>; https://x.io/\xE2\x80\x9D");
  assert_string_equal(texts(), "(|see|https://en.wikipedia.org/wiki/A_(b)|)|"
                               ".|\"|https://x.io/a|'|\"|<|https://x.io/b|>|;|"
                               "https://x.io/|\xE2\x80\x9D");
  expect_tok(2, 5, 40, TOK_URL, S, "https://en.wikipedia.org/wiki/a_(b)");

  /* a bare prefix is no URL; one inside a word is no URL either */
  run("www. and xhttp://a.b");
  assert_string_equal(texts(), "www|.|and|xhttp|:|/|/|a|.|b");
  assert_string_equal(kinds(), "wpwwpppwpw");
}

/* A full stop after a word ends it, except where an address or an
 * abbreviation may go on: "www.", a local part before '@', a lone letter
 * ("x." may begin "x.y."), a dot between letters. */
static void test_word_before_full_stop(void **state) {
  (void)state;
  run("It ended. www. then ab.@x.io, ab.cd and x. Mr. Smith said no.) Done.");
  assert_string_equal(texts(), "It|ended|.|www|.|then|ab.@x.io|,|ab|.|cd|and|"
                               "x|.|Mr|.|Smith|said|no|.|)|Done|.");
  assert_string_equal(kinds(), "wwpwpwepwpwwwpwpwwwppwp");
  assert_string_equal(sents(), "It ended. www. then ab.@x.io, ab.cd and x.|"
                               "Mr. Smith said no.)|Done.");
}

static void test_emails(void **state) {
  (void)state;
  run("Mail me@example.com. Or first.last+tag@mail.example.co.uk, "
      "j.smith@x.io or 42@x.io");
  assert_string_equal(texts(), "Mail|me@example.com|.|Or|"
                               "first.last+tag@mail.example.co.uk|,|"
                               "j.smith@x.io|or|42@x.io");
  assert_string_equal(kinds(), "wepwepewe");
  expect_tok(1, 5, 19, TOK_EMAIL, S, "me@example.com");
  expect_tok(4, 24, 57, TOK_EMAIL, S, "first.last+tag@mail.example.co.uk");
  /* an address right after a word that only looked like a local part */
  run("ab.cd ef.gh@x.io");
  assert_string_equal(texts(), "ab|.|cd|ef.gh@x.io");
  assert_string_equal(kinds(), "wpwe");
  /* no dot in the domain, or nothing after '@': not an address */
  run("user@localhost me@ @you a@.b");
  assert_string_equal(texts(), "user|@|localhost|me|@|@|you|a|@|.|b");
  assert_string_equal(kinds(), "wpwwppwwppw");
}

static void test_punct_runs(void **state) {
  (void)state;
  run("Why?? What?! No!!! Wait... Hmm\xE2\x80\xA6 so.. ok....");
  assert_string_equal(texts(), "Why|??|What|?!|No|!!!|Wait|...|Hmm|"
                               "\xE2\x80\xA6|so|.|.|ok|....");
  expect_tok(1, 3, 5, TOK_PUNCT, 0, "??");
  expect_tok(3, 10, 12, TOK_PUNCT, 0, "?!");
  expect_tok(5, 15, 18, TOK_PUNCT, 0, "!!!");
  expect_tok(7, 23, 26, TOK_PUNCT, 0, "...");
  expect_tok(9, 30, 33, TOK_PUNCT, 0, "...");
}

static void test_symbols(void **state) {
  (void)state;
  /* ❤ + VS16; © ; $ ; a ZWJ family; a lone combining mark */
  run("I \xE2\x9D\xA4\xEF\xB8\x8F it \xC2\xA9 $5 "
      "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9 \xCC\x81x 50%");
  assert_string_equal(texts(),
                      "I|\xE2\x9D\xA4\xEF\xB8\x8F|it|\xC2\xA9|$|5|"
                      "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9|"
                      "\xCC\x81|x|50|%");
  assert_string_equal(kinds(), "wywyynyywnp");
  expect_tok(1, 2, 8, TOK_SYMBOL, S, "\xE2\x9D\xA4\xEF\xB8\x8F");
  expect_tok(6, 18, 29, TOK_SYMBOL, S,
             "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9");
}

static void test_multibyte_words(void **state) {
  (void)state;
  run("Caf\xC3\xA9 na\xC3\xAFve \xC3\x9Cn\xC3\xAF" "code \xC3\x89" "COLE "
      "cafe\xCC\x81 \xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82 "
      "\xE6\x97\xA5\xE6\x9C\xAC");
  assert_string_equal(norms(), "caf\xC3\xA9|na\xC3\xAFve|\xC3\xBCn\xC3\xAF"
                               "code|\xC3\xA9" "cole|caf\xC3\xA9|"
                               "\xD0\xBF\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82|"
                               "\xE6\x97\xA5\xE6\x9C\xAC");
  expect_tok(0, 0, 5, TOK_WORD, S | U, "caf\xC3\xA9");
  expect_tok(1, 6, 12, TOK_WORD, S, "na\xC3\xAFve");
  expect_tok(2, 13, 22, TOK_WORD, S | U, "\xC3\xBCn\xC3\xAF" "code");
  expect_tok(3, 23, 29, TOK_WORD, S | U | C, "\xC3\xA9" "cole");
  /* a combining accent stays inside its word */
  expect_tok(4, 30, 36, TOK_WORD, S, "caf\xC3\xA9");
  expect_tok(5, 37, 49, TOK_WORD, S | U,
             "\xD0\xBF\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82");
  /* letters without case get neither flag */
  expect_tok(6, 50, 56, TOK_WORD, S, "\xE6\x97\xA5\xE6\x9C\xAC");
  /* no-break space and ideographic space separate words */
  run("a\xC2\xA0" "b\xE3\x80\x80" "c");
  assert_string_equal(texts(), "a|b|c");
  expect_tok(1, 3, 4, TOK_WORD, S, "b");
  expect_tok(2, 7, 8, TOK_WORD, S, "c");
}

static void test_invalid_utf8(void **state) {
  (void)state;
  /* invalid bytes are spaces: words around them keep their offsets */
  const char t[] = "ab\xFF" "cd \xE2\x82 ef\xC3\xA9\xED\xA0\x80gh!\xF0\x9F";
  run_n(t, sizeof t - 1);
  assert_string_equal(texts(), "ab|cd|ef\xC3\xA9|gh|!");
  expect_tok(0, 0, 2, TOK_WORD, S, "ab");
  expect_tok(1, 3, 5, TOK_WORD, S, "cd");
  expect_tok(2, 9, 13, TOK_WORD, S, "ef\xC3\xA9");
  expect_tok(3, 16, 18, TOK_WORD, S, "gh");
  expect_tok(4, 18, 19, TOK_PUNCT, 0, "!");
  runs r = {0};
  assert_int_equal(utf8_scan_invalid(t, sizeof t - 1, collect, &r), 4);
  assert_int_equal(r.off[0], 2);
  assert_int_equal(r.len[0], 1);
  assert_int_equal(r.off[1], 6);
  assert_int_equal(r.len[1], 2);
  assert_int_equal(r.off[2], 13);
  assert_int_equal(r.len[2], 3);
  assert_int_equal(r.off[3], 19);
  assert_int_equal(r.len[3], 2);
  /* an invalid byte inside a URL ends it; between contraction parts it
   * stops the contraction */
  const char u[] = "https://x.io/a\x80" "b don\xE2\x80t";
  run_n(u, sizeof u - 1);
  assert_string_equal(texts(), "https://x.io/a|b|don|t");
  assert_string_equal(kinds(), "uwww");
  expect_tok(2, 17, 20, TOK_WORD, S, "don");
  expect_tok(3, 22, 23, TOK_WORD, S, "t");
}

static void test_nul_bytes(void **state) {
  (void)state;
  const char t[] = "a\0b\0\0Hi.\0Yes";
  run_n(t, sizeof t - 1);
  assert_string_equal(kinds(), "wwwpw");
  expect_tok(0, 0, 1, TOK_WORD, S, "a");
  expect_tok(1, 2, 3, TOK_WORD, S, "b");
  expect_tok(2, 5, 7, TOK_WORD, S | U, "hi");
  expect_tok(4, 9, 12, TOK_WORD, S | U, "yes");
  /* a NUL is a space, not a line break: still one paragraph */
  assert_int_equal(seg.nsents, 2);
  assert_int_equal(seg.nparas, 1);
}

/* ---- Sentences --------------------------------------------------------- */

static void test_sentences(void **state) {
  (void)state;
  run("Thanks for writing. We fixed it! Did it work? 3 items left. "
      "\"Great,\" she said. (Really.) Fine\xE2\x80\xA6 Okay");
  assert_string_equal(sents(), "Thanks for writing.|We fixed it!|"
                               "Did it work?|3 items left.|"
                               "\"Great,\" she said.|(Really.)|"
                               "Fine\xE2\x80\xA6|Okay");
  assert_int_equal(seg.sents[0].start, 0);
  assert_int_equal(seg.sents[0].end, 19);
  assert_int_equal(seg.sents[0].tok_first, 0);
  assert_int_equal(seg.sents[0].tok_end, 4);
  assert_int_equal(seg.sents[1].tok_first, 4);
  assert_int_equal(seg.sents[1].para, 0);

  /* closing quotes and brackets stay with the sentence they close */
  run("He said \"Stop.\" Then left. 'Why?' Because. [See above.] Next!!! "
      "\xE2\x80\x9CYes.\xE2\x80\x9D Sure?! ...ok");
  assert_string_equal(sents(), "He said \"Stop.\"|Then left.|'Why?'|"
                               "Because.|[See above.]|Next!!!|"
                               "\xE2\x80\x9CYes.\xE2\x80\x9D|Sure?! ...ok");
}

static void test_sentence_near_misses(void **state) {
  (void)state;
  /* none of these may split */
  static const char *const one[] = {
      "Ask Mr. Smith and Mrs. Jones.",
      "Dr. Brown and Prof. White met Ms. Green.",
      "J. Smith and J. R. R. Tolkien wrote it.",
      "See No. 5 and fig. 3 or Fig. 4 in it.",
      "It takes approx. 5 days vs. Apple cf. Google.",
      "John Smith Jr. Sr. and St. Louis.",
      "Use e.g. Chrome or i.e. Firefox.",
      "Version 2.0 is out at 10.30 today.",
      "It is fine. but not done.",
      "Really? yes, really! no doubt.",
      "Wait...and see.",
      "We\nhard-wrap lines.\nthanks",
      "It costs $5.Then it is free.",
      "Thanks! \xF0\x9F\x98\x8A",
  };
  for (size_t k = 0; k < sizeof one / sizeof *one; k++) {
    run(one[k]);
    if (seg.nsents != 1)
      fail_msg("split: %s -> %s", one[k], sents());
    assert_int_equal(seg.nparas, 1);
  }
  /* but these must */
  run("No. We cannot. Reply to www.example.com. Then wait. Sent at 5pm. "
      "It works.\nThanks");
  assert_string_equal(sents(), "No.|We cannot.|Reply to www.example.com.|"
                               "Then wait.|Sent at 5pm.|It works.|Thanks");
  run("Ends with a capital I. Then more. It is A. Not this.");
  assert_string_equal(sents(), "Ends with a capital I. Then more.|"
                               "It is A. Not this.");
}

static void test_list_items(void **state) {
  (void)state;
  run("Please try:\n- restart it\n* reinstall\n  \xE2\x80\xA2 reboot\n"
      "1. Open it. Then close it.\n2) done\n12. twelve\n"
      "2023. Thanks\n-5 degrees\nis cold");
  assert_string_equal(sents(), "Please try:|- restart it|* reinstall|"
                               "\xE2\x80\xA2 reboot|1. Open it.|"
                               "Then close it.|2) done|12. twelve\n2023.|"
                               "Thanks\n-5 degrees\nis cold");
  assert_int_equal(seg.nparas, 1);
  /* the marker is the sentence's first token */
  size_t first = seg.sents[4].tok_first;
  expect_tok(first, 50, 51, TOK_NUMBER, S, "1");
  expect_tok(first + 1, 51, 52, TOK_PUNCT, 0, ".");
  /* a marker needs a line start and a space after it */
  run("Try - this\nor *that*\n1.5 hours");
  assert_int_equal(seg.nsents, 1);
}

/* ---- Paragraphs -------------------------------------------------------- */

static void test_paragraphs(void **state) {
  (void)state;
  run("Hi Sam,\nthanks.\n\nWe fixed it. Try now.\n \t \nBest,\r\nAnn\r\n\r\n"
      "P.S. Bye\xE2\x80\xA9" "End");
  assert_int_equal(seg.nparas, 5);
  assert_string_equal(sents(), "Hi Sam,\nthanks.|We fixed it.|Try now.|"
                               "Best,\r\nAnn|P.S. Bye|End");
  const paragraph *p = seg.paras;
  assert_int_equal(p[0].start, 0);
  assert_int_equal(p[0].end, 15);
  assert_int_equal(p[0].sent_first, 0);
  assert_int_equal(p[0].sent_end, 1);
  assert_int_equal(p[1].start, 17);
  assert_int_equal(p[1].end, 38);
  assert_int_equal(p[1].sent_first, 1);
  assert_int_equal(p[1].sent_end, 3);
  assert_int_equal(p[2].sent_first, 3);
  assert_int_equal(p[2].sent_end, 4);
  assert_int_equal(p[3].sent_first, 4);
  assert_int_equal(p[4].sent_first, 5);
  assert_int_equal(seg.sents[2].para, 1);
  assert_int_equal(seg.sents[3].para, 2);
  assert_int_equal(seg.sents[5].para, 4);
  /* a sentence never crosses a blank line, even without a full stop */
  run("one\n\ntwo");
  assert_string_equal(sents(), "one|two");
  assert_int_equal(seg.nparas, 2);
}

static void test_ranges_append(void **state) {
  (void)state;
  /* "`code`" is skipped: two prose ranges of one document */
  const char *t = "Hello there. `x` it's\n\nNext. Done";
  seg_clear(&seg);
  doc = t;
  assert_int_equal(seg_text(&seg, t, 0, 12), 0);
  assert_int_equal(seg_text(&seg, t, 16, strlen(t)), 0);
  assert_string_equal(texts(), "Hello|there|.|it|'s|Next|.|Done");
  assert_string_equal(sents(), "Hello there.|it's|Next.|Done");
  assert_int_equal(seg.nparas, 3);
  expect_tok(3, 17, 19, TOK_WORD, S | X, "it");
  assert_int_equal(seg.sents[1].tok_first, 3);
  assert_int_equal(seg.sents[1].para, 1);
  assert_int_equal(seg.paras[2].sent_first, 2);
  assert_int_equal(seg.paras[2].sent_end, 4);

  /* the space flag looks at the document, not at the range */
  seg_clear(&seg);
  assert_int_equal(seg_text(&seg, "`x`foo bar", 3, 6), 0);
  assert_int_equal(seg.toks[0].flags, 0);
  assert_int_equal(seg_text(&seg, "x\xC2\xA0" "foo", 3, 6), 0);
  assert_int_equal(seg.toks[1].flags, S);
  assert_int_equal(seg_text(&seg, "x\xC3\xA9" "foo", 3, 6), 0);
  assert_int_equal(seg.toks[2].flags, 0);
  assert_int_equal(seg_text(&seg, "x\xA9" "foo", 2, 5), 0);
  assert_int_equal(seg.toks[3].flags, S);
  /* a range that starts mid-line does not start a list item */
  seg_clear(&seg);
  doc = "a `b` - c. d\n- e";
  assert_int_equal(seg_text(&seg, doc, 5, strlen(doc)), 0);
  assert_string_equal(sents(), "- c. d|- e");
  /* a range never reads past its end */
  seg_clear(&seg);
  doc = "don't www.x.io";
  assert_int_equal(seg_text(&seg, doc, 0, 4), 0);
  assert_string_equal(texts(), "don|'");
  assert_int_equal(seg_text(&seg, doc, 6, 10), 0);
  assert_string_equal(texts(), "don|'|www|.");
}

static void test_norm_pool(void **state) {
  (void)state;
  /* norms stay valid as the pool grows: each is NUL-terminated in place */
  char big[6000];
  size_t n = 0;
  for (int k = 0; k < 500; k++)
    n += (size_t)snprintf(big + n, sizeof big - n, "W%d can't ", k);
  run_n(big, n);
  assert_int_equal(seg.ntoks, 1500);
  assert_string_equal(seg_norm(&seg, &seg.toks[0]), "w0");
  assert_string_equal(seg_norm(&seg, &seg.toks[1497]), "w499");
  assert_string_equal(seg_norm(&seg, &seg.toks[1498]), "can");
  assert_string_equal(seg_norm(&seg, &seg.toks[1499]), "not");
  assert_int_equal(seg.toks[1499].start, n - 4);
}

static void test_long_runs(void **state) {
  (void)state;
  /* runs where every word could begin an e-mail address are scanned in
   * linear time (quadratic would take minutes) */
  enum { N = 100000 };
  char *t = malloc(3 * N + 1);
  assert_non_null(t);
  for (size_t k = 0; k < N; k++)
    memcpy(t + 3 * k, "ab.", 3);
  run_n(t, 3 * N);
  assert_int_equal(seg.ntoks, 2 * N);
  assert_int_equal(seg.nsents, 1);
  /* the same with hyphens: one long word, then a dangling hyphen */
  for (size_t k = 0; k < N; k++)
    memcpy(t + 3 * k, "ab-", 3);
  run_n(t, 3 * N);
  assert_int_equal(seg.ntoks, 2);
  assert_int_equal(seg.toks[0].end, 3 * N - 1);
  free(t);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_utf8_valid_len),
      cmocka_unit_test(test_utf8_scan_invalid),
      cmocka_unit_test(test_normalize),
      cmocka_unit_test(test_normalize_appends),
      cmocka_unit_test(test_basic_tokens),
      cmocka_unit_test(test_empty_and_blank),
      cmocka_unit_test(test_numbers),
      cmocka_unit_test(test_words_hyphens_apostrophes),
      cmocka_unit_test(test_flags_caps),
      cmocka_unit_test(test_contractions),
      cmocka_unit_test(test_contractions_curly),
      cmocka_unit_test(test_cannot_possessives),
      cmocka_unit_test(test_stacked_contractions),
      cmocka_unit_test(test_abbreviations),
      cmocka_unit_test(test_urls),
      cmocka_unit_test(test_word_before_full_stop),
      cmocka_unit_test(test_emails),
      cmocka_unit_test(test_punct_runs),
      cmocka_unit_test(test_symbols),
      cmocka_unit_test(test_multibyte_words),
      cmocka_unit_test(test_invalid_utf8),
      cmocka_unit_test(test_nul_bytes),
      cmocka_unit_test(test_sentences),
      cmocka_unit_test(test_sentence_near_misses),
      cmocka_unit_test(test_list_items),
      cmocka_unit_test(test_paragraphs),
      cmocka_unit_test(test_ranges_append),
      cmocka_unit_test(test_norm_pool),
      cmocka_unit_test(test_long_runs),
  };
  return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

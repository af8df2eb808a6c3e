/* test_hostile.c — input and rules built to break a checker: invalid
 * UTF-8, NUL bytes, binary data, a 10 MB line, Markdown nested thousands
 * deep, and Lua rules that loop forever, allocate without bound, recurse
 * deeply or use pathological patterns. Each must end in a clear error or a
 * correct result, and the other rules must keep working. The suite runs
 * under a ctest timeout, so a hang fails it. */
#include <stdint.h>
#include <stdlib.h>

#include "../api/helpers.h"

/* A rule per way of misbehaving, and two healthy rules (a phrase and a
 * function) that must still report. */
static const char *const HOSTILE =
    "tact.rule{ id='ok.phrase', message='phrase', phrases='calm down' }\n"
    "tact.rule{ id='ok.function', message='function',\n"
    "  check=function(s, report)\n"
    "    if s:count('calm') > 0 then report{} end end }\n"
    "tact.rule{ id='bad.loop', message='m',\n"
    "  check=function() while true do end end }\n"
    "tact.rule{ id='bad.alloc', message='m',\n"
    "  check=function() local t = {} local s = 'x'\n"
    "    while true do s = s .. s; t[#t + 1] = s end end }\n"
    "tact.rule{ id='bad.recurse', message='m',\n"
    "  check=function() local function f(n) return 1 + f(n + 1) end f(1) end }\n"
    "tact.rule{ id='bad.crecurse', message='m',\n"
    "  check=function() local function f(s) return (s:gsub('.', f)) end\n"
    "    f('abc') end }\n"
    "tact.rule{ id='bad.pattern', message='m',\n"
    "  check=function(s) local t = string.rep('a', 4000)\n"
    "    return t:find('(.-)(.-)(.-)(.-)x') end }\n"
    "tact.rule{ id='bad.gmatch', message='m', check=function(s)\n"
    "    for _ in string.rep('a', 200000):gmatch('a*a*b') do end end }\n"
    "tact.rule{ id='bad.caret', message='m', check=function(s)\n"
    "    for _ in string.rep('a', 200000):gmatch('^a*a*b') do end end }\n"
    /* anchored, the same pattern is tried at one start: allowed */
    "tact.rule{ id='ok.anchored', message='m', check=function(s, report)\n"
    "  local t = string.rep('a', 2000)\n"
    "  if not t:find('^(.-)(.-)x') and t:match('^a*a*$') then report{} end end }\n";

static const char *warning_of(const tact_result *r, const char *id) {
  for (size_t i = 0; i < tact_result_warning_count(r); i++)
    if (strstr(tact_result_warning(r, i), id))
      return tact_result_warning(r, i);
  return NULL;
}

static void expect_warning(const tact_result *r, const char *id,
                           const char *fragment) {
  const char *w = warning_of(r, id);
  if (!w) fail_msg("no warning for %s", id);
  if (!strstr(w, fragment)) fail_msg("warning \"%s\" lacks \"%s\"", w, fragment);
}

static int has_finding(const tact_result *r, const char *id) {
  for (size_t i = 0; i < tact_result_count(r); i++)
    if (strcmp(tact_result_finding(r, i)->rule_id, id) == 0) return 1;
  return 0;
}

static void runaway_rules_fail_alone(void **state) {
  (void)state;
  tact_engine *e = engine_from(HOSTILE, NULL);
  assert_int_equal(tact_engine_status(e), TACT_OK);
  /* Twice: the states that ran out of memory are retired, not reused. */
  for (int round = 0; round < 2; round++) {
    const char *text = "Please calm down. We will sort it out.";
    tact_result *r = tact_check(e, text, strlen(text));
    assert_int_equal(tact_result_status(r), TACT_OK);
    assert_true(has_finding(r, "ok.phrase"));
    assert_true(has_finding(r, "ok.function"));
    expect_warning(r, "bad.loop", "instruction budget exceeded");
    const char *w = warning_of(r, "bad.recurse"); /* whichever comes first */
    assert_true(w && (strstr(w, "stack overflow") ||
                      strstr(w, "instruction budget exceeded")));
    expect_warning(r, "bad.crecurse", "C stack overflow");
    expect_warning(r, "bad.pattern", "pattern too complex");
    expect_warning(r, "bad.gmatch", "pattern too complex");
    /* gmatch does not anchor: no discount for '^' there */
    expect_warning(r, "bad.caret", "pattern too complex");
    assert_true(has_finding(r, "ok.anchored"));
    assert_null(warning_of(r, "ok.anchored"));
    /* Out of memory retires the Lua state; which rule meets the cap first
     * depends on the order, but it is reported, and nothing else broke. */
    assert_non_null(warning_of(r, "bad.alloc"));
    tact_result_free(r);
  }
  tact_engine_free(e);
}

/* Rule files with bytes that are not UTF-8 where text is expected: a
 * load error, not a crash (found by fuzz_rules). */
static void rule_files_with_bad_bytes(void **state) {
  (void)state;
  static const char *const bad[] = {
      "regex='ob\xff\xfevious'", "phrases='calm \xff down'",
      "when='\xc0\xaf', check=function() end",
      "phrases='\xed\xa0\x80 now'"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    char lua[256];
    snprintf(lua, sizeof lua,
             "tact.rule{ id='ok.phrase', message='phrase', phrases='calm down' }\n"
             "tact.rule{ id='a.b', message='m', %s }\n", bad[i]);
    tact_engine *e = engine_from(lua, NULL);
    tact_status st = tact_engine_status(e);
    assert_true(st == TACT_OK || st == TACT_ERROR_RULE);
    if (i == 0)
      assert_non_null(strstr(tact_engine_message(e), "rules.lua:2: rule 'a.b': regex"));
    tact_result *r = tact_check(e, "Please calm down.", 17);
    assert_true(has_finding(r, "ok.phrase"));
    tact_result_free(r);
    tact_engine_free(e);
  }
}

/* The same text must give the same findings whatever the bytes around. */
static void bad_bytes_are_findings_not_failures(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "tact.rule{ id='ok.phrase', message='phrase', phrases='calm down' }", NULL);
  static const char text[] = "Please \xff\xfe calm down.\0\0 Calm\x80 down. "
                             "\xed\xa0\x80 \xc0\xaf \xf4\x90\x80\x80 calm down";
  tact_result *r = tact_check(e, text, sizeof text - 1);
  assert_int_equal(tact_result_status(r), TACT_OK);
  size_t phrases = 0, invalid = 0;
  for (size_t i = 0; i < tact_result_count(r); i++) {
    const tact_finding *f = tact_result_finding(r, i);
    assert_true(f->start < f->end && f->end <= sizeof text - 1);
    if (strcmp(f->rule_id, "ok.phrase") == 0) phrases++;
    if (strcmp(f->rule_id, "encoding.invalid-utf8") == 0) invalid++;
  }
  assert_int_equal(phrases, 3); /* a bad byte reads as a space */
  assert_true(invalid >= 5);
  tact_result_free(r);

  /* 64 KB of binary noise: checked, in bounded time, no crash. (A quarter
   * megabyte took tree-sitter several seconds under ASan, and on a busy
   * machine crossed the 10 s wall-clock parse limit; size is tried by the
   * 10 MB line below and by hostile.sh's binary data and 200 MB file.) */
  size_t n = 1 << 16;
  char *noise = malloc(n);
  assert_non_null(noise);
  uint32_t x = 2463534242u;
  for (size_t i = 0; i < n; i++) {
    x ^= x << 13, x ^= x >> 17, x ^= x << 5;
    noise[i] = (char)(x >> 24);
  }
  for (int format = TACT_FORMAT_TEXT; format <= TACT_FORMAT_EMAIL; format++) {
    r = tact_check_format(e, noise, n, (tact_format)format);
    assert_int_equal(tact_result_status(r), TACT_OK);
    tact_result_free(r);
  }
  free(noise);
  tact_engine_free(e);
}

/* Ten megabytes on one line, no newline, no full stop: one paragraph and
 * one sentence of two million words. The phrase at its end is found. */
static void a_ten_megabyte_line(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "tact.rule{ id='ok.phrase', message='phrase', phrases='calm down' }\n"
      "tact.rule{ id='ok.tokens', message='m', check=function(s, report)\n"
      "  if #s:tokens() > 3 then report{ at = { s.from, s.from } } end end }",
      NULL);
  size_t n = 10 * 1000 * 1000;
  char *text = malloc(n);
  assert_non_null(text);
  for (size_t i = 0; i < n; i += 5) memcpy(text + i, "word ", 5);
  memcpy(text + n - 10, "calm down ", 10);
  tact_result *r = tact_check(e, text, n);
  assert_int_equal(tact_result_status(r), TACT_OK);
  assert_true(has_finding(r, "ok.phrase"));
  /* The function rule either ran or met its memory cap: either way the
   * check finished and said so. */
  assert_true(has_finding(r, "ok.tokens") || warning_of(r, "ok.tokens"));
  tact_result_free(r);
  free(text);
  tact_engine_free(e);
}

/* A view method that works in C, where the instruction budget cannot stop
 * it, must not be quadratic: distinct() over 200,000 different words. */
static void distinct_words_of_a_long_document(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "local S = tact.words{ 'aaa', 'aab', 'aac' }\n"
      "tact.rule{ id='ok.distinct', scope='document', message='m',\n"
      "  check=function(d, report)\n"
      "    report{ at = d:sentence(1), message = d:distinct{ kind = 'word' }\n"
      "      .. ' ' .. d:distinct(S) } end }",
      no_spelling);
  enum { WORDS = 200000 };
  char *text = malloc(WORDS * 5);
  assert_non_null(text);
  for (size_t i = 0; i < WORDS; i++) { /* "aaaa " to "lnpr ": all differ */
    size_t k = i;
    for (int j = 3; j >= 0; j--, k /= 26) text[5 * i + j] = (char)('a' + k % 26);
    text[5 * i + 4] = ' ';
  }
  memcpy(text, "aaa  aab  aab  ", 15); /* and three set words, two forms */
  tact_result *r = tact_check(e, text, WORDS * 5);
  assert_int_equal(tact_result_status(r), TACT_OK);
  assert_int_equal(tact_result_count(r), 1);
  /* the first three "words" became two: WORDS - 3 + 2 forms in all */
  char want[32];
  snprintf(want, sizeof want, "%d 2", WORDS - 1);
  assert_string_equal(tact_result_finding(r, 0)->message, want);
  tact_result_free(r);
  free(text);
  tact_engine_free(e);
}

/* Markdown and HTML nested far deeper than any parser should have to go
 * (tree-sitter's Markdown scanner breaks past about 255 levels). */
static void deeply_nested_markdown(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "tact.rule{ id='ok.phrase', message='phrase', phrases='calm down' }", NULL);
  static const char *const units[] = {"> ", "- ", "1. ", "[", "*", "_", "`",
                                      "<div>", "<b><i>", "    "};
  size_t depth = 5000;
  for (size_t u = 0; u < sizeof units / sizeof *units; u++) {
    size_t k = strlen(units[u]);
    const char *tail = "calm down\n";
    char *text = malloc(depth * k + strlen(tail) + 1);
    assert_non_null(text);
    for (size_t i = 0; i < depth; i++) memcpy(text + i * k, units[u], k);
    strcpy(text + depth * k, tail);
    for (int format = TACT_FORMAT_MARKDOWN; format <= TACT_FORMAT_HTML;
         format++) {
      tact_result *r =
          tact_check_format(e, text, strlen(text), (tact_format)format);
      assert_int_equal(tact_result_status(r), TACT_OK);
      tact_result_free(r);
    }
    free(text);
  }
  tact_engine_free(e);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(runaway_rules_fail_alone),
      cmocka_unit_test(rule_files_with_bad_bytes),
      cmocka_unit_test(bad_bytes_are_findings_not_failures),
      cmocka_unit_test(a_ten_megabyte_line),
      cmocka_unit_test(distinct_words_of_a_long_document),
      cmocka_unit_test(deeply_nested_markdown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

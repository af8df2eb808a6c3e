/* test_phrases.c — phrase patterns through the public API: syntax,
 * normalization, leftmost-longest selection and `unless`. */
#include "helpers.h"

static const char *const RULES =
    "tact.rule{ id='blame.as-i-said', message='m',\n"
    "  phrases={ 'as I (already) {told|said to|mentioned to} you',\n"
    "            'per my {last|previous} {email|message}' },\n"
    "  unless={ 'as I told you I would' } }\n"
    "tact.rule{ id='dismissal.cant', message='m', phrases={ \"I can't help\" } }\n"
    "tact.rule{ id='blame.fault', message='m', phrases={ '<blame> *2 {staff|team}' } }\n"
    "tact.rule{ id='argument.any', message='m', phrases={ 'that is _ wrong' } }\n"
    "tact.rule{ id='apology.but', message='m', phrases={ 'sorry , but' } }\n";

static void alternatives_and_optional_words(void **state) {
  (void)state;
  tact_engine *e = engine_from(RULES, NULL);
  ASSERT_FINDINGS(e, "As I told you, no.", "blame.as-i-said@0-13\n");
  ASSERT_FINDINGS(e, "As I already said to you, no.", "blame.as-i-said@0-24\n");
  ASSERT_FINDINGS(e, "See per my previous message.", "blame.as-i-said@4-27\n");
  /* Near misses: a word the pattern does not allow, or a missing word. */
  ASSERT_FINDINGS(e, "As I said, no.", "");
  ASSERT_FINDINGS(e, "As I always told you, no.", "");
  ASSERT_FINDINGS(e, "Per my calendar, Friday works.", "");
  tact_engine_free(e);
}

static void case_apostrophes_and_contractions(void **state) {
  (void)state;
  tact_engine *e = engine_from(RULES, NULL);
  ASSERT_FINDINGS(e, "I CAN'T HELP it.", "dismissal.cant@0-12\n");
  ASSERT_FINDINGS(e, "I can\xE2\x80\x99t help it.", "dismissal.cant@0-14\n");
  ASSERT_FINDINGS(e, "I cannot help it.", "dismissal.cant@0-13\n");
  ASSERT_FINDINGS(e, "I can not help it.", "dismissal.cant@0-14\n");
  ASSERT_FINDINGS(e, "I can help it.", "");
  tact_engine_free(e);
  /* "'s" also reads as "is", "'d" as "would"; "is" does not read as "'s". */
  e = engine_from("tact.rule{ id='a.is', message='m', phrases='it is clearly' }\n"
                  "tact.rule{ id='a.would', message='m', phrases='I would think' }\n"
                  "tact.rule{ id='a.s', message='m', phrases=\"that's all\" }",
                  NULL);
  ASSERT_FINDINGS(e, "It's clearly stated.", "a.is@0-12\n");
  ASSERT_FINDINGS(e, "I\xE2\x80\x99" "d think so.", "a.would@0-11\n");
  ASSERT_FINDINGS(e, "That is all.", "");
  tact_engine_free(e);
}

static void inflections_and_gaps(void **state) {
  (void)state;
  tact_engine *e = engine_from(RULES, NULL);
  ASSERT_FINDINGS(e, "We blamed the staff.", "blame.fault@3-19\n");
  ASSERT_FINDINGS(e, "Blaming our new team is easy.", "blame.fault@0-20\n");
  ASSERT_FINDINGS(e, "She blames staff.", "blame.fault@4-16\n");
  /* The gap is at most two words. */
  ASSERT_FINDINGS(e, "We blamed the very new staff.", "");
  tact_engine_free(e);
}

/* Words of every length are told apart byte by byte: a word of up to 8
 * bytes is its own key in the symbol table, a longer one is compared in
 * full. Near misses differ in one byte: first, middle or last. */
static void words_of_every_length(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "tact.rule{ id='a.w', message='m', phrases={ 'x a', 'x ab', 'x abc',\n"
      "  'x abcd', 'x abcde', 'x abcdefgh', 'x abcdefghi',\n"
      "  'x abcdefghijklmnopq', 'x caf\\u{e9}s' } }",
      no_spelling);
  static const char *const hits[] = {"x a",         "x ab",
                                     "x abc",       "x abcd",
                                     "x abcde",     "x abcdefgh",
                                     "x abcdefghi", "x abcdefghijklmnopq",
                                     "x caf\xC3\xA9s"};
  for (size_t i = 0; i < sizeof hits / sizeof *hits; i++) {
    char want[32];
    snprintf(want, sizeof want, "a.w@0-%zu\n", strlen(hits[i]));
    ASSERT_FINDINGS(e, hits[i], want);
  }
  static const char *const misses[] = {
      "x b", "x axc", "x aa",        "x bb",        "x abd",
      "x bbc",       "x abce",      "x abxd",      "x bbcde",
      "x abcdf",     "x abcdefgx",  "x abcxefgh",  "x abcdefghx",
      "x abcdefghijklmnopx", "x abcdefghxjklmnopq",
      "x abcdefg",   "x abcdefghij", "x caf\xC3\xA8s", "x cafes"};
  for (size_t i = 0; i < sizeof misses / sizeof *misses; i++)
    ASSERT_FINDINGS(e, misses[i], "");
  tact_engine_free(e);
}

static void any_word_and_punctuation(void **state) {
  (void)state;
  tact_engine *e = engine_from(RULES, NULL);
  ASSERT_FINDINGS(e, "That is just wrong.", "argument.any@0-18\n");
  ASSERT_FINDINGS(e, "That is wrong.", "");
  ASSERT_FINDINGS(e, "Sorry, but no.", "apology.but@0-10\n");
  ASSERT_FINDINGS(e, "Sorry but no.", "");
  tact_engine_free(e);
}


/* [number], [caps] and [stretched] match one token of their class. */
static void token_classes(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "tact.rule{ id='a.days', message='m', phrases='within [number] days' }\n"
      "tact.rule{ id='a.caps', message='m', phrases='do [caps] open' }\n"
      "tact.rule{ id='a.long', message='m', phrases='[stretched]' }\n",
      no_spelling); /* "sooo" is no word */
  ASSERT_FINDINGS(e, "Within 3 days.", "a.days@0-13\n");
  ASSERT_FINDINGS(e, "Within 10,000 days.", "a.days@0-18\n");
  ASSERT_FINDINGS(e, "Within three days.", "");
  ASSERT_FINDINGS(e, "Do NOT open it.", "a.caps@0-11\n");
  ASSERT_FINDINGS(e, "Do not open it.", "");
  ASSERT_FINDINGS(e, "Do I open it?", ""); /* one capital is not caps */
  ASSERT_FINDINGS(e, "That is sooo slow, Pleeease.",
                  "a.long@8-12\na.long@19-27\n");
  /* two of a letter, or three across words or in a number, are not */
  ASSERT_FINDINGS(e, "Good coffee, a aa, 1000 bees.", "");
  tact_engine_free(e);
}

static void unless_silences_overlapping_hits_only(void **state) {
  (void)state;
  tact_engine *e = engine_from(RULES, NULL);
  ASSERT_FINDINGS(e, "As I told you I would, here it is.", "");
  ASSERT_FINDINGS(e, "As I told you, I would like it back.",
                  "blame.as-i-said@0-13\n");
  tact_engine_free(e);
}

static void matches_stay_within_a_sentence(void **state) {
  (void)state;
  tact_engine *e = engine_from(RULES, NULL);
  ASSERT_FINDINGS(e, "I can. Help is here.", "");
  ASSERT_FINDINGS(e, "We blamed it. Staff left.", "");
  tact_engine_free(e);
}

static void one_finding_per_span(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "tact.rule{ id='a.b', message='m', phrases={'not {my|our} problem',"
      " 'not my', 'my problem'} }",
      NULL);
  /* Leftmost-longest: one finding, not three overlapping ones. */
  ASSERT_FINDINGS(e, "That is not my problem.", "a.b@8-22\n");
  ASSERT_FINDINGS(e, "Not my problem, not our problem.",
                  "a.b@0-14\na.b@16-31\n");
  tact_engine_free(e);
}

static void expect_load_error(const char *lua, const char *fragment) {
  tact_engine *e = engine_from(lua, NULL);
  assert_int_equal(tact_engine_status(e), TACT_ERROR_RULE);
  assert_non_null(strstr(tact_engine_message(e), fragment));
  /* The rule defined before the bad one still works. */
  ASSERT_FINDINGS(e, "Calm down.", "dismissal.calm@0-9\n");
  tact_engine_free(e);
}

#define GOOD "tact.rule{ id='dismissal.calm', message='m', phrases='calm down' }\n"

static void syntax_errors_name_file_and_line(void **state) {
  (void)state;
  expect_load_error(GOOD "\ntact.rule{ id='a.b', message='m', phrases='{a|b' }",
                    "rules.lua:3: rule 'a.b': phrase \"{a|b\": '{' at column 1 is never closed");
  expect_load_error(GOOD "tact.rule{ id='a.b', message='m', phrases='* a' }",
                    "rules.lua:2: rule 'a.b': phrase \"* a\": a gap may not start");
  expect_load_error(GOOD "tact.rule{ id='a.b', message='m', phrases='(a)' }",
                    "can match nothing");
  expect_load_error(GOOD "tact.rule{ id='a.b', message='m', phrases='a )' }",
                    "unexpected ')'");
  expect_load_error(GOOD "tact.rule{ id='a.b', message='m', phrases="
                         "'{a|b|c|d|e|f|g|h} {a|b|c|d|e|f|g|h} {a|b|c|d|e|f|g|h} {a|b|c|d|e|f|g|h} {a|b}' }",
                    "more than 4096 variants");
  expect_load_error(GOOD "tact.rule{ id='a.b', message='m', phrases="
                         "string.rep('a ', 40) .. '(b) ' .. string.rep('c ', 30) }",
                    "is longer than 64 words");
  expect_load_error(GOOD "tact.rule{ id='a.b', message='m', phrases='a [loud] b' }",
                    "phrase \"a [loud] b\": '[' at column 3 needs a token "
                    "class and ']': [number], [caps] or [stretched]");
  expect_load_error(GOOD "tact.rule{ id='a.b', message='m', phrases='a [caps' }",
                    "'[' at column 3 needs a token class");
  expect_load_error(GOOD "tact.rule{ id='a.b', message='m', phrases='a caps] b' }",
                    "unexpected ']'");
}

static void empty_groups_add_nothing(void **state) {
  (void)state;
  /* A phrase is the product of its parts, walked one part after another:
   * a million parts that add nothing must not go deep. */
  tact_engine *e = engine_from(
      "tact.rule{ id='a.b', message='m', phrases='calm ' .. "
      "string.rep('{}', 1000000) .. ' down' }",
      NULL);
  assert_int_equal(tact_engine_status(e), TACT_OK);
  ASSERT_FINDINGS(e, "Calm down.", "a.b@0-9\n");
  tact_engine_free(e);
}

/* Variants that end alike share the automaton's nodes; what each matches,
 * and for which rule, stays its own. */
static void variants_that_end_alike(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "tact.rule{ id='a.x', message='m', phrases='we {can|may} not help' }\n"
      "tact.rule{ id='a.y', message='m', phrases='we {can|will} not help' }\n"
      "tact.rule{ id='a.z', message='m', phrases={ 'go {on|on and on} now',\n"
      "  'so (very) very late', 'not (at all) at all' } }\n",
      no_spelling);
  ASSERT_FINDINGS(e, "We can not help.", "a.x@0-15\na.y@0-15\n");
  ASSERT_FINDINGS(e, "We may not help.", "a.x@0-15\n");
  ASSERT_FINDINGS(e, "We will not help.", "a.y@0-16\n");
  ASSERT_FINDINGS(e, "We must not help.", "");
  ASSERT_FINDINGS(e, "Go on now.", "a.z@0-9\n");
  ASSERT_FINDINGS(e, "Go on and on now.", "a.z@0-16\n");
  ASSERT_FINDINGS(e, "Go on and now.", "");
  ASSERT_FINDINGS(e, "So very late.", "a.z@0-12\n");
  ASSERT_FINDINGS(e, "So very very late.", "a.z@0-17\n");
  ASSERT_FINDINGS(e, "So late.", "");
  ASSERT_FINDINGS(e, "Not at all at all.", "a.z@0-17\n");
  ASSERT_FINDINGS(e, "Not at at all.", "");
  tact_engine_free(e);
}

static void one_more_rule_file(tact_config *c) {
  const char *lua = "tact.rule{ id='c.d', message='m', phrases='hold on' }";
  assert_int_equal(
      tact_config_add_rule_source(c, "more.lua", lua, strlen(lua)), TACT_OK);
}

/* A rule that fails after its phrases went in takes them back, and the
 * next rule, which takes its place, keeps its own. */
static void a_failed_rule_leaves_no_phrases(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      GOOD "tact.rule{ id='a.b', message='m', phrases='wait up',"
           " unless='{a' }",
      one_more_rule_file);
  assert_int_equal(tact_engine_status(e), TACT_ERROR_RULE);
  ASSERT_FINDINGS(e, "Calm down. Hold on.", "dismissal.calm@0-9\nc.d@11-18\n");
  ASSERT_FINDINGS(e, "Wait up.", "");
  tact_engine_free(e);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(alternatives_and_optional_words),
      cmocka_unit_test(case_apostrophes_and_contractions),
      cmocka_unit_test(inflections_and_gaps),
      cmocka_unit_test(words_of_every_length),
      cmocka_unit_test(any_word_and_punctuation),
      cmocka_unit_test(token_classes),
      cmocka_unit_test(unless_silences_overlapping_hits_only),
      cmocka_unit_test(matches_stay_within_a_sentence),
      cmocka_unit_test(one_finding_per_span),
      cmocka_unit_test(syntax_errors_name_file_and_line),
      cmocka_unit_test(empty_groups_add_nothing),
      cmocka_unit_test(variants_that_end_alike),
      cmocka_unit_test(a_failed_rule_leaves_no_phrases),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_spell.c — Hunspell with the real en_US and en_GB dictionaries
 * (Debian hunspell-en-us, hunspell-en-gb): lemmas in phrases and in Lua,
 * spelling findings and suggestions, word lists, a missing dictionary. */
#include <pthread.h>
#include <stdlib.h>

#include "../api/helpers.h"

/* Findings of one rule only, as "text@start-end\n" lines. */
static void hits_of(const tact_engine *e, const char *text, const char *rule,
                    char *buf, size_t size) {
  tact_result *r = tact_check(e, text, strlen(text));
  assert_int_equal(tact_result_status(r), TACT_OK);
  size_t at = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < tact_result_count(r); i++) {
    const tact_finding *f = tact_result_finding(r, i);
    if (strcmp(f->rule_id, rule) != 0) continue;
    at += (size_t)snprintf(buf + at, size - at, "%.*s@%zu-%zu\n",
                           (int)(f->end - f->start), text + f->start,
                           f->start, f->end);
    assert_true(at < size);
  }
  tact_result_free(r);
}

#define ASSERT_HITS(e, text, rule, expected)               \
  do {                                                     \
    char buf_[4096];                                       \
    hits_of((e), (text), (rule), buf_, sizeof buf_);       \
    assert_string_equal(buf_, (expected));                 \
  } while (0)

#define UNKNOWN "spelling.unknown-word"

static void british(tact_config *c) {
  assert_int_equal(tact_config_set_language(c, "en_GB"), TACT_OK);
}

static void nowhere(tact_config *c) {
  assert_int_equal(tact_config_set_language(c, "xx_NO"), TACT_OK);
  assert_int_equal(tact_config_add_dictionary_path(c, "/nonexistent/dicts"),
                   TACT_OK);
}

static void nowhere_quiet(tact_config *c) {
  nowhere(c);
  no_spelling(c);
}

/* ---- lemmas --------------------------------------------------------------- */

static const char *const LEMMA_RULES =
    "tact.rule{ id='blame.blamed', message='m', phrases='you <blame> us' }\n"
    "tact.rule{ id='tone.rude', message='m', phrases='the <rude> reply' }\n"
    "tact.rule{ id='look.lemma', message='m', scope='document',\n"
    "  check=function(d, report)\n"
    "    for _, t in ipairs(d:find{ lemma = { 'apology', 'refund' } }) do\n"
    "      report{ at = t, message = t.lemma } end end }\n";

static void phrases_match_every_inflection(void **state) {
  (void)state;
  tact_engine *e = engine_from(LEMMA_RULES, no_spelling);
  assert_int_equal(tact_engine_status(e), TACT_OK);
  ASSERT_HITS(e, "You blame us. You blamed us. You're blaming us. You "
                 "blames us.",
              "blame.blamed",
              "You blame us@0-12\nYou blamed us@14-27\nYou blames us@48-61\n");
  /* Comparatives come only from the dictionary: the built-in inflector
   * knows verbs and plurals. */
  ASSERT_HITS(e, "That was the rudest reply. The ruder reply came later.",
              "tone.rude", "the rudest reply@9-25\nThe ruder reply@27-42\n");
  tact_engine_free(e);
}

static void lua_asks_for_lemmas(void **state) {
  (void)state;
  tact_engine *e = engine_from(LEMMA_RULES, no_spelling);
  /* "Refunds" keeps its prefix although Hunspell strips "re" from it. */
  const char *text = "Our apologies. Refunds take a week; no funds lost.";
  tact_result *r = tact_check(e, text, strlen(text));
  assert_int_equal(tact_result_count(r), 2);
  assert_string_equal(tact_result_finding(r, 0)->message, "apology");
  assert_int_equal(tact_result_finding(r, 0)->start, 4);
  assert_string_equal(tact_result_finding(r, 1)->message, "refund");
  assert_int_equal(tact_result_finding(r, 1)->start, 15);
  tact_result_free(r);
  tact_engine_free(e);
}

/* Without a dictionary `<blame>` still matches through the built-in
 * inflections, but comparatives do not, and a token's lemma is its
 * normalized form. */
static void missing_dictionary_falls_back(void **state) {
  (void)state;
  setenv("TACT_DICT_PATH", "/nonexistent/env:/nonexistent/env2", 1);
  tact_engine *e = engine_from(LEMMA_RULES, nowhere);
  unsetenv("TACT_DICT_PATH");
  assert_int_equal(tact_engine_status(e), TACT_OK);
  assert_string_equal(tact_engine_message(e), "");
  assert_int_equal(tact_engine_warning_count(e), 1);
  assert_string_equal(
      tact_engine_warning(e, 0),
      "no xx_NO dictionary (xx_NO.aff and xx_NO.dic) in /nonexistent/dicts, "
      "/nonexistent/env, /nonexistent/env2, /usr/share/hunspell, "
      "/usr/local/share/hunspell, /usr/share/myspell, "
      "/usr/share/myspell/dicts; checking tone without spelling");
  assert_false(tact_rule_enabled(tact_engine_find_rule(e, UNKNOWN)));
  ASSERT_HITS(e, "You blamed us, wtih a typo.", "blame.blamed",
              "You blamed us@0-13\n");
  ASSERT_HITS(e, "You blamed us, wtih a typo.", UNKNOWN, "");
  ASSERT_HITS(e, "The rudest reply.", "tone.rude", "");
  ASSERT_HITS(e, "Our apologies.", "look.lemma", "apologies@4-13\n");
  tact_result *r = tact_check(e, "Our apologies.", 14);
  assert_string_equal(tact_result_finding(r, 0)->message, "apologies");
  tact_result_free(r);
  tact_engine_free(e);
  /* With spelling off, by the config call or as a category, a missing
   * dictionary is nothing to warn about. */
  e = engine_from("tact.disable 'spelling'", nowhere);
  assert_int_equal(tact_engine_warning_count(e), 0);
  tact_engine_free(e);
  e = engine_from(LEMMA_RULES, nowhere_quiet);
  assert_int_equal(tact_engine_warning_count(e), 0);
  ASSERT_HITS(e, "You blamed us.", "blame.blamed", "You blamed us@0-13\n");
  tact_engine_free(e);
}

/* ---- spelling ------------------------------------------------------------- */

static void unknown_words_get_suggestions(void **state) {
  (void)state;
  tact_engine *e = engine_from("", NULL);
  assert_int_equal(tact_engine_status(e), TACT_OK);
  assert_int_equal(tact_engine_warning_count(e), 0);
  const char *text = "We recieve your mesage.";
  tact_result *r = tact_check(e, text, strlen(text));
  assert_int_equal(tact_result_count(r), 2);
  const tact_finding *f = tact_result_finding(r, 0);
  assert_string_equal(f->rule_id, UNKNOWN);
  assert_string_equal(f->category, "spelling");
  assert_int_equal(f->severity, TACT_SEVERITY_WARNING);
  const tact_rule *rule = tact_engine_find_rule(e, UNKNOWN);
  assert_string_equal(tact_rule_kind(rule), "builtin");
  assert_non_null(strstr(tact_rule_rationale(rule), "tact.spelling{"));
  assert_int_equal(f->start, 3);
  assert_int_equal(f->end, 10);
  assert_string_equal(f->message,
                      "'recieve' is not in the en_US dictionary or word "
                      "lists.");
  assert_true(f->suggestion_count >= 1 && f->suggestion_count <= 5);
  assert_string_equal(f->suggestions[0], "receive");
  f = tact_result_finding(r, 1);
  assert_int_equal(f->start, 16);
  assert_string_equal(f->suggestions[0], "message");
  /* Spelling is not tone: the score and finding count leave it out. */
  const tact_summary *s = tact_result_summary(r);
  assert_int_equal(s->findings, 0);
  assert_int_equal(s->score, 85);
  tact_result_free(r);
  /* A capital at the start of a sentence carries into the suggestion. */
  r = tact_check(e, "Recieve it.", 11);
  assert_string_equal(tact_result_finding(r, 0)->suggestions[0], "Receive");
  tact_result_free(r);
  tact_engine_free(e);
}

static void british_and_american(void **state) {
  (void)state;
  const char *text = "The colour of the color.";
  tact_engine *us = engine_from("", NULL), *gb = engine_from("", british);
  ASSERT_HITS(us, text, UNKNOWN, "colour@4-10\n");
  ASSERT_HITS(gb, text, UNKNOWN, "color@18-23\n");
  tact_result *r = tact_check(gb, text, strlen(text));
  assert_string_equal(tact_result_finding(r, 0)->message,
                      "'color' is not in the en_GB dictionary or word lists.");
  tact_result_free(r);
  /* The language may come from a rule or config file; the config call
   * wins over it. */
  tact_engine *file = engine_from("tact.spelling{ language = 'en_GB' }", NULL);
  ASSERT_HITS(file, text, UNKNOWN, "color@18-23\n");
  tact_engine *both =
      engine_from("tact.spelling{ language = 'en_GB' }", british);
  tact_engine_free(both);
  tact_engine_free(file);
  tact_engine_free(gb);
  tact_engine_free(us);
  tact_config *c = tact_config_new();
  assert_int_equal(tact_config_set_language(c, "../etc/passwd"),
                   TACT_ERROR_ARGUMENT);
  assert_int_equal(tact_config_set_language(c, ""), TACT_ERROR_ARGUMENT);
  assert_int_equal(tact_config_set_language(c, NULL), TACT_OK);
  assert_int_equal(tact_config_set_language(NULL, "en_US"),
                   TACT_ERROR_ARGUMENT);
  tact_config_free(c);
}

static void apostrophes_and_contractions(void **state) {
  (void)state;
  tact_engine *e = engine_from("", NULL);
  ASSERT_HITS(e,
              "The customer\xE2\x80\x99s order can\xE2\x80\x99t wait; "
              "the customer's order won't either, and shouldn't've.",
              UNKNOWN, "");
  /* A misspelt word with a possessive is flagged whole. */
  ASSERT_HITS(e, "The custmer\xE2\x80\x99s order.", UNKNOWN,
              "custmer\xE2\x80\x99s@4-15\n");
  tact_engine_free(e);
}

static void code_urls_and_acronyms_are_not_words(void **state) {
  (void)state;
  tact_engine *e = engine_from("", NULL);
  ASSERT_HITS(e,
              "Run `git comit --amnd` or ``x `y` zz`` then see "
              "https://exmaple.com/paht and write to bob@exmaple.com.\n"
              "The NASA and SLAA teams edit config.yaml, src/mian.c and "
              "snake_cse in 2FA mode; didOpenn is camelCase.\n\n"
              "```sh\nsudo aptt-get instal\n```\n\n"
              "A typpo after the fence.",
              UNKNOWN, "typpo@241-246\n");
  /* An unclosed backtick is just a character. */
  ASSERT_HITS(e, "It is `misssing.", UNKNOWN, "misssing@7-15\n");
  tact_engine_free(e);
}

static void spelling_switches_off(void **state) {
  (void)state;
  const char *text = "We recieve it.";
  tact_engine *e = engine_from("", no_spelling);
  ASSERT_HITS(e, text, UNKNOWN, "");
  assert_false(tact_rule_enabled(tact_engine_find_rule(e, UNKNOWN)));
  tact_engine_free(e);
  e = engine_from("tact.disable 'spelling'", NULL);
  ASSERT_HITS(e, text, UNKNOWN, "");
  tact_engine_free(e);
  /* set_spelling(0) wins over enable("*"), which test-rules uses. */
  tact_config *c = tact_config_new();
  tact_config_enable(c, "*");
  tact_config_set_spelling(c, 0);
  e = tact_engine_new(c);
  tact_config_free(c);
  ASSERT_HITS(e, text, UNKNOWN, "");
  tact_engine_free(e);
  /* Directives silence it like any rule. */
  e = engine_from("", NULL);
  ASSERT_HITS(e, "<!-- tact: ignore spelling -->\nWe recieve it.\n\n"
                 "We recieve it.",
              UNKNOWN, "recieve@50-57\n");
  tact_engine_free(e);
}

/* Replies name people no dictionary knows: a capitalised word inside a
 * sentence passes as a name; a misspelling that starts a sentence, or one
 * in small letters, is still found. */
static void names_are_not_spelling_mistakes(void **state) {
  (void)state;
  tact_engine *e = engine_from("", NULL);
  ASSERT_HITS(e,
              "Hi Tomasz,\n\nI spoke to Priyanka in Leeds. Recieve it "
              "soon, as the jhon said.\n\nBest regards,\nOluwaseun",
              UNKNOWN, "Recieve@42-49\njhon@66-70\n");
  tact_engine_free(e);
}

/* Markdown: code spans and blocks, link targets are not prose (scope/). A
 * document re-checked after edits agrees with a fresh check. */
static void documents_and_markdown(void **state) {
  (void)state;
  tact_engine *e = engine_from("", NULL);
  const char *md = "# Refnd\n\nRun `git comit` and see [teh docs](https://"
                   "exmaple.com/paht).\n\n```\nsudo aptt-get\n```\n\n"
                   "- Sorry for the delya\n";
  tact_doc *d = tact_doc_new(e, TACT_FORMAT_MARKDOWN, md, strlen(md));
  assert_non_null(d);
  const tact_result *r = tact_doc_result(d);
  const char *want[] = {"Refnd", "teh", "delya"};
  assert_int_equal(tact_result_count(r), 3);
  for (size_t i = 0; i < 3; i++) {
    const tact_finding *f = tact_result_finding(r, i);
    assert_string_equal(f->rule_id, UNKNOWN);
    assert_int_equal(f->end - f->start, strlen(want[i]));
    assert_memory_equal(md + f->start, want[i], strlen(want[i]));
  }
  /* Mend "delya", break "docs". */
  size_t at = (size_t)(strstr(md, "delya") - md);
  assert_int_equal(tact_doc_edit(d, at, at + 5, "delay", 5), TACT_OK);
  at = (size_t)(strstr(md, "docs") - md);
  assert_int_equal(tact_doc_edit(d, at, at + 4, "dcos", 4), TACT_OK);
  r = tact_doc_result(d);
  size_t len;
  const char *now = tact_doc_text(d, &len);
  tact_result *fresh = tact_check_format(e, now, len, TACT_FORMAT_MARKDOWN);
  assert_int_equal(tact_result_count(r), 3);
  assert_int_equal(tact_result_count(fresh), 3);
  for (size_t i = 0; i < 3; i++) {
    const tact_finding *a = tact_result_finding(r, i);
    const tact_finding *b = tact_result_finding(fresh, i);
    assert_int_equal(a->start, b->start);
    assert_int_equal(a->end, b->end);
    assert_int_equal(a->suggestion_count, b->suggestion_count);
  }
  assert_memory_equal(now + tact_result_finding(r, 2)->start, "dcos", 4);
  tact_result_free(fresh);
  tact_doc_free(d);
  tact_engine_free(e);
}

/* ---- word lists ----------------------------------------------------------- */

static char list_dir[] = "/tmp/tact-spell-XXXXXX";

static void write_file(const char *name, const char *text) {
  char path[256];
  snprintf(path, sizeof path, "%s/%s", list_dir, name);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
}

static void with_lists(tact_config *c) {
  char path[256];
  snprintf(path, sizeof path, "%s/team.txt", list_dir);
  assert_int_equal(tact_config_add_word_list(c, path), TACT_OK);
  snprintf(path, sizeof path, "%s/bad.txt", list_dir);
  assert_int_equal(tact_config_add_word_list(c, path), TACT_OK);
  assert_int_equal(tact_config_add_word_list(c, "/nonexistent/w.txt"),
                   TACT_OK);
  assert_int_equal(tact_config_add_word(c, "Qworp"), TACT_OK);
  assert_int_equal(tact_config_add_word(c, "two words"), TACT_ERROR_ARGUMENT);
  assert_int_equal(tact_config_add_word(c, ""), TACT_ERROR_ARGUMENT);
}

static void word_lists_add_words(void **state) {
  (void)state;
  assert_non_null(mkdtemp(list_dir));
  write_file("team.txt", "3\n# product names\nZyntrax\n\n  frobnicate  \n");
  write_file("bad.txt", "Blorvak\nwalk/S\n");
  write_file("pack.lua", "tact.spelling{ words = { 'Kestrix' },\n"
                         "  word_list = 'more.txt' }\n");
  write_file("more.txt", "glimbo\n");
  write_file("words.dic", "Vantor\n");
  /* Capitalised words start their sentences, where they are spelt (inside
   * a sentence they would pass as names). */
  const char *text = "Zyntrax and ZYNTRAX frobnicate; zyntrax, walk/S, glimbo. "
                     "Blorvak came. Qworp came. Kestrix came. Vantor came. "
                     "Mxyzzl came. Zyntrax's turn.";

  char dir[256];
  snprintf(dir, sizeof dir, "%s", list_dir);
  tact_config *c = tact_config_new();
  assert_int_equal(tact_config_add_rule_dir(c, dir), TACT_OK);
  with_lists(c);
  tact_engine *e = tact_engine_new(c);
  tact_config_free(c);
  assert_int_equal(tact_engine_status(e), TACT_OK);
  assert_int_equal(tact_engine_warning_count(e), 2);
  char want[512];
  snprintf(want, sizeof want,
           "%s/bad.txt:2: 'walk/S': one word per line, without affix flags",
           list_dir);
  assert_string_equal(tact_engine_warning(e, 0), want);
  assert_string_equal(tact_engine_warning(e, 1),
                      "/nonexistent/w.txt: cannot read word list: No such "
                      "file or directory");
  /* Words are taken as written: a capitalised one also in capitals, not
   * in lower case; its possessive too. A bad line leaves the lines before
   * it in. */
  ASSERT_HITS(e, text, UNKNOWN, "zyntrax@32-39\nMxyzzl@110-116\n");
  tact_engine_free(e);
  for (const char *n = "team.txt\0bad.txt\0pack.lua\0more.txt\0words.dic\0";
       *n; n += strlen(n) + 1) {
    char path[256];
    snprintf(path, sizeof path, "%s/%s", list_dir, n);
    remove(path);
  }
  remove(list_dir);
}

/* ---- limits and threads ---------------------------------------------------- */

/* Suggestions go to the first 20 distinct words of a block, the same in
 * every check (the second time from the dictionary's cache). */
static void suggestions_are_capped_and_cached(void **state) {
  (void)state;
  static const char *const words[] = {
      "aaccount", "bbutton", "ccustomer", "ddelivery", "eexchange",
      "ffriendly", "ggarden", "hholiday", "iinvoice", "jjourney",
      "kkitchen", "llibrary", "mmachine", "nnumber", "oorange",
      "ppayment", "qquality", "rreceipt", "sservice", "ttravel",
      "uumbrella", "vvillage", "wwindow", "yyellow"};
  size_t n = sizeof words / sizeof words[0];
  char text[1024] = "";
  for (size_t i = 0; i < n; i++)
    snprintf(text + strlen(text), sizeof text - strlen(text), "%s ",
             words[i]);
  tact_engine *e = engine_from("", NULL);
  for (int round = 0; round < 2; round++) {
    tact_result *r = tact_check(e, text, strlen(text));
    assert_int_equal(tact_result_count(r), n);
    for (size_t i = 0; i < n; i++) {
      const tact_finding *f = tact_result_finding(r, i);
      int want = i < 20;
      assert_int_equal(f->suggestion_count > 0, want);
      if (want) assert_string_equal(f->suggestions[0], words[i] + 1);
    }
    tact_result_free(r);
  }
  tact_engine_free(e);
}

typedef struct job {
  const tact_engine *e;
  int ok;
} job;

static void *check_many(void *arg) {
  job *j = arg;
  const char *text = "You blamed us for the recieve error. Sory. "
                     "The rudest reply.";
  j->ok = 1;
  for (int i = 0; i < 20; i++) {
    tact_result *r = tact_check(j->e, text, strlen(text));
    if (tact_result_count(r) != 4 ||
        strcmp(tact_result_finding(r, 1)->suggestions[0], "receive") != 0)
      j->ok = 0;
    tact_result_free(r);
  }
  return NULL;
}

static void threads_share_the_dictionary(void **state) {
  (void)state;
  tact_engine *e = engine_from(LEMMA_RULES, NULL);
  pthread_t t[4];
  job jobs[4];
  for (int i = 0; i < 4; i++) {
    jobs[i] = (job){e, 0};
    assert_int_equal(pthread_create(&t[i], NULL, check_many, &jobs[i]), 0);
  }
  for (int i = 0; i < 4; i++) {
    pthread_join(t[i], NULL);
    assert_true(jobs[i].ok);
  }
  tact_engine_free(e);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(phrases_match_every_inflection),
      cmocka_unit_test(lua_asks_for_lemmas),
      cmocka_unit_test(missing_dictionary_falls_back),
      cmocka_unit_test(unknown_words_get_suggestions),
      cmocka_unit_test(names_are_not_spelling_mistakes),
      cmocka_unit_test(british_and_american),
      cmocka_unit_test(apostrophes_and_contractions),
      cmocka_unit_test(code_urls_and_acronyms_are_not_words),
      cmocka_unit_test(spelling_switches_off),
      cmocka_unit_test(documents_and_markdown),
      cmocka_unit_test(word_lists_add_words),
      cmocka_unit_test(suggestions_are_capped_and_cached),
      cmocka_unit_test(threads_share_the_dictionary),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

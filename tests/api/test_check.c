/* test_check.c — what a check returns: exact offsets, lines and columns,
 * bad bytes, in-text directives, suggestion case, regex rules. */
#include "helpers.h"

static const char *const RULES =
    "tact.rule{ id='dismissal.calm', message='m', phrases='calm down',\n"
    "  suggest={ 'I hear you', 'let me help' } }\n"
    "tact.rule{ id='condescension.obviously', message='m', severity='info',\n"
    "  phrases='obviously', suggest={ '' } }\n"
    "tact.rule{ id='shouting.marks', message='m', severity='hint',\n"
    "  regex='[!?]{2,}', suggest='.' }\n"
    "tact.rule{ id='shouting.word', message='m', regex='\\\\b(?<hit>NOW)\\\\b please',\n"
    "  case=true }\n"
    "tact.rule{ id='argument.never-said', message='m', phrases='I never said',\n"
    "  suggest='what I meant was' }\n";

static const tact_finding *only(tact_result *r) {
  assert_int_equal(tact_result_count(r), 1);
  return tact_result_finding(r, 0);
}

/* A result keeps its rules' strings when the engine is freed first, and
 * results of one engine share them; a document rule's findings too. */
static void results_outlive_their_engine(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "tact.rule{ id='dismissal.calm', message='Calm.', phrases='calm down',\n"
      "  suggest={ 'I hear you', 'let me help' } }\n"
      "tact.rule{ id='a.doc', scope='document', message='Doc.',\n"
      "  check=function(d, report) report{ at = d:sentence(1) } end }\n",
      no_spelling);
  tact_result *r1 = tact_check(e, "Calm down.", 10);
  tact_result *r2 = tact_check(e, "Please calm down.", 17);
  tact_engine_free(e);
  for (int k = 0; k < 2; k++) {
    tact_result *r = k ? r2 : r1;
    assert_int_equal(tact_result_count(r), 2);
    const tact_finding *a = tact_result_finding(r, 0);
    const tact_finding *b = tact_result_finding(r, 1);
    if (strcmp(a->rule_id, "a.doc") == 0) {
      const tact_finding *t = a;
      a = b;
      b = t;
    }
    assert_string_equal(a->rule_id, "dismissal.calm");
    assert_string_equal(a->category, "dismissal");
    assert_string_equal(a->message, "Calm.");
    assert_int_equal(a->suggestion_count, 2);
    assert_string_equal(a->suggestions[1] + 1, "et me help"); /* L or l */
    assert_string_equal(b->rule_id, "a.doc");
    assert_string_equal(b->message, "Doc.");
  }
  tact_result_free(r1);
  tact_result_free(r2);
}

static void lines_and_columns_in_bytes_and_utf16(void **state) {
  (void)state;
  /* "Zoë" is no dictionary word; this test is about positions. */
  tact_engine *e = engine_from(RULES, no_spelling);
  /* "é" is 2 bytes / 1 unit; the emoji 4 bytes / 2 units; CRLF ends line 1. */
  const char *text = "Hi Zo\xC3\xAB,\r\n\xF0\x9F\x98\x80 caf\xC3\xA9 calm down";
  tact_result *r = tact_check(e, text, strlen(text));
  const tact_finding *f = only(r);
  assert_int_equal(f->start, 21);
  assert_int_equal(f->end, 30);
  assert_int_equal(f->line, 2);
  assert_int_equal(f->column, 12);      /* bytes: 4 + 1 + 5 + 1, then 1 */
  assert_int_equal(f->column_utf16, 9); /* units: 2 + 1 + 4 + 1, then 1 */
  assert_int_equal(f->end_line, 2);
  assert_int_equal(f->end_column, 21);
  assert_int_equal(f->end_column_utf16, 18);
  assert_string_equal(f->rule_id, "dismissal.calm");
  assert_string_equal(f->category, "dismissal");
  assert_int_equal(f->severity, TACT_SEVERITY_WARNING);
  tact_result_free(r);
  /* Without CR, runs of ASCII are counted eight bytes at a time: the
   * units of "é" and the emoji between them still count. */
  text = "A long first line.\nThe caf\xC3\xA9 said \xF0\x9F\x98\x80 and then "
         "they told me to calm down, twice over";
  r = tact_check(e, text, strlen(text));
  f = only(r);
  assert_int_equal(f->line, 2);
  assert_int_equal(f->column, 46);
  assert_int_equal(f->column_utf16, 43);
  assert_int_equal(f->end_column, 55);
  assert_int_equal(f->end_column_utf16, 52);
  tact_result_free(r);
  /* A lone CR is a line break too, as in LSP. */
  r = tact_check(e, "a\rb\r\ncalm down", 15);
  assert_int_equal(only(r)->line, 3);
  assert_int_equal(only(r)->column, 1);
  tact_result_free(r);
  tact_engine_free(e);
}

static void invalid_utf8_is_reported_and_the_rest_checked(void **state) {
  (void)state;
  tact_engine *e = engine_from(RULES, NULL);
  /* Bad bytes count as spaces: words on either side still match. */
  const char text[] = "Calm\xFF\xFE down. Calm down\xC3. Calm \xE2\x82 down\xF0\x9F\x98";
  ASSERT_FINDINGS(e, text,
                  "dismissal.calm@0-11\n"
                  "encoding.invalid-utf8@4-6\n"
                  "dismissal.calm@13-22\n"
                  "encoding.invalid-utf8@22-23\n"
                  "dismissal.calm@25-37\n"
                  "encoding.invalid-utf8@30-32\n"
                  "encoding.invalid-utf8@37-40\n");
  tact_result *r = tact_check(e, text, sizeof text - 1);
  const tact_finding *f = tact_result_finding(r, 1);
  assert_int_equal(f->severity, TACT_SEVERITY_ERROR);
  assert_int_equal(f->column, 5);
  assert_int_equal(f->end_column_utf16, 7); /* each bad byte is one unit */
  tact_result_free(r);
  tact_engine_free(e);
}

static void nul_bytes_and_empty_text(void **state) {
  (void)state;
  tact_engine *e = engine_from(RULES, NULL);
  char buf[4096];
  findings_of(e, "calm\0down calm!down", 19, buf, sizeof buf);
  assert_string_equal(buf, "dismissal.calm@0-9\n"); /* NUL is a space */
  findings_of(e, "", 0, buf, sizeof buf);
  assert_string_equal(buf, "");
  tact_result *r = tact_check(e, NULL, 0);
  assert_int_equal(tact_result_status(r), TACT_OK);
  tact_result_free(r);
  r = tact_check(NULL, "x", 1);
  assert_int_equal(tact_result_status(r), TACT_ERROR_ARGUMENT);
  tact_result_free(r);
  tact_engine_free(e);
}

static void suggestions_follow_the_span_case(void **state) {
  (void)state;
  tact_engine *e = engine_from(RULES, NULL);
  tact_result *r = tact_check(e, "Calm down. Please calm down.", 28);
  assert_int_equal(tact_result_count(r), 2);
  const tact_finding *a = tact_result_finding(r, 0), *b = tact_result_finding(r, 1);
  assert_string_equal(a->suggestions[0], "I hear you"); /* "I" stays */
  assert_string_equal(a->suggestions[1], "Let me help");
  assert_string_equal(b->suggestions[0], "I hear you");
  assert_string_equal(b->suggestions[1], "let me help");
  tact_result_free(r);
  tact_engine_free(e);
}

/* Applies the first suggestion of finding `f` to `text`. */
static char *apply_first(const char *text, const tact_finding *f) {
  static char out[256];
  snprintf(out, sizeof out, "%.*s%s%s", (int)f->start, text,
           f->suggestions[0], text + f->end);
  return out;
}

static void suggestion_case_follows_the_sentence(void **state) {
  (void)state;
  tact_engine *e = engine_from(RULES, NULL);
  const char *start = "I never said that.";
  const char *inside = "To be clear, I never said that.";
  tact_result *r = tact_check(e, start, strlen(start));
  assert_string_equal(only(r)->suggestions[0], "What I meant was");
  tact_result_free(r);
  /* A capital inside a sentence is the pronoun's, not the sentence's. */
  r = tact_check(e, inside, strlen(inside));
  assert_string_equal(only(r)->suggestions[0], "what I meant was");
  tact_result_free(r);
  tact_engine_free(e);
}

static void deleting_a_span_leaves_no_double_space(void **state) {
  (void)state;
  tact_engine *e = engine_from(RULES, NULL);
  const char *cases[][2] = {
      {"It is obviously broken.", "It is broken."},
      {"Obviously it is broken.", "it is broken."},
      {"Done. Obviously it works.", "Done. it works."},
      {"It is obviously\nbroken.", "It is\nbroken."},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    tact_result *r = tact_check(e, cases[i][0], strlen(cases[i][0]));
    assert_string_equal(apply_first(cases[i][0], only(r)), cases[i][1]);
    tact_result_free(r);
  }
  tact_engine_free(e);
}

static void regex_rules(void **state) {
  (void)state;
  tact_engine *e = engine_from(RULES, NULL);
  ASSERT_FINDINGS(e, "Why?? Now!!! Fine?", "shouting.marks@3-5\nshouting.marks@9-12\n");
  /* The named group `hit` is the span; case=true is case-sensitive. */
  ASSERT_FINDINGS(e, "Do it NOW please.", "shouting.word@6-9\n");
  ASSERT_FINDINGS(e, "Do it now please.", "");
  tact_engine_free(e);
}

/* A regex is not run over a text without a byte its matches can start
 * with, or shorter than its shortest match: that must never lose one, in
 * any case of a caseless letter, after a non-ASCII first byte or a set. */
static void regexes_skip_only_texts_they_cannot_match(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "tact.rule{ id='x.hash', message='m', regex='#\\\\d+' }\n"
      "tact.rule{ id='x.caseless', message='m', regex='refund now' }\n"
      "tact.rule{ id='x.accent', message='m', regex='\u00e9t\u00e9' }\n"
      "tact.rule{ id='x.marks', message='m', regex='[!?]{2}' }\n"
      "tact.rule{ id='x.long', message='m', regex='abcdef' }\n",
      no_spelling);
  ASSERT_FINDINGS(e, "Call #12: REFUND NOW, \u00c9T\u00c9?! abc",
                  "x.hash@5-8\nx.caseless@10-20\nx.accent@22-27\n"
                  "x.marks@27-29\n");
  ASSERT_FINDINGS(e, "Call 12: refund later, ete. abcde", "");
  tact_engine_free(e);
}

static void min_severity_drops_lower_findings(void **state) {
  (void)state;
  tact_config *c = tact_config_new();
  tact_config_add_rule_source(c, "r.lua", RULES, strlen(RULES));
  assert_int_equal(tact_config_set_min_severity(c, TACT_SEVERITY_INFO), TACT_OK);
  assert_int_equal(tact_config_set_min_severity(c, (tact_severity)9), TACT_ERROR_ARGUMENT);
  tact_engine *e = tact_engine_new(c);
  tact_config_free(c);
  ASSERT_FINDINGS(e, "Obviously, calm down!!", "condescension.obviously@0-9\ndismissal.calm@11-20\n");
  tact_engine_free(e);
}

static void directives_switch_rules_in_the_text(void **state) {
  (void)state;
  tact_engine *e = engine_from(RULES, NULL);
  ASSERT_FINDINGS(e,
                  "Calm down.\n<!-- tact: off -->\nCalm down.\n<!-- tact: on -->\nCalm down.",
                  "dismissal.calm@0-9\ndismissal.calm@59-68\n");
  /* Off for one category only. */
  ASSERT_FINDINGS(e,
                  "<!-- tact: off dismissal -->\nObviously, calm down.",
                  "condescension.obviously@29-38\n");
  /* ignore: the paragraph holding the comment, or the next when alone. */
  ASSERT_FINDINGS(e,
                  "Calm down. <!-- tact: ignore dismissal.calm -->\n\nCalm down.",
                  "dismissal.calm@49-58\n");
  ASSERT_FINDINGS(e,
                  "<!-- tact: ignore dismissal.calm condescension -->\n\n"
                  "Obviously, calm down.\n\nCalm down.",
                  "dismissal.calm@75-84\n");
  /* Line comments in plain text. */
  ASSERT_FINDINGS(e, "# tact: off\nCalm down.\n// tact: on\nCalm down.",
                  "dismissal.calm@35-44\n");
  /* Not directives: inside a sentence without a comment marker. */
  ASSERT_FINDINGS(e, "Note tact: off. Calm down.", "dismissal.calm@16-25\n");
  tact_engine_free(e);
}

static void snippets_and_plain_text(void **state) {
  (void)state;
  char *s = tact_snippet("Here's what I can do: {next step}. Cost: $5 {a}");
  assert_string_equal(s, "Here's what I can do: ${1:next step}. Cost: \\$5 ${2:a}");
  tact_string_free(s);
  s = tact_plain("Here's what I can do: {next step}.");
  assert_string_equal(s, "Here's what I can do: next step.");
  tact_string_free(s);
  s = tact_snippet("no } stops {");
  assert_string_equal(s, "no \\} stops {");
  tact_string_free(s);
  assert_null(tact_snippet(NULL));
}

static const char *const SIGNALS =
    "tact.profile{ name='reply', weights={ blame=2 } }\n"
    "tact.rule{ id='signal.empathy', signal=true, weight=5,\n"
    "  phrases='I understand how {frustrating|annoying} this is' }\n"
    "tact.rule{ id='signal.thanks', signal=true, weight=5, phrases='thank you' }\n"
    "tact.rule{ id='signal.next-step', signal=true, weight=5, regex='by (Monday|Friday)' }\n"
    "tact.rule{ id='blame.fault', message='m', phrases='your fault' }\n"
    "tact.rule{ id='shouting.marks', message='m', severity='info', regex='!!+' }\n"
    "tact.rule{ id='document.no-empathy', scope='document', message='m',\n"
    "  check=function(d, report) if d:signal('empathy') == 0 then report{} end end }\n";

static void summary_scores_tone(void **state) {
  (void)state;
  tact_engine *e = engine_from(SIGNALS, NULL);
  assert_int_equal(tact_engine_status(e), TACT_OK);
  /* 12 words, counted as 50: blame (warning 2 x profile weight 2) +
   * shouting (info 1) + no empathy (warning 2) = 7 per 50 words = 14 per
   * 100 words; 85 - 6 x 14 = 1, and no signals. */
  const char *bad = "It is your fault!! We can't help you and you know it.";
  tact_result *r = tact_check(e, bad, strlen(bad));
  const tact_summary *s = tact_result_summary(r);
  assert_int_equal(s->words, 12);
  assert_int_equal(s->sentences, 2);
  assert_int_equal(s->findings, 3);
  assert_int_equal(s->score, 1);
  assert_int_equal(s->pronoun_you, 3); /* your, you, you */
  assert_int_equal(s->pronoun_we, 1);
  assert_int_equal(s->pronoun_i, 0);
  assert_false(s->empathy);
  assert_int_equal(s->category_count, 3);
  assert_string_equal(s->categories[0], "blame");
  assert_string_equal(s->categories[1], "document");
  assert_string_equal(s->categories[2], "shouting");
  assert_int_equal(s->category_counts[0], 1);
  tact_result_free(r);
  /* Signals add their weight once each and are never findings. */
  const char *good = "Thank you, I understand how frustrating this is. "
                     "Thank you again; let's fix it by Friday.";
  r = tact_check(e, good, strlen(good));
  s = tact_result_summary(r);
  assert_int_equal(tact_result_count(r), 0);
  assert_true(s->empathy && s->thanks && s->next_step);
  assert_int_equal(s->score, 100);
  assert_int_equal(s->pronoun_we, 1); /* let's */
  assert_int_equal(s->pronoun_i, 1);
  tact_result_free(r);
  tact_engine_free(e);
}

static void signals_are_validated(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "tact.rule{ id='signal.x', message='m', phrases='x' }", NULL);
  assert_non_null(strstr(tact_engine_message(e), "signals, and only signals"));
  tact_engine_free(e);
  e = engine_from("tact.rule{ id='signal.x', signal=true, phrases='x', "
                  "examples={ flag={'x'} } }", NULL);
  assert_non_null(strstr(tact_engine_message(e), "a signal has phrases or regex only"));
  tact_engine_free(e);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(results_outlive_their_engine),
      cmocka_unit_test(lines_and_columns_in_bytes_and_utf16),
      cmocka_unit_test(invalid_utf8_is_reported_and_the_rest_checked),
      cmocka_unit_test(nul_bytes_and_empty_text),
      cmocka_unit_test(suggestions_follow_the_span_case),
      cmocka_unit_test(suggestion_case_follows_the_sentence),
      cmocka_unit_test(deleting_a_span_leaves_no_double_space),
      cmocka_unit_test(regex_rules),
      cmocka_unit_test(regexes_skip_only_texts_they_cannot_match),
      cmocka_unit_test(min_severity_drops_lower_findings),
      cmocka_unit_test(directives_switch_rules_in_the_text),
      cmocka_unit_test(snippets_and_plain_text),
      cmocka_unit_test(summary_scores_tone),
      cmocka_unit_test(signals_are_validated),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

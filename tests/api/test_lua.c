/* test_lua.c — the Lua rule layer: tact.rule{} validation, check functions
 * and their views, report{}, and the sandbox's limits. */
#include "helpers.h"

static void expect_load_error(const char *lua, const char *fragment) {
  tact_engine *e = engine_from(lua, NULL);
  assert_int_equal(tact_engine_status(e), TACT_ERROR_RULE);
  if (!strstr(tact_engine_message(e), fragment))
    fail_msg("message \"%s\" lacks \"%s\"", tact_engine_message(e), fragment);
  tact_engine_free(e);
}

static void rule_tables_are_validated(void **state) {
  (void)state;
  expect_load_error("tact.rule{ id='a.b', message='m', phrases='x', sugest='y' }",
                    "rules.lua:1: tact.rule: unknown field 'sugest'");
  expect_load_error("tact.rule{ message='m', phrases='x' }",
                    "rules.lua:1: tact.rule: field 'id' is required");
  expect_load_error("tact.rule{ id='Blame', message='m', phrases='x' }",
                    "id must be 'category.name'");
  expect_load_error("tact.rule{ id='a.b', phrases='x' }",
                    "field 'message' is required");
  expect_load_error("tact.rule{ id='a.b', message='m' }",
                    "needs exactly one of 'phrases', 'regex' or 'check'");
  expect_load_error("tact.rule{ id='a.b', message='m', phrases='x', regex='y' }",
                    "needs exactly one of");
  expect_load_error("tact.rule{ id='a.b', message='m', phrases='x', severity='loud' }",
                    "severity 'loud' is not error, warning, info or hint");
  expect_load_error("tact.rule{ id='a.b', category='c', message='m', phrases='x' }",
                    "category 'c' does not match the id");
  expect_load_error("tact.rule{ id='a.b', message='m', phrases='x' }\n"
                    "tact.rule{ id='a.b', message='m', phrases='y' }",
                    "rules.lua:2: rule 'a.b' is already defined at rules.lua:1");
  expect_load_error("tact.rule{ id='a.b', message='m', regex='(' }",
                    "rules.lua:1: rule 'a.b': regex \"(\": missing closing parenthesis");
  expect_load_error("tact.rule{ id='a.b', message='m', check=function() end,\n"
                    "  unless={ 'x', signal={ 'y' } } }",
                    "rule 'a.b': a check function's 'unless' holds words and "
                    "'signals' only");
  expect_load_error("tact.rule{ id='a.b', message='m', check=function() end,\n"
                    "  unless=\"can't\" }",
                    "rule 'a.b': 'unless' word 'can't' is not one word");
  expect_load_error("tact.rule{ id='a.b', message='m', phrases='x',\n"
                    "  unless={ 'y', signals={ 'z' } } }",
                    "rule 'a.b': 'unless' of phrases or a regex is a list of "
                    "phrases ('signals' are for check functions)");
  expect_load_error("tact.rule{ id='a.b', message='m', phrases={ 'x', 3 } }",
                    "item 2 of 'phrases' must be a string");
  expect_load_error("x = = 1", "rules.lua:1:");
}

static const char *const VIEWS =
    "tact.rule{ id='shouting.caps', message='m', severity='info',\n"
    "  check=function(s, report)\n"
    "    for _, t in ipairs(s:tokens()) do\n"
    "      if t.caps then report{ at=t, message='caps: '..t.text, suggest=t.norm } end\n"
    "    end\n"
    "  end }\n"
    "tact.rule{ id='apology.too-many', scope='document', message='m',\n"
    "  check=function(doc, report)\n"
    "    local hits = doc:find{ 'sorry', 'apologize' }\n"
    "    for i = 2, #hits do report{ at=hits[i] } end\n"
    "  end }\n"
    "tact.rule{ id='document.shape', scope='document', message='m',\n"
    "  check=function(doc, report)\n"
    "    local p = doc:paragraphs()\n"
    "    if #p == 2 and #doc:sentences() == 3 and doc:count('sorry') == 2\n"
    "       and doc:count{ kind='punct' } == 3 and #p[1]:sentences() == 2 then\n"
    "      report{ at={ p[2].from, p[2].to }, severity='hint' }\n"
    "    end\n"
    "  end }\n";

static void views_tokens_and_report(void **state) {
  (void)state;
  tact_engine *e = engine_from(VIEWS, NULL);
  assert_int_equal(tact_engine_status(e), TACT_OK);
  const char *text = "Sorry. I apologize.\n\nSorry, PLEASE wait";
  ASSERT_FINDINGS(e, text,
                  "apology.too-many@9-18\n"
                  "apology.too-many@21-26\n"
                  "document.shape@21-39\n"
                  "shouting.caps@28-34\n");
  tact_result *r = tact_check(e, text, strlen(text));
  const tact_finding *f = tact_result_finding(r, 3);
  assert_string_equal(f->message, "caps: PLEASE");
  assert_int_equal(f->suggestion_count, 1);
  assert_string_equal(f->suggestions[0], "please"); /* small inside a sentence */
  assert_int_equal(tact_result_finding(r, 2)->severity, TACT_SEVERITY_HINT);
  tact_result_free(r);
  tact_engine_free(e);
}

/* sentence(i) makes one sentence view, counted from the end when
 * negative, nil out of range, in a paragraph, a document or a sentence
 * (itself); it is the view sentences() holds. sentence_count() is how
 * many sentences() would hold. */
static void single_sentences(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "tact.rule{ id='a.doc', scope='document', message='m',\n"
      "  check=function(d, report)\n"
      "    local p2 = d:paragraphs()[2]\n"
      "    report{ at = d:sentence(2), message = d:sentence(-1):text() ..\n"
      "      '|' .. p2:sentence(1):text() .. '|' .. tostring(p2:sentence(2))\n"
      "      .. '|' .. tostring(d:sentence(4)) .. '|' .. tostring(d:sentence(0))\n"
      "      .. '|' .. tostring(d:sentence(-4)) .. '|' ..\n"
      "      tostring(d:sentence(1) == d:sentences()[1]) .. '|' ..\n"
      "      tostring(d:sentence(3):sentence(1) == d:sentence(3)) .. '|' ..\n"
      "      tostring(d:sentence(3):sentence(2)) .. '|' .. d:sentence_count() ..\n"
      "      p2:sentence_count() .. d:sentence(1):sentence_count() }\n"
      "  end }\n",
      NULL);
  assert_int_equal(tact_engine_status(e), TACT_OK);
  const char *text = "One here. Two there.\n\nThree.";
  tact_result *r = tact_check(e, text, strlen(text));
  assert_int_equal(tact_result_count(r), 1);
  const tact_finding *f = tact_result_finding(r, 0);
  assert_string_equal(f->message,
                      "Three.|Three.|nil|nil|nil|nil|true|true|nil|311");
  assert_int_equal(f->start, 10);
  assert_int_equal(f->end, 20);
  tact_result_free(r);
  tact_engine_free(e);
}

/* body(greetings, signoffs) is a view of the sentences between a greeting
 * line (a word of greetings first, at most six words) and the sign-off
 * lines (a word of signoffs first and at most five words, or at most two
 * words: a name), or nil; distinct(q) counts different matching words. */
static void body_and_distinct(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "local G = tact.words{ 'hi', 'hello' }\n"
      "local S = tact.words{ 'best', 'thanks' }\n"
      "local P = tact.words{ 'refund', 'delay', 'parcel' }\n"
      "tact.rule{ id='a.body', scope='document', message='m',\n"
      "  check=function(d, report)\n"
      "    local b, one = d:body(G, S), d:sentence(1):body(G, S)\n"
      "    report{ at = b, message = b:sentence_count() .. '|' ..\n"
      "      b:sentence(1):text() .. '|' .. b:sentence(-1):text() .. '|' ..\n"
      "      d:distinct(P) .. '|' .. b:distinct{ 'the', 'a' } .. '|' ..\n"
      "      (one and one:text() or 'nil') .. '|' ..\n"
      "      tostring(d:body() == d:body()) .. '|' ..\n"
      "      d:body():sentence_count() .. '|' .. b:sentence(1):body(G):text() }\n"
      "  end }\n",
      NULL);
  assert_int_equal(tact_engine_status(e), TACT_OK);
  const char *text = "Hi Sam,\n\nYour parcel is late. The refund and the "
                     "refund are due. Thanks for waiting a long long time "
                     "today.\n\nBest regards,\nAlex";
  tact_result *r = tact_check(e, text, strlen(text));
  assert_int_equal(tact_result_count(r), 1);
  const tact_finding *f = tact_result_finding(r, 0);
  assert_string_equal(f->message,
                      "3|Your parcel is late.|Thanks for waiting a long long "
                      "time today.|2|2|nil|true|5|Your parcel is late.");
  assert_int_equal(f->start, 9);
  assert_int_equal(f->end, 107);
  tact_result_free(r);
  /* Near misses: a greeting word opening a longer sentence, a sign-off
   * word opening a longer one; a last word alone is a name. */
  text = "Hello and welcome to the new customer portal today. It is ready. "
         "Best of all, it is free for you. Thanks.";
  r = tact_check(e, text, strlen(text));
  assert_int_equal(tact_result_count(r), 1);
  f = tact_result_finding(r, 0);
  assert_string_equal(f->message,
                      "3|Hello and welcome to the new customer portal today.|"
                      "Best of all, it is free for you.|0|1|"
                      "Hello and welcome to the new customer portal today.|"
                      "true|3|Hello and welcome to the new customer portal "
                      "today.");
  tact_result_free(r);
  tact_engine_free(e);
}

/* norms() lists the normalized words; token(i) makes one token, counted
 * from the end when negative, nil out of range; its lazy fields work, and
 * a field a token does not have is nil. */
static void norms_and_single_tokens(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "tact.rule{ id='a.words', message='m',\n"
      "  check=function(s, report)\n"
      "    local w = s:norms()\n"
      "    local last, first = s:token(-1), s:token(1)\n"
      "    report{ at = s:token(2), message = table.concat(w, '|') ..\n"
      "      ' ' .. first.text .. '/' .. first.kind .. ' ' .. last.norm ..\n"
      "      ' ' .. tostring(s:token(#w + 1)) .. ' ' .. tostring(s:token(-#w - 1))\n"
      "      .. ' ' .. tostring(first.upper) .. ' ' .. first.to\n"
      "      .. ' ' .. tostring(first.nothing) .. ' ' .. tostring(first[1]) }\n"
      "  end }\n",
      NULL);
  assert_int_equal(tact_engine_status(e), TACT_OK);
  const char *text = "Don't SHOUT, Sam!";
  tact_result *r = tact_check(e, text, strlen(text));
  assert_int_equal(tact_result_count(r), 1);
  const tact_finding *f = tact_result_finding(r, 0);
  assert_string_equal(f->message, "do|not|shout|,|sam|! Do/word ! nil nil "
                                  "true 2 nil nil");
  assert_int_equal(f->start, 2); /* "n't" */
  assert_int_equal(f->end, 5);
  tact_result_free(r);
  tact_engine_free(e);
}

/* Word queries count the same in a short view (read token by token) and
 * a long one (through the word index), for a word the phrases know
 * ("sorry") and one they do not ("zebra"), alone or in a list. */
static void word_queries_short_and_long(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "tact.rule{ id='a.p', message='m', phrases='sorry' }\n"
      "tact.rule{ id='a.doc', scope='document', message='m',\n"
      "  check=function(d, report)\n"
      "    local s = d:sentence(2)\n"
      "    report{ at = s, message = d:count('zebra') .. ' ' ..\n"
      "      d:count{ 'sorry', 'zebra', 'sorry' } .. ' ' .. s:count('zebra') ..\n"
      "      ' ' .. s:count{ 'sorry', 'zebra' } .. ' ' ..\n"
      "      table.concat(s:norms{ 'zebra', 'sorry' }, '|') }\n"
      "  end }\n",
      NULL);
  char text[8192] = "";
  for (int k = 0; k < 2; k++) {
    /* 1,200 tokens the first time, 6 the second */
    size_t reps = k ? 2 : 400, len = 0;
    for (size_t i = 0; i < reps; i++)
      len += (size_t)snprintf(text + len, sizeof text - len, "Sorry zebra. ");
    tact_result *r = tact_check(e, text, strlen(text));
    char want[64];
    snprintf(want, sizeof want, "%zu %zu 1 2 sorry|zebra", reps, 2 * reps);
    const tact_finding *f = NULL;
    for (size_t i = 0; i < tact_result_count(r); i++)
      if (!strcmp(tact_result_finding(r, i)->rule_id, "a.doc"))
        f = tact_result_finding(r, i);
    assert_non_null(f);
    assert_string_equal(f->message, want);
    tact_result_free(r);
  }
  tact_engine_free(e);
}

/* norms(q) lists the forms of the tokens that match q, in text order: a
 * word set, a list of words, a kind; none is an empty list. norm(i) is
 * one token's form, counted from the end when negative, nil out of
 * range. */
static void norms_of_a_query(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "local S = tact.words{ 'refund', 'late' }\n"
      "tact.rule{ id='a.norms', message='m',\n"
      "  check=function(s, report)\n"
      "    report{ at = s, message = table.concat(s:norms(S), '|') .. ' ' ..\n"
      "      table.concat(s:norms{ 'late', 'sorry' }, '|') .. ' ' ..\n"
      "      table.concat(s:norms{ kind = 'number' }, '|') .. ' ' ..\n"
      "      #s:norms('nothing') .. ' ' .. s:norm(1) .. ' ' .. s:norm(-2) ..\n"
      "      ' ' .. tostring(s:norm(99)) .. ' ' .. tostring(s:norm(-99)) }\n"
      "  end }\n",
      NULL);
  assert_int_equal(tact_engine_status(e), TACT_OK);
  const char *text = "Sorry the Refund is late, 3 days late: refund 2.";
  tact_result *r = tact_check(e, text, strlen(text));
  assert_int_equal(tact_result_count(r), 1);
  assert_string_equal(tact_result_finding(r, 0)->message,
                      "refund|late|late|refund sorry|late|late 3|2 0 "
                      "sorry 2 nil nil");
  tact_result_free(r);
  tact_engine_free(e);
}

/* Views of the same text of one check compare equal across calls, so a
 * rule may keep what it worked out for a document; a later check's views
 * do not. A kept view still compares, though its methods refuse. */
static void views_of_one_check_compare_equal(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "local seen, first\n"
      "tact.rule{ id='a.first', scope='document', message='m',\n"
      "  check=function(d, report)\n"
      "    report{ message = tostring(seen == d) .. ' ' ..\n"
      "      tostring(first == d:sentences()[1]) .. ' ' ..\n"
      "      tostring(first == d:sentences()[2]) .. ' ' ..\n"
      "      tostring(d == d:sentences()[1]) ..\n"
      "      (seen and ' ' .. tostring(pcall(seen.text, seen)) or '') }\n"
      "    seen, first = d, d:sentences()[1]\n"
      "  end }\n"
      "tact.rule{ id='a.second', scope='document', message='m',\n"
      "  check=function(d, report)\n"
      "    report{ message = tostring(seen == d) .. ' ' ..\n"
      "      tostring(first == d:sentences()[1]) .. ' ' ..\n"
      "      tostring(rawequal(seen, d)) .. ' ' .. first:text() } end }\n",
      NULL);
  assert_int_equal(tact_engine_status(e), TACT_OK);
  const char *text = "One here. Two there.";
  /* First check: a.first has seen nothing; a.second sees its views, and
   * can read them: they belong to the check, not to a.first's call. The
   * document is one view for the whole check. */
  const char *want[2][2] = {
      {"false false false false", "true true true One here."},
      {"false false false false false", "true true true One here."}};
  for (int round = 0; round < 2; round++) {
    tact_result *r = tact_check(e, text, strlen(text));
    assert_int_equal(tact_result_count(r), 2);
    for (size_t i = 0; i < 2; i++) {
      const tact_finding *f = tact_result_finding(r, i);
      size_t k = strcmp(f->rule_id, "a.first") == 0 ? 0 : 1;
      assert_string_equal(f->message, want[round][k]);
    }
    tact_result_free(r);
  }
  tact_engine_free(e);
}

/* `when` on a regex rule: its regex matches every sentence below, but
 * runs only on those holding a trigger word or a match of the `when`
 * regex (whose regex is asked only where no word answered). */
static void when_limits_the_sentences_a_regex_sees(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "tact.rule{ id='a.fine', message='m', regex='\\\\bfine\\\\b',\n"
      "  when={ 'sorry', regex='!' } }\n",
      NULL);
  assert_int_equal(tact_engine_status(e), TACT_OK);
  const char *text = "Sorry, fine. Fine! Fine. Fine?\n\nFine.";
  static const size_t at[] = {7, 13};
  tact_result *r = tact_check(e, text, strlen(text));
  assert_int_equal(tact_result_count(r), 2);
  for (size_t i = 0; i < 2; i++) {
    const tact_finding *f = tact_result_finding(r, i);
    assert_string_equal(f->rule_id, "a.fine");
    assert_int_equal(f->start, at[i]);
  }
  tact_result_free(r);
  tact_engine_free(e);
}

/* `when` phrases: matched with every phrase of the pack, they let a rule
 * run only where a whole phrase is, also in a paragraph rule; a regex
 * rule's `unless` still applies there. */
static void when_phrases_limit_where_rules_run(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "tact.rule{ id='a.fine', message='m', regex='\\\\bfine\\\\b',\n"
      "  unless='fine print', when={ phrases={ 'you {should|could} have' } } }\n"
      "tact.rule{ id='a.para', scope='paragraph', message='m',\n"
      "  when={ phrases='no way' }, check=function(p, report) report{} end }\n",
      NULL);
  assert_int_equal(tact_engine_status(e), TACT_OK);
  ASSERT_FINDINGS(e,
                  "Fine, you should have. Fine.\n\nFine. There is no way."
                  "\n\nYou could have read the fine print.",
                  "a.fine@0-4\na.para@30-52\n");
  tact_engine_free(e);
  expect_load_error("tact.rule{ id='a.b', scope='document', message='m',\n"
                    "  when={ phrases='no way' }, check=function() end }",
                    "'when' phrases work in sentence and paragraph rules");
  expect_load_error("tact.rule{ id='a.b', message='m',\n"
                    "  when={ phrases='no {way' }, check=function() end }",
                    "rule 'a.b': phrase \"no {way\"");
}

/* `when`: the function runs only on views holding a trigger word or where
 * the trigger regex matches; the function itself counts its calls, so a
 * sentence without a trigger must not even be seen. */
/* A check function's `unless`: it is not called on a view holding one of
 * the words or where one of the signals matched, in a sentence or a
 * document, and is called everywhere else; a signal no file defines keeps
 * nothing away. A `when` signal: called only where it matched. */
static void unless_keeps_views_from_a_function(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "tact.rule{ id='signal.thanks', signal=true, phrases='thank you' }\n"
      "tact.rule{ id='a.sent', message='m', unless={ 'sorry', 'Refund',\n"
      "  signals={ 'thanks', 'nowhere' } },\n"
      "  check=function(s, report) report{} end }\n"
      "tact.rule{ id='a.doc', scope='document', message='m',\n"
      "  unless={ signals={ 'thanks' } },\n"
      "  check=function(d, report) report{ at = d:sentence(1) } end }\n"
      "tact.rule{ id='a.thanked', scope='document', message='m',\n"
      "  when={ signals={ 'thanks' } },\n"
      "  check=function(d, report) report{ at = d:sentence(-1) } end }\n",
      NULL);
  assert_int_equal(tact_engine_status(e), TACT_OK);
  ASSERT_FINDINGS(e, "Sorry. No refund. Thank you. Fine.",
                  "a.sent@29-34\na.thanked@29-34\n");
  ASSERT_FINDINGS(e, "Fine. Sorry.", "a.doc@0-5\na.sent@0-5\n");
  tact_engine_free(e);
}

/* With more than 64 rules that have a `when` (a bit each, in more than
 * one word of a mask), each still runs only where its own word is. */
static void when_words_of_many_rules(void **state) {
  (void)state;
  char src[16384];
  size_t n = 0;
  for (int k = 0; k < 70; k++)
    n += (size_t)snprintf(src + n, sizeof src - n,
                          "tact.rule{ id='a.r%d', message='m', when='w%d',\n"
                          "  check=function(s, report) report{} end }\n",
                          k, k);
  tact_engine *e = engine_from(src, NULL);
  assert_int_equal(tact_engine_status(e), TACT_OK);
  const char *text = "Here w3 is. There w66 is. And w69 w3. None here.";
  tact_result *r = tact_check(e, text, strlen(text));
  char got[256] = "";
  for (size_t i = 0; i < tact_result_count(r); i++) {
    const tact_finding *f = tact_result_finding(r, i);
    size_t len = strlen(got);
    snprintf(got + len, sizeof got - len, "%s@%zu ", f->rule_id, f->start);
  }
  assert_int_equal(tact_result_count(r), 4);
  assert_non_null(strstr(got, "a.r3@0 "));
  assert_non_null(strstr(got, "a.r66@12 "));
  assert_non_null(strstr(got, "a.r3@26 "));
  assert_non_null(strstr(got, "a.r69@26 "));
  tact_result_free(r);
  tact_engine_free(e);
}

/* The document's trigger words are those its sentences read, one after
 * another, for their own rules: a word in the last sentence counts. */
static void document_when_words_anywhere(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "tact.rule{ id='a.sent', message='m', when='refund',\n"
      "  check=function(s, report) end }\n"
      "tact.rule{ id='a.doc', scope='document', message='m', when='late',\n"
      "  check=function(d, report) report{} end }\n",
      NULL);
  ASSERT_FINDINGS(e, "Hello there. Your refund is coming. The parcel was late.",
                  "a.doc@0-56\n");
  ASSERT_FINDINGS(e, "Hello there. Your refund is coming. The parcel is here.",
                  "");
  ASSERT_FINDINGS(e, "It was late.\n\nYour refund is coming.", "a.doc@0-36\n");
  tact_engine_free(e);
}

static void when_limits_the_views_a_function_sees(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "local calls = 0\n"
      "tact.rule{ id='a.word', message='m', when={ 'Sorry', \"'d\" },\n"
      "  check=function(s, report) calls = calls + 1\n"
      "    report{ message='call '..calls } end }\n"
      "tact.rule{ id='a.marks', message='m', when={ regex='[!?]{2}' },\n"
      "  check=function(s, report) report{} end }\n"
      "tact.rule{ id='a.caps', message='m', case=true,\n"
      "  when={ regex='[A-Z](?=[A-Z])' }, check=function(s, report) report{} end }\n"
      "tact.rule{ id='a.para', scope='paragraph', message='m', when='refund',\n"
      "  check=function(p, report) report{} end }\n",
      NULL);
  assert_int_equal(tact_engine_status(e), TACT_OK);
  const char *text = "Thanks. Sorry about that. You'd like it. Why?? Fine. "
                     "It is OK.\n\nNo refund here.\n\nNone.";
  /* One check only: the Lua state (and `calls`) lives on in the pool. */
  static const char *const expected[] = {"a.word@8-25 call 1",
                                         "a.word@26-40 call 2",
                                         "a.marks@41-46 m", "a.caps@53-62 m",
                                         "a.para@64-79 m"};
  tact_result *r = tact_check(e, text, strlen(text));
  assert_int_equal(tact_result_count(r), 5);
  for (size_t i = 0; i < 5; i++) {
    const tact_finding *f = tact_result_finding(r, i);
    char got[128];
    snprintf(got, sizeof got, "%s@%zu-%zu %s", f->rule_id, f->start, f->end,
             f->message);
    assert_string_equal(got, expected[i]);
  }
  tact_result_free(r);
  tact_engine_free(e);

  expect_load_error("tact.rule{ id='a.b', message='m', phrases='x', when='x' }",
                    "rule 'a.b': 'when' is for check functions and regexes "
                    "only");
  expect_load_error("tact.rule{ id='a.b', message='m', when=\"can't\",\n"
                    "  check=function() end }",
                    "'when' word 'can't' is not one word");
  expect_load_error("tact.rule{ id='a.b', message='m', when={ rgx='x' },\n"
                    "  check=function() end }",
                    "'when' holds words, 'regex', 'phrases' and 'signals' only");
  expect_load_error("tact.rule{ id='a.b', message='m', when={ regex='(' },\n"
                    "  check=function() end }",
                    "rule 'a.b': when: regex \"(\"");
  expect_load_error("tact.rule{ id='a.b', message='m', when={},\n"
                    "  check=function() end }",
                    "'when' is empty");
}

/* min_words / max_words: a document function runs only on documents whose
 * words as written ("don't" is one) are within its limits. */
static void word_limits_gate_document_functions(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "tact.rule{ id='a.short', scope='document', message='m', max_words=3,\n"
      "  check=function(d, report) report{} end }\n"
      "tact.rule{ id='a.long', scope='document', message='m', min_words=4,\n"
      "  check=function(d, report) report{} end }\n",
      NULL);
  assert_int_equal(tact_engine_status(e), TACT_OK);
  char got[256];
  findings_of(e, "Don't worry, Sam.", 17, got, sizeof got);
  assert_string_equal(got, "a.short@0-17\n");
  findings_of(e, "Don't worry, Sam Smith.", 23, got, sizeof got);
  assert_string_equal(got, "a.long@0-23\n");
  tact_engine_free(e);

  expect_load_error("tact.rule{ id='a.b', message='m', max_words=3,\n"
                    "  check=function() end }",
                    "rule 'a.b': 'max_words' is for check functions of scope "
                    "'document'");
  expect_load_error("tact.rule{ id='a.b', message='m', regex='x', "
                    "scope='document', min_words=3 }",
                    "'min_words' is for check functions");
  expect_load_error("tact.rule{ id='a.b', scope='document', message='m',\n"
                    "  max_words=-1, check=function() end }",
                    "'max_words' must be a whole number of words, 0 or more");
  expect_load_error("tact.rule{ id='a.b', scope='document', message='m',\n"
                    "  max_words=2.5, check=function() end }",
                    "'max_words' must be a whole number");
  expect_load_error("tact.rule{ id='a.b', scope='document', message='m',\n"
                    "  min_words=5, max_words=4, check=function() end }",
                    "'min_words' is more than 'max_words'");
}

/* count and find go through a word index: a word asked for twice counts
 * once, results keep text order, and kind filters apply. */
static void queries_count_and_find_in_order(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "tact.rule{ id='a.q', scope='document', message='m',\n"
      "  check=function(doc, report)\n"
      "    local f = doc:find{ 'we', 'sorry', 'we' }\n"
      "    local out = {}\n"
      "    for _, t in ipairs(f) do out[#out + 1] = t.text end\n"
      "    local s2 = doc:sentences()[2]\n"
      "    report{ message=table.concat(out, ',')..' '..doc:count{ 'sorry', 'we', 'sorry' }\n"
      "      ..' '..s2:count('sorry')..' '..doc:count('absent')\n"
      "      ..' '..doc:count{ word='sorry', kind='punct' }\n"
      "      ..' '..#doc:sentences{ 'sorry', 'we' }..' '..#doc:sentences('know')\n"
      "      ..' '..#doc:sentences{ kind='punct' }..' '..#doc:sentences('absent')\n"
      "      ..' '..#doc:sentences{ lemma='know' } }\n"
      "  end }\n",
      NULL);
  const char *text = "Sorry, we know. We are sorry. Sorry!";
  tact_result *r = tact_check(e, text, strlen(text));
  assert_int_equal(tact_result_count(r), 1);
  assert_string_equal(tact_result_finding(r, 0)->message,
                      "Sorry,we,We,sorry,Sorry 5 1 0 0 3 1 3 0 1");
  tact_result_free(r);
  tact_engine_free(e);
}

/* tact.words{}: a set matches as its list would (words normalized as the
 * text is, so 'Sorry' is 'sorry'), also in a state made after loading
 * (a.hog retires the first one), and reads as a set in Lua. */
static void word_sets_match_like_lists(void **state) {
  (void)state;
  tact_config *c = tact_config_new();
  const char *lua =
      "local S = tact.words{ 'Sorry', 'we', 'we' }\n"
      "local L = tact.words{ 'know' }\n"
      "tact.rule{ id='a.q', scope='document', message='m',\n"
      "  check=function(doc, report)\n"
      "    if doc:count('hog') > 0 then\n"
      "      local t = {} for i = 1, 1e9 do t[i] = string.rep('x', 100) .. i end\n"
      "    end\n"
      "    local out = {}\n"
      "    for _, t in ipairs(doc:find(S)) do out[#out + 1] = t.text end\n"
      "    local s2 = doc:sentences()[2]\n"
      "    report{ message=table.concat(out, ',')..' '..doc:count(S)\n"
      "      ..' '..s2:count(S)..' '..#doc:sentences(S)..' '..#doc:sentences(L)\n"
      "      ..' '..#S..' '..tostring(S.sorry)..' '..tostring(S.Sorry)\n"
      "      ..' '..tostring(S.know)..' '..tostring(S[1]) }\n"
      "  end }\n";
  tact_config_add_rule_source(c, "sets.lua", lua, strlen(lua));
  tact_config_set_lua_limits(c, 100000000000ull, 8u << 20);
  tact_engine *e = tact_engine_new(c);
  tact_config_free(c);
  assert_int_equal(tact_engine_status(e), TACT_OK);
  tact_result *r = tact_check(e, "A hog.", 6);
  assert_int_equal(tact_result_warning_count(r), 1);
  tact_result_free(r);
  const char *text = "Sorry, we know. We are sorry. Sorry!";
  r = tact_check(e, text, strlen(text));
  assert_int_equal(tact_result_count(r), 1);
  assert_string_equal(tact_result_finding(r, 0)->message,
                      "Sorry,we,We,sorry,Sorry 5 2 3 1 2 true false false "
                      "false");
  tact_result_free(r);
  tact_engine_free(e);

  expect_load_error("tact.words{ 'sorry', \"can't\" }",
                    "rules.lua:1: tact.words: 'can't' is not one word");
  expect_load_error("tact.words{ 'sorry', 3 }",
                    "rules.lua:1: tact.words: item 2 is not a word");
  expect_load_error("local S = tact.words{ 'x' } S.y = true",
                    "a word set from tact.words cannot change");
}

static void paragraph_scope_gets_each_paragraph(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "tact.rule{ id='a.para', scope='paragraph', message='m',\n"
      "  check=function(p, report) if #p:sentences() > 1 then report{} end end }",
      NULL);
  ASSERT_FINDINGS(e, "One. Two.\n\nThree.\n\nFour. Five.",
                  "a.para@0-9\na.para@19-30\n");
  tact_engine_free(e);
}

static void broken_functions_are_reported_and_skipped(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "tact.rule{ id='a.boom', message='m', check=function() error('boom') end }\n"
      "tact.rule{ id='a.loop', message='m', check=function() while true do end end }\n"
      "tact.rule{ id='a.write', message='m', check=function(s) s.from = 3 end }\n"
      "tact.rule{ id='a.keep', message='m', check=function(s, report) kept = s end }\n"
      "tact.rule{ id='a.stale', scope='document', message='m',\n"
      "  check=function(d) if kept then return kept:text() end end }\n"
      "tact.rule{ id='a.calm', message='m', phrases='calm down' }\n",
      NULL);
  const char *text = "Calm down. Please calm down.";
  tact_result *r = tact_check(e, text, strlen(text));
  assert_int_equal(tact_result_status(r), TACT_OK);
  assert_int_equal(tact_result_count(r), 2); /* the phrase rule still works */
  assert_int_equal(tact_result_warning_count(r), 4);
  assert_string_equal(tact_result_warning(r, 0), "rules.lua:1: boom [a.boom]");
  assert_non_null(strstr(tact_result_warning(r, 1), "rules.lua:2: instruction budget exceeded"));
  assert_non_null(strstr(tact_result_warning(r, 2), "rules.lua:3: views are read-only [a.write]"));
  assert_non_null(strstr(tact_result_warning(r, 3), "rules.lua:6: a view or report was used after its check ended [a.stale]"));
  tact_result_free(r);
  tact_engine_free(e);
}

static void memory_cap_stops_a_runaway_rule(void **state) {
  (void)state;
  tact_config *c = tact_config_new();
  const char *lua =
      "tact.rule{ id='a.hog', scope='document', message='m', check=function()\n"
      "  local t = {} for i = 1, 1e9 do t[i] = string.rep('x', 100) .. i end end }\n"
      "tact.rule{ id='a.calm', message='m', phrases='calm down' }\n";
  tact_config_add_rule_source(c, "hog.lua", lua, strlen(lua));
  tact_config_set_lua_limits(c, 100000000000ull, 8u << 20);
  tact_engine *e = tact_engine_new(c);
  tact_config_free(c);
  for (int round = 0; round < 2; round++) { /* a fresh state the second time */
    tact_result *r = tact_check(e, "Calm down.", 10);
    assert_int_equal(tact_result_count(r), 1);
    assert_int_equal(tact_result_warning_count(r), 1);
    assert_string_equal(tact_result_warning(r, 0), "hog.lua:1: not enough memory [a.hog]");
    tact_result_free(r);
  }
  tact_engine_free(e);
}

static void sandbox_has_no_escape_hatches(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "assert(io == nil and os == nil and package == nil and debug == nil)\n"
      "assert(require == nil and load == nil and loadfile == nil)\n"
      "assert(dofile == nil and collectgarbage == nil and print == nil)\n"
      "assert(string.dump == nil and string.rep and table.concat and utf8.char)\n"
      "assert(tact.version == '" TACT_VERSION_STRING "')\n"
      "tact.rule{ id='a.ok', message='m', phrases='fine' }\n",
      NULL);
  assert_int_equal(tact_engine_status(e), TACT_OK);
  tact_engine_free(e);
  /* Precompiled chunks are refused. */
  const char bytecode[] = "\x1bLua\x54\x00";
  tact_config *c = tact_config_new();
  tact_config_add_rule_source(c, "bin.lua", bytecode, sizeof bytecode - 1);
  e = tact_engine_new(c);
  tact_config_free(c);
  assert_int_equal(tact_engine_status(e), TACT_ERROR_RULE);
  assert_non_null(strstr(tact_engine_message(e), "attempt to load a binary chunk"));
  tact_engine_free(e);
}

static void load_runs_under_a_budget(void **state) {
  (void)state;
  tact_engine *e = engine_from("while true do end", NULL);
  assert_int_equal(tact_engine_status(e), TACT_ERROR_RULE);
  assert_non_null(strstr(tact_engine_message(e), "rules.lua:1: instruction budget exceeded"));
  tact_engine_free(e);
}

static void tact_functions_are_frozen_after_load(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "tact.rule{ id='a.sneaky', message='m', check=function()\n"
      "  tact.rule{ id='a.late', message='m', phrases='x' } end }",
      NULL);
  tact_result *r = tact_check(e, "Hello.", 6);
  assert_int_equal(tact_result_warning_count(r), 1);
  assert_non_null(strstr(tact_result_warning(r, 0), "only be called while rule files load"));
  assert_null(tact_engine_find_rule(e, "a.late"));
  tact_result_free(r);
  tact_engine_free(e);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(rule_tables_are_validated),
      cmocka_unit_test(views_tokens_and_report),
      cmocka_unit_test(norms_and_single_tokens),
      cmocka_unit_test(norms_of_a_query),
      cmocka_unit_test(word_queries_short_and_long),
      cmocka_unit_test(single_sentences),
      cmocka_unit_test(body_and_distinct),
      cmocka_unit_test(views_of_one_check_compare_equal),
      cmocka_unit_test(when_limits_the_views_a_function_sees),
      cmocka_unit_test(when_words_of_many_rules),
      cmocka_unit_test(document_when_words_anywhere),
      cmocka_unit_test(unless_keeps_views_from_a_function),
      cmocka_unit_test(when_limits_the_sentences_a_regex_sees),
      cmocka_unit_test(when_phrases_limit_where_rules_run),
      cmocka_unit_test(word_limits_gate_document_functions),
      cmocka_unit_test(queries_count_and_find_in_order),
      cmocka_unit_test(word_sets_match_like_lists),
      cmocka_unit_test(paragraph_scope_gets_each_paragraph),
      cmocka_unit_test(broken_functions_are_reported_and_skipped),
      cmocka_unit_test(memory_cap_stops_a_runaway_rule),
      cmocka_unit_test(sandbox_has_no_escape_hatches),
      cmocka_unit_test(load_runs_under_a_budget),
      cmocka_unit_test(tact_functions_are_frozen_after_load),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

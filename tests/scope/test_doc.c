/* test_doc.c — incremental documents (tact_doc) against fresh checks.
 *
 * Long seeded sequences of random edits — typing, deleting, splitting and
 * joining paragraphs, multibyte text, edits inside code blocks, links and
 * directives — are applied to a document in each format; after every edit
 * the document's result must be identical to tact_check_format on the same
 * text, findings, warnings and summary alike. A failure prints the seed and
 * step, so it can be replayed. Uses the shipped English pack. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "tact.h"

static tact_engine *engine;

static int setup(void **state) {
  (void)state;
  tact_config *c = tact_config_new();
  tact_config_add_rule_dir(c, TACT_SOURCE_DICTS "/en");
  /* Random edits make a new non-word at every step, and Hunspell takes
   * ~20 ms to suggest for each; spelling in documents is tested in
   * tests/spell. */
  tact_config_set_spelling(c, 0);
  engine = tact_engine_new(c);
  tact_config_free(c);
  return tact_engine_status(engine) == TACT_OK ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  tact_engine_free(engine);
  return 0;
}

static uint64_t rng;
static uint32_t next(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (uint32_t)(rng >> 11);
}

static const char *const seeds[] = {
    /* markdown */
    "# Your refund\n\nHi Ann,\n\nAs I already told you, the form must be "
    "signed. Obviously you should have read the e-mail.\n\n"
    "- Sign the form\n- Send it back, per my last email\n\n"
    "```\nAs I already told you, code is not checked.\n```\n\n"
    "> Quoted: calm down, this is not our fault.\n> Second line.\n\n"
    "| Step | What |\n| --- | --- |\n| 1 | Calm down |\n\n"
    "See [our policy](https://example.com/policy) or `calm down`.\n\n"
    "<!-- tact: off -->\nNothing I can do.\n<!-- tact: on -->\n\n"
    "Sorry for the delay. Sorry again. We are sorry!!\n",
    /* html */
    "<html><body><h1>Your refund</h1><p>As I already told you, the form "
    "must be <em>signed</em>.</p><ul><li>Calm down</li><li>Per my last "
    "email</li></ul><pre>obviously code</pre><script>var x = 'calm "
    "down';</script><p>Sorry. Sorry again. <a href=\"https://x\">See "
    "this</a>.</p></body></html>\n",
    /* email */
    "From: Ann <ann@example.com>\nSubject: Re: refund\n\nHi Ann,\n\nAs I "
    "already told you, calm down. Obviously it was your fault.\n\nOn Mon, "
    "Ann wrote:\n> Where is my refund??\n> Calm down yourself.\n\nThanks,\n"
    "Bo\n-- \nBo, per my last email\n",
    /* text */
    "Hi Ann,\n\nAs I already told you, the form must be signed. Obviously "
    "you should have read it.\n\n# tact: off\nCalm down.\n# tact: on\n\n"
    "Sorry for the delay. Sorry again!\n\nThanks, Bo\n",
};

static const char *const pieces[] = {
    " ", "a", "e", "\n", "\n\n", "\n\n\n", ".", ",", "!", "?", "'",
    "calm down", "As I already told you, ", "obviously ", "per my last email",
    "sorry", "Sorry! ", "you should have", "nothing I can do", "thanks",
    "I understand how frustrating this is. ", "We will refund you today.",
    "é", "ü", "’", "😀", "中文", "\xE2\x80", "\x80", "\r\n", "\t",
    "```\n", "`", "    ", "> ", "- ", "1. ", "# ", "| ", " | ", "---\n",
    "[", "]", "(https://example.com)", "*", "**", "<!-- tact: off -->",
    "<!-- tact: on -->", "<!-- tact: ignore calm -->", "# tact: off\n",
    "<p>", "</p>", "<b>", "</b>", "<code>", "</code>", "<!--", "-->", "<",
    ">", "&amp;", "On Monday, Ann wrote:\n", "-- \n", "From: x\n",
    "I'm", "can't", "DON'T SHOUT",
};
#define NPIECES (sizeof pieces / sizeof *pieces)

static void describe(const tact_result *r, char **out, size_t *len) {
  FILE *f = open_memstream(out, len);
  assert_non_null(f);
  fprintf(f, "status %d\n", tact_result_status(r));
  for (size_t i = 0; i < tact_result_count(r); i++) {
    const tact_finding *x = tact_result_finding(r, i);
    fprintf(f, "%s %zu-%zu %u:%u/%u-%u:%u/%u %d %s", x->rule_id, x->start,
            x->end, x->line, x->column, x->column_utf16, x->end_line,
            x->end_column, x->end_column_utf16, x->severity, x->message);
    for (size_t k = 0; k < x->suggestion_count; k++)
      fprintf(f, " [%s]", x->suggestions[k]);
    fputc('\n', f);
  }
  for (size_t i = 0; i < tact_result_warning_count(r); i++)
    fprintf(f, "warning %s\n", tact_result_warning(r, i));
  const tact_summary *s = tact_result_summary(r);
  fprintf(f, "summary %d %zu %zu %zu %zu %zu %zu %d %d %d", s->score,
          s->words, s->sentences, s->findings, s->pronoun_i, s->pronoun_you,
          s->pronoun_we, s->empathy, s->next_step, s->thanks);
  for (size_t i = 0; i < s->category_count; i++)
    fprintf(f, " %s=%zu", s->categories[i], s->category_counts[i]);
  fclose(f);
}

/* The document's result equals a fresh check of its text. */
static void same_as_fresh(tact_doc *doc, tact_format format, uint64_t seed,
                          int step) {
  size_t len;
  const char *text = tact_doc_text(doc, &len);
  tact_result *fresh = tact_check_format(engine, text, len, format);
  const tact_result *inc = tact_doc_result(doc);
  assert_non_null(inc);
  char *a, *b;
  size_t na, nb;
  describe(fresh, &a, &na);
  describe(inc, &b, &nb);
  if (strcmp(a, b) != 0) {
    print_error("format %s, seed %llu, step %d: the document differs from a "
                "fresh check of\n---\n%.*s\n---\nfresh:\n%s\ndocument:\n%s\n",
                tact_format_name(format), (unsigned long long)seed, step,
                (int)len, text, a, b);
    fail();
  }
  free(a);
  free(b);
  tact_result_free(fresh);
}

static void random_edits_of(tact_format format, const char *start,
                            uint64_t seed, int steps,
                            const char *const *some, size_t nsome) {
  rng = seed;
  tact_doc *doc = tact_doc_new(engine, format, start, strlen(start));
  assert_non_null(doc);
  assert_int_equal(tact_doc_status(doc), TACT_OK);
  same_as_fresh(doc, format, seed, 0);
  for (int step = 1; step <= steps; step++) {
    size_t len;
    tact_doc_text(doc, &len);
    uint32_t kind = next() % 10;
    size_t at = len ? next() % (len + 1) : 0;
    size_t end = at;
    const char *piece = "";
    if (kind < 6 || len < 200) {        /* type something */
      piece = some[next() % nsome];
    } else if (kind < 9 || len > 4000) { /* delete a little */
      end = at + next() % 12;
    } else {                             /* replace a stretch */
      end = at + next() % 80;
      piece = some[next() % nsome];
    }
    if (end > len) end = len;
    assert_int_equal(tact_doc_edit(doc, at, end, piece, strlen(piece)),
                     TACT_OK);
    /* Sometimes several edits come before the next look. */
    if (next() % 4 == 0 && step < steps) continue;
    same_as_fresh(doc, format, seed, step);
  }
  tact_doc_free(doc);
}

static void random_edits(tact_format format, const char *start,
                         uint64_t seed, int steps) {
  random_edits_of(format, start, seed, steps, pieces, NPIECES);
}

static void markdown_edits(void **state) {
  (void)state;
  random_edits(TACT_FORMAT_MARKDOWN, seeds[0], 1, 500);
  random_edits(TACT_FORMAT_MARKDOWN, seeds[0], 2, 500);
}

/* A Markdown document is parsed again only in the part an edit touched
 * (scope/scope.h): edits that open and close fences, HTML blocks,
 * comments, lists and quotes across the parts' cuts. */
static const char part_seed[] =
    "# Returns\n\nYou can return it. As I already told you, calm down.\n\n"
    "Obviously it shipped.\n\n```\ncode, calm down\n```\n\nSorry for the "
    "delay.\n\n<div>\nPer my last email\n</div>\n\nThanks for waiting.\n\n"
    "- Sign it\n- Send it\n\nWe will refund you.\n\n> Quoted calm down\n\n"
    "Nothing I can do.\n\n<!-- a comment\n\nstill one, calm down -->\n\nYou "
    "should have read it.\n\n| a | b |\n| --- | --- |\n| calm down | x |\n\n"
    "Last paragraph, obviously.\n";
static const char *const part_pieces[] = {
    "```\n", "```", "~~~\n", "<div>\n", "</div>\n", "<!--", "-->", "<pre>\n",
    "</pre>\n", "\n", "\n\n", "    ", "> ", "- ", "1. ", "# ", "x", "---\n",
    "Calm down. ", "|", " | ", "\t", "\r\n", "+++\n", "<script>\n",
    "</script>\n", "[x]: /url\n", "Para\n===\n",
};

static void markdown_parts(void **state) {
  (void)state;
  for (uint64_t seed = 11; seed < 15; seed++)
    random_edits_of(TACT_FORMAT_MARKDOWN, part_seed, seed, 300, part_pieces,
                    sizeof part_pieces / sizeof *part_pieces);
}

static void html_edits(void **state) {
  (void)state;
  random_edits(TACT_FORMAT_HTML, seeds[1], 3, 400);
}

static void email_edits(void **state) {
  (void)state;
  random_edits(TACT_FORMAT_EMAIL, seeds[2], 4, 400);
}

static void text_edits(void **state) {
  (void)state;
  random_edits(TACT_FORMAT_TEXT, seeds[3], 5, 400);
  random_edits(TACT_FORMAT_TEXT, seeds[0], 6, 300);
}

/* Findings after an edit move with the text. */
static void offsets_shift(void **state) {
  (void)state;
  const char *text = "Calm down.\n\nAs I already told you, it shipped.\n";
  tact_doc *doc = tact_doc_new(engine, TACT_FORMAT_TEXT, text, strlen(text));
  const tact_result *r = tact_doc_result(doc);
  assert_true(tact_result_count(r) >= 2);
  const tact_finding *f = tact_result_finding(r, tact_result_count(r) - 1);
  assert_string_equal(f->rule_id, "blame.as-i-said");
  assert_int_equal(f->start, 12);
  assert_int_equal(f->line, 3);
  assert_int_equal(tact_doc_edit(doc, 0, 0, "Hello there.\n\n", 14), TACT_OK);
  r = tact_doc_result(doc);
  f = tact_result_finding(r, tact_result_count(r) - 1);
  assert_string_equal(f->rule_id, "blame.as-i-said");
  assert_int_equal(f->start, 26);
  assert_int_equal(f->line, 5);
  tact_doc_free(doc);
}

static void bad_edits(void **state) {
  (void)state;
  tact_doc *doc = tact_doc_new(engine, TACT_FORMAT_MARKDOWN, "abc", 3);
  assert_int_equal(tact_doc_edit(doc, 2, 1, "x", 1), TACT_ERROR_ARGUMENT);
  assert_int_equal(tact_doc_edit(doc, 0, 4, "x", 1), TACT_ERROR_ARGUMENT);
  assert_int_equal(tact_doc_status(doc), TACT_ERROR_ARGUMENT);
  assert_true(strlen(tact_doc_message(doc)) > 0);
  assert_int_equal(tact_doc_edit(doc, 0, 1, NULL, 1), TACT_ERROR_ARGUMENT);
  size_t len;
  assert_string_equal(tact_doc_text(doc, &len), "abc");
  assert_int_equal(tact_doc_edit(doc, 3, 3, "d", 1), TACT_OK);
  assert_int_equal(tact_doc_status(doc), TACT_OK);
  assert_string_equal(tact_doc_text(doc, &len), "abcd");
  assert_int_equal(tact_doc_format(doc), TACT_FORMAT_MARKDOWN);
  tact_doc_free(doc);
  tact_doc_free(NULL);
  assert_null(tact_doc_result(NULL));

  doc = tact_doc_new(NULL, TACT_FORMAT_TEXT, "x", 1);
  assert_int_equal(tact_doc_status(doc), TACT_ERROR_ARGUMENT);
  assert_int_equal(tact_result_status(tact_doc_result(doc)),
                   TACT_ERROR_ARGUMENT);
  tact_doc_free(doc);
  doc = tact_doc_new(engine, (tact_format)42, "x", 1);
  assert_int_equal(tact_doc_status(doc), TACT_ERROR_ARGUMENT);
  assert_int_equal(tact_result_status(tact_doc_result(doc)),
                   TACT_ERROR_ARGUMENT);
  tact_doc_free(doc);
  tact_result *r = tact_check_format(engine, "x", 1, (tact_format)0);
  assert_int_equal(tact_result_status(r), TACT_ERROR_ARGUMENT);
  tact_result_free(r);
}

static size_t count_rule(const tact_result *r, const char *id) {
  size_t n = 0;
  for (size_t i = 0; i < tact_result_count(r); i++)
    n += strcmp(tact_result_finding(r, i)->rule_id, id) == 0;
  return n;
}

/* HTML comments switch rules off in Markdown and HTML; the line form is a
 * heading or text there, and works in plain text and e-mail. */
static void directives_in_formats(void **state) {
  (void)state;
  const char *md = "Calm down.\n\n<!-- tact: off -->\nCalm down.\n\n"
                   "<!-- tact: on -->\nCalm down.\n\n"
                   "<!-- tact: ignore dismissal -->\nCalm down.\n";
  tact_result *r = tact_check_format(engine, md, strlen(md),
                                     TACT_FORMAT_MARKDOWN);
  assert_int_equal(count_rule(r, "dismissal.calm-down"), 2);
  tact_result_free(r);
  const char *html = "<p>Calm down.</p><!-- tact: off --><p>Calm down.</p>";
  r = tact_check_format(engine, html, strlen(html), TACT_FORMAT_HTML);
  assert_int_equal(count_rule(r, "dismissal.calm-down"), 1);
  tact_result_free(r);
  const char *lines = "# tact: off\nCalm down.\n";
  r = tact_check_format(engine, lines, strlen(lines), TACT_FORMAT_MARKDOWN);
  assert_int_equal(count_rule(r, "dismissal.calm-down"), 1);
  tact_result_free(r);
  r = tact_check_format(engine, lines, strlen(lines), TACT_FORMAT_EMAIL);
  assert_int_equal(count_rule(r, "dismissal.calm-down"), 0);
  tact_result_free(r);
}

static void formats(void **state) {
  (void)state;
  assert_int_equal(tact_format_from_name("md"), TACT_FORMAT_MARKDOWN);
  assert_int_equal(tact_format_from_name("Markdown"), TACT_FORMAT_MARKDOWN);
  assert_int_equal(tact_format_from_name("html"), TACT_FORMAT_HTML);
  assert_int_equal(tact_format_from_name("email"), TACT_FORMAT_EMAIL);
  assert_int_equal(tact_format_from_name("text"), TACT_FORMAT_TEXT);
  assert_int_equal(tact_format_from_name("rst"), 0);
  assert_int_equal(tact_format_from_name(NULL), 0);
  assert_int_equal(tact_format_from_path("a/b/reply.md"), TACT_FORMAT_MARKDOWN);
  assert_int_equal(tact_format_from_path("x.MARKDOWN"), TACT_FORMAT_MARKDOWN);
  assert_int_equal(tact_format_from_path("page.htm"), TACT_FORMAT_HTML);
  assert_int_equal(tact_format_from_path("mail.eml"), TACT_FORMAT_EMAIL);
  assert_int_equal(tact_format_from_path("notes.txt"), TACT_FORMAT_TEXT);
  assert_int_equal(tact_format_from_path("dir.md/README"), TACT_FORMAT_TEXT);
  assert_int_equal(tact_format_from_path(".md"), TACT_FORMAT_TEXT);
  assert_int_equal(tact_format_from_path("-"), TACT_FORMAT_TEXT);
  assert_int_equal(tact_format_from_language_id("markdown"),
                   TACT_FORMAT_MARKDOWN);
  assert_int_equal(tact_format_from_language_id("html"), TACT_FORMAT_HTML);
  assert_int_equal(tact_format_from_language_id("mail"), TACT_FORMAT_EMAIL);
  assert_int_equal(tact_format_from_language_id("gitcommit"), TACT_FORMAT_TEXT);
  assert_int_equal(tact_format_from_language_id("plaintext"), TACT_FORMAT_TEXT);
  assert_string_equal(tact_format_name(TACT_FORMAT_EMAIL), "email");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(formats),        cmocka_unit_test(bad_edits),
      cmocka_unit_test(directives_in_formats),
      cmocka_unit_test(offsets_shift),  cmocka_unit_test(markdown_edits),
      cmocka_unit_test(markdown_parts),
      cmocka_unit_test(html_edits),     cmocka_unit_test(email_edits),
      cmocka_unit_test(text_edits),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}

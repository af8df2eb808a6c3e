/* test_scope.c — which bytes of Markdown, HTML, e-mail and plain text are
 * checked. Each case gives a text and its prose as the checker sees it:
 * blocks separated by " | ", the ranges of one block by "^". */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "scope/scope.h"

static char *prose(tact_format format, const char *text) {
  scope sc;
  scope_parsers p = {0};
  scope_init(&sc);
  assert_int_equal(scope_find(&sc, &p, format, text, strlen(text)), 0);
  size_t cap = 3 * strlen(text) + 16, n = 0;
  char *out = calloc(cap, 1);
  for (size_t b = 0; b < sc.nblocks; b++) {
    if (b) n += (size_t)sprintf(out + n, " | ");
    const scope_block *bl = &sc.blocks[b];
    for (size_t k = 0; k < bl->n; k++) {
      const scope_range *r = &sc.ranges[bl->first + k];
      if (k) out[n++] = '^';
      assert_true(r->start < r->end);
      memcpy(out + n, text + r->start, r->end - r->start);
      n += r->end - r->start;
    }
  }
  scope_free(&sc);
  scope_parsers_free(&p);
  return out;
}

#define EXPECT(format, text, want)                                          \
  do {                                                                      \
    char *got = prose(format, text);                                        \
    assert_string_equal(got, want);                                         \
    free(got);                                                              \
  } while (0)

#define MD TACT_FORMAT_MARKDOWN
#define HTML TACT_FORMAT_HTML
#define MAIL TACT_FORMAT_EMAIL
#define TEXT TACT_FORMAT_TEXT

static void md_blocks(void **state) {
  (void)state;
  EXPECT(MD, "# A heading\n\nA paragraph\nover two lines.\n",
         "A heading | A paragraph\nover two lines.");
  EXPECT(MD, "Setext title\n============\n\nText.\n", "Setext title | Text.");
  EXPECT(MD, "- first item\n- second item\n\n1. numbered\n",
         "first item | second item | numbered");
  EXPECT(MD, "| Head | Other |\n| --- | --- |\n| cell one | cell two |\n",
         "Head  | Other  | cell one  | cell two ");
}

static void md_code(void **state) {
  (void)state;
  EXPECT(MD, "Before.\n\n```sh\nrm -rf /\n```\n\nAfter.\n", "Before. | After.");
  EXPECT(MD, "Before.\n\n    indented code\n\nAfter.\n", "Before. | After.");
  EXPECT(MD, "Run `make all` now.\n", "Run ^ now.");
}

static void md_links(void **state) {
  (void)state;
  EXPECT(MD, "See [our policy](https://example.com/p \"Title\") today.\n",
         "See ^our policy^ today.");
  EXPECT(MD, "See [the terms][t].\n\n[t]: https://example.com/t\n",
         "See ^the terms^.");
  EXPECT(MD, "Go to <https://example.com> now.\n", "Go to ^ now.");
  EXPECT(MD, "An ![image of a box](box.png) here.\n",
         "An ^image of a box^ here.");
}

static void md_emphasis(void **state) {
  (void)state;
  EXPECT(MD, "This is *very* **important**.\n",
         "This is ^very^ ^important^.");
}

static void md_quote(void **state) {
  (void)state;
  /* The quoted text is prose; the `>` markers of every line are not. */
  EXPECT(MD, "> Quoted line one\n> and line two.\n",
         "Quoted line one\n^and line two.");
}

static void md_html_and_front_matter(void **state) {
  (void)state;
  EXPECT(MD, "---\ntitle: Terms\n---\n\nBody text.\n", "Body text.");
  EXPECT(MD, "<div class=\"x\">\nraw html\n</div>\n\nText <b>bold</b> end.\n",
         "Text ^bold^ end.");
  EXPECT(MD, "<!-- tact: off -->\nText.\n", "Text.");
}

static void html_text(void **state) {
  (void)state;
  EXPECT(HTML, "<p>First <em>para</em>graph.</p><p>Second.</p>",
         "First^para^graph. | Second.");
  EXPECT(HTML, "<h1>Title</h1><ul><li>One</li><li>Two</li></ul>",
         "Title | One | Two");
  EXPECT(HTML,
         "<p title=\"not this\">Text <a href=\"https://x\">link</a>.</p>",
         "Text^link^.");
  EXPECT(HTML,
         "<p>A</p><script>var s = 'no';</script><style>p{}</style>"
         "<pre>code</pre><p>Run <code>ls</code> now</p><!-- note -->",
         "A | Run^now");
  EXPECT(HTML, "<table><tr><td>a cell</td><td>another</td></tr></table>",
         "a cell | another");
  EXPECT(HTML,
         "<p>Mine.</p><blockquote type=\"cite\"><p>Theirs.</p></blockquote>"
         "<div class=\"gmail_quote\">Quoted.</div>",
         "Mine.");
}

static void email_parts(void **state) {
  (void)state;
  EXPECT(MAIL,
         "From: Ann <ann@example.com>\nSubject: Re: refund\n"
         "Date: Mon, 1 Jan 2024 10:00:00 +0000\n\nHi Ann,\n\nYour refund is on "
         "its way.\n\nOn Mon, 1 Jan 2024, Ann wrote:\n> Where is my refund?\n"
         "> I waited.\n\nBest,\nBo\n-- \nBo Smith\nSupport\n",
         "Hi Ann, | Your refund is on its way. | Best,\nBo");
  EXPECT(MAIL, "Thanks!\n\nOn Mon, 1 Jan 2024 at 10:00, Ann Example\n"
               "<ann@example.com> wrote:\n> Hello\n",
         "Thanks!");
  EXPECT(MAIL, "Note: this is not a header.\nSecond line.\n",
         "Note: this is not a header.\nSecond line.");
  EXPECT(MAIL, "See below.\n\n-----Original Message-----\nFrom: x\n\nOld.\n",
         "See below.");
  EXPECT(MAIL, "Mine.\n  > quoted with indent\nMine again.\n",
         "Mine. | Mine again.");
}

static void text_paragraphs(void **state) {
  (void)state;
  EXPECT(TEXT, "One.\nStill one.\n \t\nTwo.\n\n\nThree", "One.\nStill one. | Two. | Three");
  EXPECT(TEXT, "", "");
  EXPECT(MD, "", "");
  EXPECT(HTML, "", "");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(md_blocks),     cmocka_unit_test(md_code),
      cmocka_unit_test(md_links),      cmocka_unit_test(md_emphasis),
      cmocka_unit_test(md_quote),      cmocka_unit_test(md_html_and_front_matter),
      cmocka_unit_test(html_text),     cmocka_unit_test(email_parts),
      cmocka_unit_test(text_paragraphs),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

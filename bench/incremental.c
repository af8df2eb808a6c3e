/* incremental.c — how long checking takes while typing in a long document.
 *
 * Generates a Markdown policy document of about 1 MB (headings, paragraphs,
 * lists, tables, quotes, links, code blocks; some risky wording), then
 * prints the median time of
 *   - a full check of it (tact_check_format),
 *   - one keystroke: tact_doc_edit of one byte plus tact_doc_result, for
 *     typing a word in the middle of the document and deleting it again.
 * Times are processor time. The goal for a keystroke is under 1 ms. Runs
 * with every rule, without spelling, without spelling and the document
 * rules, and on the same document without its headings. Prints figures;
 * exits 0 unless the engine cannot be built.
 *
 * usage: bench_incremental [DICTS-DIR [SIZE-IN-BYTES [KEYSTROKES]]] */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tact.h"

/* Processor time of this process: the machines that run this are shared,
 * and wall time would count other programs' turns. */
static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int by_value(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double percentile(double *v, size_t n, double p) {
  qsort(v, n, sizeof *v, by_value);
  return v[(size_t)(p * (double)(n - 1))];
}

static const char *const sections[] = {
    "## Returns, part %d\n\nYou can return any item within 30 days of "
    "delivery. As I already told you, the form must be signed before we can "
    "do anything. We will refund you within five working days of receiving "
    "the parcel, and we will e-mail you when the money is on its way.\n\n",
    "- Pack item %d in its original box\n- Print the label from your account"
    "\n- Drop it at any post office; obviously you should keep the receipt\n"
    "\n",
    "| Case %d | What we do |\n| --- | --- |\n| Damaged on arrival | A free "
    "replacement |\n| Wrong size | An exchange or a refund |\n\n",
    "> Customer %d: Where is my refund? I have waited two weeks.\n> Please "
    "answer this time.\n\nI understand how frustrating the wait has been. "
    "Here's what I can do: I will chase the warehouse today.\n\n",
    "See [our refund policy](https://example.com/policy/%d) or run `tact "
    "check` on your reply. Failure to comply will result in your account "
    "being closed.\n\n",
    "```\n# config %d: code is not checked\nrefund_days = 30\n```\n\n",
};
#define NSECTIONS (sizeof sections / sizeof *sections)

/* The document; without headings when `flat` (their lines become
 * paragraphs), as many real documents are. */
static char *generate(size_t size, size_t *len, int flat) {
  char *s = malloc(size + 1024);
  size_t n = 0;
  n += (size_t)sprintf(s, "# Refund policy\n\nThank you for shopping with "
                          "us. This page explains returns.\n\n");
  for (int i = 0; n < size; i++) {
    const char *f = sections[(size_t)i % NSECTIONS];
    if (flat && strncmp(f, "## ", 3) == 0) f += 3;
    n += (size_t)sprintf(s + n, f, i);
  }
  *len = n;
  return s;
}

/* An engine with the pack; without spelling when `no_spelling`, and
 * without the document-scope rules of `like` when given. */
static tact_engine *engine(const char *dicts, int no_spelling,
                           const tact_engine *like) {
  tact_config *c = tact_config_new();
  tact_config_add_rule_dir(c, dicts);
  if (no_spelling) tact_config_disable(c, "spelling");
  for (size_t i = 0; like && i < tact_engine_rule_count(like); i++) {
    const tact_rule *r = tact_engine_rule(like, i);
    if (strcmp(tact_rule_scope(r), "document") == 0)
      tact_config_disable(c, tact_rule_id(r));
  }
  tact_engine *e = tact_engine_new(c);
  tact_config_free(c);
  if (tact_engine_status(e) != TACT_OK) {
    fprintf(stderr, "bench: cannot build the engine: %s\n",
            tact_engine_message(e));
    exit(2);
  }
  return e;
}

static void run(const tact_engine *e, const char *text, size_t len,
                int keys, int fulls) {
  double full[3];
  size_t findings = 0;
  for (int i = 0; i < fulls; i++) {
    double t0 = now_ms();
    tact_result *r = tact_check_format(e, text, len, TACT_FORMAT_MARKDOWN);
    full[i] = now_ms() - t0;
    findings = tact_result_count(r);
    tact_result_free(r);
  }

  double t0 = now_ms();
  tact_doc *doc = tact_doc_new(e, TACT_FORMAT_MARKDOWN, text, len);
  tact_doc_result(doc);
  double first = now_ms() - t0;

  /* Type a word into a paragraph in the middle, then delete it: "r",
   * "re"… are words the dictionary does not know, as while really typing. */
  const char *word = "really ";
  size_t at = len / 2;
  while (at < len && strncmp(text + at, "within 30 days", 14) != 0) at++;
  double *key = malloc((size_t)keys * sizeof *key);
  size_t typed = 0;
  for (int i = 0; i < keys; i++) {
    double k0 = now_ms();
    if (i % 14 < 7) {
      tact_doc_edit(doc, at + typed, at + typed, word + typed, 1);
      typed++;
    } else {
      tact_doc_edit(doc, at + typed - 1, at + typed, "", 0);
      typed--;
    }
    const tact_result *r = tact_doc_result(doc);
    key[i] = now_ms() - k0;
    if (tact_result_status(r) != TACT_OK) {
      fprintf(stderr, "bench: %s\n", tact_result_message(r));
      exit(2);
    }
  }
  if (fulls)
    printf("  %zu findings; full check (tact_check_format), median of %d: "
           "%.2f ms\n", findings, fulls, percentile(full, (size_t)fulls, 0.5));
  printf("  tact_doc_new + first result:                 %9.2f ms\n", first);
  printf("  keystroke (edit + result), %d keys: median %.3f ms, p90 %.3f "
         "ms, max %.3f ms\n",
         keys, percentile(key, (size_t)keys, 0.5),
         percentile(key, (size_t)keys, 0.9),
         percentile(key, (size_t)keys, 1.0));
  free(key);
  tact_doc_free(doc);
}

int main(int argc, char **argv) {
  const char *dicts = argc > 1 ? argv[1] : TACT_SOURCE_DICTS "/en";
  size_t size = argc > 2 ? (size_t)strtoul(argv[2], NULL, 10) : 1 << 20;
  int keys = argc > 3 ? atoi(argv[3]) : 200;
  if (keys < 2) keys = 2;
  size_t len;
  char *text = generate(size, &len, 0);
  printf("document: %zu bytes of Markdown (processor time; goal for a "
         "keystroke: median under 1 ms)\n", len);

  tact_engine *all = engine(dicts, 0, NULL);
  printf("with every rule of %s:\n", dicts);
  run(all, text, len, keys, 3);
  tact_engine *no_spell = engine(dicts, 1, NULL);
  printf("without spelling:\n");
  run(no_spell, text, len, keys, 0);
  tact_engine *blocks = engine(dicts, 1, all);
  printf("without spelling and the document-scope rules (what the "
         "incremental document itself costs):\n");
  run(blocks, text, len, keys, 0);
  free(text);
  text = generate(size, &len, 1);
  printf("without headings (%zu bytes), without spelling:\n", len);
  run(no_spell, text, len, keys, 0);
  tact_engine_free(blocks);
  tact_engine_free(no_spell);
  tact_engine_free(all);
  free(text);
  return 0;
}

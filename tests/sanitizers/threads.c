/* threads.c — several threads checking at once with one engine: the
 * shipped English pack (Lua function rules, spelling, Markdown scopes),
 * each result compared with the one a single thread gets. Built with
 * ThreadSanitizer by tsan.sh; any data race fails the run. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tact.h"

enum { THREADS = 4, ROUNDS = 6 };

static const struct {
  tact_format format;
  const char *text;
} inputs[] = {
    {TACT_FORMAT_TEXT,
     "Hi Sam,\n\nAs I already told you, the form must be signed!! Obviously, "
     "calm down. I'm sorry, we can't refund opened items.\n\nBest,\nAlex\n"},
    {TACT_FORMAT_MARKDOWN,
     "# Your refund\n\n> You wrote: it never came.\n\n- Simply click the "
     "link.\n- Per my last email, it shipped.\n\nThe customer must sign. "
     "Recieve it tomorow.\n"},
    {TACT_FORMAT_HTML,
     "<p>Please find attached the invoice. YOU MUST READ THE TERMS.</p>"
     "<pre>code</pre><p>Sooo sorry. Sorry again!</p>"},
    {TACT_FORMAT_EMAIL,
     "Subject: Re: order\n\nThere is nothing I can do about the delay.\n\n"
     "On Monday, Jo wrote:\n> where is it\n"},
};
#define NINPUTS (sizeof inputs / sizeof *inputs)

static const tact_engine *engine;
static char *expected[NINPUTS];

/* The findings of one check as text, to compare across threads. */
static char *describe(const tact_result *r) {
  size_t cap = 4096, len = 0;
  char *s = malloc(cap);
  if (!s) abort();
  s[0] = '\0';
  for (size_t i = 0; i < tact_result_count(r); i++) {
    const tact_finding *f = tact_result_finding(r, i);
    char line[512];
    int n = snprintf(line, sizeof line, "%s@%zu-%zu %s\n", f->rule_id,
                     f->start, f->end,
                     f->suggestion_count ? f->suggestions[0] : "");
    if (len + (size_t)n + 1 > cap && !(s = realloc(s, cap *= 2))) abort();
    memcpy(s + len, line, (size_t)n + 1);
    len += (size_t)n;
  }
  return s;
}

static char *check(size_t i) {
  tact_result *r = tact_check_format(engine, inputs[i].text,
                                     strlen(inputs[i].text), inputs[i].format);
  if (!r || tact_result_status(r) != TACT_OK) abort();
  char *s = describe(r);
  tact_result_free(r);
  return s;
}

static void *worker(void *arg) {
  size_t id = (size_t)arg, wrong = 0;
  for (int round = 0; round < ROUNDS; round++)
    for (size_t k = 0; k < NINPUTS; k++) {
      size_t i = (k + id) % NINPUTS; /* threads start at different texts */
      char *got = check(i);
      if (strcmp(got, expected[i]) != 0) wrong++;
      free(got);
    }
  return (void *)wrong;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: threads DICTS-DIR/en\n");
    return 2;
  }
  tact_config *c = tact_config_new();
  tact_config_add_rule_dir(c, argv[1]);
  tact_engine *e = tact_engine_new(c);
  tact_config_free(c);
  if (tact_engine_status(e) != TACT_OK) {
    fprintf(stderr, "threads: %s\n", tact_engine_message(e));
    return 2;
  }
  engine = e;
  for (size_t i = 0; i < NINPUTS; i++) {
    expected[i] = check(i);
    if (!*expected[i]) {
      fprintf(stderr, "threads: input %zu found nothing\n", i);
      return 1;
    }
  }
  pthread_t t[THREADS];
  for (size_t i = 0; i < THREADS; i++)
    if (pthread_create(&t[i], NULL, worker, (void *)i)) return 2;
  size_t wrong = 0;
  for (size_t i = 0; i < THREADS; i++) {
    void *w;
    pthread_join(t[i], &w);
    wrong += (size_t)w;
  }
  for (size_t i = 0; i < NINPUTS; i++) free(expected[i]);
  tact_engine_free(e);
  printf("threads: %d threads x %d rounds x %zu texts, %zu differed\n",
         THREADS, ROUNDS, NINPUTS, wrong);
  return wrong ? 1 : 0;
}

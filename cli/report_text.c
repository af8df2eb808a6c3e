/* report_text.c — findings as gcc-style lines a person (or an editor's
 * quickfix list) reads:
 *
 *   reply.txt:3:1: warning: Reminding the customer … [blame.as-i-said]
 *     suggestion: "To recap," or "Just to make sure we're on the same page,"
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* At most this many suggestions on the line; JSON has them all. */
#define SHOWN_SUGGESTIONS 3

#define BOLD "\033[1m"
#define GREEN "\033[1;32m"
#define RESET "\033[0m"

typedef struct text_report {
  cli_report base;
  FILE *out;
  int color;
} text_report;

static const char *severity_color(tact_severity severity) {
  switch (severity) {
  case TACT_SEVERITY_ERROR:
    return "\033[1;31m";
  case TACT_SEVERITY_WARNING:
    return "\033[1;35m";
  case TACT_SEVERITY_INFO:
    return "\033[1;36m";
  case TACT_SEVERITY_HINT:
    break;
  }
  return "\033[1;34m";
}

static void print_suggestions(const text_report *r, const tact_finding *f) {
  if (f->suggestion_count == 0)
    return;
  size_t shown = f->suggestion_count < SHOWN_SUGGESTIONS ? f->suggestion_count
                                                         : SHOWN_SUGGESTIONS;
  fprintf(r->out, "  %ssuggestion:%s ", r->color ? GREEN : "",
          r->color ? RESET : "");
  for (size_t i = 0; i < shown; i++) {
    const char *s = f->suggestions[i];
    if (i > 0)
      fputs(" or ", r->out);
    /* An empty suggestion means "delete the span". */
    if (*s)
      fprintf(r->out, "\"%s\"", s);
    else
      fputs("(delete)", r->out);
  }
  if (f->suggestion_count > shown)
    fprintf(r->out, " (+%zu more)", f->suggestion_count - shown);
  fputc('\n', r->out);
}

static const char *yes_no(int b) { return b ? "yes" : "no"; }

/* One line a person reads at a glance, after the findings. */
static void print_summary(const text_report *r, const char *name,
                          const tact_summary *s) {
  fprintf(r->out, "%s: tone %d/100, %zu finding%s", name, s->score,
          s->findings, s->findings == 1 ? "" : "s");
  for (size_t i = 0; i < s->category_count; i++)
    fprintf(r->out, "%s%s %zu", i ? ", " : " (", s->categories[i],
            s->category_counts[i]);
  fprintf(r->out, "%s; I %zu, you %zu, we %zu; empathy %s, next step %s, "
                  "thanks %s\n",
          s->category_count ? ")" : "", s->pronoun_i, s->pronoun_you,
          s->pronoun_we, yes_no(s->empathy), yes_no(s->next_step),
          yes_no(s->thanks));
}

static void text_file(cli_report *self, const char *path, const char *text,
                      size_t length, const tact_result *result) {
  const text_report *r = (const text_report *)self;
  (void)text;
  (void)length;
  const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
  const char *bold = r->color ? BOLD : "", *reset = r->color ? RESET : "";
  for (size_t i = 0; i < tact_result_count(result); i++) {
    const tact_finding *f = tact_result_finding(result, i);
    const char *color = r->color ? severity_color(f->severity) : "";
    fprintf(r->out, "%s%s:%u:%u:%s %s%s:%s %s %s[%s]%s\n", bold, name,
            (unsigned)f->line, (unsigned)f->column, reset, color,
            tact_severity_name(f->severity), reset, f->message, color,
            f->rule_id, reset);
    print_suggestions(r, f);
  }
  if (self->summary) print_summary(r, name, tact_result_summary(result));
}

/* The reason is already on stderr; text output has nothing to add. */
static void text_file_error(cli_report *self, const char *path,
                            const char *message) {
  (void)self;
  (void)path;
  (void)message;
}

static void text_finish(cli_report *self) { free(self); }

cli_report *cli_report_text_new(FILE *out, int color) {
  text_report *r = cli_malloc(sizeof *r);
  r->base.file = text_file;
  r->base.file_error = text_file_error;
  r->base.finish = text_finish;
  r->out = out;
  r->color = color;
  return &r->base;
}

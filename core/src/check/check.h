/*
 * check.h — the state of one check, shared by the stages that run in it.
 * Internal to libtact.
 */
#ifndef TACT_CHECK_H
#define TACT_CHECK_H

#include "check/directives.h"
#include "engine.h"
#include "match/automaton.h"
#include "match/regex.h"
#include "report/result.h"
#include "text/text.h"

typedef struct check_signal {
  uint32_t rule;
  size_t start, end;
} check_signal;

typedef struct check_ctx {
  const tact_engine *e;
  const char *text; /* valid UTF-8, same offsets as the caller's text */
  size_t len;
  segmentation seg;
  uint32_t *syms; /* automaton symbol of each token */
  uint32_t *alts; /* a second reading of it ("'s" as "is"), or 0 */
  directives dirs;
  tact_result *res;
  am_scratch am;
  rx_scratch *rx;
  sandbox *sb;        /* taken from the pool on first use */
  int lua_broken;     /* the state ran out of memory: no more Lua */
  unsigned char *dead; /* per rule: raised an error in this check */
  check_signal *signals; /* matches of signal rules */
  size_t nsignals, cap_signals;
} check_ctx;

/* Adds a finding unless the rule is off, below the minimum severity or
 * silenced by a directive. Returns 0 or -1 (memory). */
int check_report(check_ctx *c, const tact_rule *rule, size_t start,
                 size_t end, tact_severity severity, const char *message,
                 const strvec *suggestions);

/* Fills the result's tone summary from the finished findings, the tokens
 * and the signals (summary.c). Returns 0 or -1 (memory). */
int summarize(check_ctx *c);

/* Runs function rule `rule` on a sentence, paragraph or the document
 * (`index` of the sentence or paragraph). Errors become result warnings
 * and mark the rule dead for this check. Returns -1 only when out of
 * memory. */
int lua_view_call(check_ctx *c, const tact_rule *rule, size_t index);

#endif /* TACT_CHECK_H */

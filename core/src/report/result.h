/*
 * result.h — collecting findings of one check. Internal to libtact.
 */
#ifndef TACT_RESULT_H
#define TACT_RESULT_H

#include <stdatomic.h>

#include "base/base.h"
#include "rules/rule.h"
#include "tact.h"

/* A rule's strings as findings show them: copied once, when a result first
 * reports the rule, and shared by every result that does; reference
 * counted, so a result may outlive its engine. */
typedef struct result_rule {
  atomic_size_t refs;
  char *id, *category, *message;
  char **suggestions;
  size_t nsuggestions;
} result_rule;

/* Drops a reference to a rule's strings (the rule's own, when its engine
 * is freed). */
void result_rule_release(result_rule *rr);

struct tact_result {
  tact_status status;
  char *message;
  tact_finding *findings;
  size_t n, cap;
  /* Findings own nothing: their strings and suggestion lists live in
   * `owned` (any block of memory) and `rules` (one reference to each rule's
   * strings the findings use: a few, so a list rather than a table by
   * rule index, which every result would allocate and walk). */
  strvec owned;
  result_rule **rules;
  size_t nrules, cap_rules;
  strvec warnings;
  tact_summary summary;
  /* summary.categories: the rules' category strings, held by `rules` */
  const char **summary_names;
  size_t *summary_counts;
  /* A block's result (result_new_block): findings point to the rules' own
   * strings or to `owned`; per finding, its rule's index and where it
   * started before a space was absorbed, kept in step by result_finish. */
  int block;
  uint32_t *rule_of;
  size_t *at_of;
  size_t cap_rule_of, cap_at_of;
};

tact_result *result_new(void);
tact_result *result_new_block(void);

/* Adds a finding over text[start, end). `message` and `suggestions` NULL
 * mean the rule's own. Everything is copied (a rule's own strings once per
 * result). Returns 0 or -1 (memory). */
int result_add(tact_result *r, const tact_rule *rule, size_t start,
               size_t end, tact_severity severity, const char *message,
               const strvec *suggestions);

/* A problem met while checking that is not a finding. */
void result_warn(tact_result *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Sets the status and message (the first failure wins). */
void result_fail(tact_result *r, tact_status status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Sorts the findings, drops duplicates, fills lines and columns, and fits
 * each suggestion's first letter to the span's. */
void result_finish(tact_result *r, const char *text, size_t len);

/* The same for findings that all lie after `from`, the start of line
 * `line` (1-based). Returns 0 or -1 (memory; a block's result only). */
int result_finish_at(tact_result *r, const char *text, size_t len,
                     size_t from, uint32_t line);

/* Adds a copy of finding f of a block result (placed, its strings the
 * rule's or the block result's, which r then borrows) with r's own copies
 * of its rule's strings. Returns 0 or -1 (memory). */
int result_add_placed(tact_result *r, const tact_rule *rule,
                      const tact_finding *f);

/* Gives r the strings b owns (b keeps its findings, which then borrow). */
int result_adopt(tact_result *r, tact_result *b);

/* Moves b's findings (finished), the strings they use and its warnings
 * to the end of r's. Returns 0 or -1 (memory). */
int result_append(tact_result *r, tact_result *b);

/* Sorts findings [0, n) of r when they are not (blocks whose findings
 * interleave) and drops duplicates: findings are already placed. */
void result_sort(tact_result *r);

/* The line breaks in text[from, to) as result_finish counts them: \n,
 * \r\n and a lone \r. */
size_t result_count_lines(const char *text, size_t len, size_t from,
                          size_t to);

#endif /* TACT_RESULT_H */

/*
 * result.h — collecting findings of one check. Internal to libtact.
 */
#ifndef TACT_RESULT_H
#define TACT_RESULT_H

#include "base/base.h"
#include "rules/rule.h"
#include "tact.h"

/* A rule's strings, copied once per result and shared by its findings. */
typedef struct result_rule {
  char *id, *category, *message;
  char **suggestions;
  size_t nsuggestions;
} result_rule;

struct tact_result {
  tact_status status;
  char *message;
  tact_finding *findings;
  size_t n, cap;
  /* Findings own nothing: their strings and suggestion lists live in
   * `owned` (any block of memory) and `rules` (by rule index). */
  strvec owned;
  result_rule **rules;
  size_t nrules;
  strvec warnings;
  tact_summary summary;
  strvec summary_names; /* owns summary.categories */
  size_t *summary_counts;
};

tact_result *result_new(void);

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

#endif /* TACT_RESULT_H */

/*
 * directives.h — `tact: off|on|ignore` comments in the checked text.
 * Internal to libtact.
 */
#ifndef TACT_DIRECTIVES_H
#define TACT_DIRECTIVES_H

#include <stddef.h>

#include "base/base.h"
#include "rules/rule.h"
#include "text/text.h"

typedef enum directive_op { DIR_OFF, DIR_ON, DIR_IGNORE } directive_op;

typedef struct directive {
  size_t start, end; /* the comment's bytes, never checked */
  directive_op op;
  strvec names;      /* rule ids or categories; empty = every rule */
  size_t from, to;   /* DIR_IGNORE: the paragraph it covers */
} directive;

typedef struct directives {
  directive *d;
  size_t n, cap;
} directives;

/* Finds `<!-- tact: … -->` comments and, when `lines` is set (plain text
 * and e-mail), lines `# tact: …` (also `//`, `%`). Returns 0 or -1
 * (memory). */
int directives_find(directives *ds, const char *text, size_t len, int lines);
void directives_free(directives *ds);

/* Gives each `ignore` the paragraph it covers: the one holding the comment,
 * or the next when the comment stands alone. */
void directives_resolve(directives *ds, const segmentation *seg,
                        const char *text);

/* 1 when a finding of `rule` starting at byte `at` is silenced. */
int directives_silence(const directives *ds, const tact_rule *rule,
                       size_t at);

#endif /* TACT_DIRECTIVES_H */

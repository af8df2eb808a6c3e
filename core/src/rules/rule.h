/*
 * rule.h — rules and profiles as the engine holds them. Internal to libtact.
 */
#ifndef TACT_RULE_H
#define TACT_RULE_H

#include <stdatomic.h>
#include <stdint.h>

#include "base/base.h"
#include "match/regex.h"
#include "tact.h"

typedef enum rule_kind {
  RULE_PHRASE,
  RULE_REGEX,
  RULE_FUNCTION,
  RULE_BUILTIN, /* made by the engine itself, e.g. encoding.invalid-utf8 */
  RULE_SIGNAL   /* good wording to count, never reported (signal.*) */
} rule_kind;

typedef enum rule_scope {
  SCOPE_SENTENCE,
  SCOPE_PARAGRAPH,
  SCOPE_DOCUMENT
} rule_scope;

/* Signals a `when` or `unless` names: by name as written (without
 * "signal."), and as rule indexes once every rule has loaded (UINT32_MAX
 * for a name no rule has). */
typedef struct signal_list {
  strvec names;
  uint32_t *rules;
} signal_list;

struct result_rule;

struct tact_rule {
  uint32_t index; /* position in engine->rules; phrase matches carry it */
  /* Its strings as results show them, made on first report (report/). */
  struct result_rule *_Atomic strings;
  char *id, *category, *message, *rationale, *url, *source;
  tact_severity severity; /* after the profile's overrides */
  rule_kind kind;
  rule_scope scope;
  int enabled;
  double weight; /* signals: score bonus when present */
  strvec phrases, unless, patterns, suggestions, flag, pass, profiles;
  rx **regex; /* compiled `patterns` */
  size_t nregex;
  /* `when` of a check function or regex rule: trigger words as automaton
   * symbols, a regex and phrases (in the automaton as AM_TRIGGER);
   * `trigger` is the rule's slot + 1 in the engine's trigger index, 0 when
   * the rule runs on every view. */
  uint32_t *when_syms;
  size_t nwhen, cap_when;
  rx *when_rx;
  strvec when_phrases;
  signal_list when_signals;
  uint32_t trigger;
  /* `unless` of a check function: a view holding one of these words
   * (automaton symbols), or where one of these signals matched, is not
   * shown to it. `veto` is the words' bit + 1 in the trigger index (0:
   * none). */
  uint32_t *veto_syms;
  size_t nveto, cap_veto;
  uint32_t veto;
  signal_list unless_signals;
  /* Document check functions run only on documents of min_words to
   * max_words words as written (SIZE_MAX: no limit). */
  size_t min_words, max_words;
};

typedef struct profile {
  char *name, *description;
  int all_categories; /* no `categories` list: every category */
  strvec categories, disable;
  strvec severity_keys; /* ids or categories, parallel to severity_values */
  tact_severity *severity_values;
  size_t severity_cap;
  strvec weight_keys;
  double *weight_values;
  size_t weight_cap;
} profile;

void rule_free(tact_rule *rule);
void profile_free(profile *p);

/* 1 when `what` names the rule's id or its category. */
int rule_is(const tact_rule *rule, const char *what);

/* 1 when a document of `words` words is within the rule's word limits. */
int rule_fits_words(const tact_rule *rule, size_t words);

#endif /* TACT_RULE_H */

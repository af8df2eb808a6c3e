/* rule.c — the rule record: getters of the public API and lifetimes. */
#include "rules/rule.h"

#include <stdlib.h>
#include <string.h>

void rule_free(tact_rule *rule) {
  if (!rule) return;
  free(rule->id);
  free(rule->category);
  free(rule->message);
  free(rule->rationale);
  free(rule->url);
  free(rule->source);
  strvec_free(&rule->phrases);
  strvec_free(&rule->unless);
  strvec_free(&rule->patterns);
  strvec_free(&rule->suggestions);
  strvec_free(&rule->flag);
  strvec_free(&rule->pass);
  strvec_free(&rule->profiles);
  for (size_t i = 0; i < rule->nregex; i++) rx_free(rule->regex[i]);
  free(rule->regex);
  free(rule->when_syms);
  rx_free(rule->when_rx);
  strvec_free(&rule->when_phrases);
  free(rule->veto_syms);
  strvec_free(&rule->when_signals.names);
  free(rule->when_signals.rules);
  strvec_free(&rule->unless_signals.names);
  free(rule->unless_signals.rules);
  free(rule);
}

void profile_free(profile *p) {
  free(p->name);
  free(p->description);
  strvec_free(&p->categories);
  strvec_free(&p->disable);
  strvec_free(&p->severity_keys);
  free(p->severity_values);
  strvec_free(&p->weight_keys);
  free(p->weight_values);
}

int rule_is(const tact_rule *rule, const char *what) {
  return strcmp(rule->id, what) == 0 || strcmp(rule->category, what) == 0;
}

static const char *or_empty(const char *s) { return s ? s : ""; }

const char *tact_rule_id(const tact_rule *rule) { return rule->id; }
const char *tact_rule_category(const tact_rule *rule) { return rule->category; }
tact_severity tact_rule_severity(const tact_rule *rule) { return rule->severity; }
const char *tact_rule_message(const tact_rule *rule) { return rule->message; }
const char *tact_rule_rationale(const tact_rule *rule) {
  return or_empty(rule->rationale);
}
const char *tact_rule_url(const tact_rule *rule) { return or_empty(rule->url); }
const char *tact_rule_source(const tact_rule *rule) {
  return or_empty(rule->source);
}
int rule_fits_words(const tact_rule *rule, size_t words) {
  return words >= rule->min_words && words <= rule->max_words;
}

int tact_rule_enabled(const tact_rule *rule) { return rule->enabled; }

const char *tact_rule_kind(const tact_rule *rule) {
  static const char *const names[] = {"phrase", "regex", "function",
                                      "builtin", "signal"};
  return names[rule->kind];
}

const char *tact_rule_scope(const tact_rule *rule) {
  static const char *const names[] = {"sentence", "paragraph", "document"};
  return names[rule->scope];
}

size_t tact_rule_phrase_count(const tact_rule *rule) {
  return rule->phrases.n;
}
const char *tact_rule_phrase(const tact_rule *rule, size_t i) {
  return i < rule->phrases.n ? rule->phrases.v[i] : NULL;
}
size_t tact_rule_suggestion_count(const tact_rule *rule) {
  return rule->suggestions.n;
}
const char *tact_rule_suggestion(const tact_rule *rule, size_t i) {
  return i < rule->suggestions.n ? rule->suggestions.v[i] : NULL;
}
size_t tact_rule_example_count(const tact_rule *rule, int flag) {
  return flag ? rule->flag.n : rule->pass.n;
}
const char *tact_rule_example(const tact_rule *rule, int flag, size_t i) {
  const strvec *v = flag ? &rule->flag : &rule->pass;
  return i < v->n ? v->v[i] : NULL;
}

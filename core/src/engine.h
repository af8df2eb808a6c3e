/*
 * engine.h — the engine's insides, shared by the build (engine.c,
 * rules/lua_api.c) and the check (check/). Internal to libtact.
 */
#ifndef TACT_ENGINE_H
#define TACT_ENGINE_H

#include <pthread.h>

#include "base/base.h"
#include "match/automaton.h"
#include "rules/rule.h"
#include "rules/sandbox.h"
#include "spell/spell.h"
#include "rules/trigger.h"
#include "tact.h"

typedef struct source {
  char *name; /* file path, or the name given to add_rule_source */
  char *text;
  size_t len;
  int is_dir; /* a directory still to be listed (in tact_config only) */
} source;

struct tact_config {
  source *sources;
  size_t nsources, cap_sources;
  char *profile;
  strvec switches; /* "+id" enable / "-id" disable, in order */
  tact_severity min_severity;
  uint64_t lua_instructions;
  size_t lua_memory;
  char *language;     /* NULL: from tact.spelling{}, else "en_US" */
  int spelling;       /* 0: no spelling findings */
  strvec dict_paths;  /* searched before $TACT_DICT_PATH and the system's */
  strvec word_lists;  /* files of extra words */
  strvec words;       /* extra words */
};

/* A rule as a scope's checks meet it. `gate` is its trigger slot + 1 when
 * the slot's bit alone tells that it does not run on a view (its `when`
 * is words and phrases only), else 0: most rules are not triggered in most
 * views, and this answers without reading the rule. */
typedef struct scope_rule {
  const tact_rule *rule;
  uint32_t gate;
} scope_rule;

/* A scope's rules by position (its regex rules, then its function rules)
 * when there are at most 64 and every gate is one of the first 64 slots
 * (`fits`): the positions of the rules no bit rules out, the gating slots,
 * and each one's position. A view's bits then give the rules to ask in a
 * few steps, instead of a test of every rule. */
typedef struct scope_gates {
  int fits;
  uint64_t always, slots;
  uint8_t pos[64];
} scope_gates;

struct tact_engine {
  tact_status status;
  char *message;
  strvec warnings;

  tact_rule **rules;
  size_t nrules, cap_rules;
  profile *profiles;
  size_t nprofiles, cap_profiles;
  strvec switches;      /* tact.disable/enable from files, "+x" / "-x" */
  char *profile_name;
  const profile *profile; /* the one in use, or NULL: every rule runs */
  automaton *am;
  const tact_rule *invalid_utf8; /* the built-in encoding rule */
  const tact_rule *spelling;     /* spelling.unknown-word */

  /* Hunspell (spell/): NULL when no dictionary was found. */
  dictionary *dict;
  char *file_language;  /* tact.spelling{language=} */
  strvec word_lists;    /* words.dic of rule packs, tact.spelling{word_list=} */
  strvec words;         /* tact.spelling{words=} */
  strvec lemmas;        /* the words of every `<lemma>` in phrases */
  size_t nlemmas;
  /* Bit (a << 8 | b) set when some lemma could be the stem of a word that
   * starts with bytes a, b: most words need no stemming at all. */
  uint8_t lemma_prefix[8192];

  /* What the tone summary counts a word symbol as (summary.c). */
  uint8_t *word_kinds;
  size_t nword_kinds;
  uint32_t let_symbol;

  tact_severity min_severity;
  uint64_t lua_instructions;
  size_t lua_memory;

  /* Rule files, kept so a new Lua state can load them again when several
   * threads check at once. */
  source *sources;
  size_t nsources;
  /* Enabled regex and function rules per scope (rule_scope), worked out
   * once so each check loops over only what runs. */
  scope_rule *regex_rules[3], *function_rules[3];
  size_t nregex_rules[3], nfunction_rules[3];
  /* Whether a rule of the scope has `when` or `unless` words: only then
   * are a view's tokens read for its trigger bits. */
  int scope_words[3];
  scope_gates gates[3];
  trig_index *triggers; /* `when` words and regexes; NULL when none */

  pthread_mutex_t pool_lock;
  sandbox **pool;
  size_t npool, cap_pool;
  struct check_scratch *scratch; /* block checks' memory; under pool_lock */
};

/* Records a warning that leaves the status as it is. */
void engine_warn(tact_engine *e, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Records a problem: the first one also sets status/message. */
void engine_problem(tact_engine *e, tact_status status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* A Lua state with every function rule loaded, from the pool or new; NULL
 * when one cannot be made. Give it back with engine_release. */
sandbox *engine_acquire(const tact_engine *e);
/* Returns a state to the pool, or frees it when it ran out of memory. */
void engine_release(const tact_engine *e, sandbox *sb);

/* Installs the `tact` table in a sandbox. In define mode (`define` = 1)
 * tact.rule{} validates and adds rules, profiles and switches to the engine;
 * otherwise it only records check functions of rules the engine already
 * has, which is how pooled states are made. */
void lua_api_install(sandbox *sb, tact_engine *e, int define);

/* After loading: tact.rule{} and friends raise an error from now on, so a
 * check function cannot change the shared engine. */
void lua_api_freeze(sandbox *sb);

/* Pushes the check function of rule `index` (or nil). */
void lua_api_push_function(lua_State *L, uint32_t index);

#endif /* TACT_ENGINE_H */

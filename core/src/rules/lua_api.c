/* lua_api.c — the `tact` table rule files call: tact.rule{}, tact.profile{},
 * tact.disable{}, tact.enable{}, tact.spelling{}, tact.words{}.
 *
 * Each definition is parsed inside a protected call so that a Lua error
 * (which longjmps) never leaks the half-built C record: the outer function
 * frees it and re-raises the message with the caller's file:line. */
#include <lauxlib.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "rules/wordset.h"
#include "text/text.h"

#define API_KEY "tact.api"
/* The rules' check functions by rule index + 1, in the registry under
 * this address (found without hashing a name: looked up at every call). */
static const char FNS_KEY;

typedef enum api_mode { API_DEFINE, API_REPLAY, API_FROZEN } api_mode;

typedef struct api {
  tact_engine *e;
  api_mode mode;
} api;

static api *get_api(lua_State *L) {
  api *a = lua_touserdata(L, lua_upvalueindex(1));
  if (a->mode == API_FROZEN)
    luaL_error(L, "tact functions can only be called while rule files load");
  return a;
}

static _Noreturn void fail_lua(lua_State *L, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  lua_pushvfstring(L, fmt, ap);
  va_end(ap);
  lua_error(L);
  abort(); /* lua_error does not return */
}

static void check_oom(lua_State *L, int rc) {
  if (rc) fail_lua(L, "out of memory");
}

/* Calls `fn` with light userdata `rec` in protected mode; on error raises
 * "file:line: message" at the level of the tact.* caller. */
static void protected_parse(lua_State *L, lua_CFunction fn, void *rec,
                            void (*cleanup)(lua_State *, void *)) {
  luaL_where(L, 1);
  lua_pushcfunction(L, fn);
  lua_pushvalue(L, 1);
  lua_pushlightuserdata(L, rec);
  lua_pushvalue(L, lua_upvalueindex(1));
  if (lua_pcall(L, 3, 0, 0) != LUA_OK) {
    if (cleanup) cleanup(L, rec);
    lua_concat(L, 2); /* where .. message */
    lua_error(L);
  }
  lua_pop(L, 1);
}

/* ---- reading fields ---------------------------------------------------- */

static void no_unknown_fields(lua_State *L, int t, const char *what,
                              const char *const *known) {
  lua_pushnil(L);
  while (lua_next(L, t)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING)
      fail_lua(L, "%s: field names must be strings", what);
    const char *k = lua_tostring(L, -1);
    const char *const *f = known;
    while (*f && strcmp(*f, k) != 0) f++;
    if (!*f) fail_lua(L, "%s: unknown field '%s'", what, k);
  }
}

/* The string field `name` of table t, or NULL when absent. */
static const char *opt_string(lua_State *L, int t, const char *name,
                              const char *what) {
  int type = lua_getfield(L, t, name);
  const char *s = NULL;
  if (type == LUA_TSTRING)
    s = lua_tostring(L, -1);
  else if (type != LUA_TNIL)
    fail_lua(L, "%s: field '%s' must be a string, not %s", what, name,
          lua_typename(L, type));
  lua_pop(L, 1); /* the table keeps the string alive */
  return s;
}

static void copy_string(lua_State *L, char **dst, const char *s) {
  if (s && !(*dst = base_strdup(s))) fail_lua(L, "out of memory");
}

/* A field that is a string or a list of strings, appended to out. */
static void opt_list(lua_State *L, int t, const char *name, const char *what,
                     strvec *out) {
  int type = lua_getfield(L, t, name);
  if (type == LUA_TSTRING) {
    check_oom(L, strvec_push(out, lua_tostring(L, -1)));
  } else if (type == LUA_TTABLE) {
    lua_Integer n = luaL_len(L, -1);
    for (lua_Integer i = 1; i <= n; i++) {
      if (lua_geti(L, -1, i) != LUA_TSTRING)
        fail_lua(L, "%s: item %d of '%s' must be a string", what, (int)i, name);
      check_oom(L, strvec_push(out, lua_tostring(L, -1)));
      lua_pop(L, 1);
    }
  } else if (type != LUA_TNIL) {
    fail_lua(L, "%s: field '%s' must be a string or a list of strings", what,
          name);
  }
  lua_pop(L, 1);
}

static int valid_id(const char *id) {
  const char *dot = strchr(id, '.');
  if (!dot || dot == id || !dot[1] || strchr(dot + 1, '.')) return 0;
  for (const char *p = id; *p; p++)
    if (!(*p == '.' || *p == '-' || (*p >= 'a' && *p <= 'z') ||
          (*p >= '0' && *p <= '9')))
      return 0;
  return 1;
}

/* ---- tact.rule{} --------------------------------------------------------- */

static const char *const rule_fields[] = {
    "id",      "category", "severity", "message", "rationale", "url",
    "phrases", "regex",    "check",    "scope",   "case",      "suggest",
    "unless",  "profiles", "examples", "signal",    "weight",   "when",
    "min_words", "max_words", NULL};

static void parse_examples(lua_State *L, tact_rule *r) {
  int type = lua_getfield(L, 1, "examples");
  if (type == LUA_TNIL) {
    lua_pop(L, 1);
    return;
  }
  if (type != LUA_TTABLE)
    fail_lua(L, "rule '%s': field 'examples' must be a table", r->id);
  static const char *const known[] = {"flag", "pass", NULL};
  char what[160];
  snprintf(what, sizeof what, "rule '%s' examples", r->id);
  no_unknown_fields(L, lua_gettop(L), what, known);
  opt_list(L, lua_gettop(L), "flag", what, &r->flag);
  opt_list(L, lua_gettop(L), "pass", what, &r->pass);
  lua_pop(L, 1);
}

static void parse_phrases(lua_State *L, tact_engine *e, tact_rule *r,
                          const strvec *list, int unless, int insert) {
  char err[512];
  for (size_t i = 0; i < list->n; i++) {
    int rc = am_add_phrase(e->am, list->v[i], r->index, unless, insert,
                           &e->lemmas, err, sizeof err);
    if (rc) fail_lua(L, "rule '%s': %s", r->id, err);
  }
}

/* One word of `when` or a check function's `unless` (field), appended to
 * syms: it must read as one token, whose normalized form the word becomes
 * (so "Sorry" and "sorry" are the same word). */
static void add_word(lua_State *L, tact_engine *e, const tact_rule *r,
                     const char *field, const char *word, uint32_t **syms,
                     size_t *n, size_t *cap) {
  uint32_t sym;
  int rc = word_symbol(e->am, word, 1, &sym);
  if (rc > 0)
    fail_lua(L, "rule '%s': '%s' word '%s' is not one word as the text is "
                "split (contractions split: \"can't\" is \"can\" + \"not\")",
             r->id, field, word);
  if (rc < 0 || BASE_GROW(*syms, *cap, *n + 1)) fail_lua(L, "out of memory");
  (*syms)[(*n)++] = sym;
}

static void add_when_word(lua_State *L, tact_engine *e, tact_rule *r,
                          const char *word) {
  add_word(L, e, r, "when", word, &r->when_syms, &r->nwhen, &r->cap_when);
}

/* Fails unless table t holds only items 1..n and the keys named. */
static void only_keys(lua_State *L, int t, const char *const *keys,
                      const char *what) {
  lua_Integer n = (lua_Integer)lua_rawlen(L, t);
  lua_pushnil(L);
  while (lua_next(L, t)) {
    lua_pop(L, 1);
    if (lua_isinteger(L, -1) && lua_tointeger(L, -1) >= 1 &&
        lua_tointeger(L, -1) <= n)
      continue;
    const char *const *k = keys;
    while (*k && (lua_type(L, -1) != LUA_TSTRING ||
                  strcmp(lua_tostring(L, -1), *k) != 0))
      k++;
    if (!*k) fail_lua(L, "%s", what);
  }
}

/* unless = "word" | { "word", …, signals = { "name", … } } of a check
 * function: the views it need not see. Its words are already in
 * r->unless (read as a list, like a phrase rule's); they become symbols,
 * not phrases. */
static void parse_unless_function(lua_State *L, tact_engine *e, tact_rule *r) {
  for (size_t i = 0; i < r->unless.n; i++)
    add_word(L, e, r, "unless", r->unless.v[i], &r->veto_syms, &r->nveto,
             &r->cap_veto);
  strvec_free(&r->unless);
  if (lua_getfield(L, 1, "unless") == LUA_TTABLE) {
    static const char *const keys[] = {"signals", NULL};
    char what[256];
    snprintf(what, sizeof what,
             "rule '%s': a check function's 'unless' holds words and "
             "'signals' only", r->id);
    only_keys(L, lua_gettop(L), keys, what);
    opt_list(L, lua_gettop(L), "signals", r->id, &r->unless_signals.names);
  }
  lua_pop(L, 1);
}

/* when = "word" | { "word", …, regex = "pattern", phrases = { … },
 * signals = { … } }: the views a check function or regex rule needs to
 * see. */
static void parse_when(lua_State *L, tact_engine *e, tact_rule *r, int exact) {
  int type = lua_getfield(L, 1, "when");
  int t = lua_gettop(L);
  if (type == LUA_TNIL) {
    lua_pop(L, 1);
    return;
  }
  if (r->kind != RULE_FUNCTION && r->kind != RULE_REGEX)
    fail_lua(L, "rule '%s': 'when' is for check functions and regexes only",
             r->id);
  if (type == LUA_TSTRING) {
    add_when_word(L, e, r, lua_tostring(L, t));
    lua_pop(L, 1);
    return;
  }
  if (type != LUA_TTABLE)
    fail_lua(L, "rule '%s': 'when' must be a word or a table of words, "
                "regex and phrases", r->id);
  static const char *const keys[] = {"regex", "phrases", "signals", NULL};
  char what[256];
  snprintf(what, sizeof what,
           "rule '%s': 'when' holds words, 'regex', 'phrases' and 'signals' "
           "only", r->id);
  only_keys(L, t, keys, what);
  lua_Integer n = (lua_Integer)lua_rawlen(L, t);
  for (lua_Integer i = 1; i <= n; i++) {
    if (lua_rawgeti(L, t, i) != LUA_TSTRING)
      fail_lua(L, "rule '%s': item %d of 'when' must be a word", r->id, (int)i);
    add_when_word(L, e, r, lua_tostring(L, -1));
    lua_pop(L, 1);
  }
  int rtype = lua_getfield(L, t, "regex");
  if (rtype != LUA_TNIL) {
    if (rtype != LUA_TSTRING)
      fail_lua(L, "rule '%s': 'when' regex must be a string", r->id);
    char err[512];
    if (!(r->when_rx = rx_compile(lua_tostring(L, -1), exact, err, sizeof err)))
      fail_lua(L, "rule '%s': when: %s", r->id, err);
  }
  lua_pop(L, 1);
  /* Phrases: matched with the rule's own, per sentence; a document has no
   * sentence scan of its own to find them in. */
  opt_list(L, t, "phrases", r->id, &r->when_phrases);
  if (r->when_phrases.n && r->scope == SCOPE_DOCUMENT)
    fail_lua(L, "rule '%s': 'when' phrases work in sentence and paragraph "
                "rules only", r->id);
  parse_phrases(L, e, r, &r->when_phrases, AM_TRIGGER, 1);
  opt_list(L, t, "signals", r->id, &r->when_signals.names);
  lua_pop(L, 1);
  if (!r->nwhen && !r->when_rx && !r->when_phrases.n &&
      !r->when_signals.names.n)
    fail_lua(L, "rule '%s': 'when' is empty", r->id);
}

/* min_words / max_words: a count of words, for document check functions. */
static size_t opt_words(lua_State *L, const tact_rule *r, const char *name,
                        size_t absent) {
  int type = lua_getfield(L, 1, name);
  size_t n = absent;
  if (type != LUA_TNIL) {
    int ok;
    lua_Integer v = lua_tointegerx(L, -1, &ok);
    if (!ok || v < 0)
      fail_lua(L, "rule '%s': '%s' must be a whole number of words, 0 or more",
               r->id, name);
    if (r->kind != RULE_FUNCTION || r->scope != SCOPE_DOCUMENT)
      fail_lua(L, "rule '%s': '%s' is for check functions of scope "
                  "'document'", r->id, name);
    n = (size_t)v;
  }
  lua_pop(L, 1);
  return n;
}

static int parse_rule(lua_State *L) {
  tact_rule *r = lua_touserdata(L, 2);
  tact_engine *e = ((api *)lua_touserdata(L, 3))->e;
  /* Phrases go into the automaton as they are parsed, under the index the
   * rule will have; a rule that fails takes its phrases back out. */
  r->index = (uint32_t)e->nrules;
  luaL_checktype(L, 1, LUA_TTABLE);
  no_unknown_fields(L, 1, "tact.rule", rule_fields);

  const char *id = opt_string(L, 1, "id", "tact.rule");
  if (!id) fail_lua(L, "tact.rule: field 'id' is required");
  if (!valid_id(id))
    fail_lua(L, "rule '%s': id must be 'category.name' in lowercase letters, "
             "digits and '-'", id);
  const tact_rule *twin = tact_engine_find_rule(e, id);
  if (twin)
    fail_lua(L, "rule '%s' is already defined at %s", id, twin->source);
  copy_string(L, &r->id, id);
  const char *cat = opt_string(L, 1, "category", r->id);
  size_t prefix = (size_t)(strchr(id, '.') - id);
  if (cat && (strlen(cat) != prefix || strncmp(cat, id, prefix) != 0))
    fail_lua(L, "rule '%s': category '%s' does not match the id", id, cat);
  if (!(r->category = base_strndup(id, prefix))) fail_lua(L, "out of memory");

  const char *sev = opt_string(L, 1, "severity", id);
  r->severity = sev ? tact_severity_parse(sev) : TACT_SEVERITY_WARNING;
  if (!r->severity)
    fail_lua(L, "rule '%s': severity '%s' is not error, warning, info or hint",
          id, sev);
  lua_getfield(L, 1, "signal");
  int signal = lua_toboolean(L, -1);
  lua_pop(L, 1);
  if (signal != (strcmp(r->category, "signal") == 0))
    fail_lua(L, "rule '%s': signals, and only signals, have ids 'signal.*' "
                "and signal = true", id);
  if (lua_getfield(L, 1, "weight") != LUA_TNIL) {
    if (!signal || !lua_isnumber(L, -1))
      fail_lua(L, "rule '%s': 'weight' is a number, for signals only", id);
    r->weight = lua_tonumber(L, -1);
  }
  lua_pop(L, 1);
  const char *msg = opt_string(L, 1, "message", id);
  if (!signal && (!msg || !*msg))
    fail_lua(L, "rule '%s': field 'message' is required", id);
  copy_string(L, &r->message, msg ? msg : "");
  copy_string(L, &r->rationale, opt_string(L, 1, "rationale", id));
  copy_string(L, &r->url, opt_string(L, 1, "url", id));

  const char *scope = opt_string(L, 1, "scope", id);
  if (!scope || strcmp(scope, "sentence") == 0)
    r->scope = SCOPE_SENTENCE;
  else if (strcmp(scope, "paragraph") == 0)
    r->scope = SCOPE_PARAGRAPH;
  else if (strcmp(scope, "document") == 0)
    r->scope = SCOPE_DOCUMENT;
  else
    fail_lua(L, "rule '%s': scope '%s' is not sentence, paragraph or document",
          id, scope);

  opt_list(L, 1, "phrases", id, &r->phrases);
  opt_list(L, 1, "regex", id, &r->patterns);
  opt_list(L, 1, "unless", id, &r->unless);
  opt_list(L, 1, "suggest", id, &r->suggestions);
  opt_list(L, 1, "profiles", id, &r->profiles);
  parse_examples(L, r);
  int has_check = lua_getfield(L, 1, "check") != LUA_TNIL;
  if (has_check && !lua_isfunction(L, -1))
    fail_lua(L, "rule '%s': field 'check' must be a function", id);
  lua_pop(L, 1);
  lua_getfield(L, 1, "case");
  int exact = lua_toboolean(L, -1);
  lua_pop(L, 1);

  int kinds = (r->phrases.n > 0) + (r->patterns.n > 0) + has_check;
  if (kinds != 1)
    fail_lua(L, "rule '%s' needs exactly one of 'phrases', 'regex' or 'check'",
          id);
  r->kind = has_check ? RULE_FUNCTION : r->phrases.n ? RULE_PHRASE : RULE_REGEX;
  if (signal && (has_check || r->suggestions.n || r->flag.n || r->pass.n))
    fail_lua(L, "rule '%s': a signal has phrases or regex only; test it "
                "through the rules that read it", id);
  if (signal) r->kind = RULE_SIGNAL;
  if (r->kind != RULE_FUNCTION && r->scope != SCOPE_SENTENCE && r->unless.n)
    fail_lua(L, "rule '%s': 'unless' works within sentences only", id);
  if (r->kind == RULE_FUNCTION) {
    parse_unless_function(L, e, r);
  } else {
    if (lua_getfield(L, 1, "unless") == LUA_TTABLE) {
      static const char *const none[] = {NULL};
      char what[256];
      snprintf(what, sizeof what,
               "rule '%s': 'unless' of phrases or a regex is a list of "
               "phrases ('signals' are for check functions)", id);
      only_keys(L, lua_gettop(L), none, what);
    }
    lua_pop(L, 1);
  }
  if (r->phrases.n && r->scope != SCOPE_SENTENCE)
    fail_lua(L, "rule '%s': phrases always match within a sentence; drop "
             "'scope'", id);
  parse_when(L, e, r, exact);
  r->min_words = opt_words(L, r, "min_words", 0);
  r->max_words = opt_words(L, r, "max_words", SIZE_MAX);
  if (r->min_words > r->max_words)
    fail_lua(L, "rule '%s': 'min_words' is more than 'max_words'", id);
  parse_phrases(L, e, r, &r->phrases, AM_PHRASE, 1);
  parse_phrases(L, e, r, &r->unless, AM_UNLESS, 1);
  if (r->patterns.n &&
      !(r->regex = calloc(r->patterns.n, sizeof *r->regex)))
    fail_lua(L, "out of memory");
  for (size_t i = 0; i < r->patterns.n; i++) {
    char err[512];
    if (!(r->regex[i] = rx_compile(r->patterns.v[i], exact, err, sizeof err)))
      fail_lua(L, "rule '%s': %s", id, err);
    r->nregex++;
  }
  return 0;
}

/* Frees a rule that failed, with whatever it put into the automaton. */
static void discard_rule(tact_engine *e, tact_rule *r) {
  am_forget(e->am, r->index);
  rule_free(r);
}

static void free_rule(lua_State *L, void *rec) {
  discard_rule(((api *)lua_touserdata(L, lua_upvalueindex(1)))->e, rec);
}

static void store_function(lua_State *L, uint32_t index) {
  lua_rawgetp(L, LUA_REGISTRYINDEX, &FNS_KEY);
  lua_getfield(L, 1, "check");
  lua_rawseti(L, -2, (lua_Integer)index + 1);
  lua_pop(L, 1);
}

static int l_rule(lua_State *L) {
  api *a = get_api(L);
  tact_engine *e = a->e;
  luaL_checktype(L, 1, LUA_TTABLE);
  if (a->mode == API_REPLAY) {
    /* Pooled states only need the check functions of known rules. */
    lua_getfield(L, 1, "id");
    const tact_rule *r = lua_isstring(L, -1) ? tact_engine_find_rule(e, lua_tostring(L, -1)) : NULL;
    lua_pop(L, 1);
    if (r && r->kind == RULE_FUNCTION) store_function(L, r->index);
    return 0;
  }
  tact_rule *r = calloc(1, sizeof *r);
  if (!r) return luaL_error(L, "out of memory");
  protected_parse(L, parse_rule, r, free_rule);
  char where[512];
  luaL_where(L, 1);
  snprintf(where, sizeof where, "%s", lua_tostring(L, -1));
  lua_pop(L, 1);
  size_t n = strlen(where);
  if (n >= 2 && strcmp(where + n - 2, ": ") == 0) where[n - 2] = '\0';
  if (!(r->source = base_strdup(where)) ||
      BASE_GROW(e->rules, e->cap_rules, e->nrules + 1)) {
    discard_rule(e, r);
    return luaL_error(L, "out of memory");
  }
  e->rules[e->nrules++] = r;
  if (r->kind == RULE_FUNCTION) store_function(L, r->index);
  return 0;
}

/* ---- tact.profile{} ------------------------------------------------------ */

static const char *const profile_fields[] = {
    "name", "description", "categories", "disable", "severity", "weights",
    NULL};

static int parse_profile(lua_State *L) {
  profile *p = lua_touserdata(L, 2);
  tact_engine *e = ((api *)lua_touserdata(L, 3))->e;
  luaL_checktype(L, 1, LUA_TTABLE);
  no_unknown_fields(L, 1, "tact.profile", profile_fields);
  const char *name = opt_string(L, 1, "name", "tact.profile");
  if (!name || !*name) fail_lua(L, "tact.profile: field 'name' is required");
  for (size_t i = 0; i < e->nprofiles; i++)
    if (strcmp(e->profiles[i].name, name) == 0)
      fail_lua(L, "profile '%s' is already defined", name);
  copy_string(L, &p->name, name);
  copy_string(L, &p->description, opt_string(L, 1, "description", name));
  lua_getfield(L, 1, "categories");
  p->all_categories = lua_isnil(L, -1);
  lua_pop(L, 1);
  opt_list(L, 1, "categories", name, &p->categories);
  opt_list(L, 1, "disable", name, &p->disable);

  if (lua_getfield(L, 1, "severity") == LUA_TTABLE) {
    lua_pushnil(L);
    while (lua_next(L, -2)) {
      const char *v = lua_tostring(L, -1);
      tact_severity sev = v ? tact_severity_parse(v) : (tact_severity)0;
      if (lua_type(L, -2) != LUA_TSTRING || !sev)
        fail_lua(L, "profile '%s': severity entries must be name = "
                 "\"error|warning|info|hint\"", name);
      check_oom(L, strvec_push(&p->severity_keys, lua_tostring(L, -2)));
      check_oom(L, BASE_GROW(p->severity_values, p->severity_cap,
                             p->severity_keys.n));
      p->severity_values[p->severity_keys.n - 1] = sev;
      lua_pop(L, 1);
    }
  } else if (!lua_isnil(L, -1)) {
    fail_lua(L, "profile '%s': field 'severity' must be a table", name);
  }
  lua_pop(L, 1);

  if (lua_getfield(L, 1, "weights") == LUA_TTABLE) {
    lua_pushnil(L);
    while (lua_next(L, -2)) {
      if (lua_type(L, -2) != LUA_TSTRING || !lua_isnumber(L, -1))
        fail_lua(L, "profile '%s': weights entries must be name = number", name);
      check_oom(L, strvec_push(&p->weight_keys, lua_tostring(L, -2)));
      check_oom(L, BASE_GROW(p->weight_values, p->weight_cap,
                             p->weight_keys.n));
      p->weight_values[p->weight_keys.n - 1] = lua_tonumber(L, -1);
      lua_pop(L, 1);
    }
  } else if (!lua_isnil(L, -1)) {
    fail_lua(L, "profile '%s': field 'weights' must be a table", name);
  }
  lua_pop(L, 1);
  return 0;
}

static void free_profile(lua_State *L, void *rec) {
  (void)L;
  profile_free(rec);
}

static int l_profile(lua_State *L) {
  api *a = get_api(L);
  if (a->mode == API_REPLAY) return 0;
  tact_engine *e = a->e;
  profile p = {0};
  protected_parse(L, parse_profile, &p, free_profile);
  if (BASE_GROW(e->profiles, e->cap_profiles, e->nprofiles + 1)) {
    profile_free(&p);
    return luaL_error(L, "out of memory");
  }
  e->profiles[e->nprofiles++] = p;
  return 0;
}

/* ---- tact.disable{} / tact.enable{} ------------------------------------- */

static int switch_rules(lua_State *L, char sign) {
  api *a = get_api(L);
  if (a->mode == API_REPLAY) return 0;
  int type = lua_type(L, 1);
  if (type == LUA_TSTRING) {
    lua_newtable(L);
    lua_pushvalue(L, 1);
    lua_rawseti(L, -2, 1);
    lua_replace(L, 1);
  } else if (type != LUA_TTABLE) {
    return luaL_error(L, "tact.%s: give a rule id, a category or a list",
                      sign == '-' ? "disable" : "enable");
  }
  lua_Integer n = luaL_len(L, 1);
  for (lua_Integer i = 1; i <= n; i++) {
    if (lua_geti(L, 1, i) != LUA_TSTRING)
      return luaL_error(L, "tact.%s: item %d is not a string",
                        sign == '-' ? "disable" : "enable", (int)i);
    char *s = base_printf("%c%s", sign, lua_tostring(L, -1));
    if (strvec_take(&a->e->switches, s)) return luaL_error(L, "out of memory");
    lua_pop(L, 1);
  }
  return 0;
}

static int l_disable(lua_State *L) { return switch_rules(L, '-'); }
static int l_enable(lua_State *L) { return switch_rules(L, '+'); }

/* ---- tact.spelling{} ----------------------------------------------------- */

/* The directory part of the running file's name ("" for none). */
static char *caller_dir(lua_State *L) {
  lua_Debug ar;
  const char *src = lua_getstack(L, 1, &ar) && lua_getinfo(L, "S", &ar)
                        ? ar.source + 1 /* "=name" */
                        : "";
  const char *slash = strrchr(src, '/');
  return slash ? base_strndup(src, (size_t)(slash - src + 1)) : base_strdup("");
}

static int l_spelling(lua_State *L) {
  api *a = get_api(L);
  if (a->mode == API_REPLAY) return 0;
  tact_engine *e = a->e;
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_pushnil(L);
  while (lua_next(L, 1)) {
    const char *k = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "";
    if (strcmp(k, "language") && strcmp(k, "words") && strcmp(k, "word_list"))
      return luaL_error(L, "tact.spelling: unknown field '%s' (known: "
                        "language, words, word_list)", k);
    lua_pop(L, 1);
  }
  if (lua_getfield(L, 1, "language") != LUA_TNIL) {
    if (lua_type(L, -1) != LUA_TSTRING)
      return luaL_error(L, "tact.spelling: 'language' must be a string "
                        "such as \"en_GB\"");
    free(e->file_language);
    check_oom(L, !(e->file_language = base_strdup(lua_tostring(L, -1))));
  }
  lua_pop(L, 1);
  if (lua_getfield(L, 1, "words") != LUA_TNIL) {
    if (!lua_istable(L, -1))
      return luaL_error(L, "tact.spelling: 'words' must be a list of words");
    for (lua_Integer i = 1, n = luaL_len(L, -1); i <= n; i++) {
      if (lua_geti(L, -1, i) != LUA_TSTRING)
        return luaL_error(L, "tact.spelling: words item %d is not a string",
                          (int)i);
      check_oom(L, strvec_push(&e->words, lua_tostring(L, -1)));
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
  if (lua_getfield(L, 1, "word_list") != LUA_TNIL) {
    if (lua_type(L, -1) != LUA_TSTRING)
      return luaL_error(L, "tact.spelling: 'word_list' must be a file name");
    const char *path = lua_tostring(L, -1);
    char *dir = path[0] == '/' ? base_strdup("") : caller_dir(L);
    char *full = dir ? base_printf("%s%s", dir, path) : NULL;
    free(dir);
    check_oom(L, !full || strvec_take(&e->word_lists, full));
  }
  lua_pop(L, 1);
  return 0;
}

/* tact.words{ "word", … }: a set of words for v:count, v:find and
 * v:sentences, read once rather than at every call. */
static int l_words(lua_State *L) {
  api *a = get_api(L);
  wordset_push(L, a->e->am, a->mode == API_DEFINE, 1);
  return 1;
}

/* ---- installation -------------------------------------------------------- */

void lua_api_install(sandbox *sb, tact_engine *e, int define) {
  lua_State *L = sandbox_lua(sb);
  lua_newtable(L);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &FNS_KEY);
  api *a = lua_newuserdatauv(L, sizeof *a, 0);
  a->e = e;
  a->mode = define ? API_DEFINE : API_REPLAY;
  lua_pushvalue(L, -1);
  lua_setfield(L, LUA_REGISTRYINDEX, API_KEY);
  static const luaL_Reg fns[] = {{"rule", l_rule},
                                 {"profile", l_profile},
                                 {"disable", l_disable},
                                 {"enable", l_enable},
                                 {"spelling", l_spelling},
                                 {"words", l_words},
                                 {NULL, NULL}};
  lua_newtable(L);
  lua_insert(L, -2);
  luaL_setfuncs(L, fns, 1); /* the api record is every function's upvalue */
  lua_pushstring(L, tact_version());
  lua_setfield(L, -2, "version");
  lua_setglobal(L, "tact");
}

void lua_api_freeze(sandbox *sb) {
  lua_State *L = sandbox_lua(sb);
  lua_getfield(L, LUA_REGISTRYINDEX, API_KEY);
  ((api *)lua_touserdata(L, -1))->mode = API_FROZEN;
  lua_pop(L, 1);
}

void lua_api_push_function(lua_State *L, uint32_t index) {
  lua_rawgetp(L, LUA_REGISTRYINDEX, &FNS_KEY);
  lua_rawgeti(L, -1, (lua_Integer)index + 1);
  lua_replace(L, -2);
}

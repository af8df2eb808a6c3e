/* engine.c — builds an engine: reads rule files, runs them in a sandbox,
 * resolves the profile and switches, and keeps a pool of Lua states. */
#include <dirent.h>
#include <errno.h>
#include <lua.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "engine.h"

#include "check/check.h"

void engine_warn(tact_engine *e, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  strvec_take(&e->warnings, base_vprintf(fmt, ap));
  va_end(ap);
}

void engine_problem(tact_engine *e, tact_status status, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *msg = base_vprintf(fmt, ap);
  va_end(ap);
  /* The first problem names the status, unless a worse one follows: a
   * broken rule file leaves the engine usable, an unknown profile not. */
  if (e->status == TACT_OK ||
      (e->status == TACT_ERROR_RULE && status != TACT_ERROR_RULE)) {
    e->status = status;
    free(e->message);
    e->message = msg ? base_strdup(msg) : NULL;
  }
  strvec_take(&e->warnings, msg);
}

/* ---- reading sources ----------------------------------------------------- */

static int read_file(const char *path, char **text, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  char *buf = NULL;
  size_t n = 0, cap = 0;
  for (;;) {
    if (BASE_GROW(buf, cap, n + 65536)) {
      errno = ENOMEM;
      break;
    }
    size_t got = fread(buf + n, 1, cap - n, f);
    n += got;
    if (got == 0) break;
  }
  int failed = ferror(f) || errno == ENOMEM;
  fclose(f);
  if (failed) {
    free(buf);
    return -1;
  }
  *text = buf;
  *len = n;
  return 0;
}

static void add_source(tact_engine *e, const char *name, char *text,
                       size_t len) {
  source *grown = realloc(e->sources, (e->nsources + 1) * sizeof *grown);
  char *copy = base_strdup(name);
  if (grown) e->sources = grown;
  if (!grown || !copy) {
    free(text);
    free(copy);
    engine_problem(e, TACT_ERROR_NOMEM, "%s: out of memory", name);
    return;
  }
  e->sources[e->nsources++] = (source){copy, text, len, 0};
}

static void load_file(tact_engine *e, const char *path) {
  char *text;
  size_t len;
  if (read_file(path, &text, &len)) {
    engine_problem(e, TACT_ERROR_RULE, "%s: cannot read rule file: %s", path,
                   strerror(errno));
    return;
  }
  add_source(e, path, text, len);
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void load_dir(tact_engine *e, const char *path) {
  DIR *d = opendir(path);
  if (!d) {
    engine_problem(e, TACT_ERROR_RULE, "%s: cannot open rule directory: %s",
                   path, strerror(errno));
    return;
  }
  strvec names = {0};
  struct dirent *ent;
  while ((ent = readdir(d))) {
    size_t n = strlen(ent->d_name);
    if (n > 4 && strcmp(ent->d_name + n - 4, ".lua") == 0 &&
        ent->d_name[0] != '.')
      strvec_take(&names, base_printf("%s/%s", path, ent->d_name));
  }
  closedir(d);
  /* A pack's own words for the spelling dictionary. */
  char *words = base_printf("%s/words.dic", path);
  if (words && access(words, F_OK) == 0)
    strvec_take(&e->word_lists, words);
  else
    free(words);
  qsort(names.v, names.n, sizeof *names.v, by_name);
  for (size_t i = 0; i < names.n; i++) load_file(e, names.v[i]);
  strvec_free(&names);
}

/* ---- running sources ----------------------------------------------------- */

/* Runs every source in sb; in define mode errors become engine problems. */
static void run_sources(tact_engine *e, sandbox *sb, int define) {
  lua_State *L = sandbox_lua(sb);
  for (size_t i = 0; i < e->nsources; i++) {
    const source *s = &e->sources[i];
    if (sandbox_run(sb, s->name, s->text, s->len, e->lua_instructions)) {
      const char *msg = lua_tostring(L, -1);
      size_t n = strlen(s->name);
      if (define) {
        /* Errors without a position (memory) still name the file. */
        if (strncmp(msg, s->name, n) == 0 && msg[n] == ':')
          engine_problem(e, TACT_ERROR_RULE, "%s", msg);
        else
          engine_problem(e, TACT_ERROR_RULE, "%s: %s", s->name, msg);
      }
      lua_pop(L, 1);
    }
  }
  lua_api_freeze(sb);
}

/* ---- profile and switches ------------------------------------------------ */

static int names_any(const tact_engine *e, const char *what) {
  if (strcmp(what, "*") == 0) return 1;
  for (size_t i = 0; i < e->nrules; i++)
    if (rule_is(e->rules[i], what)) return 1;
  return 0;
}

static void apply_switches(tact_engine *e, const strvec *sw) {
  for (size_t k = 0; k < sw->n; k++) {
    const char *what = sw->v[k] + 1;
    int on = sw->v[k][0] == '+';
    if (!names_any(e, what)) {
      engine_problem(e, TACT_ERROR_RULE,
                     "cannot %s '%s': no rule or category has that name",
                     on ? "enable" : "disable", what);
      continue;
    }
    for (size_t i = 0; i < e->nrules; i++)
      if (strcmp(what, "*") == 0 || rule_is(e->rules[i], what))
        e->rules[i]->enabled = on;
  }
}

static const profile *find_profile(const tact_engine *e, const char *name) {
  for (size_t i = 0; i < e->nprofiles; i++)
    if (strcmp(e->profiles[i].name, name) == 0) return &e->profiles[i];
  return NULL;
}

static void apply_profile(tact_engine *e, const profile *p) {
  for (size_t i = 0; i < e->nrules; i++) {
    tact_rule *r = e->rules[i];
    r->enabled = 1;
    if (r->kind == RULE_BUILTIN || r->kind == RULE_SIGNAL) continue;
    if (r->profiles.n && !(p && strvec_has(&r->profiles, p->name)))
      r->enabled = 0;
    if (!p) continue;
    if (!p->all_categories && !strvec_has(&p->categories, r->category))
      r->enabled = 0;
    for (size_t k = 0; k < p->disable.n; k++)
      if (rule_is(r, p->disable.v[k])) r->enabled = 0;
    /* A category override first, so one naming the id wins. */
    for (int pass = 0; pass < 2; pass++)
      for (size_t k = 0; k < p->severity_keys.n; k++)
        if (strcmp(p->severity_keys.v[k], pass ? r->id : r->category) == 0)
          r->severity = p->severity_values[k];
  }
}

static int group_by_scope(tact_engine *e) {
  for (int sc = 0; sc < 3; sc++) {
    e->regex_rules[sc] = calloc(e->nrules ? e->nrules : 1, sizeof(scope_rule));
    e->function_rules[sc] = calloc(e->nrules ? e->nrules : 1, sizeof(scope_rule));
    if (!e->regex_rules[sc] || !e->function_rules[sc]) return -1;
  }
  for (size_t i = 0; i < e->nrules; i++) {
    const tact_rule *r = e->rules[i];
    if (!r->enabled) continue;
    uint32_t gate =
        !r->when_rx && !r->when_signals.names.n ? r->trigger : 0;
    scope_rule sr = {r, gate};
    if (r->nwhen || r->nveto) e->scope_words[r->scope] = 1;
    if (r->kind == RULE_FUNCTION)
      e->function_rules[r->scope][e->nfunction_rules[r->scope]++] = sr;
    else if (r->nregex)
      e->regex_rules[r->scope][e->nregex_rules[r->scope]++] = sr;
  }
  for (int sc = 0; sc < 3; sc++) {
    scope_gates *g = &e->gates[sc];
    size_t nrx = e->nregex_rules[sc], n = nrx + e->nfunction_rules[sc];
    g->fits = n <= 64;
    for (size_t k = 0; k < n && g->fits; k++) {
      uint32_t gate = k < nrx ? e->regex_rules[sc][k].gate
                              : e->function_rules[sc][k - nrx].gate;
      if (!gate) {
        g->always |= 1ull << k;
      } else if (gate <= 64) {
        g->slots |= 1ull << (gate - 1);
        g->pos[gate - 1] = (uint8_t)k;
      } else {
        g->fits = 0;
      }
    }
  }
  return 0;
}

/* The signals a list names, as rule indexes: only now is every rule
 * loaded (signals.lua may come after the file that names them). A signal
 * no file defines never matches, as v:signal counts it 0 (a rule file is
 * tested on its own). -1 when out of memory. */
static int resolve_list(const tact_engine *e, signal_list *l) {
  if (!l->names.n) return 0;
  free(l->rules);
  if (!(l->rules = calloc(l->names.n, sizeof *l->rules))) return -1;
  for (size_t k = 0; k < l->names.n; k++) {
    char id[256];
    snprintf(id, sizeof id, "signal.%s", l->names.v[k]);
    const tact_rule *s = tact_engine_find_rule(e, id);
    l->rules[k] = s && s->kind == RULE_SIGNAL ? s->index : UINT32_MAX;
  }
  return 0;
}

/* Every rule's `when` and `unless` signals. */
static int resolve_signals(tact_engine *e) {
  for (size_t i = 0; i < e->nrules; i++)
    if (resolve_list(e, &e->rules[i]->when_signals) ||
        resolve_list(e, &e->rules[i]->unless_signals))
      return -1;
  return 0;
}

static void resolve(tact_engine *e, const tact_config *c) {
  const char *want = c->profile ? c->profile : "reply";
  const profile *p = find_profile(e, want);
  if (!p && c->profile) {
    char known[512] = "";
    for (size_t i = 0; i < e->nprofiles; i++)
      snprintf(known + strlen(known), sizeof known - strlen(known), "%s%s",
               i ? ", " : "", e->profiles[i].name);
    engine_problem(e, TACT_ERROR_NOTFOUND, "unknown profile '%s' (known: %s)",
                   want, *known ? known : "none");
  }
  /* Without a "reply" profile (a lone user file), every rule runs. */
  e->profile_name = base_strdup(p ? p->name : want);
  e->profile = p;
  apply_profile(e, p);
  apply_switches(e, &e->switches);
  apply_switches(e, &c->switches);
  int failed = resolve_signals(e);
  if (!failed) e->triggers = trig_index_new(e->rules, e->nrules, &failed);
  if (failed || group_by_scope(e))
    engine_problem(e, TACT_ERROR_NOMEM, "out of memory");
}

/* ---- the engine ---------------------------------------------------------- */

static tact_rule *add_builtin(tact_engine *e, const char *id,
                              const char *category, tact_severity severity,
                              const char *message) {
  tact_rule *r = calloc(1, sizeof *r);
  if (!r || BASE_GROW(e->rules, e->cap_rules, e->nrules + 1)) {
    free(r);
    return NULL;
  }
  r->id = base_strdup(id);
  r->category = base_strdup(category);
  r->message = base_strdup(message);
  r->source = base_strdup("(built in)");
  r->severity = severity;
  r->kind = RULE_BUILTIN;
  r->index = (uint32_t)e->nrules;
  e->rules[e->nrules++] = r;
  return r->id && r->category && r->message && r->source ? r : NULL;
}

static int add_builtins(tact_engine *e) {
  e->invalid_utf8 = add_builtin(
      e, "encoding.invalid-utf8", "encoding", TACT_SEVERITY_ERROR,
      "These bytes are not valid UTF-8; the text may be damaged or in "
      "another encoding.");
  e->spelling = add_builtin(
      e, "spelling.unknown-word", "spelling", TACT_SEVERITY_WARNING,
      "This word is not in the dictionary: check its spelling, or add it to "
      "a word list.");
  if (!e->invalid_utf8 || !e->spelling) return -1;
  tact_rule *sp = e->rules[e->spelling->index];
  sp->rationale = base_strdup(
      "A misspelt word reads as haste, and a customer who is already upset "
      "notices it. Hunspell's dictionary decides (tact check --lang en_GB "
      "for British spelling); product, customer and team names go in a word "
      "list: tact.spelling{ words = { ... } } in .tact.lua.");
  return sp->rationale ? 0 : -1;
}

/* ---- spelling and lemmas ------------------------------------------------- */

/* Where dictionaries are looked for: the configuration's folders, then
 * $TACT_DICT_PATH (':'-separated), then the system's. */
static int dict_search_path(const tact_config *c, strvec *dirs) {
  static const char *const system[] = {
      "/usr/share/hunspell", "/usr/local/share/hunspell",
      "/usr/share/myspell", "/usr/share/myspell/dicts"};
  for (size_t i = 0; i < c->dict_paths.n; i++)
    if (strvec_push(dirs, c->dict_paths.v[i])) return -1;
  const char *env = getenv("TACT_DICT_PATH");
  while (env && *env) {
    size_t n = strcspn(env, ":");
    if (n && strvec_pushn(dirs, env, n)) return -1;
    env += n + (env[n] == ':');
  }
  for (size_t i = 0; i < sizeof system / sizeof system[0]; i++)
    if (strvec_push(dirs, system[i])) return -1;
  return 0;
}

static void add_words(tact_engine *e, const strvec *words) {
  for (size_t i = 0; i < words->n; i++)
    if (dict_add_word(e->dict, words->v[i]))
      engine_warn(e, "cannot add '%s' to the dictionary", words->v[i]);
}

static void add_word_lists(tact_engine *e, const strvec *files) {
  for (size_t i = 0; i < files->n; i++) {
    strvec words = {0};
    char *err = NULL;
    if (dict_read_word_list(files->v[i], &words, &err))
      engine_warn(e, "%s", err ? err : "out of memory");
    add_words(e, &words);
    strvec_free(&words);
    free(err);
  }
}

/* While a second thread loads the rule files, this one reads the
 * dictionary they will most likely need: reading en_US is most of an
 * engine's start, and the two do not touch each other. The language is a
 * guess, the config's or en_US, made when spelling is on or a rule
 * directory (a pack) is loaded: a dictionary is then needed, for spelling
 * or for a pack's `<lemma>` phrases and check functions, unless a rule
 * file says otherwise. When a rule file names another language
 * (tact.spelling), or nothing turns out to need one, the guess is dropped.
 * A few rules given as text with spelling off (the fuzzers) read none.
 * The rules take the second thread, not the dictionary: Hunspell makes
 * tens of thousands of small allocations, and a second thread's malloc
 * arena grows a page range at a time, each step a TLB flush on every core
 * the process runs on (in a virtual machine, an interrupt each). */
typedef struct dict_job {
  const char *lang; /* NULL: not read */
  strvec dirs;
  dictionary *dict;
  int nomem;
} dict_job;

static void dict_job_read(dict_job *j, const tact_config *c) {
  *j = (dict_job){.lang = c->language ? c->language : "en_US"};
  j->nomem = dict_search_path(c, &j->dirs);
  if (!j->nomem) j->dict = dict_open(j->lang, &j->dirs, &j->nomem);
}

/* Hands over the job's dictionary and search path when it read `lang`,
 * else frees them. Returns whether it did. */
static int dict_job_take(dict_job *j, const char *lang, dictionary **dict,
                         strvec *dirs, int *nomem) {
  if (j->lang && lang && strcmp(lang, j->lang) == 0) {
    *dict = j->dict;
    *dirs = j->dirs;
    *nomem = j->nomem;
    j->lang = NULL;
    return 1;
  }
  dict_free(j->dict);
  strvec_free(&j->dirs);
  j->lang = NULL;
  return 0;
}

/* Opens the dictionary (the one `job` read, when it is the right one) and
 * adds the word lists. A missing dictionary is a warning naming every
 * folder tried: tone checking goes on, and `<lemma>` falls back to the
 * built-in inflections. */
static void setup_spelling(tact_engine *e, const tact_config *c,
                           dict_job *job) {
  for (size_t i = 0; i < e->lemmas.n; i++) {
    const char *l = e->lemmas.v[i];
    for (unsigned b = 0; b < 256; b++) {
      unsigned k = (uint8_t)l[0] << 8 | (strlen(l) >= 4 ? (uint8_t)l[1] : b);
      e->lemma_prefix[k >> 3] |= (uint8_t)(1u << (k & 7));
      if (strlen(l) >= 4) break;
    }
  }
  e->nlemmas = e->lemmas.n;
  const char *lang = c->language   ? c->language
                     : e->file_language ? e->file_language
                                        : "en_US";
  /* Off through the config call, or as a category ("--disable spelling"):
   * either way no dictionary is needed for it, and none is missed. */
  if (!c->spelling) e->rules[e->spelling->index]->enabled = 0;
  int spelling = e->spelling->enabled;
  /* Nothing could use it: no spelling, no `<lemma>`, no check function
   * that might ask a token for its lemma. */
  int functions = 0;
  for (int sc = 0; sc < 3; sc++) functions += e->nfunction_rules[sc] != 0;
  if (!spelling && !e->nlemmas && !functions) {
    dict_job_take(job, NULL, NULL, NULL, NULL);
    return;
  }
  strvec dirs = {0};
  int nomem = 0;
  if (!dict_job_take(job, lang, &e->dict, &dirs, &nomem)) {
    nomem = dict_search_path(c, &dirs);
    if (!nomem) e->dict = dict_open(lang, &dirs, &nomem);
  }
  if (nomem) {
    engine_problem(e, TACT_ERROR_NOMEM, "out of memory");
  } else if (!e->dict && spelling) {
    char tried[2048] = "";
    for (size_t i = 0; i < dirs.n; i++)
      snprintf(tried + strlen(tried), sizeof tried - strlen(tried), "%s%s",
               i ? ", " : "", dirs.v[i]);
    engine_warn(e, "no %s dictionary (%s.aff and %s.dic) in %s; checking "
                "tone without spelling",
                lang, lang, lang, tried);
  }
  strvec_free(&dirs);
  if (!e->dict) {
    e->rules[e->spelling->index]->enabled = 0;
    return;
  }
  add_word_lists(e, &e->word_lists);
  add_word_lists(e, &c->word_lists);
  add_words(e, &e->words);
  add_words(e, &c->words);
}

typedef struct rules_job {
  tact_engine *e;
  const tact_config *c;
  sandbox *sb; /* the state that ran them; NULL when out of memory */
} rules_job;

/* Reads and runs the rule files, and resolves the profile. */
static void *load_rules(void *arg) {
  rules_job *j = arg;
  tact_engine *e = j->e;
  for (size_t i = 0; i < j->c->nsources; i++) {
    const source *s = &j->c->sources[i];
    if (s->is_dir)
      load_dir(e, s->name);
    else if (s->text) {
      char *copy = base_strndup(s->text, s->len);
      if (copy) add_source(e, s->name, copy, s->len);
    } else
      load_file(e, s->name);
  }
  if (!(j->sb = sandbox_new(e->lua_memory))) {
    engine_problem(e, TACT_ERROR_NOMEM, "out of memory");
    return NULL;
  }
  lua_api_install(j->sb, e, 1);
  run_sources(e, j->sb, 1);
  if (am_build(e->am)) engine_problem(e, TACT_ERROR_NOMEM, "out of memory");
  resolve(e, j->c);
  return NULL;
}

tact_engine *tact_engine_new(const tact_config *c) {
  tact_engine *e = calloc(1, sizeof *e);
  if (!e) return NULL;
  pthread_mutex_init(&e->pool_lock, NULL);
  if (!c) {
    engine_problem(e, TACT_ERROR_ARGUMENT, "no configuration given");
    return e;
  }
  e->min_severity = c->min_severity;
  e->lua_instructions = c->lua_instructions;
  e->lua_memory = c->lua_memory;
  if (!(e->am = am_new()) || add_builtins(e)) {
    engine_problem(e, TACT_ERROR_NOMEM, "out of memory");
    return e;
  }
  rules_job rules = {e, c, NULL};
  dict_job job = {0};
  pthread_t thread;
  int likely = c->spelling;
  for (size_t i = 0; i < c->nsources; i++) likely |= c->sources[i].is_dir;
  if (likely && pthread_create(&thread, NULL, load_rules, &rules) == 0) {
    dict_job_read(&job, c);
    pthread_join(thread, NULL);
  } else {
    load_rules(&rules);
  }
  if (!rules.sb) {
    dict_job_take(&job, NULL, NULL, NULL, NULL);
    return e;
  }
  setup_spelling(e, c, &job);
  engine_release(e, rules.sb);
  if (summary_words_setup(e))
    engine_problem(e, TACT_ERROR_NOMEM, "out of memory");
  return e;
}

void tact_engine_free(tact_engine *self) {
  if (!self) return;
  for (size_t i = 0; i < self->npool; i++) sandbox_free(self->pool[i]);
  free(self->pool);
  check_scratch_free(self->scratch);
  pthread_mutex_destroy(&self->pool_lock);
  for (size_t i = 0; i < self->nrules; i++) {
    result_rule_release(atomic_load(&self->rules[i]->strings));
    rule_free(self->rules[i]);
  }
  free(self->rules);
  for (size_t i = 0; i < self->nprofiles; i++)
    profile_free(&self->profiles[i]);
  free(self->profiles);
  for (size_t i = 0; i < self->nsources; i++) {
    free(self->sources[i].name);
    free(self->sources[i].text);
  }
  free(self->sources);
  for (int sc = 0; sc < 3; sc++) {
    free(self->regex_rules[sc]);
    free(self->function_rules[sc]);
  }
  trig_index_free(self->triggers);
  free(self->word_kinds);
  strvec_free(&self->switches);
  strvec_free(&self->warnings);
  dict_free(self->dict);
  free(self->file_language);
  strvec_free(&self->word_lists);
  strvec_free(&self->words);
  strvec_free(&self->lemmas);
  am_free(self->am);
  free(self->profile_name);
  free(self->message);
  free(self);
}

sandbox *engine_acquire(const tact_engine *e) {
  tact_engine *m = (tact_engine *)e; /* the pool is the one mutable part */
  sandbox *sb = NULL;
  pthread_mutex_lock(&m->pool_lock);
  if (m->npool) sb = m->pool[--m->npool];
  pthread_mutex_unlock(&m->pool_lock);
  if (sb) return sb;
  if (!(sb = sandbox_new(e->lua_memory))) return NULL;
  lua_api_install(sb, m, 0);
  run_sources(m, sb, 0);
  return sb;
}

void engine_release(const tact_engine *e, sandbox *sb) {
  tact_engine *m = (tact_engine *)e;
  if (sandbox_exhausted(sb)) {
    sandbox_free(sb);
    return;
  }
  pthread_mutex_lock(&m->pool_lock);
  int ok = BASE_GROW(m->pool, m->cap_pool, m->npool + 1) == 0;
  if (ok) m->pool[m->npool++] = sb;
  pthread_mutex_unlock(&m->pool_lock);
  if (!ok) sandbox_free(sb);
}

/* ---- getters ------------------------------------------------------------- */

tact_status tact_engine_status(const tact_engine *self) {
  return self ? self->status : TACT_ERROR_ARGUMENT;
}
const char *tact_engine_message(const tact_engine *self) {
  return self && self->message ? self->message : "";
}
size_t tact_engine_warning_count(const tact_engine *self) {
  return self ? self->warnings.n : 0;
}
const char *tact_engine_warning(const tact_engine *self, size_t index) {
  return self && index < self->warnings.n ? self->warnings.v[index] : NULL;
}
const char *tact_engine_profile(const tact_engine *self) {
  return self && self->profile_name ? self->profile_name : "";
}
size_t tact_engine_rule_count(const tact_engine *self) {
  return self ? self->nrules : 0;
}
const tact_rule *tact_engine_rule(const tact_engine *self, size_t index) {
  return self && index < self->nrules ? self->rules[index] : NULL;
}
const tact_rule *tact_engine_find_rule(const tact_engine *self,
                                       const char *id) {
  for (size_t i = 0; self && id && i < self->nrules; i++)
    if (strcmp(self->rules[i]->id, id) == 0) return self->rules[i];
  return NULL;
}

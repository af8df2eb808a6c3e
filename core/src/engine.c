/* engine.c — builds an engine: reads rule files, runs them in a sandbox,
 * resolves the profile and switches, and keeps a pool of Lua states. */
#include <dirent.h>
#include <errno.h>
#include <lua.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"

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
    e->regex_rules[sc] = calloc(e->nrules ? e->nrules : 1, sizeof(tact_rule *));
    e->function_rules[sc] = calloc(e->nrules ? e->nrules : 1, sizeof(tact_rule *));
    if (!e->regex_rules[sc] || !e->function_rules[sc]) return -1;
  }
  for (size_t i = 0; i < e->nrules; i++) {
    const tact_rule *r = e->rules[i];
    if (!r->enabled) continue;
    if (r->kind == RULE_FUNCTION)
      e->function_rules[r->scope][e->nfunction_rules[r->scope]++] = r;
    else if (r->nregex)
      e->regex_rules[r->scope][e->nregex_rules[r->scope]++] = r;
  }
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
  if (group_by_scope(e))
    engine_problem(e, TACT_ERROR_NOMEM, "out of memory");
}

/* ---- the engine ---------------------------------------------------------- */

static int add_builtin(tact_engine *e) {
  tact_rule *r = calloc(1, sizeof *r);
  if (!r || BASE_GROW(e->rules, e->cap_rules, e->nrules + 1)) {
    free(r);
    return -1;
  }
  r->id = base_strdup("encoding.invalid-utf8");
  r->category = base_strdup("encoding");
  r->message = base_strdup("These bytes are not valid UTF-8; the text may "
                           "be damaged or in another encoding.");
  r->source = base_strdup("(built in)");
  r->severity = TACT_SEVERITY_ERROR;
  r->kind = RULE_BUILTIN;
  r->index = (uint32_t)e->nrules;
  e->rules[e->nrules++] = r;
  e->invalid_utf8 = r;
  return r->id && r->category && r->message && r->source ? 0 : -1;
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
  if (!(e->am = am_new()) || add_builtin(e)) {
    engine_problem(e, TACT_ERROR_NOMEM, "out of memory");
    return e;
  }
  for (size_t i = 0; i < c->nsources; i++) {
    const source *s = &c->sources[i];
    if (s->is_dir)
      load_dir(e, s->name);
    else if (s->text) {
      char *copy = base_strndup(s->text, s->len);
      if (copy) add_source(e, s->name, copy, s->len);
    } else
      load_file(e, s->name);
  }
  sandbox *sb = sandbox_new(e->lua_memory);
  if (!sb) {
    engine_problem(e, TACT_ERROR_NOMEM, "out of memory");
    return e;
  }
  lua_api_install(sb, e, 1);
  run_sources(e, sb, 1);
  resolve(e, c);
  engine_release(e, sb);
  return e;
}

void tact_engine_free(tact_engine *self) {
  if (!self) return;
  for (size_t i = 0; i < self->npool; i++) sandbox_free(self->pool[i]);
  free(self->pool);
  pthread_mutex_destroy(&self->pool_lock);
  for (size_t i = 0; i < self->nrules; i++) rule_free(self->rules[i]);
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
  strvec_free(&self->switches);
  strvec_free(&self->warnings);
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

/* sandbox.c — the restricted Lua state rule files run in. */
#include "rules/sandbox.h"

#include <lauxlib.h>
#include <lualib.h>
#include <stdlib.h>
#include <string.h>

/* How often the count hook fires; the budget is checked at this grain. */
#define HOOK_STEP 1000

/* Blocks of up to POOL_MAX bytes are kept on free lists, one per
 * POOL_STEP-byte size class: a check makes and drops thousands of small
 * tables and strings, and popping a list costs far less than malloc and
 * free. The lists only ever hold what the state once used. */
#define POOL_STEP 16
#define POOL_MAX 256
#define POOL_CLASSES (POOL_MAX / POOL_STEP)

struct sandbox {
  lua_State *L;
  size_t used, limit;
  uint64_t spent, budget;
  int exhausted;
  void *pool[POOL_CLASSES]; /* each free block starts with the next */
};

static size_t pool_class(size_t n) { return (n - 1) / POOL_STEP; }

static void *block_new(sandbox *sb, size_t n) {
  if (n > POOL_MAX) return malloc(n);
  void **head = &sb->pool[pool_class(n)];
  void *p = *head;
  if (!p) return malloc((pool_class(n) + 1) * POOL_STEP);
  *head = *(void **)p;
  return p;
}

static void block_free(sandbox *sb, void *p, size_t n) {
  if (n > POOL_MAX) {
    free(p);
    return;
  }
  void **head = &sb->pool[pool_class(n)];
  *(void **)p = *head;
  *head = p;
}

static void *capped_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  sandbox *sb = ud;
  size_t old = ptr ? osize : 0;
  if (nsize == 0) {
    if (ptr) block_free(sb, ptr, old);
    sb->used -= old;
    return NULL;
  }
  if (nsize > old && nsize - old > sb->limit - sb->used) {
    sb->exhausted = 1;
    return NULL; /* Lua turns this into "not enough memory" */
  }
  void *p;
  if (old && old > POOL_MAX && nsize > POOL_MAX) {
    p = realloc(ptr, nsize);
  } else if (old && old <= POOL_MAX && nsize <= POOL_MAX &&
             pool_class(old) == pool_class(nsize)) {
    p = ptr; /* the block is big enough already */
  } else {
    p = block_new(sb, nsize);
    if (p && old) {
      memcpy(p, ptr, old < nsize ? old : nsize);
      block_free(sb, ptr, old);
    } else if (!p && nsize < old) {
      p = ptr; /* Lua counts on shrinking never failing: keep the block */
    }
  }
  if (!p) {
    sb->exhausted = 1;
    return NULL;
  }
  sb->used = sb->used - old + nsize;
  return p;
}

static void budget_hook(lua_State *L, lua_Debug *ar) {
  void *ud;
  lua_getallocf(L, &ud);
  sandbox *sb = ud;
  sb->spent += HOOK_STEP;
  if (sb->spent <= sb->budget) return;
  /* Name the line that was running: the loop the author must fix. */
  lua_getinfo(L, "Sl", ar);
  const char *src = ar->source[0] == '=' || ar->source[0] == '@'
                        ? ar->source + 1 : ar->short_src;
  if (ar->currentline > 0)
    lua_pushfstring(L, "%s:%d: ", src, ar->currentline);
  else
    lua_pushliteral(L, "");
  lua_pushfstring(L, "instruction budget exceeded (%I instructions)",
                  (lua_Integer)sb->budget);
  lua_concat(L, 2);
  lua_error(L);
}

/* ---- pattern functions with a bounded worst case --------------------------
 *
 * Lua's pattern matcher runs in C, where the instruction budget cannot
 * stop it, and backtracks: with k repetitions (`*`, `+`, `-`) a failing
 * search of an n-byte subject may take about n^(k+1) steps. The sandbox's
 * string.find, match, gmatch and gsub refuse a pattern whose worst case on
 * the given subject exceeds PATTERN_STEPS, so a rule can never hang a
 * check however pathological its pattern and the text. */

#define PATTERN_STEPS 1e9

/* Repetitions in a Lua pattern (escapes and sets skipped). */
static int repetitions(const char *p, size_t n) {
  int k = 0;
  for (size_t i = 0; i < n; i++) {
    if (p[i] == '%') {
      i++;
    } else if (p[i] == '[') {
      i++;
      if (i < n && p[i] == '^') i++;
      if (i < n && p[i] == ']') i++; /* a leading ] is literal */
      while (i < n && p[i] != ']') i += p[i] == '%' ? 2 : 1;
    } else if (i > 0 && (p[i] == '*' || p[i] == '+' || p[i] == '-')) {
      k++;
    }
  }
  return k;
}

static int guarded_call(lua_State *L) {
  size_t n = 0, m = 0;
  const char *subject = luaL_checklstring(L, 1, &n);
  const char *pattern = luaL_checklstring(L, 2, &m);
  (void)subject;
  int plain = lua_toboolean(L, lua_upvalueindex(2)) && lua_toboolean(L, 4);
  if (!plain) {
    /* A pattern anchored with '^' is tried at one start only (gmatch
     * does not anchor): a factor n less. */
    int anchored = m && pattern[0] == '^' &&
                   lua_toboolean(L, lua_upvalueindex(3));
    double cost = anchored ? 1.0 : (double)n + 1;
    for (int k = repetitions(pattern, m); k > 0; k--) cost *= (double)n + 1;
    if (cost > PATTERN_STEPS)
      return luaL_error(L, "pattern too complex for a subject of %d bytes "
                           "(its worst case is too slow); use fewer "
                           "repetitions or a shorter subject",
                        (int)n);
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
  return lua_gettop(L);
}

static void guard_patterns(lua_State *L) {
  static const char *const names[] = {"find", "match", "gmatch", "gsub"};
  lua_getglobal(L, LUA_STRLIBNAME);
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    lua_getfield(L, -1, names[i]);
    lua_pushboolean(L, i == 0); /* find may be plain */
    lua_pushboolean(L, i != 2); /* '^' anchors, except in gmatch */
    lua_pushcclosure(L, guarded_call, 3);
    lua_setfield(L, -2, names[i]);
  }
  lua_pop(L, 1);
}

sandbox *sandbox_new(size_t memory_limit) {
  sandbox *sb = calloc(1, sizeof *sb);
  if (!sb) return NULL;
  sb->limit = memory_limit;
  sb->L = lua_newstate(capped_alloc, sb);
  if (!sb->L) {
    free(sb);
    return NULL;
  }
  lua_State *L = sb->L;
  /* Generational: a check's views and token tables die young, and the
   * rule files' tables, which live as long as the engine, are then not
   * walked again in every cycle. */
  lua_gc(L, LUA_GCGEN, 0, 0);
  /* As linit.c invites: only the libraries a rule needs. */
  static const luaL_Reg libs[] = {{LUA_GNAME, luaopen_base},
                                  {LUA_STRLIBNAME, luaopen_string},
                                  {LUA_TABLIBNAME, luaopen_table},
                                  {LUA_MATHLIBNAME, luaopen_math},
                                  {LUA_UTF8LIBNAME, luaopen_utf8},
                                  {NULL, NULL}};
  for (const luaL_Reg *lib = libs; lib->func; lib++) {
    luaL_requiref(L, lib->name, lib->func, 1);
    lua_pop(L, 1);
  }
  static const char *const banned[] = {"dofile", "loadfile", "load",
                                       "require", "collectgarbage", "print",
                                       NULL};
  for (const char *const *b = banned; *b; b++) {
    lua_pushnil(L);
    lua_setglobal(L, *b);
  }
  /* string.dump would hand out bytecode, which is never loaded here. */
  lua_getglobal(L, LUA_STRLIBNAME);
  lua_pushnil(L);
  lua_setfield(L, -2, "dump");
  lua_pop(L, 1);
  guard_patterns(L);
  lua_sethook(L, budget_hook, LUA_MASKCOUNT, HOOK_STEP);
  return sb;
}

void sandbox_free(sandbox *sb) {
  if (!sb) return;
  lua_close(sb->L);
  for (size_t k = 0; k < POOL_CLASSES; k++)
    while (sb->pool[k]) {
      void *next = *(void **)sb->pool[k];
      free(sb->pool[k]);
      sb->pool[k] = next;
    }
  free(sb);
}

lua_State *sandbox_lua(sandbox *sb) { return sb->L; }

int sandbox_exhausted(const sandbox *sb) { return sb->exhausted; }

int sandbox_pcall(sandbox *sb, int nargs, int nresults, uint64_t budget) {
  sb->spent = 0;
  sb->budget = budget;
  int rc = lua_pcall(sb->L, nargs, nresults, 0);
  if (rc != LUA_OK && !lua_isstring(sb->L, -1)) {
    lua_pop(sb->L, 1);
    lua_pushstring(sb->L, "error object is not a string");
  }
  return rc;
}

int sandbox_run(sandbox *sb, const char *name, const char *src, size_t len,
                uint64_t budget) {
  /* "=" keeps the name as given; "t" refuses precompiled chunks. */
  size_t n = strlen(name);
  char *chunk = malloc(n + 2);
  if (!chunk) {
    lua_pushstring(sb->L, "out of memory");
    return LUA_ERRMEM;
  }
  chunk[0] = '=';
  memcpy(chunk + 1, name, n + 1);
  int rc = luaL_loadbufferx(sb->L, src, len, chunk, "t");
  free(chunk);
  if (rc != LUA_OK) return rc;
  return sandbox_pcall(sb, 0, 0, budget);
}

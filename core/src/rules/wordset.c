/* wordset.c — tact.words{} sets (see wordset.h). */
#include "rules/wordset.h"

#include <lauxlib.h>
#include <string.h>

#include "text/text.h"

int word_symbol(automaton *am, const char *word, int intern, uint32_t *sym) {
  size_t n = strlen(word);
  segmentation seg;
  seg_init(&seg);
  if (seg_text(&seg, word, 0, n)) {
    seg_free(&seg);
    return -1;
  }
  const char *norm = word; /* the text's own "'s" and "'d" */
  size_t len = n;
  int one = seg.ntoks == 1 ||
            strcmp(word, "'s") == 0 || strcmp(word, "'d") == 0;
  if (seg.ntoks == 1) {
    norm = seg_norm(&seg, &seg.toks[0]);
    len = seg.toks[0].norm_len;
  }
  *sym = !one ? 0 : intern ? am_intern(am, norm, len) : am_lookup(am, norm, len);
  seg_free(&seg);
  if (!one) return 1;
  return intern && !*sym ? -1 : 0;
}

/* set[word]: whether the normalized word is in the set. */
static int set_index(lua_State *L) {
  const wordset *ws = luaL_checkudata(L, 1, WORDSET_MT);
  size_t len;
  const char *w = lua_tolstring(L, 2, &len);
  lua_pushboolean(L, w && lua_type(L, 2) == LUA_TSTRING &&
                         wordset_has(ws, am_lookup(ws->am, w, len)));
  return 1;
}

static int set_len(lua_State *L) {
  const wordset *ws = luaL_checkudata(L, 1, WORDSET_MT);
  lua_pushinteger(L, (lua_Integer)ws->count);
  return 1;
}

static int set_newindex(lua_State *L) {
  return luaL_error(L, "a word set from tact.words cannot change");
}

void wordset_push(lua_State *L, automaton *am, int intern, int t) {
  luaL_checktype(L, t, LUA_TTABLE);
  lua_Integer n = (lua_Integer)lua_rawlen(L, t);
  uint32_t top = 0;
  /* The symbols first, to size the set (a userdata: an error frees it). */
  uint32_t *syms = lua_newuserdatauv(L, (size_t)(n ? n : 1) * sizeof *syms, 0);
  for (lua_Integer i = 1; i <= n; i++) {
    if (lua_rawgeti(L, t, i) != LUA_TSTRING)
      luaL_error(L, "tact.words: item %d is not a word", (int)i);
    const char *w = lua_tostring(L, -1);
    int rc = word_symbol(am, w, intern, &syms[i - 1]);
    if (rc < 0) luaL_error(L, "out of memory");
    if (rc > 0)
      luaL_error(L, "tact.words: '%s' is not one word as the text is split "
                    "(contractions split: \"can't\" is \"can\" + \"not\")", w);
    if (syms[i - 1] > top) top = syms[i - 1];
    lua_pop(L, 1);
  }
  size_t words = (size_t)top / 64 + 1;
  wordset *ws = lua_newuserdatauv(L, sizeof *ws + words * sizeof *ws->bits, 0);
  ws->am = am;
  ws->count = 0;
  ws->nbits = words * 64;
  memset(ws->bits, 0, words * sizeof *ws->bits);
  for (lua_Integer i = 0; i < n; i++) {
    uint32_t s = syms[i];
    if (!s || wordset_has(ws, s)) continue; /* unknown, or listed twice */
    ws->bits[s / 64] |= (uint64_t)1 << (s % 64);
    ws->count++;
  }
  if (luaL_newmetatable(L, WORDSET_MT)) {
    static const luaL_Reg meta[] = {{"__index", set_index},
                                    {"__len", set_len},
                                    {"__newindex", set_newindex},
                                    {NULL, NULL}};
    luaL_setfuncs(L, meta, 0);
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
  }
  lua_setmetatable(L, -2);
  lua_remove(L, -2); /* the symbols */
}

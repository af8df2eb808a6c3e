/* lua_view.c — read-only views of a sentence, paragraph or document given to
 * `check` functions, and the report{} they call.
 *
 * A view is a small userdata naming what it shows and the check it belongs
 * to, so a view kept past its check raises an error instead of reading
 * freed memory. Within one check, views stay valid from call to call: the
 * rules of a file may keep what they worked out for a document. */
#include <lauxlib.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "check/check.h"
#include "spell/spell.h"
#include "rules/wordset.h"
#include "text/wordix.h"

#define VIEW_MT "tact.view"
#define TOKEN_MT_KEY "tact.token"

/* VIEW_SPAN: the sentences index <= i < last, as v:body() gives them. */
typedef enum view_kind {
  VIEW_SENTENCE, VIEW_PARAGRAPH, VIEW_DOCUMENT, VIEW_SPAN
} view_kind;

typedef struct view {
  lua_Integer check; /* the check it belongs to, named once per state */
  view_kind kind;
  size_t index, last;
} view;

/* The call running in a state, found through its extra space (every view
 * method asks, so a registry lookup would cost); NULL between calls. */
typedef struct call_state {
  check_ctx *c;
  lua_Integer check;
  /* The metatables of views and word sets, told by address: cheaper than
   * luaL_checkudata's registry lookup by name, at every method call. */
  const void *view_mt, *set_mt;
} call_state;

static call_state **running(lua_State *L) {
  return (call_state **)lua_getextraspace(L);
}

static check_ctx *current(lua_State *L, lua_Integer check) {
  const call_state *cs = *running(L);
  if (!cs || cs->check != check)
    luaL_error(L, "a view or report was used after its check ended");
  return cs->c;
}

/* The userdata at index i when its metatable is at address mt, else
 * NULL. */
static void *udata_with(lua_State *L, int i, const void *mt) {
  void *p = lua_touserdata(L, i);
  if (!p || !mt || !lua_getmetatable(L, i)) return NULL;
  int same = lua_topointer(L, -1) == mt;
  lua_pop(L, 1);
  return same ? p : NULL;
}

/* The view at index i, or NULL: told by its metatable's address while a
 * call runs, by the registry's name for it otherwise. */
static const view *to_view(lua_State *L, int i) {
  const call_state *cs = *running(L);
  const view *v = cs ? udata_with(L, i, cs->view_mt) : NULL;
  return v ? v : luaL_testudata(L, i, VIEW_MT);
}

static const view *check_view(lua_State *L, int i, check_ctx **c) {
  const view *v = to_view(L, i);
  if (!v) v = luaL_checkudata(L, i, VIEW_MT); /* its error */
  *c = current(L, v->check);
  return v;
}

/* The view's bytes and tokens. */
static void extent(const check_ctx *c, const view *v, size_t *start,
                   size_t *end, size_t *t0, size_t *t1) {
  const segmentation *s = &c->seg;
  if (v->kind == VIEW_SENTENCE) {
    const sentence *x = &s->sents[v->index];
    *start = x->start, *end = x->end, *t0 = x->tok_first, *t1 = x->tok_end;
  } else if (v->kind == VIEW_PARAGRAPH) {
    const paragraph *p = &s->paras[v->index];
    *start = p->start, *end = p->end;
    *t0 = s->sents[p->sent_first].tok_first;
    *t1 = s->sents[p->sent_end - 1].tok_end;
  } else if (v->kind == VIEW_SPAN) {
    const sentence *x = &s->sents[v->index], *y = &s->sents[v->last - 1];
    *start = x->start, *end = y->end, *t0 = x->tok_first, *t1 = y->tok_end;
  } else {
    *start = 0, *end = c->len, *t0 = 0, *t1 = s->ntoks;
  }
}

/* Pushes a view of sentences index <= i < last (a span) or of one
 * sentence, paragraph or document (index); `mt` is the stack index of the
 * views' metatable (methods that make many views look it up once). */
static void push_span(lua_State *L, int mt, const view *of, view_kind kind,
                      size_t index, size_t last) {
  view *v = lua_newuserdatauv(L, sizeof *v, 0);
  *v = (view){of->check, kind, index, last};
  lua_pushvalue(L, mt);
  lua_setmetatable(L, -2);
}

static void push_view(lua_State *L, int mt, const view *of, view_kind kind,
                      size_t index) {
  push_span(L, mt, of, kind, index, index + 1);
}

/* A token's kinds by tok_kind, and the names queries take for them. */
static const char *const token_kinds[] = {"word",  "number", "url", "email",
                                          "punct", "symbol", NULL};

/* A token table holds norm, kind and from; its other fields are made when
 * a rule reads them (most read only norm and kind, and a table of seven
 * fields per token was most of the cost of tokens()). The token is found
 * again by `from`: tokens are in text order. */
static int token_index(lua_State *L) {
  static const char *const lazy[] = {"text", "to", "upper", "caps", "lemma"};
  enum { NLAZY = sizeof lazy / sizeof *lazy };
  const char *key = lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : NULL;
  int field = 0;
  while (key && field < NLAZY && strcmp(key, lazy[field]) != 0) field++;
  if (!key || field == NLAZY) return 0; /* other fields are nil, as in a table */
  check_ctx *c = current(L, lua_tointeger(L, lua_upvalueindex(1)));
  lua_getfield(L, 1, "from");
  size_t at = (size_t)lua_tointeger(L, -1) - 1;
  size_t lo = base_bisect(c->seg.toks, c->seg.ntoks, sizeof *c->seg.toks,
                          offsetof(tok, start), at);
  if (lo == c->seg.ntoks || c->seg.toks[lo].start != at) return 0;
  const tok *t = &c->seg.toks[lo];
  switch (field) {
  case 0: lua_pushlstring(L, c->text + t->start, t->end - t->start); break;
  case 1: lua_pushinteger(L, (lua_Integer)t->end); break;
  case 2: lua_pushboolean(L, t->flags & TOKF_UPPER); break;
  case 3: lua_pushboolean(L, t->flags & TOKF_CAPS); break;
  default: {
    const char *lemma = stems_lemma(c, t); /* a dictionary call per form */
    if (!lemma) return luaL_error(L, "out of memory");
    lua_pushstring(L, lemma);
  }
  }
  return 1;
}

/* Pushes the metatable tokens of this call share; returns its index. */
static int token_meta(lua_State *L, lua_Integer check) {
  if (lua_getfield(L, LUA_REGISTRYINDEX, TOKEN_MT_KEY) == LUA_TTABLE) {
    lua_getfield(L, -1, "check");
    lua_Integer was = lua_tointeger(L, -1);
    lua_pop(L, 1);
    if (was == check) return lua_gettop(L);
  }
  lua_pop(L, 1);
  lua_createtable(L, 0, 3);
  lua_pushinteger(L, check);
  lua_setfield(L, -2, "check");
  lua_pushinteger(L, check);
  lua_pushcclosure(L, token_index, 1);
  lua_setfield(L, -2, "__index");
  lua_pushliteral(L, "locked");
  lua_setfield(L, -2, "__metatable");
  lua_pushvalue(L, -1);
  lua_setfield(L, LUA_REGISTRYINDEX, TOKEN_MT_KEY);
  return lua_gettop(L);
}

/* Pushes token i; `mt` is the stack index of the tokens' metatable. Field
 * names and kinds are C literals, which Lua finds in its string cache. */
static void push_token(lua_State *L, const check_ctx *c, size_t i, int mt) {
  const tok *t = &c->seg.toks[i];
  lua_createtable(L, 0, 3);
  lua_pushlstring(L, seg_norm(&c->seg, t), t->norm_len);
  lua_setfield(L, -2, "norm");
  lua_pushstring(L, token_kinds[t->kind]);
  lua_setfield(L, -2, "kind");
  lua_pushinteger(L, (lua_Integer)t->start + 1);
  lua_setfield(L, -2, "from");
  lua_pushvalue(L, mt); /* last: no __newindex to look for above */
  lua_setmetatable(L, -2);
}

/* ---- methods ---------------------------------------------------------- */

static int m_text(lua_State *L) {
  check_ctx *c;
  const view *v = check_view(L, 1, &c);
  size_t a, b, t0, t1;
  extent(c, v, &a, &b, &t0, &t1);
  lua_pushlstring(L, c->text + a, b - a);
  return 1;
}

static int m_tokens(lua_State *L) {
  check_ctx *c;
  const view *v = check_view(L, 1, &c);
  size_t a, b, t0, t1;
  extent(c, v, &a, &b, &t0, &t1);
  int mt = token_meta(L, v->check);
  lua_createtable(L, (int)(t1 - t0), 0);
  for (size_t i = t0; i < t1; i++) {
    push_token(L, c, i, mt);
    lua_rawseti(L, -2, (lua_Integer)(i - t0 + 1));
  }
  return 1;
}

static int query_tokens(lua_State *L, int mode);
enum { Q_COUNT, Q_FIND, Q_NORMS }; /* what query_tokens returns */

/* v:norms([q]): the normalized forms of the view's tokens (or of those
 * that match query q), a list of strings; far cheaper than tokens() or
 * find() for a rule that only reads the words. */
static int m_norms(lua_State *L) {
  if (!lua_isnoneornil(L, 2)) return query_tokens(L, Q_NORMS);
  check_ctx *c;
  const view *v = check_view(L, 1, &c);
  size_t a, b, t0, t1;
  extent(c, v, &a, &b, &t0, &t1);
  lua_createtable(L, (int)(t1 - t0), 0);
  for (size_t i = t0; i < t1; i++) {
    const tok *t = &c->seg.toks[i];
    lua_pushlstring(L, seg_norm(&c->seg, t), t->norm_len);
    lua_rawseti(L, -2, (lua_Integer)(i - t0 + 1));
  }
  return 1;
}

/* The check and token number of the view's i-th token (argument 2;
 * negative: counted from the end); NULL, with nil pushed, when there is
 * none. */
static check_ctx *nth_token(lua_State *L, const view **v, size_t *at) {
  check_ctx *c;
  *v = check_view(L, 1, &c);
  lua_Integer i = luaL_checkinteger(L, 2);
  size_t a, b, t0, t1;
  extent(c, *v, &a, &b, &t0, &t1);
  lua_Integer n = (lua_Integer)(t1 - t0);
  if (i < 0) i += n + 1;
  if (i < 1 || i > n) {
    lua_pushnil(L);
    return NULL;
  }
  *at = t0 + (size_t)i - 1;
  return c;
}

/* v:token(i): the view's i-th token (negative: counted from the end), or
 * nil; with norms(), the token a rule reports at. */
static int m_token(lua_State *L) {
  const view *v;
  size_t i;
  check_ctx *c = nth_token(L, &v, &i);
  if (c) push_token(L, c, i, token_meta(L, v->check));
  return 1;
}

/* v:norm(i): the normalized form of the view's i-th token, or nil: what
 * token(i).norm is, without making the token. */
static int m_norm(lua_State *L) {
  const view *v;
  size_t i;
  check_ctx *c = nth_token(L, &v, &i);
  if (c) {
    const tok *t = &c->seg.toks[i];
    lua_pushlstring(L, seg_norm(&c->seg, t), t->norm_len);
  }
  return 1;
}

static int m_paragraphs(lua_State *L) {
  check_ctx *c;
  const view *v = check_view(L, 1, &c);
  if (v->kind != VIEW_DOCUMENT)
    return luaL_error(L, "paragraphs() is a method of the document view");
  lua_settop(L, 1);
  lua_getmetatable(L, 1);
  lua_createtable(L, (int)c->seg.nparas, 0);
  for (size_t i = 0; i < c->seg.nparas; i++) {
    push_view(L, 2, v, VIEW_PARAGRAPH, i);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

#define QUERY_MAX_WORDS 64

/* A query read once from Lua, so matching each token is plain C. The words
 * point into strings the query table at the stack keeps alive. */
typedef struct query {
  const wordset *set; /* tact.words{}, or NULL */
  const char *words[QUERY_MAX_WORDS];
  size_t nwords;
  const char *lemmas[QUERY_MAX_WORDS];
  size_t nlemmas;
  int kind; /* a tok_kind, or -1 for any */
} query;

static void read_query(lua_State *L, int qi, query *q) {
  q->nwords = q->nlemmas = 0;
  q->kind = -1;
  const call_state *cs = *running(L);
  if ((q->set = udata_with(L, qi, cs ? cs->set_mt : NULL))) return;
  int arg = lua_type(L, qi);
  luaL_argexpected(L, arg == LUA_TSTRING || arg == LUA_TTABLE, qi,
                   "word, list of words, tact.words set or "
                   "{word=, lemma=, kind=}");
  if (arg == LUA_TSTRING) {
    q->words[q->nwords++] = lua_tostring(L, qi);
    return;
  }
  lua_Integer n = (lua_Integer)lua_rawlen(L, qi);
  if (n > QUERY_MAX_WORDS)
    luaL_error(L, "a query holds at most %d words", QUERY_MAX_WORDS);
  for (lua_Integer i = 1; i <= n; i++) {
    lua_rawgeti(L, qi, i);
    if (!lua_isstring(L, -1)) luaL_error(L, "query item %d is not a word", (int)i);
    q->words[q->nwords++] = lua_tostring(L, -1);
    lua_pop(L, 1); /* the table still holds the string */
  }
  if (n) return;
  if (lua_getfield(L, qi, "word") == LUA_TSTRING)
    q->words[q->nwords++] = lua_tostring(L, -1);
  lua_pop(L, 1);
  int type = lua_getfield(L, qi, "lemma"); /* a word or a list of them */
  if (type == LUA_TSTRING) {
    q->lemmas[q->nlemmas++] = lua_tostring(L, -1);
  } else if (type == LUA_TTABLE) {
    lua_Integer k = (lua_Integer)lua_rawlen(L, -1);
    if (k > QUERY_MAX_WORDS)
      luaL_error(L, "a query holds at most %d lemmas", QUERY_MAX_WORDS);
    for (lua_Integer i = 1; i <= k; i++) {
      if (lua_rawgeti(L, -1, i) != LUA_TSTRING)
        luaL_error(L, "query lemma %d is not a word", (int)i);
      q->lemmas[q->nlemmas++] = lua_tostring(L, -1);
      lua_pop(L, 1);
    }
  } else if (type != LUA_TNIL) {
    luaL_error(L, "a query's lemma is a word or a list of words");
  }
  lua_pop(L, 1); /* the query table keeps the strings alive */
  if (lua_getfield(L, qi, "kind") != LUA_TNIL)
    q->kind = luaL_checkoption(L, -1, NULL, token_kinds);
  lua_pop(L, 1);
}

/* The automaton's symbol of token i: looked up by the check already,
 * except in a document no function reads (never here in practice). */
static uint32_t symbol_of(const check_ctx *c, size_t i) {
  if (c->syms) return c->syms[i];
  const tok *t = &c->seg.toks[i];
  return am_lookup(c->e->am, seg_norm(&c->seg, t), t->norm_len);
}

/* Whether token i matches q: 1, 0, or -1 when out of memory. */
static int query_match(check_ctx *c, size_t i, const query *q) {
  const tok *t = &c->seg.toks[i];
  if (q->set) return wordset_has(q->set, symbol_of(c, i));
  if (q->kind >= 0 && t->kind != q->kind) return 0;
  if (!q->nwords && !q->nlemmas) return 1;
  const char *norm = seg_norm(&c->seg, t);
  for (size_t k = 0; k < q->nwords; k++)
    if (strcmp(norm, q->words[k]) == 0) return 1;
  for (size_t k = 0; k < q->nlemmas; k++) {
    int is = stems_is(c, t, q->lemmas[k]);
    if (is) return is;
  }
  return 0;
}

/* State the views of one check share, made on first use and freed with
 * the check: its name and the word index. */
struct view_state {
  lua_Integer check;  /* named at the first call: unique in its state */
  const void *set_mt; /* the word sets' metatable in that state */
  wordix words;
  int have_words;
  uint32_t *found; /* scratch for find() */
  size_t cap_found;
};

static view_state *state(check_ctx *c) {
  if (!c->views) c->views = calloc(1, sizeof *c->views);
  return c->views;
}

void lua_view_end(check_ctx *c) {
  if (!c->views) return;
  wordix_free(&c->views->words);
  free(c->views->found);
  free(c->views);
  c->views = NULL;
}

static const wordix *words_of(lua_State *L, check_ctx *c) {
  view_state *vs = state(c);
  if (!vs || (!vs->have_words && wordix_build(&vs->words, &c->seg)))
    luaL_error(L, "not enough memory");
  vs->have_words = 1;
  return &vs->words;
}

/* First index of sorted v[0, n) whose value is >= x. */
static size_t lower_bound(const uint32_t *v, size_t n, size_t x) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (v[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* Up to this many tokens, a view is read token by token for a few words
 * rather than through the word index, which costs a pass over the whole
 * check's tokens to build: a reply asks about a word or two. */
#define SCAN_TOKENS 1024
#define SCAN_WORDS 4

/* Appends token i to vs->found at n. */
static void found_at(lua_State *L, view_state *vs, size_t n, size_t i) {
  if (n == vs->cap_found && BASE_GROW(vs->found, vs->cap_found, n + 1))
    luaL_error(L, "not enough memory");
  vs->found[n] = (uint32_t)i;
}

/* match_words for a short view and a few words: a word the automaton
 * knows is compared by its symbol, any other by its text. */
static size_t scan_words(lua_State *L, check_ctx *c, const query *q,
                         size_t t0, size_t t1) {
  uint32_t sym[SCAN_WORDS];
  for (size_t w = 0; w < q->nwords; w++)
    sym[w] = am_lookup(c->e->am, q->words[w], strlen(q->words[w]));
  view_state *vs = state(c);
  if (!vs) luaL_error(L, "not enough memory");
  size_t n = 0;
  for (size_t i = t0; i < t1; i++) {
    const tok *t = &c->seg.toks[i];
    if (q->kind >= 0 && t->kind != q->kind) continue;
    for (size_t w = 0; w < q->nwords; w++)
      if (sym[w] ? c->syms[i] == sym[w]
                 : !c->syms[i] && !strcmp(seg_norm(&c->seg, t), q->words[w])) {
        found_at(L, vs, n++, i);
        break;
      }
  }
  return n;
}

/* Tokens t0 <= i < t1 that match q, ascending, into vs->found; returns how
 * many. Words go through the index, so absent words cost nothing. */
static size_t match_words(lua_State *L, check_ctx *c, const query *q,
                          size_t t0, size_t t1) {
  if (c->syms && t1 - t0 <= SCAN_TOKENS && q->nwords <= SCAN_WORDS)
    return scan_words(L, c, q, t0, t1);
  const wordix *ix = words_of(L, c);
  view_state *vs = c->views;
  size_t n = 0;
  for (size_t w = 0; w < q->nwords; w++) {
    size_t np;
    const uint32_t *p = wordix_tokens(ix, &c->seg, q->words[w],
                                      strlen(q->words[w]), &np);
    if (!p) continue;
    for (size_t k = lower_bound(p, np, t0); k < np && p[k] < t1; k++) {
      if (q->kind >= 0 && c->seg.toks[p[k]].kind != q->kind) continue;
      found_at(L, vs, n++, p[k]);
    }
  }
  if (q->nwords > 1 && n > 1) { /* several words: back into text order */
    qsort(vs->found, n, sizeof *vs->found, base_cmp_u32);
    size_t u = 1; /* a word listed twice still counts once */
    for (size_t k = 1; k < n; k++)
      if (vs->found[k] != vs->found[u - 1]) vs->found[u++] = vs->found[k];
    n = u;
  }
  return n;
}

/* Pushes token i as a token table (mt: the tokens' metatable) or, for
 * Q_NORMS, as its normalized form. */
static void push_found(lua_State *L, const check_ctx *c, size_t i, int mode,
                       int mt) {
  if (mode == Q_NORMS) {
    const tok *t = &c->seg.toks[i];
    lua_pushlstring(L, seg_norm(&c->seg, t), t->norm_len);
  } else {
    push_token(L, c, i, mt);
  }
}

/* The view (argument 1) and query (argument 2) of a query method: the
 * view, its check and its tokens t0 <= i < t1. */
static const view *view_query(lua_State *L, check_ctx **c, query *q,
                              size_t *t0, size_t *t1) {
  const view *v = check_view(L, 1, c);
  read_query(L, 2, q);
  size_t a, b;
  extent(*c, v, &a, &b, t0, t1);
  return v;
}

/* v:count(q), v:find(q) and v:norms(q) by `mode`. */
static int query_tokens(lua_State *L, int mode) {
  check_ctx *c;
  query q;
  size_t t0, t1;
  const view *v = view_query(L, &c, &q, &t0, &t1);
  int find = mode != Q_COUNT;
  int mt = mode == Q_FIND ? token_meta(L, v->check) : 0;
  if (q.nwords && !q.nlemmas) { /* words only: through the index */
    size_t n = match_words(L, c, &q, t0, t1);
    if (!find) {
      lua_pushinteger(L, (lua_Integer)n);
      return 1;
    }
    lua_createtable(L, (int)n, 0);
    for (size_t k = 0; k < n; k++) {
      push_found(L, c, c->views->found[k], mode, mt);
      lua_rawseti(L, -2, (lua_Integer)k + 1);
    }
    return 1;
  }
  lua_Integer n = 0;
  if (q.set && c->syms) { /* a set: one bit per token */
    if (!find) {
      for (size_t i = t0; i < t1; i++) n += wordset_has(q.set, c->syms[i]);
      lua_pushinteger(L, n);
      return 1;
    }
    lua_newtable(L);
    for (size_t i = t0; i < t1; i++)
      if (wordset_has(q.set, c->syms[i])) {
        push_found(L, c, i, mode, mt);
        lua_rawseti(L, -2, ++n);
      }
    return 1;
  }
  if (!find && !q.set && !q.nwords && !q.nlemmas) { /* a kind, or all */
    for (size_t i = t0; i < t1; i++)
      n += q.kind < 0 || (int)c->seg.toks[i].kind == q.kind;
    lua_pushinteger(L, n);
    return 1;
  }
  if (find) lua_newtable(L);
  for (size_t i = t0; i < t1; i++) {
    int m = query_match(c, i, &q);
    if (m < 0) return luaL_error(L, "out of memory");
    if (!m) continue;
    n++;
    if (find) {
      push_found(L, c, i, mode, mt);
      lua_rawseti(L, -2, n);
    }
  }
  if (!find) lua_pushinteger(L, n);
  return 1;
}

/* The view's sentences: first <= i < last. */
static void sentence_range(const check_ctx *c, const view *v, size_t *first,
                           size_t *last) {
  *first = v->index, *last = v->last; /* a sentence, a span */
  if (v->kind == VIEW_PARAGRAPH) {
    *first = c->seg.paras[v->index].sent_first;
    *last = c->seg.paras[v->index].sent_end;
  } else if (v->kind == VIEW_DOCUMENT) {
    *first = 0;
    *last = c->seg.nsents;
  }
}

/* v:sentence(i): the view's i-th sentence (negative: counted from the
 * end), or nil; one view, where sentences() makes one per sentence. */
static int m_sentence(lua_State *L) {
  check_ctx *c;
  const view *v = check_view(L, 1, &c);
  lua_Integer i = luaL_checkinteger(L, 2);
  size_t first, last;
  sentence_range(c, v, &first, &last);
  lua_Integer n = (lua_Integer)(last - first);
  if (i < 0) i += n + 1;
  if (i < 1 || i > n) {
    lua_pushnil(L);
    return 1;
  }
  lua_getmetatable(L, 1);
  push_view(L, lua_gettop(L), v, VIEW_SENTENCE, first + (size_t)i - 1);
  return 1;
}

/* v:sentence_count(): how many sentences v:sentences() would hold, without
 * making their views. */
static int m_sentence_count(lua_State *L) {
  check_ctx *c;
  const view *v = check_view(L, 1, &c);
  size_t first, last;
  sentence_range(c, v, &first, &last);
  lua_pushinteger(L, (lua_Integer)(last - first));
  return 1;
}

/* v:sentences([q]): the view's sentences, or only those holding a token
 * that matches query q (found through the word index, so a long document
 * need not be walked sentence by sentence in Lua). */
static int m_sentences(lua_State *L) {
  check_ctx *c;
  const view *v = check_view(L, 1, &c);
  size_t first, last;
  sentence_range(c, v, &first, &last);
  lua_settop(L, 2);
  lua_getmetatable(L, 1);
  int mt = 3;
  if (lua_isnil(L, 2)) {
    lua_createtable(L, (int)(last - first), 0);
    for (size_t i = first; i < last; i++) {
      push_view(L, mt, v, VIEW_SENTENCE, i);
      lua_rawseti(L, -2, (lua_Integer)(i - first + 1));
    }
    return 1;
  }
  query q;
  read_query(L, 2, &q);
  size_t a, b, t0, t1;
  extent(c, v, &a, &b, &t0, &t1);
  size_t n = 0;
  lua_newtable(L);
  if (q.nwords) {
    size_t nfound = match_words(L, c, &q, t0, t1);
    size_t si = first;
    for (size_t k = 0; k < nfound; k++) {
      size_t t = c->views->found[k];
      while (si < last && c->seg.sents[si].tok_end <= t) si++;
      if (si == last) break;
      if (n && c->seg.sents[si].tok_first <= c->views->found[k - 1])
        continue; /* this sentence is in already */
      push_view(L, mt, v, VIEW_SENTENCE, si);
      lua_rawseti(L, -2, (lua_Integer)++n);
    }
    return 1;
  }
  for (size_t si = first; si < last; si++) {
    const sentence *x = &c->seg.sents[si];
    for (size_t t = x->tok_first; t < x->tok_end; t++) {
      int m = query_match(c, t, &q);
      if (m < 0) return luaL_error(L, "out of memory");
      if (!m) continue;
      push_view(L, mt, v, VIEW_SENTENCE, si);
      lua_rawseti(L, -2, (lua_Integer)++n);
      break;
    }
  }
  return 1;
}

/* Whether sentence si opens with a token that matches q (NULL: none
 * does); *words is set to its number of words. */
static int opens_with(lua_State *L, check_ctx *c, size_t si, const query *q,
                      size_t *words) {
  const sentence *x = &c->seg.sents[si];
  *words = 0;
  for (size_t t = x->tok_first; t < x->tok_end; t++)
    *words += c->seg.toks[t].kind == TOK_WORD;
  if (!q || x->tok_first == x->tok_end) return 0;
  int m = query_match(c, x->tok_first, q);
  if (m < 0) luaL_error(L, "out of memory");
  return m;
}

/* The most words of a greeting line and of a sign-off line; a line of at
 * most BODY_NAME_WORDS words at the end is a name. */
#define BODY_GREETING_WORDS 6
#define BODY_SIGNOFF_WORDS 5
#define BODY_NAME_WORDS 2

/* v:body([greetings [, signoffs]]): a view of the sentences of the view's
 * body, past a greeting and before a sign-off, or nil when nothing is
 * left. Asked of a reply by every rule about it, so answered here rather
 * than by a Lua loop over views. */
static int m_body(lua_State *L) {
  check_ctx *c;
  const view *v = check_view(L, 1, &c);
  query greet, sign;
  int g = !lua_isnoneornil(L, 2), s = !lua_isnoneornil(L, 3);
  if (g) read_query(L, 2, &greet);
  if (s) read_query(L, 3, &sign);
  size_t first, last, words;
  sentence_range(c, v, &first, &last);
  size_t a = first, b = last; /* the body: a <= i < b */
  while (a < b && opens_with(L, c, a, g ? &greet : NULL, &words) &&
         words <= BODY_GREETING_WORDS)
    a++;
  while (b > a) {
    const sentence *x = &c->seg.sents[b - 1];
    int lead = opens_with(L, c, b - 1, s ? &sign : NULL, &words);
    if (x->tok_first == x->tok_end || words > BODY_SIGNOFF_WORDS ||
        (!lead && words > BODY_NAME_WORDS))
      break;
    b--;
  }
  if (a == b) {
    lua_pushnil(L);
    return 1;
  }
  lua_getmetatable(L, 1);
  push_span(L, lua_gettop(L), v, VIEW_SPAN, a, b);
  return 1;
}

static int by_string(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* v:distinct(q): how many different words (normalized forms) of the view
 * match q. The matches are sorted, so a long view with many different
 * words costs n log n, not n times their number. */
static int m_distinct(lua_State *L) {
  check_ctx *c;
  query q;
  size_t t0, t1, n = 0, d = 0;
  view_query(L, &c, &q, &t0, &t1);
  view_state *vs = state(c);
  if (!vs) return luaL_error(L, "not enough memory");
  if (q.set && c->syms) { /* a set: one bit per token, forms by symbol */
    for (size_t i = t0; i < t1; i++)
      if (wordset_has(q.set, c->syms[i])) found_at(L, vs, n++, c->syms[i]);
    if (n) qsort(vs->found, n, sizeof *vs->found, base_cmp_u32);
    for (size_t k = 0; k < n; k++) d += !k || vs->found[k] != vs->found[k - 1];
    lua_pushinteger(L, (lua_Integer)d);
    return 1;
  }
  const char **norms = NULL;
  size_t cap = 0;
  for (size_t i = t0; i < t1; i++) {
    int m = query_match(c, i, &q);
    if (m > 0 && BASE_GROW(norms, cap, n + 1)) m = -1;
    if (m < 0) {
      free(norms);
      return luaL_error(L, "out of memory");
    }
    if (m) norms[n++] = seg_norm(&c->seg, &c->seg.toks[i]);
  }
  if (n) qsort(norms, n, sizeof *norms, by_string);
  for (size_t k = 0; k < n; k++)
    d += !k || strcmp(norms[k], norms[k - 1]) != 0;
  free(norms);
  lua_pushinteger(L, (lua_Integer)d);
  return 1;
}

/* v:signal(name): how often signal.<name> matched inside the view. Signals
 * of a sentence are known once its phrases ran, so every scope sees them. */
static int m_signal(lua_State *L) {
  check_ctx *c;
  const view *v = check_view(L, 1, &c);
  const char *name = luaL_checkstring(L, 2);
  size_t a, b, t0, t1;
  extent(c, v, &a, &b, &t0, &t1);
  lua_Integer n = 0;
  for (size_t i = 0; i < c->nsignals; i++) {
    const check_signal *s = &c->signals[i];
    const char *id = c->e->rules[s->rule]->id; /* "signal." + name */
    if (s->start >= a && s->end <= b && strcmp(id + 7, name) == 0) n++;
  }
  lua_pushinteger(L, n);
  return 1;
}

static int m_count(lua_State *L) { return query_tokens(L, Q_COUNT); }
static int m_find(lua_State *L) { return query_tokens(L, Q_FIND); }

/* Methods come straight from the table in upvalue 1 (each checks its view
 * when called); only from and to need the check. */
static int view_index(lua_State *L) {
  lua_pushvalue(L, 2);
  if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL) return 1;
  check_ctx *c;
  const view *v = check_view(L, 1, &c);
  const char *key = luaL_checkstring(L, 2);
  size_t a, b, t0, t1;
  extent(c, v, &a, &b, &t0, &t1);
  if (strcmp(key, "from") == 0) {
    lua_pushinteger(L, (lua_Integer)a + 1);
    return 1;
  }
  if (strcmp(key, "to") == 0) {
    lua_pushinteger(L, (lua_Integer)b);
    return 1;
  }
  return 0;
}

/* Views of the same sentence, paragraph or document of one check are
 * equal, even from different calls: a rule may remember what it worked
 * out for a document (a view kept past its call still compares, though
 * its methods refuse). */
static int view_eq(lua_State *L) {
  const view *a = to_view(L, 1), *b = to_view(L, 2);
  lua_pushboolean(L, a && b && a->check == b->check && a->kind == b->kind &&
                         a->index == b->index && a->last == b->last);
  return 1;
}

static int view_newindex(lua_State *L) {
  return luaL_error(L, "views are read-only");
}

/* ---- report{} ------------------------------------------------------------ */

static void report_span(lua_State *L, check_ctx *c, int at, size_t *start,
                        size_t *end) {
  lua_Integer from, to;
  if (lua_isuserdata(L, at)) {
    const view *v = check_view(L, at, &c);
    size_t t0, t1;
    extent(c, v, start, end, &t0, &t1);
    return;
  }
  luaL_argexpected(L, lua_istable(L, at), 1,
                   "'at' as a token, a view or {from, to}");
  if (lua_getfield(L, at, "from") != LUA_TNIL) {
    lua_getfield(L, at, "to");
  } else {
    lua_pop(L, 1);
    lua_rawgeti(L, at, 1);
    lua_rawgeti(L, at, 2);
  }
  int ok1, ok2;
  from = lua_tointegerx(L, -2, &ok1);
  to = lua_tointegerx(L, -1, &ok2);
  lua_pop(L, 2);
  if (!ok1 || !ok2 || from < 1 || to < from || (size_t)to > c->len)
    luaL_error(L, "report: 'at' must give 1 <= from <= to <= %d",
               (int)c->len);
  *start = (size_t)from - 1;
  *end = (size_t)to;
}

static int l_report(lua_State *L) {
  check_ctx *c = current(L, lua_tointeger(L, lua_upvalueindex(2)));
  const tact_rule *r = c->e->rules[lua_tointeger(L, lua_upvalueindex(1))];
  luaL_checktype(L, 1, LUA_TTABLE);
  size_t start, end;
  lua_getfield(L, 1, "at");
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    lua_pushvalue(L, lua_upvalueindex(3)); /* the view checked */
  }
  report_span(L, c, lua_gettop(L), &start, &end);
  lua_pop(L, 1);

  const char *msg = NULL;
  if (lua_getfield(L, 1, "message") != LUA_TNIL &&
      !(msg = lua_tostring(L, -1)))
    return luaL_error(L, "report: 'message' must be a string");
  tact_severity sev = r->severity;
  if (lua_getfield(L, 1, "severity") != LUA_TNIL &&
      !(sev = tact_severity_parse(lua_tostring(L, -1))))
    return luaL_error(L, "report: 'severity' must be error, warning, info "
                         "or hint");
  strvec sugg = {0};
  int own = lua_getfield(L, 1, "suggest") != LUA_TNIL;
  if (own) {
    int t = lua_gettop(L);
    if (lua_isstring(L, t))
      strvec_push(&sugg, lua_tostring(L, t));
    else if (lua_istable(L, t))
      for (lua_Integer i = 1, n = (lua_Integer)lua_rawlen(L, t); i <= n; i++) {
        lua_rawgeti(L, t, i);
        const char *s = lua_tostring(L, -1);
        if (s) strvec_push(&sugg, s);
        lua_pop(L, 1);
      }
    else
      return luaL_error(L, "report: 'suggest' must be a string or a list");
  }
  int rc = check_report(c, r, start, end, sev, msg, own ? &sugg : NULL);
  strvec_free(&sugg);
  if (rc) return luaL_error(L, "out of memory");
  return 0;
}

/* ---- calling a check function -------------------------------------------- */

/* Registry keys by address: found without hashing a name. */
static const char VIEW_MT_KEY, DOC_VIEW_KEY;

/* Pushes the views' metatable, made on first use. */
static void install(lua_State *L) {
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &VIEW_MT_KEY) == LUA_TTABLE) return;
  lua_pop(L, 1);
  luaL_newmetatable(L, VIEW_MT); /* by name too, for luaL_checkudata */
  *running(L) = NULL;
  static const luaL_Reg methods[] = {
      {"text", m_text},   {"tokens", m_tokens}, {"norms", m_norms},
      {"token", m_token}, {"norm", m_norm}, {"sentence", m_sentence},
      {"sentences", m_sentences}, {"sentence_count", m_sentence_count},
      {"paragraphs", m_paragraphs}, {"count", m_count}, {"find", m_find},
      {"signal", m_signal}, {"body", m_body}, {"distinct", m_distinct},
      {NULL, NULL}};
  luaL_newlib(L, methods);
  lua_pushcclosure(L, view_index, 1);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, view_newindex);
  lua_setfield(L, -2, "__newindex");
  lua_pushcfunction(L, view_eq);
  lua_setfield(L, -2, "__eq");
  lua_pushliteral(L, "locked");
  lua_setfield(L, -2, "__metatable");
  lua_pushvalue(L, -1);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &VIEW_MT_KEY);
}

/* Names the check at its first call in this state: with a number no
 * check in any state had, so none in this one had it either. */
static void name_check(lua_State *L, view_state *vs) {
  static atomic_llong checks;
  if (vs->check) return;
  vs->check = atomic_fetch_add_explicit(&checks, 1, memory_order_relaxed) + 1;
  luaL_getmetatable(L, WORDSET_MT); /* nil when no set was made */
  vs->set_mt = lua_topointer(L, -1);
  lua_pop(L, 1);
}

/* Pushes the view a rule is called on. The document's is made once per
 * check, so the rules of a file that keep what they worked out for it
 * find it again by ==, without a metamethod. */
static void push_called(lua_State *L, int mt, const view *v) {
  if (v->kind == VIEW_DOCUMENT) {
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, &DOC_VIEW_KEY) == LUA_TUSERDATA &&
        ((const view *)lua_touserdata(L, -1))->check == v->check)
      return;
    lua_pop(L, 1);
  }
  push_view(L, mt, v, v->kind, v->index);
  if (v->kind == VIEW_DOCUMENT) {
    lua_pushvalue(L, -1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &DOC_VIEW_KEY);
  }
}

int lua_view_call(check_ctx *c, const tact_rule *r, size_t index) {
  if (c->dead[r->index] || c->lua_broken) return 0;
  view_kind kind = r->scope == SCOPE_SENTENCE    ? VIEW_SENTENCE
                   : r->scope == SCOPE_PARAGRAPH ? VIEW_PARAGRAPH
                                                 : VIEW_DOCUMENT;
  view v = {0, kind, index, index + 1};
  size_t a, b, t0, t1;
  extent(c, &v, &a, &b, &t0, &t1);
  if (!c->sb && !(c->sb = engine_acquire(c->e))) {
    c->lua_broken = 1;
    result_warn(c->res, "cannot start Lua: out of memory; rule functions "
                        "were skipped");
    return 0;
  }
  view_state *vs = state(c);
  if (!vs) return -1;
  lua_State *L = sandbox_lua(c->sb);
  install(L);
  int mt = lua_gettop(L);
  name_check(L, vs);
  v.check = vs->check;
  call_state cs = {c, vs->check, lua_topointer(L, mt), vs->set_mt};
  *running(L) = &cs;

  lua_api_push_function(L, r->index);
  push_called(L, mt, &v);
  lua_pushinteger(L, (lua_Integer)r->index);
  lua_pushinteger(L, vs->check);
  lua_pushvalue(L, -3);
  lua_pushcclosure(L, l_report, 3);
  /* Bigger views get a bigger budget: one pass over their tokens is fine. */
  uint64_t budget = c->e->lua_instructions + 100 * (uint64_t)(t1 - t0);
  int rc = sandbox_pcall(c->sb, 2, 0, budget);
  *running(L) = NULL;
  lua_remove(L, mt); /* the error message, if any, stays on top */
  if (rc != LUA_OK) {
    const char *msg = lua_tostring(L, -1);
    c->dead[r->index] = 1;
    if (strchr(msg, ':') && strncmp(msg, "not enough memory", 17) != 0)
      result_warn(c->res, "%s [%s]", msg, r->id);
    else
      result_warn(c->res, "%s: %s [%s]", r->source, msg, r->id);
    lua_pop(L, 1);
    if (sandbox_exhausted(c->sb)) {
      /* A state that ran out of memory is retired; the next rule gets a
       * fresh one, so one greedy rule does not silence the others. */
      engine_release(c->e, c->sb);
      c->sb = NULL;
      vs->check = 0; /* named afresh in the next state */
    }
  }
  return 0;
}

/*
 * wordset.h — tact.words{}: a set of words fixed while rule files load.
 * Its words are automaton symbols, so a query matches a token by testing
 * one bit of the symbol the check looked up for it anyway, instead of
 * reading and hashing a list of strings at every call. Internal to libtact.
 */
#ifndef TACT_WORDSET_H
#define TACT_WORDSET_H

#include <lua.h>
#include <stdint.h>

#include "match/automaton.h"

typedef struct wordset {
  const automaton *am; /* for membership by string */
  size_t count;        /* distinct words */
  size_t nbits;        /* symbols below nbits are covered */
  uint64_t bits[];     /* bit s: symbol s is in the set */
} wordset;

static inline int wordset_has(const wordset *ws, uint32_t sym) {
  return sym < ws->nbits && (ws->bits[sym / 64] >> (sym % 64) & 1);
}

/* The symbol of `word` as the text is split and normalized ("Sorry" is
 * "sorry"; "'s" and "'d" stand for those contraction parts): 0 with *sym
 * set, interned when `intern` (else 0 when the automaton never saw it);
 * 1 when the word is not one token; -1 when out of memory. */
int word_symbol(automaton *am, const char *word, int intern, uint32_t *sym);

/* Pushes the set of the words listed in the table at index t, interned
 * when `intern` (the first load of the rule files; later states only look
 * them up). Raises a Lua error for an item that is not one word. */
void wordset_push(lua_State *L, automaton *am, int intern, int t);

/* The name of the sets' metatable in the registry. */
#define WORDSET_MT "tact.words"

#endif /* TACT_WORDSET_H */

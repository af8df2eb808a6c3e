/*
 * sandbox.h — Lua states for rule files: a few safe libraries, text chunks
 * only, an instruction budget per call and a memory cap per state.
 * Internal to libtact.
 */
#ifndef TACT_SANDBOX_H
#define TACT_SANDBOX_H

#include <lua.h>
#include <stddef.h>
#include <stdint.h>

typedef struct sandbox sandbox;

/* A fresh state with base, string, table, math and utf8 only. NULL when out
 * of memory. */
sandbox *sandbox_new(size_t memory_limit);
void sandbox_free(sandbox *sb);
lua_State *sandbox_lua(sandbox *sb);

/* lua_pcall with at most `budget` VM instructions; on failure returns the
 * Lua status, and the error message (a string) is left on the stack. */
int sandbox_pcall(sandbox *sb, int nargs, int nresults, uint64_t budget);

/* Loads a text chunk named `name` ("=name" convention applied) and runs it
 * under the budget. Returns the Lua status; on failure the message is on
 * the stack. */
int sandbox_run(sandbox *sb, const char *name, const char *src, size_t len,
                uint64_t budget);

/* 1 when the state ran out of memory at some point: its heap may be in an
 * odd state, so the engine retires it. */
int sandbox_exhausted(const sandbox *sb);

#endif /* TACT_SANDBOX_H */

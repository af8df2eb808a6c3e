/*
 * spell.h — Hunspell behind the engine: dictionaries (dictionary.c), word
 * stems for lemma matching (stems.c) and spelling findings (spelling.c).
 * Internal to libtact.
 *
 * One Hunspell handle per engine, shared by every check: Hunspell is not
 * thread-safe, so each call into it takes the dictionary's lock. Checks
 * keep their own cache of what they learned per word form (no lock), so a
 * check asks Hunspell at most once per distinct word; suggestions, the slow
 * part, are cached in the dictionary for every check.
 */
#ifndef TACT_SPELL_H
#define TACT_SPELL_H

#include <stddef.h>
#include <stdint.h>

#include "base/base.h"

typedef struct dictionary dictionary;

/* Opens `lang`.aff and `lang`.dic from the first directory of `dirs` that
 * holds both. Returns NULL when none does (or out of memory, *nomem set). */
dictionary *dict_open(const char *lang, const strvec *dirs, int *nomem);
void dict_free(dictionary *d);
const char *dict_language(const dictionary *d);

/* Adds a word (used while the engine is built, before any check). */
int dict_add_word(dictionary *d, const char *word);

/* Each of these is safe to call from several threads. */
int dict_spell(dictionary *d, const char *word);
/* Appends the word's stems to *out. Returns 0 or -1 (memory). */
int dict_stems(dictionary *d, const char *word, strvec *out);
/* Copies up to `max` suggestions for a misspelt word into *out, from the
 * dictionary's cache or else from Hunspell (slow). Returns 0 or -1
 * (memory). */
int dict_suggest(dictionary *d, const char *word, size_t max, strvec *out);

/* Reads a word list (one word per line, see docs/rules.md) into `words`.
 * Returns 0; -1 with a message in *err (allocated) naming file:line. */
int dict_read_word_list(const char *path, strvec *words, char **err);

/* ---- per check (stems.c) ------------------------------------------------ */

struct check_ctx;
struct tok;

/* Frees the check's word cache. */
void stems_free(struct check_ctx *c);
struct word_cache;
void stems_cache_free(struct word_cache *w);

/* Gives each word token whose dictionary stem is a `<lemma>` of some phrase
 * that lemma's symbol as its second reading (c->alts). Does nothing when no
 * phrase uses a lemma or no dictionary is loaded. Returns 0 or -1. */
int stems_mark(struct check_ctx *c);

/* The token's lemma: its first dictionary stem, else its normalized form.
 * NULL only when out of memory. */
const char *stems_lemma(struct check_ctx *c, const struct tok *t);

/* 1 when the token is a form of `lemma` (normalized): one of its dictionary
 * stems, or one of the built-in inflector's forms of it; -1 memory. */
int stems_is(struct check_ctx *c, const struct tok *t, const char *lemma);

/* 1 when a dictionary knows the original spelling text[start, end). */
int stems_spelled(struct check_ctx *c, size_t start, size_t end);

/* ---- per check (spelling.c) --------------------------------------------- */

/* Reports spelling.unknown-word for each word the dictionary does not know,
 * outside code spans, URLs and e-mail addresses. Returns 0 or -1. */
int spelling_run(struct check_ctx *c);

#endif /* TACT_SPELL_H */

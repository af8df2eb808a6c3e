/*
 * automaton.h — one automaton for every phrase of every loaded rule.
 * Internal to libtact.
 *
 * Phrases (alternatives, optional words, inflections) become one
 * deterministic automaton over interned word symbols, whose variants share
 * their beginnings and their ends. A scan reads a sentence's tokens once and
 * keeps only the partial matches alive, so its cost follows the text, not
 * the number of rules. Gaps (`*N`) and any-word (`_`) are edges of their
 * own.
 *
 * Building is single-threaded; a built automaton is read-only and may be
 * scanned from several threads, each with its own am_scratch.
 */
#ifndef TACT_AUTOMATON_H
#define TACT_AUTOMATON_H

#include <stddef.h>
#include <stdint.h>

typedef struct automaton automaton;
struct strvec;

/* Special elements of a token sequence; word symbols are 1..AM_SYM_MAX. */
#define AM_SYM_MAX 0xFFFFFF00u
#define AM_ANY 0xFFFFFFFFu          /* `_`: exactly one token */
#define AM_GAP(n) (0xFFFFFFF0u + (n)) /* `*n`: up to n tokens, 1 <= n <= 9 */
#define AM_IS_GAP(e) ((e) >= AM_GAP(1) && (e) <= AM_GAP(9))
#define AM_GAP_LEN(e) ((e) - 0xFFFFFFF0u)
/* `[class]`: one token of a class (am_class_of); a scan is told each
 * token's classes as a bit mask. */
enum { AM_CLASS_NUMBER, AM_CLASS_CAPS, AM_CLASS_STRETCHED, AM_NCLASSES };
#define AM_CLASS(k) (0xFFFFFFE0u + (uint32_t)(k))
#define AM_IS_CLASS(e) ((e) >= AM_CLASS(0) && (e) < AM_CLASS(AM_NCLASSES))

/* The class named `name` (len bytes: "number", "caps", "stretched"), or
 * -1. */
int am_class_of(const char *name, size_t len);

automaton *am_new(void);
void am_free(automaton *am);

/* The symbol of a normalized word, adding it when new. 0 = out of memory. */
uint32_t am_intern(automaton *am, const char *norm, size_t len);
/* The symbol of a normalized word, or 0 when no phrase uses it. */
uint32_t am_lookup(const automaton *am, const char *norm, size_t len);

/* What an accepted sequence is for (the `unless` of the calls below): a
 * rule's own phrase, a near miss that cancels it, or a `when` trigger. */
enum { AM_PHRASE = 0, AM_UNLESS = 1, AM_TRIGGER = 2 };

/* One part of a phrase: n alternative token sequences, sequence i being
 * el[start[i]] up to el[start[i + 1]] (up to el[nel] for the last). */
typedef struct am_part {
  const uint32_t *el;
  const size_t *start;
  size_t n, nel;
} am_part;

/* Adds a phrase accepting for (rule, unless): one sequence of each part,
 * in order; an empty sequence makes its part optional. It is kept as given
 * until am_build. Returns 0 or -1 (no memory). The caller has checked that
 * no variant is empty or starts or ends with a gap. */
int am_add(automaton *am, const am_part *parts, size_t n, uint32_t rule,
           int unless);

/* Builds the automaton of every phrase added: once, after the last am_add
 * and before the first am_scan. Returns 0 or -1 (no memory). */
int am_build(automaton *am);

/* Parses a phrase pattern (syntax in docs/rules.md) and, when `insert` is
 * set, adds it for (rule, unless) (am_add); with `insert` 0 it only
 * validates, so a rule can check all its phrases before adding any.
 * A `<word>` becomes its built-in inflections plus the symbol "<word>",
 * which a token whose dictionary stem is `word` carries as its second
 * reading; when inserting, each such word is added to `lemmas` once (may
 * be NULL). Returns 0; -1 with a message in err on a syntax error; -2 when
 * out of memory. */
int am_add_phrase(automaton *am, const char *pattern, uint32_t rule,
                  int unless, int insert, struct strvec *lemmas, char *err,
                  size_t errlen);

/* Takes back every phrase added for `rule` (a rule that failed to load
 * after some of its phrases went in); before am_build, as rules load. */
void am_forget(automaton *am, uint32_t rule);

typedef struct am_match {
  uint32_t rule;
  uint32_t unless;
  size_t first, end; /* token indexes, half-open */
} am_match;

/* Per-thread working memory of scans; zero-initialize, free with
 * am_scratch_free. */
typedef struct am_scratch {
  struct am_config *cur, *next;
  size_t ncur, nnext, cap_cur, cap_next;
  am_match *matches;
  size_t nmatches, cap_matches;
} am_scratch;

void am_scratch_free(am_scratch *s);

/* Scans one sentence given as token symbols (0 for words no phrase uses)
 * and appends every match to s->matches (indexes relative to syms). A token
 * may also stand for a second symbol, alts[i] (0 for none; alts may be
 * NULL): "'s" is read as "is" too; and belong to classes, bit k of
 * classes[i] for AM_CLASS(k) (classes may be NULL). Returns 0 or -1 (no
 * memory). */
int am_scan(const automaton *am, const uint32_t *syms, const uint32_t *alts,
            const uint8_t *classes, size_t n, am_scratch *s);

#endif /* TACT_AUTOMATON_H */

/*
 * trigger.h — `when` filters of function and regex rules. Internal to
 * libtact.
 *
 * A check function or regex rule with `when = { words…, regex = …,
 * phrases = … }` runs only on views that hold one of the words, or where
 * the regex or a phrase matches. The engine keeps one index from word
 * symbols to the rules they trigger, a bit per rule; a check reads a
 * view's tokens once, when the first rule asks about the view, into the
 * bits of every rule they trigger, is told where the phrases matched by the
 * sentence scan that matches every phrase, and runs a rule's `when` regex
 * over its text once, when first asked, so asking "does this sentence
 * trigger this rule?" costs a bit test (or a binary search) instead of a
 * Lua call or a regex search.
 */
#ifndef TACT_TRIGGER_H
#define TACT_TRIGGER_H

#include <stddef.h>
#include <stdint.h>

#include "match/automaton.h"
#include "match/regex.h"
#include "rules/rule.h"
#include "text/text.h"

typedef struct trig_index trig_index;
typedef struct trig_hits trig_hits;

/* Numbers the rules that have a `when` (rule->trigger = slot + 1) or
 * `unless` words (rule->veto = bit + 1) and indexes their words. NULL
 * when no rule has either, or when out of memory (*failed set). */
trig_index *trig_index_new(tact_rule *const *rules, size_t nrules,
                           int *failed);
void trig_index_free(trig_index *ix);

/* The triggers of seg's tokens (a rule's words are read per view asked
 * about, its regex run over the text the tokens span when first asked):
 * `syms` holds each token's automaton symbol, or is NULL to look them up
 * in `am`. `seg`, `syms`, `text` and `scratch` must outlive the hits and
 * not change meanwhile. `h`, when not NULL, is the
 * hits of an earlier text of the same index, emptied and reused (an
 * engine keeps one per thread checking). NULL when out of memory (h is
 * then freed). */
trig_hits *trig_hits_new(trig_hits *h, const trig_index *ix,
                         const automaton *am, const segmentation *seg,
                         const uint32_t *syms, const char *text,
                         rx_scratch *scratch);
void trig_hits_free(trig_hits *h);

/* Notes that a `when` phrase of rule r (which has a `when`) matched at
 * byte `at`, at or after every match of r noted before. 0, or -1 when out
 * of memory. */
int trig_hits_add_phrase(trig_hits *h, const tact_rule *r, size_t at);

/* Bit rule->trigger - 1 is set when a word or phrase of the rule's
 * `when` is in bytes [start, end), which hold tokens t0 <= i < t1, and bit
 * rule->veto - 1 when one of its `unless` words is (test with TRIG_BIT);
 * without `words`, only the phrases are asked (no rule that asks has
 * words). Made once per range: a check asks about every rule for one
 * view in turn. Valid until the next call. */
const uint64_t *trig_hits_bits(trig_hits *h, size_t start, size_t end,
                               size_t t0, size_t t1, int words);
#define TRIG_BIT(bits, b) ((bits)[(b) / 64] >> ((b) % 64) & 1)

/* The word bits (of up to 64 slots) of tokens [0, n) that views read one
 * after another have given, into *bits; returns n (0: none). */
size_t trig_hits_words(const trig_hits *h, uint64_t *bits);

/* Gives h the word bits of its tokens [0, upto), found by the hits of
 * another text of the same tokens (trig_hits_words). */
void trig_hits_seed(trig_hits *h, size_t upto, uint64_t bits);

/* 1 when the `when` regex of rule r (which has one) matches in bytes
 * [start, end), or gave up on the text; 0 when not; -1 when out of
 * memory. */
int trig_hits_regex(trig_hits *h, const tact_rule *r, size_t start,
                    size_t end);

/* 1 when the `when` regex of rule r ran on this text and matched nowhere:
 * no view need ask it. */
int trig_hits_regex_none(const trig_hits *h, const tact_rule *r);

#endif /* TACT_TRIGGER_H */

/*
 * corpus.h — generated replies to customers, for benchmarks and tests.
 *
 * Deterministic: the same seed gives the same text on every machine. Most
 * sentences are ordinary, some carry the wording the English pack flags,
 * in roughly the mix a support team's outbox has.
 */
#ifndef TACT_BENCH_CORPUS_H
#define TACT_BENCH_CORPUS_H

#include <stddef.h>
#include <stdint.h>

typedef struct corpus_buf {
  char *v;
  size_t n, cap;
} corpus_buf;

/* Appends one reply (greeting, two to four paragraphs, sign-off), plain
 * text or Markdown, ending in a blank line. Exits on out of memory. */
void corpus_reply(uint64_t *seed, corpus_buf *out, int markdown);

/* Appends `n` phrase rules made of random common words, as Lua source. */
void corpus_phrase_rules(uint64_t *seed, corpus_buf *out, size_t n);

void corpus_buf_free(corpus_buf *b);

#endif

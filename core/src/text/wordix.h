/*
 * wordix.h — an index of the words of one segmented text: every distinct
 * normalized form gets a number, and each number the ascending list of
 * tokens that have it. Counting or finding a word in a span of the text
 * is then a hash lookup and two binary searches, however long the text.
 * Internal to libtact.
 */
#ifndef TACT_WORDIX_H
#define TACT_WORDIX_H

#include <stddef.h>
#include <stdint.h>

#include "text/text.h"

typedef struct wordix {
  uint32_t *slots;   /* hash table of word numbers + 1, 0 = empty */
  size_t nslots;     /* a power of two */
  uint32_t *first;   /* per word number: its first token, for its text */
  size_t *post_at;   /* per word number: start of its postings; n + 1 */
  uint32_t *postings; /* token indexes, grouped by word, ascending */
  size_t nwords;
} wordix;

/* Builds the index of seg's tokens. Returns 0, or -1 when out of memory
 * (ix is then empty and safe to free). */
int wordix_build(wordix *ix, const segmentation *seg);
void wordix_free(wordix *ix);

/* The tokens of normalized word `norm` (len bytes), ascending: *n of them
 * from the returned pointer; NULL when the text never has it. */
const uint32_t *wordix_tokens(const wordix *ix, const segmentation *seg,
                              const char *norm, size_t len, size_t *n);

#endif /* TACT_WORDIX_H */

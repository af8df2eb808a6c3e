/* wordix.c — word numbers and postings of one text (see wordix.h). */
#include "text/wordix.h"

#include <stdlib.h>
#include <string.h>

static uint32_t hash(const char *s, size_t n) {
  uint32_t h = 2166136261u; /* FNV-1a */
  for (size_t i = 0; i < n; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
  return h;
}

/* The slot that holds `norm`, or the empty slot where it would go. */
static uint32_t *slot_of(const wordix *ix, const segmentation *seg,
                         const char *norm, size_t len) {
  size_t mask = ix->nslots - 1;
  for (size_t i = hash(norm, len) & mask;; i = (i + 1) & mask) {
    uint32_t w = ix->slots[i];
    if (!w) return &ix->slots[i];
    const tok *t = &seg->toks[ix->first[w - 1]];
    if (t->norm_len == len && memcmp(seg_norm(seg, t), norm, len) == 0)
      return &ix->slots[i];
  }
}

int wordix_build(wordix *ix, const segmentation *seg) {
  memset(ix, 0, sizeof *ix);
  size_t n = seg->ntoks, cap = 16;
  while (cap < 2 * n) cap *= 2;
  uint32_t *word = malloc((n ? n : 1) * sizeof *word);
  ix->slots = calloc(cap, sizeof *ix->slots);
  ix->first = malloc((n ? n : 1) * sizeof *ix->first);
  ix->postings = malloc((n ? n : 1) * sizeof *ix->postings);
  if (!word || !ix->slots || !ix->first || !ix->postings) goto fail;
  ix->nslots = cap;
  for (size_t i = 0; i < n; i++) {
    const tok *t = &seg->toks[i];
    uint32_t *s = slot_of(ix, seg, seg_norm(seg, t), t->norm_len);
    if (!*s) {
      ix->first[ix->nwords] = (uint32_t)i;
      *s = (uint32_t)++ix->nwords;
    }
    word[i] = *s - 1;
  }
  /* Counting sort by word keeps each word's tokens ascending. */
  if (!(ix->post_at = calloc(ix->nwords + 1, sizeof *ix->post_at))) goto fail;
  for (size_t i = 0; i < n; i++) ix->post_at[word[i] + 1]++;
  for (size_t w = 0; w < ix->nwords; w++) ix->post_at[w + 1] += ix->post_at[w];
  for (size_t i = 0; i < n; i++) ix->postings[ix->post_at[word[i]]++] = (uint32_t)i;
  for (size_t w = ix->nwords; w > 0; w--) ix->post_at[w] = ix->post_at[w - 1];
  ix->post_at[0] = 0;
  free(word);
  return 0;
fail:
  free(word);
  wordix_free(ix);
  return -1;
}

void wordix_free(wordix *ix) {
  free(ix->slots);
  free(ix->first);
  free(ix->post_at);
  free(ix->postings);
  memset(ix, 0, sizeof *ix);
}

const uint32_t *wordix_tokens(const wordix *ix, const segmentation *seg,
                              const char *norm, size_t len, size_t *n) {
  *n = 0;
  if (!ix->nslots) return NULL;
  uint32_t w = *slot_of(ix, seg, norm, len);
  if (!w) return NULL;
  *n = ix->post_at[w] - ix->post_at[w - 1];
  return ix->postings + ix->post_at[w - 1];
}

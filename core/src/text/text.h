/*
 * text.h — the text pipeline: UTF-8 validation, normalization, tokens,
 * sentences and paragraphs. Internal to libtact.
 *
 * All offsets are byte offsets into the caller's original text; nothing here
 * copies or changes that text. Normalized token forms live in a string pool
 * owned by the segmentation.
 */
#ifndef TACT_TEXT_H
#define TACT_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* ---- UTF-8 ------------------------------------------------------------ */

/* Length of the valid UTF-8 sequence starting at s[0] (1..4), or 0 when the
 * bytes there are not valid UTF-8 (overlong, surrogate, truncated...). */
size_t utf8_valid_len(const uint8_t *s, size_t n);

/* Calls `bad(ctx, offset, length)` for each maximal run of invalid bytes in
 * text[0, n). Returns the number of runs. */
size_t utf8_scan_invalid(const char *text, size_t n,
                         void (*bad)(void *ctx, size_t off, size_t len),
                         void *ctx);

/* ---- Normalization ----------------------------------------------------- */

/* Appends the normalized form of s[0, n) — NFKC, case-folded, curly and
 * modifier apostrophes turned into "'", dash variants into "-" — to *out
 * (reallocated as needed, *len and *cap updated, NUL-terminated).
 * Returns 0, or -1 when out of memory. ASCII takes a fast path. */
int text_normalize(const char *s, size_t n, char **out, size_t *len,
                   size_t *cap);

/* ---- Tokens and sentences ---------------------------------------------- */

typedef enum tok_kind {
  TOK_WORD,   /* letters/digits with inner ' or - ("e-mail", "o'clock") */
  TOK_NUMBER, /* 3, 3.5, 1,000, 10:30, 5pm, 2nd */
  TOK_URL,    /* http://…, https://…, www.… */
  TOK_EMAIL,  /* name@example.com */
  TOK_PUNCT,  /* one mark; runs of ! and ? and "..." form one token */
  TOK_SYMBOL  /* anything else that is not space (emoji, ©, …) */
} tok_kind;

enum tok_flags {
  TOKF_UPPER = 1,  /* first letter is uppercase */
  TOKF_CAPS = 2,   /* two or more letters, all uppercase */
  TOKF_SPACE = 4,  /* whitespace (or text start) directly before the token */
  TOKF_SPLIT = 8,  /* part of a word split in two ("do"+"n't", "can"+"not") */
  TOKF_STRETCHED = 16 /* a word with one letter three times running ("sooo") */
};

typedef struct tok {
  size_t start, end; /* original bytes, half-open */
  size_t norm;       /* offset of the NUL-terminated normalized form in pool */
  uint32_t norm_len;
  uint8_t kind;      /* tok_kind */
  uint8_t flags;     /* tok_flags */
} tok;

typedef struct sentence {
  size_t start, end;       /* bytes: first token start, last token end */
  size_t tok_first, tok_end; /* token indexes, half-open */
  size_t para;             /* index into seg->paras */
} sentence;

typedef struct paragraph {
  size_t start, end;         /* bytes: first token start, last token end */
  size_t sent_first, sent_end; /* sentence indexes, half-open */
} paragraph;

typedef struct segmentation {
  tok *toks;
  size_t ntoks, tok_cap;
  sentence *sents;
  size_t nsents, sent_cap;
  paragraph *paras;
  size_t nparas, para_cap;
  char *pool;
  size_t pool_len, pool_cap;
} segmentation;

void seg_init(segmentation *seg);
void seg_free(segmentation *seg);
/* Empties seg but keeps its memory for reuse. */
void seg_clear(segmentation *seg);
/* Copies src into dst (freed or zeroed), in arrays of exactly the size
 * needed. Returns 0, or -1 when out of memory (dst is then empty). */
int seg_copy(segmentation *dst, const segmentation *src);

/* Tokenizes text[start, end) and appends its tokens, sentences and
 * paragraphs to seg. `text` is the whole document, so offsets are document
 * offsets. Invalid UTF-8 bytes and NUL bytes count as spaces. A blank line
 * (only whitespace between two newlines) ends a paragraph; paragraphs also
 * end at `end`. Returns 0, or -1 when out of memory. */
int seg_text(segmentation *seg, const char *text, size_t start, size_t end);

/* The normalized form of token t. */
static inline const char *seg_norm(const segmentation *seg, const tok *t) {
  return seg->pool + t->norm;
}

#endif /* TACT_TEXT_H */

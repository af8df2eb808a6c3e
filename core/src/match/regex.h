/*
 * regex.h — PCRE2 patterns of regex rules. Internal to libtact.
 *
 * A compiled pattern is read-only and may be matched from several threads;
 * each thread brings its own rx_scratch.
 */
#ifndef TACT_REGEX_H
#define TACT_REGEX_H

#include <stddef.h>

typedef struct rx rx;

/* Compiles with UTF, Unicode properties and JIT; caseless unless `exact`.
 * NULL on failure with the reason (and column) in err. */
rx *rx_compile(const char *pattern, int exact, char *err, size_t errlen);
void rx_free(rx *re);

typedef struct rx_scratch rx_scratch;
rx_scratch *rx_scratch_new(void);
void rx_scratch_free(rx_scratch *s);

/* Calls hit(ctx, start, end) for each non-overlapping match in
 * text[start, end), which must be valid UTF-8 on character boundaries. The
 * span is the named group `hit` when the pattern has one. Returns 0, or -1
 * when matching gave up (match limit: a pathological pattern), with the
 * reason in err. */
int rx_each(const rx *re, rx_scratch *s, const char *text, size_t start,
            size_t end, void (*hit)(void *ctx, size_t s, size_t e),
            void *ctx, char *err, size_t errlen);

#endif /* TACT_REGEX_H */

/*
 * inflect.h — English inflections for `<word>` in phrase patterns.
 * Internal to libtact.
 */
#ifndef TACT_INFLECT_H
#define TACT_INFLECT_H

/* Calls emit(ctx, form) for `base` itself and each regular inflection
 * (-s/-es, -ed, -ing, with e-dropping, y→i and consonant doubling) and the
 * irregular forms of common verbs. Spelling candidates that are not words
 * are harmless: they never occur in text. `base` is lowercase ASCII or
 * UTF-8. Returns the first non-zero value emit returns, else 0. */
int inflect(const char *base, int (*emit)(void *ctx, const char *form),
            void *ctx);

#endif /* TACT_INFLECT_H */

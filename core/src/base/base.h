/*
 * base.h — small helpers every stage uses: growable arrays, string copies
 * and a list of strings. Internal to libtact.
 */
#ifndef TACT_BASE_H
#define TACT_BASE_H

#include <stdarg.h>
#include <stddef.h>

/* Makes room for at least `need` elements of `size` bytes in *array, whose
 * capacity is *cap, growing geometrically. Returns 0, or -1 when out of
 * memory (the array is left as it was). */
int base_grow(void **array, size_t *cap, size_t need, size_t size);

/* Type-checked wrapper: BASE_GROW(v, cap, need). The common case, room
 * enough, costs a comparison and no call (it sits in per-token loops);
 * `cap` and `need` are read twice, so they must have no side effects. */
#define BASE_GROW(ptr, cap, need)                                              \
  ((need) <= (cap) ? 0                                                         \
                   : base_grow((void **)&(ptr), &(cap), (need), sizeof *(ptr)))

/* The first of the n elements of `size` bytes at v whose size_t field at
 * byte `offset` is `key` or more, the fields ascending (a lower bound by
 * bisection); n when there is none. */
size_t base_bisect(const void *v, size_t n, size_t size, size_t offset,
                   size_t key);

/* qsort's comparison of two uint32_t. */
int base_cmp_u32(const void *a, const void *b);

/* Doubles an open-addressing hash table (to `first` slots when empty): its
 * *cap slots of `size` bytes move to a new array, each placed by the
 * uint32_t hash at byte `hash_at` with linear probing; a slot whose uint32_t
 * at byte `used_at` is 0 is empty. Returns 0, or -1 when out of memory (the
 * table is left as it was). */
int base_rehash(void **slots, size_t *cap, size_t size, size_t used_at,
                size_t hash_at, size_t first);

char *base_strdup(const char *s);
char *base_strndup(const char *s, size_t n);
/* printf into a new string; NULL when out of memory. */
char *base_printf(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
char *base_vprintf(const char *fmt, va_list ap);

typedef struct strvec {
  char **v;
  size_t n, cap;
} strvec;

/* Appends a copy of s (or of n bytes of s). Returns 0 or -1 (no memory). */
int strvec_push(strvec *sv, const char *s);
int strvec_pushn(strvec *sv, const char *s, size_t n);
/* Appends s itself; on failure s is freed. */
int strvec_take(strvec *sv, char *s);
/* 1 when sv holds a string equal to s. */
int strvec_has(const strvec *sv, const char *s);
void strvec_free(strvec *sv);

#endif /* TACT_BASE_H */

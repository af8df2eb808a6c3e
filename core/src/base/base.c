/* base.c — growable arrays, string copies, string lists. */
#include "base/base.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int base_grow(void **array, size_t *cap, size_t need, size_t size) {
  if (need <= *cap) return 0;
  size_t n = *cap ? *cap : 8;
  while (n < need) {
    if (n > SIZE_MAX / 2) return -1;
    n *= 2;
  }
  if (n > SIZE_MAX / size) return -1;
  void *p = realloc(*array, n * size);
  if (!p) return -1;
  *array = p;
  *cap = n;
  return 0;
}

char *base_strndup(const char *s, size_t n) {
  char *p = malloc(n + 1);
  if (!p) return NULL;
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *base_strdup(const char *s) { return base_strndup(s, strlen(s)); }

char *base_vprintf(const char *fmt, va_list ap) {
  va_list copy;
  va_copy(copy, ap);
  int n = vsnprintf(NULL, 0, fmt, copy);
  va_end(copy);
  if (n < 0) return NULL;
  char *p = malloc((size_t)n + 1);
  if (p) vsnprintf(p, (size_t)n + 1, fmt, ap);
  return p;
}

char *base_printf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *p = base_vprintf(fmt, ap);
  va_end(ap);
  return p;
}

int strvec_take(strvec *sv, char *s) {
  if (!s || BASE_GROW(sv->v, sv->cap, sv->n + 1)) {
    free(s);
    return -1;
  }
  sv->v[sv->n++] = s;
  return 0;
}

int strvec_pushn(strvec *sv, const char *s, size_t n) {
  return strvec_take(sv, base_strndup(s, n));
}

int strvec_push(strvec *sv, const char *s) {
  return strvec_pushn(sv, s, strlen(s));
}

int strvec_has(const strvec *sv, const char *s) {
  for (size_t i = 0; i < sv->n; i++)
    if (strcmp(sv->v[i], s) == 0) return 1;
  return 0;
}

void strvec_free(strvec *sv) {
  for (size_t i = 0; i < sv->n; i++) free(sv->v[i]);
  free(sv->v);
  sv->v = NULL;
  sv->n = sv->cap = 0;
}

size_t base_bisect(const void *v, size_t n, size_t size, size_t offset,
                   size_t key) {
  const char *p = v;
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    size_t k;
    memcpy(&k, p + mid * size + offset, sizeof k);
    if (k < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

static uint32_t field32(const char *slot, size_t at) {
  uint32_t v;
  memcpy(&v, slot + at, sizeof v);
  return v;
}

int base_cmp_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return x < y ? -1 : x > y;
}

int base_rehash(void **slots, size_t *cap, size_t size, size_t used_at,
                size_t hash_at, size_t first) {
  size_t n = *cap ? *cap * 2 : first;
  char *fresh = calloc(n, size);
  if (!fresh) return -1;
  const char *old = *slots;
  for (size_t i = 0; i < *cap; i++) {
    const char *s = old + i * size;
    if (!field32(s, used_at)) continue;
    size_t j = field32(s, hash_at) & (n - 1);
    while (field32(fresh + j * size, used_at)) j = (j + 1) & (n - 1);
    memcpy(fresh + j * size, s, size);
  }
  free(*slots);
  *slots = fresh;
  *cap = n;
  return 0;
}

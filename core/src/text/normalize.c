/* normalize.c — the form phrases are matched on: NFKC, case-folded, with
 * typographic apostrophes, quotes and dashes made plain ASCII. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "base/base.h"
#include "text/text.h"

#define NORM_FLAGS                                                             \
  (UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD)

/* Makes room for `more` bytes plus a NUL after *len. */
static int reserve(char **out, size_t *len, size_t *cap, size_t more) {
  size_t need = *len + more + 1;
  return need <= *cap ? 0 : BASE_GROW(*out, *cap, need); /* no call per token */
}

/* The ASCII replacement for a typographic apostrophe, quote or dash that
 * starts at s[0], or 0. All of them are E2 80 xx except ʼ (CA BC). */
static char plain_variant(const uint8_t *s, size_t n, size_t *len) {
  if (n >= 2 && s[0] == 0xCA && s[1] == 0xBC) {
    *len = 2;
    return '\'';
  }
  if (n < 3 || s[0] != 0xE2 || s[1] != 0x80)
    return 0;
  *len = 3;
  switch (s[2]) {
  case 0x98: /* ‘ */
  case 0x99: /* ’ */
  case 0xB2: /* ′ */
    return '\'';
  case 0x9C: /* “ */
  case 0x9D: /* ” */
  case 0x9E: /* „ */
    return '"';
  case 0x90: /* ‐ */
  case 0x91: /* ‑ */
  case 0x93: /* – */
  case 0x94: /* — */
    return '-';
  default:
    return 0;
  }
}

/* Appends valid UTF-8 s[0, n) through utf8proc, then unifies variants. */
static int append_unicode(const uint8_t *s, size_t n, char **out, size_t *len,
                          size_t *cap) {
  utf8proc_uint8_t *mapped = NULL;
  utf8proc_ssize_t r = utf8proc_map(s, (utf8proc_ssize_t)n, &mapped,
                                    (utf8proc_option_t)NORM_FLAGS);
  if (r < 0)
    return -1; /* input is valid, so only NOMEM or OVERFLOW remain */
  size_t m = (size_t)r;
  if (reserve(out, len, cap, m) < 0) {
    free(mapped);
    return -1;
  }
  char *d = *out + *len;
  for (size_t i = 0; i < m;) {
    size_t k;
    char c = mapped[i] >= 0x80 ? plain_variant(mapped + i, m - i, &k) : 0;
    if (c) {
      *d++ = c;
      i += k;
    } else {
      *d++ = (char)mapped[i++];
    }
  }
  *d = '\0';
  *len = (size_t)(d - *out);
  free(mapped);
  return 0;
}

int text_normalize(const char *s, size_t n, char **out, size_t *len,
                   size_t *cap) {
  const uint8_t *u = (const uint8_t *)s;
  /* Lowercase ASCII straight into the buffer, and a typographic
   * apostrophe, quote or dash as its ASCII twin (what the Unicode path
   * makes of them too: "don’t" is common, and no other character is in
   * the word); any other non-ASCII byte abandons the copy for the Unicode
   * path. */
  if (reserve(out, len, cap, n) < 0)
    return -1;
  char *d = *out + *len;
  size_t k = 0, w = 0, skip;
  char c;
  while (k < n) {
    if (u[k] < 0x80) {
      d[w++] = (char)(u[k] >= 'A' && u[k] <= 'Z' ? u[k] + ('a' - 'A') : u[k]);
      k++;
    } else if ((c = plain_variant(u + k, n - k, &skip))) {
      d[w++] = c;
      k += skip;
    } else {
      break;
    }
  }
  if (k == n) {
    d[w] = '\0';
    *len += w;
    return 0;
  }
  /* utf8proc rejects invalid UTF-8 as a whole, so normalize the valid runs
   * one by one and stand U+FFFD in for each invalid run. */
  size_t i = 0;
  while (i < n) {
    size_t j = i, step;
    while (j < n && (step = utf8_valid_len(u + j, n - j)) != 0)
      j += step;
    if (j > i && append_unicode(u + i, j - i, out, len, cap) < 0)
      return -1;
    if (j == n)
      break;
    i = j;
    while (i < n && utf8_valid_len(u + i, n - i) == 0)
      i++;
    if (reserve(out, len, cap, 3) < 0)
      return -1;
    memcpy(*out + *len, "\xEF\xBF\xBD", 4);
    *len += 3;
  }
  return 0;
}

/* utf8.c — strict UTF-8 validation (RFC 3629: no overlongs, no surrogates,
 * nothing above U+10FFFF). */
#include <string.h>

#include "text/text.h"

static int is_cont(uint8_t b) { return (b & 0xC0) == 0x80; }

size_t utf8_valid_len(const uint8_t *s, size_t n) {
  if (n == 0)
    return 0;
  uint8_t b = s[0];
  if (b < 0x80)
    return 1;
  if (b >= 0xC2 && b <= 0xDF)
    return n >= 2 && is_cont(s[1]) ? 2 : 0;
  if (b >= 0xE0 && b <= 0xEF) {
    /* The second byte's range is what rules out overlongs (E0) and
     * surrogates (ED). */
    uint8_t lo = b == 0xE0 ? 0xA0 : 0x80, hi = b == 0xED ? 0x9F : 0xBF;
    return n >= 3 && s[1] >= lo && s[1] <= hi && is_cont(s[2]) ? 3 : 0;
  }
  if (b >= 0xF0 && b <= 0xF4) {
    /* F0 would be overlong below 90; F4 above 8F exceeds U+10FFFF. */
    uint8_t lo = b == 0xF0 ? 0x90 : 0x80, hi = b == 0xF4 ? 0x8F : 0xBF;
    return n >= 4 && s[1] >= lo && s[1] <= hi && is_cont(s[2]) &&
                   is_cont(s[3])
               ? 4
               : 0;
  }
  return 0; /* stray continuation byte, C0/C1 overlong lead, F5..FF */
}

size_t utf8_scan_invalid(const char *text, size_t n,
                         void (*bad)(void *ctx, size_t off, size_t len),
                         void *ctx) {
  const uint8_t *s = (const uint8_t *)text;
  size_t runs = 0, i = 0;
  while (i < n) {
    if (s[i] < 0x80) {
      i++;
      /* ASCII runs go eight bytes at a time. */
      for (uint64_t w; i + 8 <= n; i += 8) {
        memcpy(&w, s + i, 8);
        if (w & 0x8080808080808080u) break;
      }
      continue;
    }
    size_t k = utf8_valid_len(s + i, n - i);
    if (k) {
      i += k;
      continue;
    }
    size_t j = i + 1;
    while (j < n && utf8_valid_len(s + j, n - j) == 0)
      j++;
    if (bad)
      bad(ctx, i, j - i);
    runs++;
    i = j;
  }
  return runs;
}

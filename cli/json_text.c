/* json_text.c — JSON strings from the bytes of a document. Checked text may
 * hold invalid UTF-8, which JSON cannot carry, so such bytes become U+FFFD. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Length of the valid UTF-8 sequence at s[0] (RFC 3629: no overlongs, no
 * surrogates, nothing above U+10FFFF), or 0. */
static size_t valid_sequence(const unsigned char *s, size_t n) {
  unsigned char c = s[0];
  size_t len;
  unsigned char lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
  if (c < 0x80)
    return 1;
  else if (c >= 0xC2 && c <= 0xDF)
    len = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0)
      lo = 0xA0;
    else if (c == 0xED)
      hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0)
      lo = 0x90;
    else if (c == 0xF4)
      hi = 0x8F;
  } else
    return 0;
  if (n < len || s[1] < lo || s[1] > hi)
    return 0;
  for (size_t i = 2; i < len; i++)
    if ((s[i] & 0xC0) != 0x80)
      return 0;
  return len;
}

json_t *cli_json_bytes(const char *bytes, size_t length) {
  const unsigned char *s = (const unsigned char *)bytes;
  size_t i = 0;
  while (i < length) {
    size_t len = valid_sequence(s + i, length - i);
    if (len == 0)
      break;
    i += len;
  }
  if (i == length) {
    json_t *str = json_stringn(bytes, length);
    if (!str)
      cli_oom();
    return str;
  }

  /* Each invalid byte takes at most 3 bytes (U+FFFD). */
  char *copy = cli_malloc(length * 3 + 1);
  size_t out = 0;
  for (i = 0; i < length;) {
    size_t len = valid_sequence(s + i, length - i);
    if (len == 0) {
      memcpy(copy + out, "\xEF\xBF\xBD", 3);
      out += 3;
      i++;
    } else {
      memcpy(copy + out, s + i, len);
      out += len;
      i += len;
    }
  }
  json_t *str = json_stringn(copy, out);
  free(copy);
  if (!str)
    cli_oom();
  return str;
}

json_t *cli_json_string(const char *s) {
  return s ? cli_json_bytes(s, strlen(s)) : cli_json_bytes("", 0);
}

void cli_json_write(json_t *root, FILE *out) {
  /* Failures to write show up as ferror(stdout), checked once at exit. */
  json_dumpf(root, out, JSON_INDENT(2));
  fputc('\n', out);
}

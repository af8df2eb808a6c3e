/* snippet.c — `{placeholder}` stops in suggestions, for editors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tact.h"

/* Writes the converted text into out (when non-NULL) and returns its length:
 * one routine sizes and fills, so the two can't disagree. */
static size_t convert(const char *s, int snippet, char *out) {
  size_t n = 0;
  int stop = 0;
#define PUT(c) (out ? (void)(out[n] = (c)) : (void)0, n++)
  for (const char *p = s; *p; p++) {
    const char *close = *p == '{' ? strchr(p + 1, '}') : NULL;
    if (close && close > p + 1) {
      if (snippet) {
        char num[16];
        snprintf(num, sizeof num, "${%d:", ++stop);
        for (const char *q = num; *q; q++) PUT(*q);
      }
      for (p++; p < close; p++) {
        if (snippet && strchr("$}\\", *p)) PUT('\\');
        PUT(*p);
      }
      if (snippet) PUT('}');
      continue;
    }
    if (snippet && strchr("$}\\", *p)) PUT('\\');
    PUT(*p);
  }
#undef PUT
  return n;
}

static char *converted(const char *s, int snippet) {
  if (!s) return NULL;
  size_t n = convert(s, snippet, NULL);
  char *out = malloc(n + 1);
  if (!out) return NULL;
  convert(s, snippet, out);
  out[n] = '\0';
  return out;
}

char *tact_snippet(const char *suggestion) { return converted(suggestion, 1); }
char *tact_plain(const char *suggestion) { return converted(suggestion, 0); }
void tact_string_free(char *string) { free(string); }

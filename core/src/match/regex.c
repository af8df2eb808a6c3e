/* regex.c — PCRE2 with JIT for regex rules. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "match/regex.h"

#include <ctype.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Bounds backtracking so a pathological pattern fails fast instead of
 * hanging the editor. */
#define MATCH_LIMIT 1000000u
#define DEPTH_LIMIT 10000u

/* At most this many bytes that a match can start with are looked for
 * before matching; with more, most texts hold one anyway. */
#define FIRST_MAX 4

struct rx {
  pcre2_code *code;
  int hit_group; /* group number of (?<hit>…), or 0 for the whole match */
  int jit;       /* compiled to machine code: match through the fast path */
  /* What PCRE2 knows of every match: the few bytes it can start with
   * (nfirst of them; 0 when not known or too many) and its least length
   * in characters, so a text that cannot match is turned away before the
   * match call, which costs far more than looking for a byte or two. */
  unsigned char first[FIRST_MAX];
  int nfirst;
  uint32_t min_len;
};

struct rx_scratch {
  pcre2_match_data *md;
  pcre2_match_context *mc;
};

/* The bytes a match of re can start with, when PCRE2 knows them and they
 * are few, into re->first. */
static void first_bytes(rx *re, int exact) {
  const uint8_t *map = NULL;
  uint32_t type = 0, unit = 0;
  re->nfirst = 0;
  if (!pcre2_pattern_info(re->code, PCRE2_INFO_FIRSTBITMAP, &map) && map) {
    for (int b = 0; b < 256; b++) {
      if (!(map[b >> 3] >> (b & 7) & 1)) continue;
      if (re->nfirst == FIRST_MAX) {
        re->nfirst = 0;
        return;
      }
      re->first[re->nfirst++] = (unsigned char)b;
    }
    return;
  }
  /* A caseless letter's first unit names one case only: not used. */
  if (!pcre2_pattern_info(re->code, PCRE2_INFO_FIRSTCODETYPE, &type) &&
      type == 1 &&
      !pcre2_pattern_info(re->code, PCRE2_INFO_FIRSTCODEUNIT, &unit) &&
      unit < 0x80 && (exact || !isalpha((int)unit)))
    re->first[re->nfirst++] = (unsigned char)unit;
}

/* Whether a match may start in subject[0, len). */
static int may_match(const rx *re, const uint8_t *subject, size_t len) {
  if (len < re->min_len) return 0; /* a character is a byte or more */
  if (!re->nfirst) return 1;
  for (int k = 0; k < re->nfirst; k++)
    if (memchr(subject, re->first[k], len)) return 1;
  return 0;
}

rx *rx_compile(const char *pattern, int exact, char *err, size_t errlen) {
  int code;
  PCRE2_SIZE where;
  /* Patterns come from rule files: PCRE2 checks their UTF-8. */
  uint32_t opts = PCRE2_UTF | PCRE2_UCP;
  if (!exact) opts |= PCRE2_CASELESS;
  rx *re = calloc(1, sizeof *re);
  if (!re) {
    snprintf(err, errlen, "out of memory");
    return NULL;
  }
  re->code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, opts,
                           &code, &where, NULL);
  if (!re->code) {
    PCRE2_UCHAR msg[160];
    pcre2_get_error_message(code, msg, sizeof msg);
    snprintf(err, errlen, "regex \"%s\": %s at column %zu", pattern,
             (char *)msg, (size_t)where + 1);
    free(re);
    return NULL;
  }
  /* Else interpreted. */
  re->jit = pcre2_jit_compile(re->code, PCRE2_JIT_COMPLETE) == 0;
  int n = pcre2_substring_number_from_name(re->code, (PCRE2_SPTR) "hit");
  re->hit_group = n > 0 ? n : 0;
  first_bytes(re, exact);
  if (pcre2_pattern_info(re->code, PCRE2_INFO_MINLENGTH, &re->min_len))
    re->min_len = 0;
  return re;
}

void rx_free(rx *re) {
  if (!re) return;
  pcre2_code_free(re->code);
  free(re);
}

rx_scratch *rx_scratch_new(void) {
  rx_scratch *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->md = pcre2_match_data_create(32, NULL);
  s->mc = pcre2_match_context_create(NULL);
  if (!s->md || !s->mc) {
    rx_scratch_free(s);
    return NULL;
  }
  pcre2_set_match_limit(s->mc, MATCH_LIMIT);
  pcre2_set_depth_limit(s->mc, DEPTH_LIMIT);
  return s;
}

void rx_scratch_free(rx_scratch *s) {
  if (!s) return;
  pcre2_match_data_free(s->md);
  pcre2_match_context_free(s->mc);
  free(s);
}

int rx_each(const rx *re, rx_scratch *s, const char *text, size_t start,
            size_t end, void (*hit)(void *ctx, size_t s, size_t e),
            void *ctx, char *err, size_t errlen) {
  PCRE2_SPTR subject = (PCRE2_SPTR)(text + start);
  size_t len = end - start, at = 0;
  if (!may_match(re, subject, len)) return 0;
  while (at <= len) {
    /* pcre2_jit_match skips pcre2_match's checks of its arguments, which
     * hold here; the match limit of the context applies to both. */
    int rc = re->jit ? pcre2_jit_match(re->code, subject, len, at,
                                       PCRE2_NO_UTF_CHECK, s->md, s->mc)
                     : pcre2_match(re->code, subject, len, at,
                                   PCRE2_NO_UTF_CHECK, s->md, s->mc);
    if (rc == PCRE2_ERROR_NOMATCH) return 0;
    if (rc < 0) {
      PCRE2_UCHAR msg[160];
      pcre2_get_error_message(rc, msg, sizeof msg);
      snprintf(err, errlen, "regex gave up: %s", (char *)msg);
      return -1;
    }
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(s->md);
    size_t ms = ov[0], me = ov[1];
    if (re->hit_group && re->hit_group < rc &&
        ov[2 * re->hit_group] != PCRE2_UNSET) {
      ms = ov[2 * re->hit_group];
      me = ov[2 * re->hit_group + 1];
    }
    if (me > ms) hit(ctx, start + ms, start + me);
    if (ov[1] > at) {
      at = ov[1];
    } else { /* empty match: step over one character */
      at++;
      while (at < len && (subject[at] & 0xC0) == 0x80) at++;
    }
  }
  return 0;
}

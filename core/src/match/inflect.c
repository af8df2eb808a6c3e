/* inflect.c — generates inflected forms so `<blame>` matches "blamed". */
#include "match/inflect.h"

#include <string.h>

/* Irregular verbs that replies to customers actually use: base, then forms. */
static const char *const irregular[][5] = {
    {"be", "is", "are", "was", "were"},    {"be", "been", "being", "am", NULL},
    {"have", "has", "had", "having", NULL}, {"do", "does", "did", "done", NULL},
    {"go", "goes", "went", "gone", NULL},  {"say", "says", "said", NULL, NULL},
    {"tell", "told", NULL, NULL, NULL},    {"send", "sent", NULL, NULL, NULL},
    {"make", "made", NULL, NULL, NULL},    {"give", "gave", "given", NULL, NULL},
    {"take", "took", "taken", NULL, NULL}, {"know", "knew", "known", NULL, NULL},
    {"get", "got", "gotten", NULL, NULL},  {"see", "saw", "seen", NULL, NULL},
    {"think", "thought", NULL, NULL, NULL}, {"forget", "forgot", "forgotten", NULL, NULL},
    {"read", NULL, NULL, NULL, NULL},      {"write", "wrote", "written", NULL, NULL},
    {"speak", "spoke", "spoken", NULL, NULL}, {"understand", "understood", NULL, NULL, NULL},
    {"pay", "paid", NULL, NULL, NULL},     {"buy", "bought", NULL, NULL, NULL},
    {"bring", "brought", NULL, NULL, NULL}, {"feel", "felt", NULL, NULL, NULL},
    {"keep", "kept", NULL, NULL, NULL},    {"leave", "left", NULL, NULL, NULL},
    {"lose", "lost", NULL, NULL, NULL},    {"mean", "meant", NULL, NULL, NULL},
    {"hear", "heard", NULL, NULL, NULL},   {"find", "found", NULL, NULL, NULL},
    {"break", "broke", "broken", NULL, NULL}, {"choose", "chose", "chosen", NULL, NULL},
    {"fall", "fell", "fallen", NULL, NULL}, {"teach", "taught", NULL, NULL, NULL},
    {"catch", "caught", NULL, NULL, NULL}, {"seek", "sought", NULL, NULL, NULL},
    {"stand", "stood", NULL, NULL, NULL},  {"win", "won", NULL, NULL, NULL},
    {"lead", "led", NULL, NULL, NULL},     {"hold", "held", NULL, NULL, NULL},
    {"spend", "spent", NULL, NULL, NULL},  {"build", "built", NULL, NULL, NULL},
    {"deal", "dealt", NULL, NULL, NULL},   {"sell", "sold", NULL, NULL, NULL},
    {"come", "came", NULL, NULL, NULL},    {"become", "became", NULL, NULL, NULL},
    {"run", "ran", NULL, NULL, NULL},      {"begin", "began", "begun", NULL, NULL},
    {"ring", "rang", "rung", NULL, NULL},  {"shut", NULL, NULL, NULL, NULL},
};

static int is_vowel(char c) { return strchr("aeiou", c) != NULL; }

static int emit_join(int (*emit)(void *, const char *), void *ctx,
                     const char *stem, size_t n, const char *suffix) {
  char buf[128];
  if (n + strlen(suffix) + 1 > sizeof buf) return 0;
  memcpy(buf, stem, n);
  strcpy(buf + n, suffix);
  return emit(ctx, buf);
}

int inflect(const char *base, int (*emit)(void *ctx, const char *form),
            void *ctx) {
  int rc;
  size_t n = strlen(base);
  if ((rc = emit(ctx, base))) return rc;
  if (n < 2 || n > 100) return 0;
  for (size_t i = 0; i < sizeof irregular / sizeof irregular[0]; i++) {
    if (strcmp(irregular[i][0], base) != 0) continue;
    for (int k = 1; k < 5 && irregular[i][k]; k++)
      if ((rc = emit(ctx, irregular[i][k]))) return rc;
  }
  char last = base[n - 1], prev = base[n - 2];
  /* -s / -es */
  if (strchr("sxz", last) || (last == 'h' && strchr("cs", prev)))
    rc = emit_join(emit, ctx, base, n, "es");
  else if (last == 'y' && !is_vowel(prev))
    rc = emit_join(emit, ctx, base, n - 1, "ies");
  else
    rc = emit_join(emit, ctx, base, n, "s");
  if (rc) return rc;
  /* -ed and -ing */
  if (last == 'e') {
    if ((rc = emit_join(emit, ctx, base, n, "d"))) return rc;
    if (prev == 'i') /* tie → tying */
      return emit_join(emit, ctx, base, n - 2, "ying");
    if ((rc = emit_join(emit, ctx, base, n - 1, "ing"))) return rc;
    return prev == 'e' ? emit_join(emit, ctx, base, n, "ing") : 0;
  }
  if (last == 'y' && !is_vowel(prev)) {
    if ((rc = emit_join(emit, ctx, base, n - 1, "ied"))) return rc;
    return emit_join(emit, ctx, base, n, "ing");
  }
  if ((rc = emit_join(emit, ctx, base, n, "ed"))) return rc;
  if ((rc = emit_join(emit, ctx, base, n, "ing"))) return rc;
  /* Consonant-vowel-consonant endings may double (stop → stopped); both
   * spellings are offered because stress decides (visit → visited). */
  if (!is_vowel(last) && !strchr("wxy", last) && is_vowel(prev) &&
      (n < 3 || !is_vowel(base[n - 3]))) {
    char dbl[2] = {last, '\0'};
    char stem[128];
    if (n + 2 > sizeof stem) return 0;
    memcpy(stem, base, n);
    strcpy(stem + n, dbl);
    if ((rc = emit_join(emit, ctx, stem, n + 1, "ed"))) return rc;
    if ((rc = emit_join(emit, ctx, stem, n + 1, "ing"))) return rc;
  }
  return 0;
}

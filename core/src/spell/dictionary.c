/* dictionary.c — one Hunspell dictionary, its lock and its cache of
 * suggestions. */
#include <errno.h>
#include <hunspell.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "spell/spell.h"

/* Suggestions are remembered for this many words at most; past that they
 * are computed again when asked (a bound on memory, not on correctness). */
#define SUGGEST_CACHE_MAX 4096
#define SUGGEST_BUCKETS 1024
/* Verdicts are remembered for this many word forms: each check asks about
 * every word it has not seen yet, and Hunspell takes about half a
 * microsecond a word, ten times a look-up here. */
#define VERDICTS_MAX 32768

typedef struct suggested {
  struct suggested *next;
  char *word;
  strvec list;
} suggested;

typedef struct verdict {
  uint32_t hash; /* 0: empty slot */
  uint32_t word; /* offset in `words` */
  int ok;
} verdict;

struct dictionary {
  Hunhandle *h;
  char *lang;
  pthread_mutex_t lock; /* over Hunspell and both caches */
  suggested *buckets[SUGGEST_BUCKETS];
  size_t nsuggested;
  verdict *verdicts; /* open addressing, at most half full */
  size_t cap_verdicts, nverdicts;
  char *words;
  size_t words_len, words_cap;
};

static int readable(const char *path) { return access(path, R_OK) == 0; }

dictionary *dict_open(const char *lang, const strvec *dirs, int *nomem) {
  *nomem = 0;
  for (size_t i = 0; i < dirs->n; i++) {
    char *aff = base_printf("%s/%s.aff", dirs->v[i], lang);
    char *dic = base_printf("%s/%s.dic", dirs->v[i], lang);
    dictionary *d = NULL;
    if (!aff || !dic) {
      *nomem = 1;
    } else if (readable(aff) && readable(dic)) {
      d = calloc(1, sizeof *d);
      if (d && (d->lang = base_strdup(lang)) &&
          (d->h = Hunspell_create(aff, dic))) {
        pthread_mutex_init(&d->lock, NULL);
      } else {
        if (d) free(d->lang);
        free(d);
        d = NULL;
        *nomem = 1;
      }
    }
    free(aff);
    free(dic);
    if (d || *nomem) return d;
  }
  return NULL;
}

void dict_free(dictionary *d) {
  if (!d) return;
  for (size_t b = 0; b < SUGGEST_BUCKETS; b++)
    for (suggested *s = d->buckets[b], *next; s; s = next) {
      next = s->next;
      free(s->word);
      strvec_free(&s->list);
      free(s);
    }
  free(d->verdicts);
  free(d->words);
  Hunspell_destroy(d->h);
  pthread_mutex_destroy(&d->lock);
  free(d->lang);
  free(d);
}

const char *dict_language(const dictionary *d) { return d->lang; }

int dict_add_word(dictionary *d, const char *word) {
  return Hunspell_add(d->h, word) == 0 ? 0 : -1;
}

static uint32_t hash_word(const char *s) {
  uint32_t h = 2166136261u; /* FNV-1a */
  for (; *s; s++) h = (h ^ (uint8_t)*s) * 16777619u;
  return h;
}

/* The slot of `word` in the verdicts, or the empty slot where it would go
 * (NULL when there is no table yet). */
static verdict *verdict_slot(const dictionary *d, const char *word,
                             uint32_t h) {
  if (!d->cap_verdicts) return NULL;
  size_t mask = d->cap_verdicts - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    verdict *v = &d->verdicts[i];
    if (!v->hash || (v->hash == h && strcmp(d->words + v->word, word) == 0))
      return v;
  }
}

/* Remembers a verdict; out of memory or past VERDICTS_MAX it is not kept,
 * and only asked for again. */
static void remember(dictionary *d, const char *word, uint32_t h, int ok) {
  if (d->nverdicts >= VERDICTS_MAX) return;
  if ((d->nverdicts + 1) * 2 > d->cap_verdicts &&
      base_rehash((void **)&d->verdicts, &d->cap_verdicts, sizeof *d->verdicts,
                  offsetof(verdict, hash), offsetof(verdict, hash), 1024))
    return;
  size_t n = strlen(word) + 1;
  if (d->words_len + n > UINT32_MAX ||
      BASE_GROW(d->words, d->words_cap, d->words_len + n))
    return;
  memcpy(d->words + d->words_len, word, n);
  *verdict_slot(d, word, h) = (verdict){h, (uint32_t)d->words_len, ok};
  d->words_len += n;
  d->nverdicts++;
}

int dict_spell(dictionary *d, const char *word) {
  uint32_t h = hash_word(word) | 1; /* 0 marks an empty slot */
  pthread_mutex_lock(&d->lock);
  const verdict *v = verdict_slot(d, word, h);
  int ok;
  if (v && v->hash) {
    ok = v->ok;
  } else {
    ok = Hunspell_spell(d->h, word) != 0;
    remember(d, word, h, ok);
  }
  pthread_mutex_unlock(&d->lock);
  return ok;
}

static int take_list(Hunhandle *h, char **list, int n, size_t max,
                     strvec *out) {
  int rc = 0;
  for (int i = 0; i < n && !rc; i++)
    if ((size_t)i < max) rc = strvec_push(out, list[i]);
  if (n > 0) Hunspell_free_list(h, &list, n);
  return rc;
}

int dict_stems(dictionary *d, const char *word, strvec *out) {
  char **list = NULL;
  pthread_mutex_lock(&d->lock);
  int n = Hunspell_stem(d->h, &list, word);
  int rc = take_list(d->h, list, n, (size_t)-1, out);
  pthread_mutex_unlock(&d->lock);
  return rc;
}

static int copy_list(const strvec *from, size_t max, strvec *out) {
  for (size_t i = 0; i < from->n && i < max; i++)
    if (strvec_push(out, from->v[i])) return -1;
  return 0;
}

int dict_suggest(dictionary *d, const char *word, size_t max, strvec *out) {
  suggested **bucket = &d->buckets[hash_word(word) % SUGGEST_BUCKETS];
  int rc = 0;
  pthread_mutex_lock(&d->lock);
  suggested *s = *bucket;
  while (s && strcmp(s->word, word) != 0) s = s->next;
  if (s) {
    rc = copy_list(&s->list, max, out);
  } else {
    char **list = NULL;
    int n = Hunspell_suggest(d->h, &list, word);
    strvec all = {0};
    rc = take_list(d->h, list, n, (size_t)-1, &all) ||
                 copy_list(&all, max, out)
             ? -1
             : 0;
    if (rc == 0 && d->nsuggested < SUGGEST_CACHE_MAX &&
        (s = calloc(1, sizeof *s)) && (s->word = base_strdup(word))) {
      s->list = all;
      all = (strvec){0};
      s->next = *bucket;
      *bucket = s;
      d->nsuggested++;
    } else if (s) {
      free(s);
    }
    strvec_free(&all);
  }
  pthread_mutex_unlock(&d->lock);
  return rc;
}

int dict_read_word_list(const char *path, strvec *words, char **err) {
  FILE *f = fopen(path, "r");
  if (!f) {
    *err = base_printf("%s: cannot read word list: %s", path, strerror(errno));
    return -1;
  }
  char line[512];
  int rc = 0;
  for (unsigned no = 1; !rc && fgets(line, sizeof line, f); no++) {
    size_t n = strcspn(line, "\r\n");
    if (line[n] == '\0' && !feof(f)) {
      *err = base_printf("%s:%u: line longer than %zu bytes", path, no,
                         sizeof line - 2);
      rc = -1;
      break;
    }
    line[n] = '\0';
    char *w = line + strspn(line, " \t");
    size_t len = strlen(w);
    while (len && (w[len - 1] == ' ' || w[len - 1] == '\t')) w[--len] = '\0';
    /* Blank lines, comments and the count a Hunspell .dic starts with. */
    if (!*w || *w == '#' || (no == 1 && strspn(w, "0123456789") == len))
      continue;
    if (strpbrk(w, " \t/")) {
      *err = base_printf("%s:%u: '%s': one word per line, without "
                         "affix flags", path, no, w);
      rc = -1;
    } else if (strvec_push(words, w)) {
      *err = base_printf("%s: out of memory", path);
      rc = -1;
    }
  }
  if (!rc && ferror(f)) {
    *err = base_printf("%s: cannot read word list: %s", path, strerror(errno));
    rc = -1;
  }
  fclose(f);
  return rc;
}

/* segment.c — tokens, sentences and paragraphs in one pass over the text.
 *
 * Tokens are scanned left to right; each pushed token is fed to a small
 * sentence splitter, and blank lines close paragraphs. Nothing is allocated
 * per token: tokens, sentences and paragraphs live in growing arrays and
 * normalized forms in one string pool. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "base/base.h"
#include "text/text.h"

/* Character classes. The values are letters so that the ASCII table below
 * can be written as a string. */
enum {
  C_SPACE = 's',  /* whitespace, controls, format characters, invalid bytes */
  C_NL = 'n',     /* line break */
  C_PARA = 'P',   /* U+2029, a paragraph break by itself */
  C_UPPER = 'u',  /* uppercase or titlecase letter */
  C_LOWER = 'l',  /* lowercase letter */
  C_LETTER = 'L', /* letter without case */
  C_MARK = 'm',   /* combining mark */
  C_DIGIT = 'd',  /* decimal digit */
  C_PUNCT = 'p',
  C_SYMBOL = 'y'
};

static const char ascii_class[129] =
    "ssssssssssnssnssssssssssssssssss" /* 00-1F: \n and \r break lines */
    "spppyppppppypppp"                 /*  !"#$%&'()*+,-./ */
    "dddddddddd"                       /* 0-9 */
    "ppyyypp"                          /* :;<=>?@ */
    "uuuuuuuuuuuuuuuuuuuuuuuuuu"       /* A-Z */
    "pppypy"                           /* [\]^_` */
    "llllllllllllllllllllllllll"       /* a-z */
    "pypys";                           /* {|}~ DEL */
_Static_assert(sizeof ascii_class == 129, "one class per ASCII byte");

#define NONE ((size_t)-1)

static int unicode_class(int32_t cp) {
  switch (cp) {
  case 0x02BC: /* ʼ is a letter to Unicode, an apostrophe to us */
    return C_PUNCT;
  case 0x2028:
    return C_NL;
  case 0x2029:
    return C_PARA;
  default:
    break;
  }
  switch (utf8proc_category(cp)) {
  case UTF8PROC_CATEGORY_LU:
  case UTF8PROC_CATEGORY_LT:
    return C_UPPER;
  case UTF8PROC_CATEGORY_LL:
    return C_LOWER;
  case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO:
  case UTF8PROC_CATEGORY_NL:
    return C_LETTER;
  case UTF8PROC_CATEGORY_MN:
  case UTF8PROC_CATEGORY_MC:
  case UTF8PROC_CATEGORY_ME:
    return C_MARK;
  case UTF8PROC_CATEGORY_ND:
    return C_DIGIT;
  case UTF8PROC_CATEGORY_PC:
  case UTF8PROC_CATEGORY_PD:
  case UTF8PROC_CATEGORY_PS:
  case UTF8PROC_CATEGORY_PE:
  case UTF8PROC_CATEGORY_PI:
  case UTF8PROC_CATEGORY_PF:
  case UTF8PROC_CATEGORY_PO:
    return C_PUNCT;
  case UTF8PROC_CATEGORY_ZS:
  case UTF8PROC_CATEGORY_CC:
  case UTF8PROC_CATEGORY_CF:
    return C_SPACE;
  default:
    return C_SYMBOL;
  }
}

/* Class and code point of the non-ASCII character at s[i]. */
static int unicode_at(const uint8_t *s, size_t i, size_t end, size_t *len,
                      int32_t *cp) {
  uint8_t b = s[i];
  size_t n = utf8_valid_len(s + i, end - i);
  *len = n ? n : 1;
  if (!n) {
    *cp = -1;
    return C_SPACE;
  }
  if (n == 2)
    *cp = (b & 0x1F) << 6 | (s[i + 1] & 0x3F);
  else if (n == 3)
    *cp = (b & 0x0F) << 12 | (s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
  else
    *cp = (b & 0x07) << 18 | (s[i + 1] & 0x3F) << 12 |
          (s[i + 2] & 0x3F) << 6 | (s[i + 3] & 0x3F);
  return unicode_class(*cp);
}

/* Class of the character at s[i] (i < end); its length goes to *len and its
 * code point to *cp. An invalid byte is a one-byte space. Small enough to
 * inline, so ASCII costs a table lookup. */
static inline int char_at(const uint8_t *s, size_t i, size_t end, size_t *len,
                          int32_t *cp) {
  if (s[i] < 0x80) {
    *len = 1;
    *cp = s[i];
    return ascii_class[s[i]];
  }
  return unicode_at(s, i, end, len, cp);
}

static int is_space(int c) { return c == C_SPACE || c == C_NL || c == C_PARA; }
static int is_letter(int c) {
  return c == C_UPPER || c == C_LOWER || c == C_LETTER;
}
static int is_wordch(int c) {
  return is_letter(c) || c == C_MARK || c == C_DIGIT;
}
static int is_apos(int32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}
static int is_hyphen(int32_t cp) {
  return cp == '-' || cp == 0x2010 || cp == 0x2011;
}
static uint8_t lower(uint8_t b) {
  return b >= 'A' && b <= 'Z' ? (uint8_t)(b + ('a' - 'A')) : b;
}

/* Code point of token bytes [a, b) when they are exactly one character,
 * else -1. */
static int32_t single_cp(const uint8_t *s, size_t a, size_t b) {
  size_t len;
  int32_t cp;
  char_at(s, a, b, &len, &cp);
  return a + len == b ? cp : -1;
}

/* ---- Scanning one token ------------------------------------------------ */

/* Whether byte b is an ASCII letter or digit. */
static inline int ascii_alnum(uint8_t b) {
  return (uint8_t)((b | 0x20) - 'a') < 26 || (uint8_t)(b - '0') < 10;
}

/* End of the run of letters, marks and digits from j. */
static inline size_t skip_wordch(const uint8_t *s, size_t j, size_t end) {
  while (j < end) {
    if (s[j] < 0x80) {
      if (!ascii_alnum(s[j]))
        break;
      j++;
    } else {
      size_t len;
      int32_t cp;
      if (!is_wordch(char_at(s, j, end, &len, &cp)))
        break;
      j += len;
    }
  }
  return j;
}

static size_t skip_digits(const uint8_t *s, size_t j, size_t end) {
  size_t len;
  int32_t cp;
  while (j < end && char_at(s, j, end, &len, &cp) == C_DIGIT)
    j += len;
  return j;
}

/* A word from letter s[i]: word characters joined by inner apostrophes
 * (before a letter) and inner hyphens (before a letter or digit). *apos gets
 * the last inner apostrophe, or NONE. */
static size_t scan_word(const uint8_t *s, size_t i, size_t end, size_t *apos) {
  size_t j = i;
  *apos = NONE;
  for (;;) {
    j = skip_wordch(s, j, end);
    if (j >= end)
      return j;
    size_t len, nlen;
    int32_t cp, ncp;
    char_at(s, j, end, &len, &cp);
    int joiner = is_apos(cp) ? 1 : is_hyphen(cp) ? 2 : 0;
    if (!joiner || j + len >= end)
      return j;
    int next = char_at(s, j + len, end, &nlen, &ncp);
    if (!is_letter(next) && !(joiner == 2 && next == C_DIGIT))
      return j;
    if (joiner == 1)
      *apos = j;
    j += len;
  }
}

/* A number from digit s[i]: digits with inner . , : ("1,000.50", "10:30"),
 * then any attached letters ("5pm", "2nd"). */
static size_t scan_number(const uint8_t *s, size_t i, size_t end) {
  size_t j = skip_digits(s, i, end);
  while (j + 1 < end && (s[j] == '.' || s[j] == ',' || s[j] == ':')) {
    size_t k = skip_digits(s, j + 1, end);
    if (k == j + 1)
      break;
    j = k;
  }
  return skip_wordch(s, j, end);
}

/* End of a dotted abbreviation of single letters ("e.g.", "U.S.") at i, or
 * 0. */
static size_t scan_abbrev(const uint8_t *s, size_t i, size_t end) {
  size_t j = i;
  int pairs = 0;
  for (;;) {
    size_t len;
    int32_t cp;
    if (j >= end || !is_letter(char_at(s, j, end, &len, &cp)) ||
        j + len >= end || s[j + len] != '.')
      break;
    j += len + 1;
    pairs++;
  }
  return pairs >= 2 ? j : 0;
}

static int is_local(uint8_t b) {
  return ascii_alnum(b) || b == '.' || b == '_' || b == '%' || b == '+' ||
         b == '-';
}

/* End of an e-mail address at i ("local@domain.tld"), or 0. *local gets
 * the end of the local part: no address starts between i and there either. */
static size_t scan_email(const uint8_t *s, size_t i, size_t end,
                         size_t *local) {
  size_t j = i;
  while (j < end && is_local(s[j]))
    j++;
  *local = j;
  if (j == i || j >= end || s[j] != '@')
    return 0;
  size_t d = ++j;
  while (j < end && (ascii_alnum(s[j]) || s[j] == '-' || s[j] == '.'))
    j++;
  while (j > d && s[j - 1] == '.')
    j--; /* a sentence's full stop, not the domain's */
  size_t dot = j; /* just after the last dot */
  while (dot > d && s[dot - 1] != '.')
    dot--;
  return dot > d + 1 ? j : 0; /* needs a label on each side of a dot */
}

/* Length of a URL prefix at i ("https://", "www.", any case), or 0. */
static inline size_t url_prefix(const uint8_t *s, size_t i, size_t end) {
  static const char *const prefixes[] = {"http://", "https://", "ftp://",
                                         "www."};
  uint8_t b = lower(s[i]);
  if (b != 'h' && b != 'f' && b != 'w')
    return 0;
  for (size_t p = 0; p < sizeof prefixes / sizeof *prefixes; p++) {
    const char *x = prefixes[p];
    size_t k = 0;
    while (x[k] && i + k < end && lower(s[i + k]) == (uint8_t)x[k])
      k++;
    if (!x[k])
      return k;
  }
  return 0;
}

/* End of a URL at i, or 0: up to the next space, less trailing punctuation
 * that belongs to the sentence. A closing bracket stays when the URL opened
 * one ("…/Foo_(bar)"). */
static size_t scan_url(const uint8_t *s, size_t i, size_t end) {
  size_t plen = url_prefix(s, i, end);
  if (!plen)
    return 0;
  size_t j = i, open_p = 0, close_p = 0, open_b = 0, close_b = 0;
  while (j < end) {
    size_t len;
    int32_t cp;
    if (is_space(char_at(s, j, end, &len, &cp)))
      break;
    open_p += cp == '(';
    close_p += cp == ')';
    open_b += cp == '[';
    close_b += cp == ']';
    j += len;
  }
  while (j > i + plen) {
    uint8_t b = s[j - 1];
    if (b == ')' && close_p > open_p) {
      close_p--;
      j--;
    } else if (b == ']' && close_b > open_b) {
      close_b--;
      j--;
    } else if (memchr(".,;:!?'\">", b, 9)) {
      j--;
    } else if (j - i >= 3 && s[j - 3] == 0xE2 && s[j - 2] == 0x80 &&
               (b == 0x99 || b == 0x9D)) {
      j -= 3; /* ’ ” */
    } else if (j - i >= 2 && s[j - 2] == 0xC2 && b == 0xBB) {
      j -= 2; /* » */
    } else {
      break;
    }
  }
  return j > i + plen ? j : 0;
}

static size_t scan_punct(const uint8_t *s, size_t i, size_t end, size_t len) {
  size_t j = i + len;
  if (s[i] == '!' || s[i] == '?') {
    while (j < end && (s[j] == '!' || s[j] == '?'))
      j++;
  } else if (s[i] == '.' && end - i >= 3 && s[i + 1] == '.' &&
             s[i + 2] == '.') {
    while (j < end && s[j] == '.')
      j++;
  }
  return j;
}

/* A symbol with its combining marks, and emoji joined by ZWJ kept whole. */
static size_t scan_symbol(const uint8_t *s, size_t i, size_t end,
                          size_t len) {
  size_t j = i + len;
  while (j < end) {
    size_t l, l2;
    int32_t cp, cp2;
    int c = char_at(s, j, end, &l, &cp);
    if (c == C_MARK)
      j += l;
    else if (cp == 0x200D && j + l < end &&
             char_at(s, j + l, end, &l2, &cp2) == C_SYMBOL)
      j += l + l2;
    else
      break;
  }
  return j;
}

static int case_flags(const uint8_t *s, size_t a, size_t b) {
  if (s[a] >= 'a' && s[a] <= 'z')
    return 0; /* most words: a lowercase first letter rules out both flags */
  size_t letters = 0, upper = 0;
  int first = 0;
  for (size_t j = a; j < b;) {
    size_t len;
    int32_t cp;
    int c = char_at(s, j, b, &len, &cp);
    j += len;
    if (!is_letter(c))
      continue;
    if (!letters)
      first = c;
    letters++;
    upper += c == C_UPPER;
  }
  return (first == C_UPPER ? TOKF_UPPER : 0) |
         (letters >= 2 && upper == letters ? TOKF_CAPS : 0);
}

/* ---- Contractions ------------------------------------------------------ */

/* Start of the last apostrophe in word bytes [a, b), or NONE. */
static size_t last_apos(const uint8_t *s, size_t a, size_t b) {
  for (size_t j = b; j > a; j--) {
    uint8_t c = s[j - 1];
    if (c == '\'')
      return j - 1;
    if (c == 0x99 && j - a >= 3 && s[j - 2] == 0x80 && s[j - 3] == 0xE2)
      return j - 3;
    if (c == 0xBC && j - a >= 2 && s[j - 2] == 0xCA)
      return j - 2;
  }
  return NONE;
}

/* Where word [a, b), whose last apostrophe starts at p, splits off a
 * contraction or possessive suffix ("'m", "n't", "'s"…), or 0. *norm gets
 * the suffix spelled out. */
static size_t suffix_cut(const uint8_t *s, size_t a, size_t p, size_t b,
                         const char **norm) {
  size_t q = p + (s[p] == '\'' ? 1 : s[p] == 0xCA ? 2 : 3);
  uint8_t x = lower(s[q]), y = b - q == 2 ? lower(s[q + 1]) : 0;
  if (b - q == 1) {
    switch (x) {
    case 'm':
      *norm = "am";
      return p;
    case 'd':
      *norm = "'d";
      return p;
    case 's':
      *norm = "'s";
      return p;
    case 't':
      if (p - a >= 2 && lower(s[p - 1]) == 'n') {
        *norm = "not";
        return p - 1;
      }
      return 0;
    default:
      return 0;
    }
  }
  if (b - q != 2)
    return 0;
  *norm = x == 'r' && y == 'e'   ? "are"
          : x == 'v' && y == 'e' ? "have"
          : x == 'l' && y == 'l' ? "will"
                                 : NULL;
  return *norm ? p : 0;
}

static int ascii_ieq(const uint8_t *s, size_t a, size_t b, const char *w) {
  size_t n = strlen(w);
  if (b - a != n)
    return 0;
  for (size_t k = 0; k < n; k++)
    if (lower(s[a + k]) != (uint8_t)w[k])
      return 0;
  return 1;
}

/* The full form of the verb in front of "n't" when it is not simply the
 * text: "ca" (can't), "wo" (won't), "sha" (shan't). */
static const char *negated_verb(const uint8_t *s, size_t a, size_t b) {
  if (ascii_ieq(s, a, b, "ca"))
    return "can";
  if (ascii_ieq(s, a, b, "wo"))
    return "will";
  if (ascii_ieq(s, a, b, "sha"))
    return "shall";
  return NULL;
}

/* ---- Sentences and paragraphs ------------------------------------------ */

typedef struct scanner {
  segmentation *seg;
  const uint8_t *s;
  size_t sent_first; /* first token of the open sentence */
  size_t para_sent;  /* first sentence of the open paragraph */
  size_t marker_end; /* the current line's list marker ends here */
  size_t email_miss; /* no e-mail address starts before this */
  int pending;       /* PEND_*: whether the sentence may end here */
} scanner;

enum {
  PEND_END = 1, /* after terminal punctuation */
  PEND_NO = 2   /* after "No.": ends unless a number follows */
};

/* Closes the open sentence before token `upto`. */
static int end_sentence(scanner *sc, size_t upto) {
  segmentation *seg = sc->seg;
  if (upto == sc->sent_first)
    return 0;
  if (BASE_GROW(seg->sents, seg->sent_cap, seg->nsents + 1) < 0)
    return -1;
  seg->sents[seg->nsents++] = (sentence){
      .start = seg->toks[sc->sent_first].start,
      .end = seg->toks[upto - 1].end,
      .tok_first = sc->sent_first,
      .tok_end = upto,
      .para = seg->nparas,
  };
  sc->sent_first = upto;
  return 0;
}

static int end_paragraph(scanner *sc) {
  segmentation *seg = sc->seg;
  if (end_sentence(sc, seg->ntoks) < 0)
    return -1;
  sc->pending = 0;
  if (seg->nsents == sc->para_sent)
    return 0;
  if (BASE_GROW(seg->paras, seg->para_cap, seg->nparas + 1) < 0)
    return -1;
  seg->paras[seg->nparas++] = (paragraph){
      .start = seg->sents[sc->para_sent].start,
      .end = seg->sents[seg->nsents - 1].end,
      .sent_first = sc->para_sent,
      .sent_end = seg->nsents,
  };
  sc->para_sent = seg->nsents;
  return 0;
}

static int punct_in(const uint8_t *s, const tok *t, const int32_t *set,
                    size_t n) {
  if (t->kind != TOK_PUNCT)
    return 0;
  int32_t cp = single_cp(s, t->start, t->end);
  for (size_t k = 0; k < n; k++)
    if (set[k] == cp)
      return 1;
  return 0;
}

static int is_closer(const uint8_t *s, const tok *t) {
  static const int32_t set[] = {')',    ']',    '}',    '"',   '\'',
                                0x00BB, 0x203A, 0x2019, 0x201D};
  return punct_in(s, t, set, sizeof set / sizeof *set);
}

/* Whether t can begin a sentence after terminal punctuation. */
static int opens_sentence(const uint8_t *s, const tok *t) {
  static const int32_t set[] = {'(',    '[',    '{',    '"',    '\'',   0x00AB,
                                0x2039, 0x2018, 0x201C, 0x201E, 0x00BF, 0x00A1};
  return (t->flags & TOKF_UPPER) || t->kind == TOK_NUMBER ||
         punct_in(s, t, set, sizeof set / sizeof *set);
}

/* Words that a full stop follows without ending the sentence. Only those
 * with the word's first letter are compared: every sentence's last word
 * comes here. */
static int is_title(const char *w) {
  static const char *const titles[] = {"mr", "mrs", "ms",     "dr",
                                       "prof", "sr", "jr",    "st",
                                       "vs",   "cf", "approx", "fig"};
  for (size_t k = 0; k < sizeof titles / sizeof *titles; k++)
    if (titles[k][0] == w[0] && strcmp(w, titles[k]) == 0)
      return 1;
  return 0;
}

/* PEND_* when token i is sentence-final punctuation, else 0. */
static int terminal(const scanner *sc, size_t i) {
  const segmentation *seg = sc->seg;
  const tok *t = &seg->toks[i];
  if (t->kind != TOK_PUNCT)
    return 0;
  const char *n = seg_norm(seg, t); /* "…" and "．" arrive as "..." and "." */
  if (n[0] == '!' || n[0] == '?' || (n[0] == '.' && n[1] == '.'))
    return PEND_END;
  if (n[0] != '.' || n[1] != '\0')
    return 0;
  if (i > sc->sent_first && !(t->flags & TOKF_SPACE) &&
      t[-1].kind == TOK_WORD) {
    const tok *w = &t[-1];
    const char *wn = seg_norm(seg, w);
    if (w->norm_len <= 6 && is_title(wn))
      return 0;
    if ((w->flags & TOKF_UPPER) && single_cp(sc->s, w->start, w->end) >= 0)
      return 0; /* an initial, as in "J. Smith" */
    if (strcmp(wn, "no") == 0)
      return PEND_NO;
  }
  return PEND_END;
}

/* Moves the sentence splitter past the token just pushed. */
static int feed(scanner *sc, int list_item) {
  segmentation *seg = sc->seg;
  size_t i = seg->ntoks - 1;
  const tok *t = &seg->toks[i];
  if (list_item) {
    if (end_sentence(sc, i) < 0)
      return -1;
  } else if (sc->pending) {
    if (!(t->flags & TOKF_SPACE) && is_closer(sc->s, t))
      return 0; /* closing quotes and brackets stay with the sentence */
    if ((t->flags & TOKF_SPACE) && opens_sentence(sc->s, t) &&
        !(sc->pending == PEND_NO && t->kind == TOK_NUMBER) &&
        end_sentence(sc, i) < 0)
      return -1;
  }
  sc->pending = t->start < sc->marker_end ? 0 : terminal(sc, i);
  return 0;
}

/* 1 when the normalized (lower-case) word has one ASCII letter three
 * times running ("sooo", "pleeease"). Three in a row hold two equal
 * neighbours that start at an even index, so only those are tried: half
 * the steps, for a test every word takes. */
static inline int stretched(const char *w, size_t n) {
  for (size_t i = 0; i + 1 < n; i += 2)
    if (w[i] == w[i + 1] &&
        ((i > 0 && w[i - 1] == w[i]) || (i + 2 < n && w[i + 2] == w[i])) &&
        w[i] >= 'a' && w[i] <= 'z')
      return 1;
  return 0;
}

/* Appends token [a, b), whose normalized form was just written to the
 * pool at `off` (NUL-terminated, pool_len at the NUL). */
static inline int append(scanner *sc, size_t a, size_t b, int kind,
                         int flags, size_t off, int list_item) {
  segmentation *seg = sc->seg;
  if (seg->ntoks == seg->tok_cap &&
      BASE_GROW(seg->toks, seg->tok_cap, seg->ntoks + 1) < 0)
    return -1;
  seg->toks[seg->ntoks++] = (tok){
      .start = a,
      .end = b,
      .norm = off,
      .norm_len = (uint32_t)(seg->pool_len - off),
      .kind = (uint8_t)kind,
      .flags = (uint8_t)flags,
  };
  seg->pool_len++; /* keep the NUL */
  /* Most tokens: inside a sentence, and not one to end it. */
  if (!list_item && !sc->pending && kind != TOK_PUNCT) return 0;
  return feed(sc, list_item);
}

/* Appends token [a, b); its normalized form is `norm`, or the text's own
 * when norm is NULL. */
static int push(scanner *sc, size_t a, size_t b, int kind, int flags,
                const char *norm, int list_item) {
  segmentation *seg = sc->seg;
  size_t off = seg->pool_len, n = b - a;
  const uint8_t *s = sc->s + a;
  if (!norm) { /* marks, numbers, addresses: ASCII is lower-cased here */
    if (BASE_GROW(seg->pool, seg->pool_cap, off + n + 1) < 0)
      return -1;
    size_t k = 0;
    while (k < n && s[k] < 0x80) {
      uint8_t c = s[k];
      seg->pool[off + k++] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    if (k == n) {
      seg->pool[off + n] = '\0';
      seg->pool_len = off + n;
      if (kind == TOK_WORD && stretched(seg->pool + off, n))
        flags |= TOKF_STRETCHED;
      return append(sc, a, b, kind, flags, off, list_item);
    }
  }
  int r = norm ? text_normalize(norm, strlen(norm), &seg->pool, &seg->pool_len,
                                &seg->pool_cap)
               : text_normalize((const char *)s, n, &seg->pool, &seg->pool_len,
                                &seg->pool_cap);
  if (r < 0)
    return -1;
  if (kind == TOK_WORD && stretched(seg->pool + off, seg->pool_len - off))
    flags |= TOKF_STRETCHED;
  return append(sc, a, b, kind, flags, off, list_item);
}

/* Words of up to this many bytes take the one-pass ASCII path. */
#define ASCII_WORD_MAX 64

/* Each ASCII letter or digit lower-cased; 0 for every other byte. */
static const uint8_t ascii_fold[256] =
    "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0" /* 00-0F */
    "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0" /* 10-1F */
    "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0" /* 20-2F */
    "0123456789\0\0\0\0\0\0"                 /* 30-3F */
    "\0abcdefghijklmno"                         /* 40-4F */
    "pqrstuvwxyz\0\0\0\0\0"                    /* 50-5F */
    "\0abcdefghijklmno"                         /* 60-6F */
    "pqrstuvwxyz\0\0\0\0\0";                   /* 70-7F */

/* How many of the n bytes at w are digits. */
static size_t digits(const char *w, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    k += w[i] >= '0' && w[i] <= '9';
  return k;
}

/* Whether ASCII byte b, after a run of letters and digits, may make the
 * token more than that run: a joiner, or part of an address. */
static int may_extend(uint8_t b) {
  switch (b) {
  case '\'': case '-': case '@': case '.': case '_': case '%': case '+':
  case ':':
    return 1;
  default:
    return 0;
  }
}

/* Whether the '.' after the ASCII word [i, i + n) can only end it: what
 * follows cannot carry on an address ("www.", "name.surname@", "a.b.c")
 * or an abbreviation (a lone letter: "e.g."). The usual end of a
 * sentence. */
static int full_stop(const uint8_t *s, size_t i, size_t n, size_t end) {
  if (s[i + n] != '.' || n < 2 || url_prefix(s, i, end))
    return 0;
  size_t j = i + n + 1;
  return j == end || (s[j] < 0x80 && !is_local(s[j]) && s[j] != '@');
}

/* Pushes the word of ASCII letters and digits at i (an ASCII letter) when
 * nothing can extend it (no joiner, address or abbreviation after it) and
 * it splits no contraction: what scan_word and push_word do, for the words
 * most texts are made of, in one pass that finds its end and lower-cases
 * it into the pool (its case and stretched flags then read the copy). 1
 * when pushed (*next set), 0 when the word needs the full scan, -1 when
 * out of memory. */
static int push_ascii_word(scanner *sc, size_t i, size_t end, int flags,
                           int list_item, size_t *next) {
  segmentation *seg = sc->seg;
  size_t off = seg->pool_len, room = end - i;
  if (room > ASCII_WORD_MAX) room = ASCII_WORD_MAX;
  if (BASE_GROW(seg->pool, seg->pool_cap, off + room + 1) < 0)
    return -1;
  const uint8_t *s = sc->s + i;
  char *d = seg->pool + off;
  size_t n = 0;
  for (uint8_t l; n < room && (l = ascii_fold[s[n]]); n++) d[n] = (char)l;
  int more = n == room ? i + n < end
                       : s[n] >= 0x80 || (may_extend(s[n]) &&
                                          !full_stop(sc->s, i, n, end));
  if (more)
    return 0; /* longer, or something may join it */
  if (n == 6 && ascii_ieq(s, 0, 6, "cannot"))
    return 0;
  d[n] = '\0';
  seg->pool_len = off + n;
  if (s[0] <= 'Z') { /* the first byte is a letter: only then all caps */
    flags |= TOKF_UPPER;
    size_t upper = 0; /* the bytes the copy lower-cased */
    for (size_t k = 0; k < n; k++) upper += (uint8_t)d[k] != s[k];
    if (upper >= 2 && upper == n - digits(d, n)) /* two capitals or more */
      flags |= TOKF_CAPS;
  }
  if (n >= 3 && stretched(d, n))
    flags |= TOKF_STRETCHED;
  *next = i + n;
  return append(sc, i, i + n, TOK_WORD, flags, off, list_item) < 0 ? -1 : 1;
}

/* Pushes word [a, b), split where contractions and possessives join
 * ("should"+"n't"+"'ve", "customer"+"'s", "can"+"not"). */
static int push_word(scanner *sc, size_t a, size_t b, size_t apos, int space,
                     int list_item) {
  const uint8_t *s = sc->s;
  size_t cut[3], head = b;
  const char *norm[3];
  int k = 0;
  while (apos != NONE && k < 2) {
    size_t c = suffix_cut(s, a, apos, head, &norm[k]);
    if (!c)
      break;
    cut[k++] = head = c;
    apos = last_apos(s, a, head);
  }
  if (ascii_ieq(s, a, head, "cannot")) {
    norm[k] = "not";
    cut[k++] = head = a + 3;
  }
  const char *head_norm =
      k && strcmp(norm[k - 1], "not") == 0 ? negated_verb(s, a, head) : NULL;
  int split = k ? TOKF_SPLIT : 0;
  if (push(sc, a, head, TOK_WORD,
           case_flags(s, a, head) | space | split, head_norm, list_item) < 0)
    return -1;
  for (int m = k - 1; m >= 0; m--) {
    size_t e = m ? cut[m - 1] : b;
    if (push(sc, cut[m], e, TOK_WORD, case_flags(s, cut[m], e) | split,
             norm[m], 0) < 0)
      return -1;
  }
  return 0;
}

/* End of an e-mail address at i when the word or number [i, e) can begin
 * one, or 0. Misses are remembered, so a long run such as "ab.ab.ab…" is
 * scanned once rather than once per word. */
static size_t email_at(scanner *sc, size_t i, size_t e, size_t end) {
  if (e >= end || (sc->s[e] != '@' && !is_local(sc->s[e])) ||
      i < sc->email_miss)
    return 0;
  size_t local, m = scan_email(sc->s, i, end, &local);
  if (!m)
    sc->email_miss = local;
  return m;
}

/* Scans the token at i (not a space), pushes it and sets *next to its end. */
static int scan_token(scanner *sc, size_t i, size_t end, int space,
                      int list_item, size_t *next) {
  const uint8_t *s = sc->s;
  size_t len, e, m;
  int32_t cp;
  if (s[i] < 0x80 && (uint8_t)((s[i] | 0x20) - 'a') < 26) {
    int r = push_ascii_word(sc, i, end, space, list_item, next);
    if (r)
      return r < 0 ? -1 : 0;
  } else if (s[i] < 0x80 && ascii_class[s[i]] == C_PUNCT) { /* , . " ( … */
    *next = scan_punct(s, i, end, 1);
    return push(sc, i, *next, TOK_PUNCT, space, NULL, list_item);
  }
  int c = char_at(s, i, end, &len, &cp);
  int kind, flags = space;
  if ((e = scan_url(s, i, end)) != 0) {
    kind = TOK_URL;
  } else if (c == C_DIGIT || is_letter(c)) {
    size_t apos = NONE;
    kind = c == C_DIGIT ? TOK_NUMBER : TOK_WORD;
    e = kind == TOK_NUMBER ? scan_number(s, i, end)
                           : scan_word(s, i, end, &apos);
    if ((m = email_at(sc, i, e, end)) != 0) {
      e = m;
      kind = TOK_EMAIL;
    } else if (kind == TOK_WORD) {
      /* a lone letter and a dot may begin "e.g." */
      m = e == i + len && e < end && s[e] == '.' ? scan_abbrev(s, i, end) : 0;
      if (!m) {
        *next = e;
        return push_word(sc, i, e, apos, space, list_item);
      }
      e = m;
      flags |= case_flags(s, i, e);
    }
  } else if (c == C_PUNCT) {
    e = scan_punct(s, i, end, len);
    kind = TOK_PUNCT;
  } else {
    e = scan_symbol(s, i, end, len);
    kind = TOK_SYMBOL;
  }
  *next = e;
  return push(sc, i, e, kind, flags, NULL, list_item);
}

/* ---- Lines ------------------------------------------------------------- */

/* End of a list marker ("-", "*", "•", "1.", "12)") at i that a space or
 * tab follows, or 0. */
static size_t list_marker(const uint8_t *s, size_t i, size_t end) {
  size_t j = i;
  if (s[j] == '-' || s[j] == '*') {
    j++;
  } else if (end - j >= 3 && s[j] == 0xE2 && s[j + 1] == 0x80 &&
             s[j + 2] == 0xA2) {
    j += 3;
  } else {
    while (j < end && j - i < 3 && s[j] >= '0' && s[j] <= '9')
      j++; /* at most three digits, so years are not list items */
    if (j == i || j >= end || (s[j] != '.' && s[j] != ')'))
      return 0;
    j++;
  }
  return j < end && (s[j] == ' ' || s[j] == '\t') ? j : 0;
}

/* Whether the document has whitespace (or its start) just before pos. */
static int space_before(const uint8_t *s, size_t pos) {
  if (pos == 0)
    return 1;
  size_t j = pos - 1;
  while (j > 0 && pos - j < 4 && (s[j] & 0xC0) == 0x80)
    j--;
  size_t len;
  int32_t cp;
  if (utf8_valid_len(s + j, pos - j) != pos - j)
    return 1; /* an invalid byte */
  return is_space(char_at(s, j, pos, &len, &cp));
}

/* Whether only spaces and tabs stand between a line start and pos. */
static int at_line_start(const uint8_t *s, size_t pos) {
  while (pos > 0 && (s[pos - 1] == ' ' || s[pos - 1] == '\t'))
    pos--;
  return pos == 0 || s[pos - 1] == '\n' || s[pos - 1] == '\r';
}

/* ---- API --------------------------------------------------------------- */

void seg_init(segmentation *seg) { memset(seg, 0, sizeof *seg); }

void seg_free(segmentation *seg) {
  free(seg->toks);
  free(seg->sents);
  free(seg->paras);
  free(seg->pool);
  seg_init(seg);
}

void seg_clear(segmentation *seg) {
  seg->ntoks = seg->nsents = seg->nparas = seg->pool_len = 0;
}

/* A copy of n elements of `size` bytes (at least one byte allocated). */
static void *dup_array(const void *v, size_t n, size_t size) {
  void *p = malloc(n ? n * size : 1);
  if (p && n) memcpy(p, v, n * size);
  return p;
}

int seg_copy(segmentation *dst, const segmentation *src) {
  seg_init(dst);
  dst->toks = dup_array(src->toks, src->ntoks, sizeof *src->toks);
  dst->sents = dup_array(src->sents, src->nsents, sizeof *src->sents);
  dst->paras = dup_array(src->paras, src->nparas, sizeof *src->paras);
  dst->pool = dup_array(src->pool, src->pool_len, 1);
  if (!dst->toks || !dst->sents || !dst->paras || !dst->pool) {
    seg_free(dst);
    return -1;
  }
  dst->ntoks = dst->tok_cap = src->ntoks;
  dst->nsents = dst->sent_cap = src->nsents;
  dst->nparas = dst->para_cap = src->nparas;
  dst->pool_len = dst->pool_cap = src->pool_len;
  return 0;
}

int seg_text(segmentation *seg, const char *text, size_t start, size_t end) {
  scanner sc = {.seg = seg,
                .s = (const uint8_t *)text,
                .sent_first = seg->ntoks,
                .para_sent = seg->nsents};
  const uint8_t *s = sc.s;
  int space = space_before(s, start) ? TOKF_SPACE : 0;
  int line_start = at_line_start(s, start), newlines = 0;
  size_t i = start;
  while (i < end) {
    if (s[i] == ' ') { /* the most common byte of all */
      i++;
      space = TOKF_SPACE;
      continue;
    }
    size_t len;
    int32_t cp;
    int c = char_at(s, i, end, &len, &cp);
    if (is_space(c)) {
      /* Two line breaks in one gap make a blank line; CR LF is one. */
      if (c == C_PARA)
        newlines += 2;
      else if (c == C_NL && !(cp == '\r' && i + 1 < end && s[i + 1] == '\n'))
        newlines++;
      i += len;
      space = TOKF_SPACE;
      continue;
    }
    if (newlines) {
      if (newlines >= 2 && end_paragraph(&sc) < 0)
        return -1;
      line_start = 1;
      newlines = 0;
    }
    int list_item = 0;
    if (line_start) {
      sc.marker_end = list_marker(s, i, end);
      list_item = sc.marker_end != 0;
      line_start = 0;
    }
    if (scan_token(&sc, i, end, space, list_item, &i) < 0)
      return -1;
    space = 0;
  }
  return end_paragraph(&sc);
}

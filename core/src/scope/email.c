/* email.c — the writer's own lines of an e-mail.
 *
 * Left out: the header (when the text starts with one), quoted lines
 * (`>`), attribution lines ("On Mon, Ann wrote:", also over two lines), and
 * everything after a signature separator (`-- `) or a forwarded/original
 * message separator. Blank and left-out lines end blocks. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "scope/scope.h"

typedef struct line {
  size_t start, end; /* without the line break */
} line;

static line line_at(const char *text, size_t len, size_t i) {
  const char *nl = memchr(text + i, '\n', len - i);
  size_t end = nl ? (size_t)(nl - text) : len;
  if (end > i && text[end - 1] == '\r') end--;
  return (line){i, end};
}

/* Start of the line after l. */
static size_t after(const char *text, size_t len, line l) {
  size_t next = l.end < len && text[l.end] == '\r' ? l.end + 1 : l.end;
  return next < len ? next + 1 : len;
}

/* The line without blanks at either end. */
static line trim(const char *text, line l) {
  while (l.start < l.end && (text[l.start] == ' ' || text[l.start] == '\t'))
    l.start++;
  while (l.end > l.start && (text[l.end - 1] == ' ' || text[l.end - 1] == '\t'))
    l.end--;
  return l;
}

static int starts(const char *text, line l, const char *word) {
  size_t n = strlen(word);
  return l.end - l.start >= n && strncmp(text + l.start, word, n) == 0;
}

static int contains(const char *text, line l, const char *word) {
  size_t n = strlen(word);
  for (size_t i = l.start; i + n <= l.end; i++)
    if (memcmp(text + i, word, n) == 0) return 1;
  return 0;
}

static int ends(const char *text, line l, const char *word) {
  size_t n = strlen(word);
  return l.end - l.start >= n && memcmp(text + l.end - n, word, n) == 0;
}

/* "Name: value": a field name of printable ASCII without spaces. */
static int header_field(const char *text, line l, int *known) {
  size_t i = l.start;
  while (i < l.end && text[i] != ':' && isgraph((unsigned char)text[i])) i++;
  if (i == l.start || i >= l.end || text[i] != ':') return 0;
  static const char *const names[] = {"from", "to", "subject", "date", "cc",
                                      "reply-to", "message-id"};
  for (size_t k = 0; k < sizeof names / sizeof *names; k++)
    if (strlen(names[k]) == i - l.start &&
        strncasecmp(text + l.start, names[k], i - l.start) == 0)
      *known = 1;
  return 1;
}

/* End of the header at the top of the text (after its blank line), or 0
 * when the text does not start with one naming From, To, Subject or Date. */
static size_t header_end(const char *text, size_t len) {
  size_t i = 0;
  int known = 0;
  while (i < len) {
    line l = line_at(text, len, i);
    size_t next = after(text, len, l);
    if (l.end == l.start) return known ? next : 0;
    int folded = i > 0 && (text[i] == ' ' || text[i] == '\t');
    if (!folded && !header_field(text, l, &known)) return 0;
    i = next;
  }
  return known ? len : 0;
}

static int attribution(const char *text, line l) {
  return (starts(text, l, "On ") && ends(text, l, "wrote:")) ||
         (starts(text, l, "Am ") && ends(text, l, "schrieb:")) ||
         (starts(text, l, "Le ") &&
          (ends(text, l, "a écrit :") || ends(text, l, "a écrit:")));
}

/* Separators after which nothing is the writer's: a signature (`-- `),
 * an original or forwarded message. */
static int stop_line(const char *text, line raw, line l) {
  size_t n = raw.end - raw.start;
  if ((n == 3 && memcmp(text + raw.start, "-- ", 3) == 0) ||
      (n == 2 && memcmp(text + raw.start, "--", 2) == 0))
    return 1;
  return starts(text, l, "-----") &&
         (contains(text, l, "Original Message") ||
          contains(text, l, "Forwarded message"));
}

static int flush(scope *sc, int *open, size_t start, size_t end) {
  if (!*open) return 0;
  *open = 0;
  if (scope_open(sc, 0) || scope_add(sc, start, end)) return -1;
  scope_close(sc);
  return 0;
}

int scope_email(scope *sc, const char *text, size_t len) {
  size_t i = header_end(text, len), start = 0, end = 0;
  int open = 0;
  while (i < len) {
    line raw = line_at(text, len, i), l = trim(text, raw);
    size_t next = after(text, len, raw);
    if (stop_line(text, raw, l)) break;
    int skip = l.start == l.end || text[l.start] == '>' || attribution(text, l);
    if (!skip && starts(text, l, "On ") && next < len) {
      line l2 = trim(text, line_at(text, len, next));
      if (ends(text, l2, "wrote:")) { /* wrapped attribution */
        skip = 1;
        next = after(text, len, l2);
      }
    }
    if (skip) {
      if (flush(sc, &open, start, end)) return -1;
    } else {
      if (!open) start = raw.start;
      open = 1;
      end = raw.end;
    }
    i = next;
  }
  return flush(sc, &open, start, end);
}

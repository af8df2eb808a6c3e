/* documents.c — the open documents: their text as UTF-8 bytes, incremental
 * edits, and the place where the client's positions (line + UTF-16 code
 * units, or UTF-8 bytes when negotiated) become byte offsets. Lines end at
 * "\n", "\r\n" or "\r", as the protocol says (and as the library counts
 * them when it places findings). */
#include <stdlib.h>
#include <string.h>

#include "lsp/lsp.h"

/* The checker's text moves with each edit. */
static void text_changed(lsp_doc *doc) {
  doc->text = tact_doc_text(doc->checker, &doc->len);
  doc->result = NULL;
}

/* 1 when a line starts at offset p: after "\n", or after a "\r" that no
 * "\n" follows. */
static int line_starts_at(const char *t, size_t len, size_t p) {
  if (p == 0)
    return 1;
  return t[p - 1] == '\n' || (t[p - 1] == '\r' && (p == len || t[p] != '\n'));
}

/* The index of the first line that starts at or after `offset`. */
static size_t first_line_from(const lsp_doc *doc, size_t offset) {
  size_t lo = 0, hi = doc->line_count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (doc->lines[mid] < offset)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

static void reserve_lines(lsp_doc *doc, size_t count) {
  if (count <= doc->lines_cap)
    return;
  doc->lines_cap = count > 2 * doc->lines_cap ? count : 2 * doc->lines_cap;
  doc->lines = cli_realloc(doc->lines, doc->lines_cap * sizeof *doc->lines);
}

static void index_lines(lsp_doc *doc) {
  if (doc->line_count)
    return;
  reserve_lines(doc, 64);
  for (size_t p = 0; p <= doc->len; p++)
    if (line_starts_at(doc->text, doc->len, p)) {
      reserve_lines(doc, doc->line_count + 1);
      doc->lines[doc->line_count++] = p;
    }
}

/* After old bytes [a, b) became n new ones: a line start at p depends on
 * the bytes at p - 1 and p, so the starts in [a, b] are found again in
 * [a, a + n] and those after move by the difference. Editors send edit
 * after edit (a substitution over a whole file is one per line); this
 * keeps each one from rescanning the text. */
static void update_lines(lsp_doc *doc, size_t a, size_t b, size_t n) {
  if (!doc->line_count)
    return;
  size_t lo = a ? a : 1;
  size_t i = first_line_from(doc, lo), j = first_line_from(doc, b + 1);
  size_t found = 0;
  for (size_t p = lo; p <= a + n; p++)
    found += line_starts_at(doc->text, doc->len, p);
  size_t count = doc->line_count - (j - i) + found;
  reserve_lines(doc, count);
  memmove(doc->lines + i + found, doc->lines + j,
          (doc->line_count - j) * sizeof *doc->lines);
  for (size_t k = i + found; k < count; k++)
    doc->lines[k] = doc->lines[k] + n - (b - a);
  for (size_t p = lo, k = i; p <= a + n; p++)
    if (line_starts_at(doc->text, doc->len, p))
      doc->lines[k++] = p;
  doc->line_count = count;
}

static tact_doc *new_checker(const tact_engine *engine, tact_format format,
                             const char *text, size_t length) {
  tact_doc *checker = tact_doc_new(engine, format, text, length);
  if (!checker || tact_doc_status(checker) == TACT_ERROR_NOMEM)
    cli_oom();
  return checker;
}

lsp_doc *lsp_doc_new(const tact_engine *engine, const char *uri,
                     const char *language, json_int_t version,
                     const char *text, size_t length) {
  lsp_doc *doc = cli_malloc(sizeof *doc);
  memset(doc, 0, sizeof *doc);
  doc->uri = strdup(uri);
  doc->language = strdup(language ? language : "");
  if (!doc->uri || !doc->language)
    cli_oom();
  doc->format = tact_format_from_language_id(doc->language);
  doc->version = version;
  doc->checker = new_checker(engine, doc->format, text, length);
  text_changed(doc);
  return doc;
}

void lsp_doc_free(lsp_doc *doc) {
  if (!doc)
    return;
  free(doc->uri);
  free(doc->language);
  tact_doc_free(doc->checker);
  free(doc->lines);
  cli_free_list(doc->disabled, doc->disabled_count);
  free(doc);
}

void lsp_doc_replace(lsp_doc *doc, size_t start, size_t end, const char *text,
                     size_t length) {
  /* Offsets come from lsp_doc_offset, so they are within the text. */
  if (tact_doc_edit(doc->checker, start, end, text, length) ==
      TACT_ERROR_NOMEM)
    cli_oom();
  text_changed(doc);
  update_lines(doc, start, end, length);
}

void lsp_doc_set_engine(lsp_doc *doc, const tact_engine *engine) {
  tact_doc *checker = new_checker(engine, doc->format, doc->text, doc->len);
  tact_doc_free(doc->checker);
  doc->checker = checker;
  text_changed(doc);
}

/* Bytes of the UTF-8 sequence that starts with `c` (1 for a stray
 * continuation byte, which valid text never starts a character with). */
static size_t char_bytes(unsigned char c) {
  return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

/* Code units of that character in the position encoding. */
static size_t char_units(unsigned char c, lsp_encoding enc) {
  if (enc == LSP_UTF8)
    return char_bytes(c);
  return c >= 0xF0 ? 2 : 1; /* a surrogate pair */
}

/* End of line `line`'s content, before its terminator. */
static size_t line_end(const lsp_doc *doc, size_t line) {
  if (line + 1 >= doc->line_count)
    return doc->len;
  size_t e = doc->lines[line + 1] - 1; /* the "\n" or lone "\r" */
  if (doc->text[e] == '\n' && e > doc->lines[line] && doc->text[e - 1] == '\r')
    e--;
  return e;
}

int lsp_doc_offset(lsp_doc *doc, lsp_encoding enc, const json_t *position,
                   size_t *offset) {
  json_t *jl = json_object_get(position, "line");
  json_t *jc = json_object_get(position, "character");
  if (!json_is_integer(jl) || !json_is_integer(jc) ||
      json_integer_value(jl) < 0 || json_integer_value(jc) < 0)
    return -1;
  index_lines(doc);
  json_int_t line = json_integer_value(jl);
  if ((uint64_t)line >= doc->line_count) {
    *offset = doc->len;
    return 0;
  }
  uint64_t want = (uint64_t)json_integer_value(jc), units = 0;
  size_t p = doc->lines[line], end = line_end(doc, (size_t)line);
  while (p < end && units < want) {
    unsigned char c = (unsigned char)doc->text[p];
    size_t u = char_units(c, enc);
    /* Inside a character (half a surrogate pair): stay before it. */
    if (units + u > want)
      break;
    units += u;
    p += char_bytes(c);
  }
  *offset = p < end ? p : end;
  return 0;
}

json_t *lsp_doc_position(lsp_doc *doc, lsp_encoding enc, size_t offset) {
  index_lines(doc);
  if (offset > doc->len)
    offset = doc->len;
  size_t lo = 0, hi = doc->line_count; /* the last line starting <= offset */
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (doc->lines[mid] <= offset)
      lo = mid;
    else
      hi = mid;
  }
  size_t units = 0;
  for (size_t p = doc->lines[lo]; p < offset;) {
    unsigned char c = (unsigned char)doc->text[p];
    units += char_units(c, enc);
    p += char_bytes(c);
  }
  return json_pack("{s:I,s:I}", "line", (json_int_t)lo, "character",
                   (json_int_t)units);
}

json_t *lsp_doc_range(lsp_doc *doc, lsp_encoding enc, size_t start,
                      size_t end) {
  return json_pack("{s:o,s:o}", "start", lsp_doc_position(doc, enc, start),
                   "end", lsp_doc_position(doc, enc, end));
}

int lsp_doc_read_range(lsp_doc *doc, lsp_encoding enc, const json_t *range,
                       size_t *start, size_t *end) {
  if (!json_is_object(range) ||
      lsp_doc_offset(doc, enc, json_object_get(range, "start"), start) != 0 ||
      lsp_doc_offset(doc, enc, json_object_get(range, "end"), end) != 0)
    return -1;
  if (*end < *start) {
    size_t t = *start;
    *start = *end;
    *end = t;
  }
  return 0;
}

static int blank_between(const char *text, size_t a, size_t b) {
  for (size_t i = a; i < b; i++)
    if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r' &&
        text[i] != '\n')
      return 0;
  return 1;
}

size_t lsp_doc_paragraph_start(const lsp_doc *doc, size_t offset) {
  const char *t = doc->text;
  size_t start = offset > doc->len ? doc->len : offset;
  while (start > 0 && t[start - 1] != '\n' && t[start - 1] != '\r')
    start--;
  /* Move up a line at a time until the line above is blank. */
  while (start > 0) {
    size_t above = start - 1;
    if (t[above] == '\n' && above > 0 && t[above - 1] == '\r')
      above--;
    size_t above_start = above;
    while (above_start > 0 && t[above_start - 1] != '\n' &&
           t[above_start - 1] != '\r')
      above_start--;
    if (blank_between(t, above_start, above))
      break;
    start = above_start;
  }
  return start;
}

int lsp_rule_listed(char *const *names, size_t count, const char *rule_id,
                    const char *category) {
  for (size_t i = 0; i < count; i++)
    if (strcmp(names[i], rule_id) == 0 || strcmp(names[i], category) == 0)
      return 1;
  return 0;
}

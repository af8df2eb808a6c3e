/* tickets.c — records of support-ticket exports: JSON lines (one object a
 * line, jansson) and CSV (RFC 4180: a header row, quoted fields that may
 * hold commas, "" and line breaks). One field of each record is the text
 * to check; records are read one at a time, so an export of any size
 * takes little memory. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

struct cli_records {
  FILE *in;
  int own; /* fclose at the end (not standard input) */
  int csv;
  char *path;
  const char *field, *id_field;
  size_t max_size;
  long line; /* lines read so far */
  /* CSV: the header's positions of the field and the id field. */
  long field_col, id_col;
  /* The current CSV record's fields. */
  char **cells;
  size_t *cell_len;
  size_t ncells, cap_cells;
  char *buf;
  size_t len, cap;
};

static void put_char(char **buf, size_t *len, size_t *cap, char c) {
  if (*len + 2 > *cap) {
    *cap = *cap ? *cap * 2 : 256;
    *buf = cli_realloc(*buf, *cap);
  }
  (*buf)[(*len)++] = c;
  (*buf)[*len] = '\0';
}

static char *dup_n(const char *s, size_t n) {
  char *p = cli_malloc(n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

static char *format_msg(const char *fmt, const char *a, long n, const char *b) {
  size_t size = strlen(fmt) + strlen(a) + strlen(b) + 32;
  char *s = cli_malloc(size);
  snprintf(s, size, fmt, a, n, b);
  return s;
}

/* ---- CSV ------------------------------------------------------------------ */

static void free_cells(cli_records *r) {
  for (size_t i = 0; i < r->ncells; i++)
    free(r->cells[i]);
  r->ncells = 0;
}

static void end_cell(cli_records *r) {
  if (r->ncells == r->cap_cells) {
    r->cap_cells = r->cap_cells ? r->cap_cells * 2 : 16;
    r->cells = cli_realloc(r->cells, r->cap_cells * sizeof *r->cells);
    r->cell_len = cli_realloc(r->cell_len, r->cap_cells * sizeof *r->cell_len);
  }
  r->cells[r->ncells] = dup_n(r->buf ? r->buf : "", r->len);
  r->cell_len[r->ncells++] = r->len;
  r->len = 0;
}

/* Reads one CSV record into r->cells. Returns 1, 0 at the end of the
 * input, -1 on a malformed or oversized record (message in *error). */
static int csv_record(cli_records *r, char **error) {
  free_cells(r);
  r->len = 0;
  int c, quoted = 0, any = 0;
  size_t total = 0;
  long start = r->line + 1;
  while ((c = getc(r->in)) != EOF) {
    any = 1;
    if (++total > r->max_size) {
      *error = format_msg("%s:%ld: record larger than the --max-size limit%s",
                          r->path, start, "");
      /* Skip to the end of the line so reading can go on. */
      while (c != EOF && c != '\n') c = getc(r->in);
      r->line++;
      return -1;
    }
    if (quoted) {
      if (c == '"') {
        int d = getc(r->in);
        if (d == '"') {
          put_char(&r->buf, &r->len, &r->cap, '"');
        } else {
          quoted = 0;
          if (d != EOF) ungetc(d, r->in);
        }
      } else {
        if (c == '\n') r->line++;
        put_char(&r->buf, &r->len, &r->cap, (char)c);
      }
    } else if (c == '"' && r->len == 0) {
      quoted = 1;
    } else if (c == ',') {
      end_cell(r);
    } else if (c == '\n' || c == '\r') {
      if (c == '\r') {
        int d = getc(r->in);
        if (d != '\n' && d != EOF) ungetc(d, r->in);
      }
      r->line++;
      end_cell(r);
      return 1;
    } else {
      put_char(&r->buf, &r->len, &r->cap, (char)c);
    }
  }
  if (ferror(r->in)) {
    *error = format_msg("%s:%ld: cannot read: %s", r->path, start,
                        strerror(errno ? errno : EIO));
    return -1;
  }
  if (quoted) {
    *error = format_msg("%s:%ld: a quoted field is never closed%s", r->path,
                        start, "");
    return -1;
  }
  if (!any) return 0;
  r->line++;
  end_cell(r);
  return 1;
}

static long column_of(cli_records *r, const char *name) {
  for (size_t i = 0; i < r->ncells; i++)
    if (strcmp(r->cells[i], name) == 0) return (long)i;
  return -1;
}

/* ---- JSON lines ------------------------------------------------------------ */

/* Reads one line into r->buf. Returns 1, 0 at the end, -1 when the line
 * is larger than the limit (skipped; message in *error). */
static int json_line(cli_records *r, char **error) {
  r->len = 0;
  int c, any = 0;
  int too_big = 0;
  while ((c = getc(r->in)) != EOF) {
    any = 1;
    if (c == '\n') break;
    if (r->len >= r->max_size) too_big = 1;
    else put_char(&r->buf, &r->len, &r->cap, (char)c);
  }
  if (!any) return 0;
  r->line++;
  if (too_big) {
    *error = format_msg("%s:%ld: record larger than the --max-size limit%s",
                        r->path, r->line, "");
    return -1;
  }
  return 1;
}

/* A record's name: FILE#ID when an id field is given and present, else
 * FILE#LINE. */
static char *record_name(const cli_records *r, long line, const char *id,
                         size_t id_len) {
  size_t size = strlen(r->path) + id_len + 32;
  char *name = cli_malloc(size);
  if (id)
    snprintf(name, size, "%s#%.*s", r->path, (int)id_len, id);
  else
    snprintf(name, size, "%s#%ld", r->path, line);
  return name;
}

static int json_record(cli_records *r, char **name, char **text, size_t *len,
                       char **error) {
  for (;;) {
    int got = json_line(r, error);
    if (got <= 0) return got;
    size_t k = 0;
    while (k < r->len && (r->buf[k] == ' ' || r->buf[k] == '\t' ||
                          r->buf[k] == '\r'))
      k++;
    if (k == r->len) continue; /* blank lines separate nothing */
    json_error_t jerr;
    json_t *obj = json_loadb(r->buf, r->len, 0, &jerr);
    if (!obj || !json_is_object(obj)) {
      *error = format_msg("%s:%ld: not a JSON object: %s", r->path, r->line,
                          obj ? "another JSON value" : jerr.text);
      json_decref(obj);
      return -1;
    }
    json_t *f = json_object_get(obj, r->field);
    if (!json_is_string(f)) {
      *error = format_msg("%s:%ld: no string field '%s'", r->path, r->line,
                          r->field);
      json_decref(obj);
      return -1;
    }
    *len = json_string_length(f);
    *text = dup_n(json_string_value(f), *len);
    json_t *id = r->id_field ? json_object_get(obj, r->id_field) : NULL;
    char num[32];
    const char *id_text = NULL;
    size_t id_len = 0;
    if (json_is_string(id)) {
      id_text = json_string_value(id);
      id_len = json_string_length(id);
    } else if (json_is_integer(id)) {
      id_len = (size_t)snprintf(num, sizeof num, "%lld",
                                (long long)json_integer_value(id));
      id_text = num;
    }
    *name = record_name(r, r->line, id_text, id_len);
    json_decref(obj);
    return 1;
  }
}

/* ---- API --------------------------------------------------------------------- */

cli_records *cli_records_open(const char *path, int csv, const char *field,
                              const char *id_field, size_t max_size,
                              char **error) {
  FILE *in = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!in) {
    size_t size = strlen(path) + 128;
    *error = cli_malloc(size);
    snprintf(*error, size, "cannot read %s: %s", path, strerror(errno));
    return NULL;
  }
  cli_records *r = cli_malloc(sizeof *r);
  memset(r, 0, sizeof *r);
  r->in = in;
  r->own = in != stdin;
  r->csv = csv;
  const char *shown = in == stdin ? "<stdin>" : path; /* as reports say */
  r->path = dup_n(shown, strlen(shown));
  r->field = field;
  r->id_field = id_field;
  r->max_size = max_size;
  if (csv) {
    int got = csv_record(r, error);
    if (got <= 0) {
      if (got == 0)
        *error = format_msg("%s:%ld: no header row%s", shown, 1, "");
      cli_records_close(r);
      return NULL;
    }
    r->field_col = column_of(r, field);
    r->id_col = id_field ? column_of(r, id_field) : -1;
    if (r->field_col < 0) {
      *error = format_msg("%s:%ld: the header has no column '%s'", shown, 1,
                          field);
      cli_records_close(r);
      return NULL;
    }
  }
  return r;
}

int cli_records_next(cli_records *r, char **name, char **text, size_t *len,
                     char **error) {
  *name = *text = *error = NULL;
  if (!r->csv) return json_record(r, name, text, len, error);
  for (;;) {
    long start = r->line + 1;
    int got = csv_record(r, error);
    if (got <= 0) return got;
    if (r->ncells == 1 && r->cell_len[0] == 0) continue; /* a blank line */
    if ((size_t)r->field_col >= r->ncells) {
      *error = format_msg("%s:%ld: the record has no column '%s'", r->path,
                          start, r->field);
      return -1;
    }
    *len = r->cell_len[r->field_col];
    *text = dup_n(r->cells[r->field_col], *len);
    int has_id = r->id_col >= 0 && (size_t)r->id_col < r->ncells &&
                 r->cell_len[r->id_col] > 0;
    *name = record_name(r, start, has_id ? r->cells[r->id_col] : NULL,
                        has_id ? r->cell_len[r->id_col] : 0);
    return 1;
  }
}

void cli_records_close(cli_records *r) {
  if (!r) return;
  if (r->own) fclose(r->in);
  free_cells(r);
  free(r->cells);
  free(r->cell_len);
  free(r->buf);
  free(r->path);
  free(r);
}

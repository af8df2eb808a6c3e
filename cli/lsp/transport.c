/* transport.c — LSP base protocol: "Content-Length: N\r\n\r\n" then N
 * bytes of JSON. Bad framing is reported and the stream resynchronised at
 * the next "Content-Length:" header, so one broken message costs nothing
 * else. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "lsp/lsp.h"

/* A header block larger than this is not one. */
#define MAX_HEADER 8192
#define READ_CHUNK 65536

static const char length_field[] = "content-length:";
#define LENGTH_FIELD_LEN (sizeof length_field - 1)

void lsp_transport_init(lsp_transport *t, int in, int out) {
  memset(t, 0, sizeof *t);
  t->in = in;
  t->out = out;
}

void lsp_transport_free(lsp_transport *t) {
  free(t->buf);
  t->buf = NULL;
  t->len = t->cap = 0;
}

static void drop(lsp_transport *t, size_t n) {
  if (n > t->len)
    n = t->len;
  if (n == 0)
    return;
  memmove(t->buf, t->buf + n, t->len - n);
  t->len -= n;
}

void lsp_transport_fill(lsp_transport *t) {
  if (t->len + READ_CHUNK + 1 > t->cap) {
    size_t cap = t->cap * 2;
    t->cap = cap > t->len + READ_CHUNK + 1 ? cap : t->len + READ_CHUNK + 1;
    t->buf = cli_realloc(t->buf, t->cap);
  }
  ssize_t n;
  do
    n = read(t->in, t->buf + t->len, READ_CHUNK);
  while (n < 0 && errno == EINTR);
  if (n <= 0) {
    if (n < 0)
      lsp_log("cannot read standard input: %s", strerror(errno));
    t->eof = 1;
    return;
  }
  t->len += (size_t)n;
  /* An oversized body is thrown away as it arrives. */
  if (t->skip) {
    size_t k = t->skip < t->len ? t->skip : t->len;
    drop(t, k);
    t->skip -= k;
  }
}

/* Offset of the next "Content-Length:" at or after `from`, or t->len. */
static size_t find_length_field(const lsp_transport *t, size_t from) {
  for (size_t i = from; i + LENGTH_FIELD_LEN <= t->len; i++)
    if (strncasecmp(t->buf + i, length_field, LENGTH_FIELD_LEN) == 0)
      return i;
  return t->len;
}

/* 1 when the buffer starts with (a prefix of) a header a message may begin
 * with. */
static int starts_like_header(const lsp_transport *t) {
  static const char *const fields[] = {"content-length:", "content-type:"};
  for (size_t f = 0; f < 2; f++) {
    size_t n = strlen(fields[f]);
    if (strncasecmp(t->buf, fields[f], t->len < n ? t->len : n) == 0)
      return 1;
  }
  return 0;
}

/* Drops unframed bytes up to the next "Content-Length:", keeping a tail
 * that may be the start of one. Returns 1 when a header was found. */
static int resync(lsp_transport *t) {
  size_t next = find_length_field(t, 1);
  if (next < t->len) {
    drop(t, next);
    return 1;
  }
  if (t->len > LENGTH_FIELD_LEN)
    drop(t, t->len - LENGTH_FIELD_LEN);
  return 0;
}

/* Parses the header block buf[0, end): sets *length. Returns NULL, or what
 * is wrong. */
static const char *parse_headers(const char *buf, size_t end,
                                 size_t *length) {
  int have_length = 0;
  size_t i = 0;
  while (i < end) {
    const char *eol = memchr(buf + i, '\n', end - i);
    size_t line_end = eol ? (size_t)(eol - buf) : end;
    size_t stop = line_end;
    if (stop > i && buf[stop - 1] == '\r')
      stop--;
    const char *colon = memchr(buf + i, ':', stop - i);
    if (!colon || colon == buf + i)
      return "malformed header line";
    size_t name_len = (size_t)(colon - (buf + i));
    if (name_len == LENGTH_FIELD_LEN - 1 &&
        strncasecmp(buf + i, length_field, name_len) == 0) {
      size_t k = name_len + 1 + i;
      while (k < stop && (buf[k] == ' ' || buf[k] == '\t'))
        k++;
      if (k == stop)
        return "Content-Length has no value";
      size_t value = 0;
      for (; k < stop && buf[k] >= '0' && buf[k] <= '9'; k++) {
        if (value > (SIZE_MAX - 9) / 10)
          return "Content-Length is too large";
        value = value * 10 + (size_t)(buf[k] - '0');
      }
      while (k < stop && (buf[k] == ' ' || buf[k] == '\t'))
        k++;
      if (k != stop)
        return "Content-Length is not a number";
      *length = value;
      have_length = 1;
    }
    i = line_end + 1;
  }
  return have_length ? NULL : "no Content-Length header";
}

lsp_frame lsp_transport_next(lsp_transport *t, const char **body,
                             size_t *length, const char **error) {
  drop(t, t->consumed);
  t->consumed = 0;
  for (;;) {
    if (t->skip || t->len == 0)
      return LSP_FRAME_NONE;
    /* A message starts with a header; anything else is noise, reported
     * once however long it is. */
    if (!starts_like_header(t)) {
      int fresh = !t->in_garbage;
      t->in_garbage = 1;
      int found = resync(t);
      if (fresh) {
        *error = "bytes outside any message (expected a Content-Length "
                 "header)";
        return LSP_FRAME_ERROR;
      }
      if (!found)
        return LSP_FRAME_NONE;
      continue;
    }
    /* The header block ends with an empty line. */
    size_t end = 0, body_at = 0;
    for (size_t i = 0; i + 1 < t->len && i < MAX_HEADER; i++) {
      if (t->buf[i] != '\n')
        continue;
      if (t->buf[i + 1] == '\n') {
        end = i, body_at = i + 2;
        break;
      }
      if (i + 2 < t->len && t->buf[i + 1] == '\r' && t->buf[i + 2] == '\n') {
        end = i, body_at = i + 3;
        break;
      }
    }
    if (!body_at) {
      if (t->len < MAX_HEADER)
        return LSP_FRAME_NONE;
      t->in_garbage = 1;
      resync(t);
      *error = "header block too long";
      return LSP_FRAME_ERROR;
    }
    size_t n = 0;
    const char *bad = parse_headers(t->buf, end, &n);
    if (bad) {
      /* Without a length the body cannot be told from noise: skip it
       * quietly up to the next header. */
      drop(t, body_at);
      t->in_garbage = 1;
      *error = bad;
      return LSP_FRAME_ERROR;
    }
    if (n > LSP_MAX_MESSAGE) {
      drop(t, body_at);
      size_t k = n < t->len ? n : t->len;
      drop(t, k);
      t->skip = n - k;
      *error = "message too large (over 64 MiB): skipped";
      return LSP_FRAME_ERROR;
    }
    if (t->len - body_at < n)
      return LSP_FRAME_NONE;
    t->in_garbage = 0;
    *body = t->buf + body_at;
    *length = n;
    t->consumed = body_at + n;
    return LSP_FRAME_MESSAGE;
  }
}

int lsp_transport_send(lsp_transport *t, json_t *message) {
  char *body = json_dumps(message, JSON_COMPACT);
  if (!body)
    cli_oom();
  size_t n = strlen(body);
  char header[64];
  int h = snprintf(header, sizeof header, "Content-Length: %zu\r\n\r\n", n);
  const char *parts[2] = {header, body};
  size_t sizes[2] = {(size_t)h, n};
  int rc = 0;
  for (int p = 0; p < 2 && rc == 0; p++) {
    size_t done = 0;
    while (done < sizes[p]) {
      ssize_t w = write(t->out, parts[p] + done, sizes[p] - done);
      if (w < 0 && errno == EINTR)
        continue;
      if (w <= 0) {
        rc = -1;
        break;
      }
      done += (size_t)w;
    }
  }
  free(body);
  return rc;
}

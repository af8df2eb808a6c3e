/*
 * lsp.h — what the files of `tact lsp`, the Language Server, share.
 *
 * The server is single-threaded: one poll() loop reads framed JSON-RPC
 * messages from standard input, answers requests at once, and checks
 * changed documents when their debounce delay has passed. Checks run in the
 * loop on the current text, so published diagnostics always belong to the
 * newest version. Logs go to standard error only.
 */
#ifndef TACT_LSP_H
#define TACT_LSP_H

#include <stddef.h>
#include <stdint.h>

#include "cli.h"

/* JSON-RPC and LSP error codes. */
enum {
  LSP_PARSE_ERROR = -32700,
  LSP_INVALID_REQUEST = -32600,
  LSP_METHOD_NOT_FOUND = -32601,
  LSP_INVALID_PARAMS = -32602,
  LSP_INTERNAL_ERROR = -32603,
  LSP_SERVER_NOT_INITIALIZED = -32002,
  LSP_REQUEST_FAILED = -32803
};

/* window/showMessage types. */
enum { LSP_MSG_ERROR = 1, LSP_MSG_WARNING = 2, LSP_MSG_INFO = 3 };

/* The largest message accepted from the client; a bigger one is skipped. */
#define LSP_MAX_MESSAGE ((size_t)64 << 20)
/* Documents larger than this are not checked unless settings say so: a
 * check of a megabyte takes seconds, and replies are far smaller. */
#define LSP_DEFAULT_MAX_DOCUMENT ((size_t)512 << 10)
#define LSP_DEFAULT_DEBOUNCE_MS 150

void lsp_log(const char *format, ...)
    __attribute__((format(printf, 1, 2)));

/* ---- Transport (transport.c): Content-Length framing over two fds ------- */

typedef struct lsp_transport {
  int in, out;
  char *buf;          /* bytes read and not yet consumed */
  size_t len, cap;
  size_t consumed;    /* bytes of the last message, dropped on the next call */
  size_t skip;        /* bytes of an oversized body still to be discarded */
  int in_garbage;     /* inside unframed bytes (reported once) */
  int eof;
} lsp_transport;

typedef enum lsp_frame {
  LSP_FRAME_NONE,    /* no complete message yet */
  LSP_FRAME_MESSAGE, /* *body and *length hold one message's body */
  LSP_FRAME_ERROR    /* bad framing; *error says what (reply ParseError) */
} lsp_frame;

void lsp_transport_init(lsp_transport *t, int in, int out);
void lsp_transport_free(lsp_transport *t);
/* Reads what is available; sets t->eof at end of input. Call when poll()
 * says the input is readable. */
void lsp_transport_fill(lsp_transport *t);
/* The next message in the buffer. The body stays valid until the next
 * call. */
lsp_frame lsp_transport_next(lsp_transport *t, const char **body,
                             size_t *length, const char **error);
/* Writes one message; returns 0, or -1 when the output is gone. */
int lsp_transport_send(lsp_transport *t, json_t *message);

/* ---- Documents (documents.c) -------------------------------------------- */

typedef enum lsp_encoding {
  LSP_UTF16, /* the LSP default */
  LSP_UTF8   /* when the client offers it */
} lsp_encoding;

typedef struct lsp_doc {
  char *uri;
  char *language; /* the client's languageId */
  tact_format format; /* from the languageId */
  json_int_t version;
  tact_doc *checker;  /* the text, its parse and its last check */
  const char *text;   /* the checker's text (UTF-8, may hold NUL bytes) */
  size_t len;
  size_t *lines; /* start offset of each line (none yet: line_count 0) */
  size_t line_count, lines_cap;
  char **disabled; /* rules and categories switched off here */
  size_t disabled_count;
  int dirty;        /* changed since it was last checked */
  int64_t due;      /* when to check it (monotonic ms) */
  int too_large;    /* said once that it is too large to check */
  const tact_result *result; /* the checker's, for the current text */
  struct lsp_doc *next;
} lsp_doc;

lsp_doc *lsp_doc_new(const tact_engine *engine, const char *uri,
                     const char *language, json_int_t version,
                     const char *text, size_t length);
void lsp_doc_free(lsp_doc *doc);
/* Replaces [start, end) with `length` bytes of `text`. */
void lsp_doc_replace(lsp_doc *doc, size_t start, size_t end, const char *text,
                     size_t length);
/* Moves the document to another engine (the old one may then be freed). */
void lsp_doc_set_engine(lsp_doc *doc, const tact_engine *engine);
/* LSP position (line + UTF-16 units, or UTF-8 bytes) → byte offset,
 * clamped to the line and to the text as the protocol asks. Returns -1 when `position` is not a Position object. */
int lsp_doc_offset(lsp_doc *doc, lsp_encoding enc, const json_t *position,
                   size_t *offset);
/* Byte offset → LSP Position object. */
json_t *lsp_doc_position(lsp_doc *doc, lsp_encoding enc, size_t offset);
json_t *lsp_doc_range(lsp_doc *doc, lsp_encoding enc, size_t start,
                      size_t end);
/* Reads a Range object; -1 when it is not one. */
int lsp_doc_read_range(lsp_doc *doc, lsp_encoding enc, const json_t *range,
                       size_t *start, size_t *end);
/* Offset of the first line of the paragraph (lines up to a blank one) that
 * holds `offset`. */
size_t lsp_doc_paragraph_start(const lsp_doc *doc, size_t offset);
/* 1 when a rule id is switched off for this document by `names`. */
int lsp_rule_listed(char *const *names, size_t count, const char *rule_id,
                    const char *category);

/* ---- Settings (settings.c) ---------------------------------------------- */

typedef struct lsp_settings {
  char *profile;
  char **rules;
  size_t rule_count;
  cli_switch *switches; /* disable first, then enable: enable wins */
  size_t switch_count;
  tact_severity min_severity; /* 0: the command line's */
  char *language;             /* Hunspell dictionary; NULL: the command line's */
  int spelling;               /* 1 on, -1 off, 0: the command line's */
  int debounce_ms;
  size_t max_document;
} lsp_settings;

/* Reads a settings object ({"tact": {...}} or the inner object; NULL or
 * null for none). Keys of the wrong type are skipped; each problem is added
 * to `problems` (a JSON array of strings). */
void lsp_settings_read(lsp_settings *s, const json_t *json, json_t *problems);
void lsp_settings_free(lsp_settings *s);

/* ---- The server (server.c) ---------------------------------------------- */

typedef enum lsp_state { LSP_STARTING, LSP_RUNNING, LSP_SHUT_DOWN } lsp_state;

typedef enum lsp_snippets {
  LSP_SNIPPETS_NONE,
  LSP_SNIPPETS_EDIT,        /* LSP 3.18 SnippetTextEdit */
  LSP_SNIPPETS_EXPERIMENTAL /* TextEdit.insertTextFormat = 2 */
} lsp_snippets;

typedef struct lsp_server {
  lsp_transport io;
  lsp_state state;
  int done, exit_status;
  const cli_options *cli; /* the command line */
  lsp_settings settings;
  tact_engine *engine;
  lsp_encoding encoding;
  lsp_snippets snippets;
  int hover_markdown;
  lsp_doc *docs;
  char **disabled; /* rules switched off for every document */
  size_t disabled_count;
} lsp_server;

lsp_doc *lsp_find_doc(lsp_server *s, const char *uri);
/* The document named by params.textDocument.uri, or NULL. */
lsp_doc *lsp_params_doc(lsp_server *s, const json_t *params);
/* Builds the engine from the command line and the settings; keeps the old
 * one (and says why) when the new one cannot be used. Returns 0 when the
 * engine was replaced. */
int lsp_rebuild_engine(lsp_server *s);
/* Frees the open documents, the rules switched off and the settings of a
 * session that has ended (not its engine). */
void lsp_server_clear(lsp_server *s);
/* A throw-away engine like the session's with the rules switched off for
 * the session and for `doc` switched off too (NULL if it cannot be built),
 * so a summary counts only what the editor shows. */
tact_engine *lsp_open_engine_hiding(lsp_server *s, const lsp_doc *doc);
int64_t lsp_now_ms(void);

/* ---- Messages (rpc.c) --------------------------------------------------- */

/* Parses and dispatches one message body. */
void lsp_handle(lsp_server *s, const char *body, size_t length);
void lsp_send_error(lsp_server *s, json_t *id, int code, const char *message);
/* Takes the reference to `params`. */
void lsp_notify(lsp_server *s, const char *method, json_t *params);
void lsp_show_message(lsp_server *s, int type, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

/* A request handler returns the result (a new reference; json_null() for
 * none), or NULL after setting *code and *message. */
typedef json_t *(*lsp_request_fn)(lsp_server *s, json_t *params, int *code,
                                  const char **message);
typedef void (*lsp_notification_fn)(lsp_server *s, json_t *params);

json_t *lsp_initialize(lsp_server *s, json_t *params, int *code,
                       const char **message);
json_t *lsp_shutdown(lsp_server *s, json_t *params, int *code,
                     const char **message);
json_t *lsp_execute_command(lsp_server *s, json_t *params, int *code,
                            const char **message);
void lsp_exit(lsp_server *s, json_t *params);
void lsp_did_open(lsp_server *s, json_t *params);
void lsp_did_change(lsp_server *s, json_t *params);
void lsp_did_close(lsp_server *s, json_t *params);
void lsp_did_save(lsp_server *s, json_t *params);
void lsp_did_change_configuration(lsp_server *s, json_t *params);

/* ---- Diagnostics (diagnostics.c) ---------------------------------------- */

/* Checks the document if it changed and publishes its diagnostics. */
void lsp_check_now(lsp_server *s, lsp_doc *doc);
/* Checks the first document whose delay has passed; returns the ms until the
 * next one is due, or -1 when none is waiting. */
int lsp_check_due(lsp_server *s);
void lsp_publish_empty(lsp_server *s, const char *uri);
/* The Diagnostic object of one finding. */
json_t *lsp_diagnostic(lsp_server *s, const tact_finding *f);
/* 1 when this finding is shown (not switched off in the document). */
int lsp_finding_shown(lsp_server *s, const lsp_doc *doc,
                      const tact_finding *f);

/* ---- Requests on findings (actions.c, hover.c) -------------------------- */

json_t *lsp_code_action(lsp_server *s, json_t *params, int *code,
                        const char **message);
json_t *lsp_hover(lsp_server *s, json_t *params, int *code,
                  const char **message);
json_t *lsp_summary(lsp_server *s, json_t *params, int *code,
                    const char **message);

#endif /* TACT_LSP_H */

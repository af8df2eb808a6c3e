/* rpc.c — JSON-RPC 2.0: checking a message's shape, routing it to its
 * handler, and the error replies the protocol asks for. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "lsp/lsp.h"

typedef struct route {
  const char *method;
  lsp_request_fn request;           /* NULL for a notification */
  lsp_notification_fn notification; /* NULL for a request */
} route;

static const route routes[] = {
    {"initialize", lsp_initialize, NULL},
    {"shutdown", lsp_shutdown, NULL},
    {"textDocument/codeAction", lsp_code_action, NULL},
    {"textDocument/hover", lsp_hover, NULL},
    {"workspace/executeCommand", lsp_execute_command, NULL},
    {"tact/summary", lsp_summary, NULL},
    {"initialized", NULL, NULL},
    {"exit", NULL, lsp_exit},
    {"textDocument/didOpen", NULL, lsp_did_open},
    {"textDocument/didChange", NULL, lsp_did_change},
    {"textDocument/didClose", NULL, lsp_did_close},
    {"textDocument/didSave", NULL, lsp_did_save},
    {"workspace/didChangeConfiguration", NULL, lsp_did_change_configuration},
};

static const route *find_route(const char *method) {
  for (size_t i = 0; i < sizeof routes / sizeof routes[0]; i++)
    if (strcmp(routes[i].method, method) == 0)
      return &routes[i];
  return NULL;
}

static void send_message(lsp_server *s, json_t *message) {
  if (lsp_transport_send(&s->io, message) != 0 && !s->done) {
    lsp_log("cannot write to standard output; stopping");
    s->done = 1;
    s->exit_status = 1;
  }
  json_decref(message);
}

void lsp_send_error(lsp_server *s, json_t *id, int code, const char *message) {
  lsp_log("error %d: %s", code, message);
  send_message(s, json_pack("{s:s,s:O,s:{s:i,s:s}}", "jsonrpc", "2.0", "id",
                    id ? id : json_null(), "error", "code", code, "message",
                    message));
}

void lsp_notify(lsp_server *s, const char *method, json_t *params) {
  send_message(s, json_pack("{s:s,s:s,s:o}", "jsonrpc", "2.0", "method", method,
                    "params", params));
}

void lsp_show_message(lsp_server *s, int type, const char *format, ...) {
  char text[1024];
  va_list ap;
  va_start(ap, format);
  vsnprintf(text, sizeof text, format, ap);
  va_end(ap);
  lsp_log("%s", text);
  /* A message is UTF-8 if its parts were; cut text is made whole again. */
  json_t *message = cli_json_string(text);
  lsp_notify(s, "window/showMessage",
             json_pack("{s:i,s:o}", "type", type, "message", message));
}

/* A request id is a string or an integer (null only in replies). */
static int valid_id(const json_t *id) {
  return json_is_string(id) || json_is_integer(id);
}

static void request(lsp_server *s, const route *r, json_t *id,
                    const char *method, json_t *params) {
  if (!r) {
    char text[200];
    snprintf(text, sizeof text, "unknown method: %.150s", method);
    lsp_send_error(s, id, LSP_METHOD_NOT_FOUND, text);
    return;
  }
  if (!r->request) {
    lsp_send_error(s, id, LSP_INVALID_REQUEST,
                   "this method is a notification: send it without an id");
    return;
  }
  if (s->state == LSP_STARTING && r->request != lsp_initialize) {
    lsp_send_error(s, id, LSP_SERVER_NOT_INITIALIZED,
                   "the server is not initialized yet");
    return;
  }
  if (s->state == LSP_SHUT_DOWN) {
    lsp_send_error(s, id, LSP_INVALID_REQUEST,
                   "the server is shut down: only exit is accepted");
    return;
  }
  if (params && !json_is_object(params) && !json_is_array(params)) {
    lsp_send_error(s, id, LSP_INVALID_PARAMS,
                   "params must be an object or an array");
    return;
  }
  int code = LSP_INTERNAL_ERROR;
  const char *message = "internal error";
  json_t *result = r->request(s, params, &code, &message);
  if (!result) {
    lsp_send_error(s, id, code, message);
    return;
  }
  send_message(s, json_pack("{s:s,s:O,s:o}", "jsonrpc", "2.0", "id", id, "result",
                    result));
}

static void notification(lsp_server *s, const route *r, const char *method,
                         json_t *params) {
  if (r && r->request) {
    lsp_log("%s is a request but came without an id; ignored", method);
    return;
  }
  if (r && r->notification == lsp_exit) {
    lsp_exit(s, params);
    return;
  }
  /* Before initialize and after shutdown, notifications are dropped. */
  if (s->state != LSP_RUNNING) {
    lsp_log("%s while %s; ignored", method,
            s->state == LSP_STARTING ? "not initialized" : "shut down");
    return;
  }
  if (!r) {
    /* "$/" notifications are optional; others are unknown. */
    if (strncmp(method, "$/", 2) != 0)
      lsp_log("unknown notification %s ignored", method);
    return;
  }
  if (!r->notification)
    return; /* initialized: nothing to do */
  if (!json_is_object(params)) {
    lsp_log("%s without params object; ignored", method);
    return;
  }
  r->notification(s, params);
}

void lsp_handle(lsp_server *s, const char *body, size_t length) {
  json_error_t err;
  json_t *msg = json_loadb(body, length, JSON_ALLOW_NUL, &err);
  if (!msg) {
    char text[300];
    snprintf(text, sizeof text, "not valid JSON: %s (at byte %d)", err.text,
             err.position);
    lsp_send_error(s, NULL, LSP_PARSE_ERROR, text);
    return;
  }
  if (!json_is_object(msg)) {
    lsp_send_error(s, NULL, LSP_INVALID_REQUEST,
                   json_is_array(msg) ? "batches are not supported"
                                      : "a message must be a JSON object");
    json_decref(msg);
    return;
  }
  json_t *id = json_object_get(msg, "id");
  json_t *method = json_object_get(msg, "method");
  json_t *version = json_object_get(msg, "jsonrpc");
  json_t *reply_id = valid_id(id) ? id : NULL;
  if (!json_is_string(version) || strcmp(json_string_value(version), "2.0"))
    lsp_send_error(s, reply_id, LSP_INVALID_REQUEST,
                   "\"jsonrpc\" must be \"2.0\"");
  else if (id && !json_is_null(id) && !reply_id)
    lsp_send_error(s, NULL, LSP_INVALID_REQUEST,
                   "\"id\" must be a string or an integer");
  else if (!method && (json_object_get(msg, "result") ||
                       json_object_get(msg, "error")))
    ; /* a reply to a request of ours: none are sent that need one */
  else if (!json_is_string(method))
    lsp_send_error(s, reply_id, LSP_INVALID_REQUEST,
                   "\"method\" must be a string");
  else {
    const char *name = json_string_value(method);
    const route *r = find_route(name);
    json_t *params = json_object_get(msg, "params");
    if (json_is_null(params)) /* some clients say null for none */
      params = NULL;
    if (reply_id)
      request(s, r, reply_id, name, params);
    else
      notification(s, r, name, params);
  }
  json_decref(msg);
}

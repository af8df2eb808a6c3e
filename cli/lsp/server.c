/* server.c — `tact lsp`: the command, the poll() loop with its debounce,
 * the lifecycle (initialize, shutdown, exit), document notifications,
 * settings and commands. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lsp/lsp.h"

static const char help[] =
    "Usage: tact lsp [OPTION]...\n"
    "Run a Language Server on standard input and output (JSON-RPC with\n"
    "Content-Length framing, LSP 3.17) for Vim, Neovim, Helix, VS Code and\n"
    "other editors: diagnostics as you type, quick fixes that put the\n"
    "suggested wording in place, hover explanations, and a tone summary.\n"
    "Logs go to standard error.\n"
    "\n"
    "      --rules FILE          also load the rules in FILE (repeatable)\n"
    "      --profile NAME        use profile NAME (default: reply)\n"
    "      --enable RULE         switch a rule id or a category on\n"
    "      --disable RULE        switch a rule id or a category off\n"
    "      --min-severity LEVEL  report only findings of LEVEL or worse\n"
    "      --lang LANG           Hunspell dictionary: en_US or en_GB\n"
    "      --no-spelling         no spelling findings\n"
    "      --no-config           do not load $XDG_CONFIG_HOME/tact/*.lua or\n"
    "                            .tact.lua\n"
    "  -h, --help                show this help\n"
    "\n"
    "The client's settings (initializationOptions, or\n"
    "workspace/didChangeConfiguration), as {\"tact\": {...}} or the inner\n"
    "object, add to these: profile, enable, disable, minSeverity, rules,\n"
    "language (Hunspell dictionary, e.g. en_GB), spelling (true or false),\n"
    "debounce (ms, default 150), maxDocumentBytes (default 524288: larger\n"
    "documents are not checked).\n"
    "\n"
    "Exit status: 0 after shutdown and exit, 1 when the client exits or\n"
    "goes away without shutdown, 2 when the rules cannot be used.\n";

void lsp_log(const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  fputs("tact lsp: ", stderr);
  vfprintf(stderr, format, ap);
  fputc('\n', stderr);
  va_end(ap);
}

int64_t lsp_now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

lsp_doc *lsp_find_doc(lsp_server *s, const char *uri) {
  for (lsp_doc *d = s->docs; d; d = d->next)
    if (strcmp(d->uri, uri) == 0)
      return d;
  return NULL;
}

lsp_doc *lsp_params_doc(lsp_server *s, const json_t *params) {
  const char *uri = json_string_value(
      json_object_get(json_object_get(params, "textDocument"), "uri"));
  return uri ? lsp_find_doc(s, uri) : NULL;
}

static void schedule(lsp_doc *doc, int delay_ms) {
  doc->dirty = 1;
  doc->due = lsp_now_ms() + delay_ms;
}

/* ---- Engine ------------------------------------------------------------- */

/* The command line with the settings after it, then `hide[0..nhide)`
 * switched off: later switches win. */
static tact_engine *open_engine(lsp_server *s, char *const *hide,
                                size_t nhide) {
  const cli_options *c = s->cli;
  const lsp_settings *st = &s->settings;
  cli_options o = *c;
  o.rule_files = cli_malloc((c->rule_file_count + st->rule_count + 1) *
                            sizeof *o.rule_files);
  for (size_t i = 0; i < c->rule_file_count; i++)
    o.rule_files[i] = c->rule_files[i];
  for (size_t i = 0; i < st->rule_count; i++)
    o.rule_files[c->rule_file_count + i] = st->rules[i];
  o.rule_file_count = c->rule_file_count + st->rule_count;
  o.switches = cli_malloc((c->switch_count + st->switch_count + nhide + 1) *
                          sizeof *o.switches);
  for (size_t i = 0; i < c->switch_count; i++)
    o.switches[i] = c->switches[i];
  for (size_t i = 0; i < st->switch_count; i++)
    o.switches[c->switch_count + i] = st->switches[i];
  o.switch_count = c->switch_count + st->switch_count;
  for (size_t i = 0; i < nhide; i++)
    o.switches[o.switch_count++] = (cli_switch){.enable = 0, .what = hide[i]};
  if (st->profile)
    o.profile = st->profile;
  if (st->min_severity)
    o.min_severity = st->min_severity;
  if (st->language)
    o.language = st->language;
  if (st->spelling)
    o.spelling = st->spelling;
  tact_engine *engine = cli_engine_open(&o);
  free(o.rule_files);
  free(o.switches);
  return engine;
}

tact_engine *lsp_open_engine_hiding(lsp_server *s, const lsp_doc *doc) {
  size_t n = s->disabled_count + doc->disabled_count;
  char **hide = cli_malloc((n + 1) * sizeof *hide);
  for (size_t i = 0; i < s->disabled_count; i++)
    hide[i] = s->disabled[i];
  for (size_t i = 0; i < doc->disabled_count; i++)
    hide[s->disabled_count + i] = doc->disabled[i];
  tact_engine *engine = open_engine(s, hide, n);
  free(hide);
  return engine;
}

void lsp_server_clear(lsp_server *s) {
  while (s->docs) {
    lsp_doc *next = s->docs->next;
    lsp_doc_free(s->docs);
    s->docs = next;
  }
  cli_free_list(s->disabled, s->disabled_count);
  s->disabled = NULL;
  s->disabled_count = 0;
  lsp_settings_free(&s->settings);
}

int lsp_rebuild_engine(lsp_server *s) {
  tact_engine *engine = open_engine(s, NULL, 0);
  if (!engine) {
    lsp_show_message(s, LSP_MSG_ERROR,
                     "Tact: these settings make the rules unusable (see the "
                     "server log); the previous rules stay in use.");
    return -1;
  }
  size_t warnings = tact_engine_warning_count(engine);
  if (warnings)
    lsp_show_message(s, LSP_MSG_WARNING, "Tact: %s%s",
                     tact_engine_warning(engine, 0),
                     warnings > 1 ? " (more in the server log)" : "");
  /* Results of the old engine are stale: check every document again. */
  for (lsp_doc *d = s->docs; d; d = d->next) {
    lsp_doc_set_engine(d, engine);
    schedule(d, 0);
  }
  tact_engine_free(s->engine);
  s->engine = engine;
  return 0;
}

static void apply_settings(lsp_server *s, const json_t *json) {
  json_t *problems = json_array();
  lsp_settings_read(&s->settings, json, problems);
  size_t i;
  json_t *p;
  json_array_foreach(problems, i, p)
      lsp_show_message(s, LSP_MSG_WARNING, "Tact: %s", json_string_value(p));
  json_decref(problems);
}

/* ---- Lifecycle ---------------------------------------------------------- */

static int offers(const json_t *array, const char *value) {
  size_t i;
  json_t *item;
  json_array_foreach(array, i, item) if (json_is_string(item) &&
                                         strcmp(json_string_value(item),
                                                value) == 0) return 1;
  return 0;
}

static void read_capabilities(lsp_server *s, const json_t *caps) {
  const json_t *encodings = json_object_get(
      json_object_get(caps, "general"), "positionEncodings");
  /* UTF-8 needs no conversion; UTF-16 is what every client has. */
  s->encoding = offers(encodings, "utf-8") ? LSP_UTF8 : LSP_UTF16;
  const json_t *ws_edit =
      json_object_get(json_object_get(caps, "workspace"), "workspaceEdit");
  if (json_is_true(json_object_get(ws_edit, "snippetEditSupport")))
    s->snippets = LSP_SNIPPETS_EDIT;
  else if (json_is_true(json_object_get(json_object_get(caps, "experimental"),
                                        "snippetTextEdit")))
    s->snippets = LSP_SNIPPETS_EXPERIMENTAL;
  const json_t *formats = json_object_get(
      json_object_get(json_object_get(caps, "textDocument"), "hover"),
      "contentFormat");
  s->hover_markdown = !json_is_array(formats) || offers(formats, "markdown");
}

json_t *lsp_initialize(lsp_server *s, json_t *params, int *code,
                       const char **message) {
  if (s->state != LSP_STARTING) {
    *code = LSP_INVALID_REQUEST;
    *message = "initialize may be sent only once";
    return NULL;
  }
  if (!json_is_object(params)) {
    *code = LSP_INVALID_PARAMS;
    *message = "initialize needs a params object";
    return NULL;
  }
  read_capabilities(s, json_object_get(params, "capabilities"));
  s->state = LSP_RUNNING;
  json_t *options = json_object_get(params, "initializationOptions");
  if (options && !json_is_null(options)) {
    apply_settings(s, options);
    lsp_rebuild_engine(s);
  }
  static const char *const encoding_names[] = {"utf-16", "utf-8"};
  return json_pack(
      "{s:{s:s,s:{s:b,s:i,s:{s:b}},s:{s:[s]},s:b,s:{s:[s,s]}},"
      "s:{s:s,s:s}}",
      "capabilities", "positionEncoding", encoding_names[s->encoding],
      "textDocumentSync", "openClose", 1, "change", 2, "save", "includeText",
      0, "codeActionProvider", "codeActionKinds", "quickfix", "hoverProvider",
      1, "executeCommandProvider", "commands", "tact.disableRule",
      "tact.enableRule", "serverInfo", "name", "tact", "version",
      tact_version());
}

json_t *lsp_shutdown(lsp_server *s, json_t *params, int *code,
                     const char **message) {
  (void)params, (void)code, (void)message;
  s->state = LSP_SHUT_DOWN;
  return json_null();
}

void lsp_exit(lsp_server *s, json_t *params) {
  (void)params;
  s->done = 1;
  s->exit_status = s->state == LSP_SHUT_DOWN ? 0 : 1;
}

/* ---- Documents ---------------------------------------------------------- */

void lsp_did_open(lsp_server *s, json_t *params) {
  const char *uri, *language = NULL, *text;
  size_t length;
  json_int_t version = 0;
  if (json_unpack(json_object_get(params, "textDocument"),
                  "{s:s,s?s,s?I,s:s%}", "uri", &uri, "languageId", &language,
                  "version", &version, "text", &text, &length) != 0) {
    lsp_log("didOpen without textDocument {uri, text}; ignored");
    return;
  }
  lsp_doc *old = lsp_find_doc(s, uri);
  lsp_doc *doc = lsp_doc_new(s->engine, uri, language, version, text, length);
  if (old) { /* opened twice: the newer text wins */
    lsp_doc **p = &s->docs;
    while (*p != old)
      p = &(*p)->next;
    *p = old->next;
    lsp_doc_free(old);
  }
  doc->next = s->docs;
  s->docs = doc;
  schedule(doc, 0);
}

/* Applies one TextDocumentContentChangeEvent; -1 when it is malformed. */
static int apply_change(lsp_server *s, lsp_doc *doc, const json_t *change) {
  json_t *text = json_object_get(change, "text");
  if (!json_is_string(text))
    return -1;
  json_t *range = json_object_get(change, "range");
  size_t start = 0, end = doc->len;
  if (range && lsp_doc_read_range(doc, s->encoding, range, &start, &end) != 0)
    return -1;
  lsp_doc_replace(doc, start, end, json_string_value(text),
                  json_string_length(text));
  return 0;
}

void lsp_did_change(lsp_server *s, json_t *params) {
  lsp_doc *doc = lsp_params_doc(s, params);
  json_t *changes = json_object_get(params, "contentChanges");
  if (!doc || !json_is_array(changes)) {
    lsp_log("didChange for a document that is not open, or without "
            "contentChanges; ignored");
    return;
  }
  size_t i;
  json_t *change;
  json_array_foreach(changes, i, change) {
    if (apply_change(s, doc, change) != 0)
      lsp_log("%s: change %zu is malformed; skipped", doc->uri, i);
  }
  json_t *version =
      json_object_get(json_object_get(params, "textDocument"), "version");
  if (json_is_integer(version))
    doc->version = json_integer_value(version);
  schedule(doc, s->settings.debounce_ms);
}

void lsp_did_close(lsp_server *s, json_t *params) {
  lsp_doc *doc = lsp_params_doc(s, params);
  if (!doc)
    return;
  lsp_doc **p = &s->docs;
  while (*p != doc)
    p = &(*p)->next;
  *p = doc->next;
  /* A closed document should not keep its marks in the client. */
  lsp_publish_empty(s, doc->uri);
  lsp_doc_free(doc);
}

void lsp_did_save(lsp_server *s, json_t *params) {
  lsp_doc *doc = lsp_params_doc(s, params);
  if (doc && doc->dirty)
    lsp_check_now(s, doc);
}

void lsp_did_change_configuration(lsp_server *s, json_t *params) {
  json_t *settings = json_object_get(params, "settings");
  apply_settings(s, settings);
  lsp_rebuild_engine(s);
}

/* ---- Commands ----------------------------------------------------------- */

static int switch_rule(char ***names, size_t *count, const char *rule,
                       int enable) {
  for (size_t i = 0; i < *count; i++)
    if (strcmp((*names)[i], rule) == 0) {
      if (!enable)
        return 0;
      free((*names)[i]);
      (*names)[i] = (*names)[--*count];
      return 1;
    }
  if (enable)
    return 0;
  *names = cli_realloc(*names, (*count + 1) * sizeof **names);
  (*names)[*count] = strdup(rule);
  if (!(*names)[*count])
    cli_oom();
  ++*count;
  return 1;
}

json_t *lsp_execute_command(lsp_server *s, json_t *params, int *code,
                            const char **message) {
  const char *command = NULL, *uri, *rule;
  json_t *args = NULL;
  *code = LSP_INVALID_PARAMS;
  if (json_unpack(params, "{s:s,s?o}", "command", &command, "arguments",
                  &args) != 0) {
    *message = "executeCommand needs {command, arguments}";
    return NULL;
  }
  int enable = strcmp(command, "tact.enableRule") == 0;
  if (!enable && strcmp(command, "tact.disableRule") != 0) {
    *message = "unknown command (tact.disableRule and tact.enableRule are "
               "known)";
    return NULL;
  }
  json_t *juri, *jrule;
  if (json_unpack(args, "[oo]", &juri, &jrule) != 0 ||
      !(json_is_string(juri) || json_is_null(juri)) || !json_is_string(jrule)) {
    *message = "the arguments are [uri or null, rule id or category]";
    return NULL;
  }
  uri = json_string_value(juri);
  rule = json_string_value(jrule);
  lsp_doc *doc = uri ? lsp_find_doc(s, uri) : NULL;
  if (uri && !doc) {
    *message = "that document is not open";
    return NULL;
  }
  if (doc)
    switch_rule(&doc->disabled, &doc->disabled_count, rule, enable);
  else
    switch_rule(&s->disabled, &s->disabled_count, rule, enable);
  /* Findings are filtered when published: a fresh result is reused. */
  for (lsp_doc *d = s->docs; d; d = d->next)
    if (!doc || d == doc)
      lsp_check_now(s, d);
  return json_null();
}

/* ---- The loop ----------------------------------------------------------- */

static void handle_input(lsp_server *s) {
  const char *body, *error;
  size_t length;
  for (;;) {
    lsp_frame f = lsp_transport_next(&s->io, &body, &length, &error);
    if (f == LSP_FRAME_NONE)
      return;
    if (f == LSP_FRAME_ERROR)
      lsp_send_error(s, NULL, LSP_PARSE_ERROR, error);
    else
      lsp_handle(s, body, length);
    if (s->done)
      return;
  }
}

/* Waits up to `timeout` ms (-1: for ever) for input; returns 1 when there
 * is some (or the end of it). */
static int wait_input(int timeout) {
  struct pollfd p = {.fd = STDIN_FILENO, .events = POLLIN};
  for (;;) {
    int n = poll(&p, 1, timeout);
    if (n >= 0)
      return n > 0;
    if (errno != EINTR)
      return 1; /* let read() report it */
  }
}

static int serve(lsp_server *s) {
  while (!s->done) {
    handle_input(s);
    if (s->done || s->io.eof)
      break;
    /* Input first, so a burst of changes ends in one check of the last
     * version; then whatever check is due. */
    if (!wait_input(0)) {
      int next = lsp_check_due(s);
      if (next == 0 || !wait_input(next))
        continue;
    }
    lsp_transport_fill(&s->io);
  }
  if (!s->done) {
    lsp_log("end of input without exit");
    s->exit_status = s->state == LSP_SHUT_DOWN ? 0 : 1;
  }
  return s->exit_status;
}

static int run(int argc, char **argv) {
  cli_options o;
  cli_parse_status parsed = cli_parse_options(
      &o, "lsp", CLI_OPT_ENGINE | CLI_OPT_MIN_SEVERITY | CLI_OPT_SPELLING, 0,
      argc, argv);
  int status = EXIT_TROUBLE;
  if (parsed == CLI_PARSED_HELP) {
    fputs(help, stdout);
    status = EXIT_CLEAN;
  } else if (parsed == CLI_PARSED && o.arg_count > 0) {
    fputs("tact lsp: takes no operands\nTry 'tact lsp --help'.\n", stderr);
  } else if (parsed == CLI_PARSED) {
    lsp_server s;
    memset(&s, 0, sizeof s);
    s.cli = &o;
    lsp_settings_free(&s.settings); /* the defaults */
    s.engine = cli_engine_open(&o);
    if (s.engine) {
      /* A client that goes away must not kill the server mid-write. */
      signal(SIGPIPE, SIG_IGN);
      lsp_transport_init(&s.io, STDIN_FILENO, STDOUT_FILENO);
      status = serve(&s);
      lsp_transport_free(&s.io);
      lsp_server_clear(&s);
      tact_engine_free(s.engine);
    }
  }
  cli_options_free(&o);
  return status;
}

const cli_command cli_cmd_lsp = {"lsp", "run a Language Server on stdio",
                                 help, run};

/* fuzz_lsp.c — the Language Server's input: Content-Length framing, JSON
 * parsing and every request and notification handler, fed any bytes
 * through a pipe as a client would. One engine (the shipped pack) serves
 * every input; each input gets a fresh server. */
#define _GNU_SOURCE /* F_SETPIPE_SZ */
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"
#include "lsp/lsp.h"

static cli_options options;
static tact_engine *engine;
static int null_out;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  char *args[] = {"--no-config", "--no-spelling", NULL};
  cli_parse_options(&options, "lsp", CLI_OPT_ENGINE | CLI_OPT_SPELLING, 0, 2,
                    args);
  setenv("TACT_DICTS", TACT_SOURCE_DICTS, 1);
  engine = cli_engine_open(&options);
  null_out = open("/dev/null", O_WRONLY);
  return engine && null_out >= 0 ? 0 : 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  int fd[2];
  if (size > 60000 || pipe(fd)) return 0;
  fcntl(fd[1], F_SETPIPE_SZ, 65536);
  if (write(fd[1], data, size) != (ssize_t)size) abort();
  close(fd[1]);
  lsp_server s;
  memset(&s, 0, sizeof s);
  s.cli = &options;
  lsp_settings_free(&s.settings); /* the defaults */
  s.engine = engine;
  lsp_transport_init(&s.io, fd[0], null_out);
  while (!s.done && !s.io.eof) {
    lsp_transport_fill(&s.io);
    const char *body, *error;
    size_t length;
    lsp_frame f;
    while (!s.done &&
           (f = lsp_transport_next(&s.io, &body, &length, &error)) !=
               LSP_FRAME_NONE) {
      if (f == LSP_FRAME_ERROR)
        lsp_send_error(&s, NULL, LSP_PARSE_ERROR, error);
      else
        lsp_handle(&s, body, length);
    }
  }
  /* Whatever the messages left to check, as the loop would when idle. */
  for (lsp_doc *d = s.docs; d; d = d->next) lsp_check_now(&s, d);
  lsp_transport_free(&s.io);
  close(fd[0]);
  lsp_server_clear(&s);
  if (s.engine != engine) { /* settings rebuilt it, freeing the shared one */
    tact_engine_free(s.engine);
    engine = cli_engine_open(&options);
    if (!engine) abort();
  }
  return 0;
}

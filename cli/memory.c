/* memory.c — allocation that never returns NULL. */
#include <stdlib.h>

#include "cli.h"

_Noreturn void cli_oom(void) {
  fputs("tact: out of memory\n", stderr);
  exit(EXIT_TROUBLE);
}

void *cli_malloc(size_t size) {
  void *p = malloc(size ? size : 1);
  if (!p)
    cli_oom();
  return p;
}

void *cli_realloc(void *ptr, size_t size) {
  void *p = realloc(ptr, size ? size : 1);
  if (!p)
    cli_oom();
  return p;
}

void cli_json_use_cli_memory(void) {
  json_set_alloc_funcs(cli_malloc, free);
}

/* fuzz_rules.c — loading Lua rule files: any bytes as a rule file, or
 * (first byte odd) as the phrase, regex or `when` of a rule wrapped
 * around them. The engine is built under small limits and, when it loads,
 * checks a short reply. */
#define _GNU_SOURCE /* memmem */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "tact.h"

static const char reply[] =
    "Hi Sam,\n\nAs I already told you, the form must be signed!! Calm down. "
    "I'm sorry, we can't refund opened items.\n\nBest,\nAlex\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1 || size > 4096) return 0;
  const char *body = (const char *)data + 1;
  size_t n = size - 1;
  char *src = NULL;
  size_t len = 0;
  static const char *const fields[] = {"phrases", "unless", "regex", "when"};
  if (data[0] & 1) {
    if (memmem(body, n, "]==]", 4)) return 0; /* would end the string */
    const char *field = fields[(data[0] >> 1) % 4];
    size_t cap = n + 256;
    src = malloc(cap);
    if (!src) return 0;
    const char *kind = strcmp(field, "when") == 0 || strcmp(field, "unless") == 0
                           ? "check = function(s, report) report{} end, "
                           : "";
    if (strcmp(field, "unless") == 0) kind = "phrases = 'calm down', ";
    len = (size_t)snprintf(src, cap,
                           "tact.rule{ id = 'fuzz.rule', message = 'm', %s"
                           "%s = { [==[%.*s]==] } }\n",
                           kind, field, (int)n, body);
    if (len >= cap) len = cap - 1;
  } else {
    src = malloc(n ? n : 1);
    if (!src) return 0;
    memcpy(src, body, n);
    len = n;
  }
  tact_config *c = tact_config_new();
  tact_config_set_lua_limits(c, 200000, 16u << 20);
  tact_config_set_spelling(c, 0); /* a dictionary per input is slow */
  tact_config_add_rule_source(c, "fuzz.lua", src, len);
  tact_engine *e = tact_engine_new(c);
  tact_config_free(c);
  if (tact_engine_status(e) == TACT_OK || tact_engine_status(e) == TACT_ERROR_RULE)
    tact_result_free(tact_check(e, reply, sizeof reply - 1));
  tact_engine_free(e);
  free(src);
  return 0;
}

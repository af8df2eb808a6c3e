/* helpers.h — building engines from inline Lua and reading findings, for
 * the API tests. */
#ifndef TACT_TEST_HELPERS_H
#define TACT_TEST_HELPERS_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "tact.h"

/* An engine from one in-memory rule file named "rules.lua"; extra config
 * calls may follow through `tweak` (NULL for none). */
static inline tact_engine *engine_from(const char *lua,
                                       void (*tweak)(tact_config *)) {
  tact_config *c = tact_config_new();
  assert_non_null(c);
  assert_int_equal(tact_config_add_rule_source(c, "rules.lua", lua,
                                               strlen(lua)),
                   TACT_OK);
  if (tweak) tweak(c);
  tact_engine *e = tact_engine_new(c);
  tact_config_free(c);
  assert_non_null(e);
  return e;
}

/* A `tweak` for engine_from: no dictionary, so made-up words are no
 * spelling findings. */
static inline void no_spelling(tact_config *c) {
  assert_int_equal(tact_config_set_spelling(c, 0), TACT_OK);
}

/* Checks `text` and writes the findings as "rule@start-end" lines, e.g.
 * "blame.x@0-12\n", into buf, so a test compares one string. */
static inline void findings_of(const tact_engine *e, const char *text,
                               size_t len, char *buf, size_t size) {
  tact_result *r = tact_check(e, text, len);
  assert_non_null(r);
  assert_int_equal(tact_result_status(r), TACT_OK);
  size_t at = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < tact_result_count(r); i++) {
    const tact_finding *f = tact_result_finding(r, i);
    at += (size_t)snprintf(buf + at, size - at, "%s@%zu-%zu\n", f->rule_id,
                           f->start, f->end);
    assert_true(at < size);
  }
  tact_result_free(r);
}

#define ASSERT_FINDINGS(e, text, expected)                 \
  do {                                                     \
    char buf_[4096];                                       \
    findings_of((e), (text), strlen(text), buf_, sizeof buf_); \
    assert_string_equal(buf_, (expected));                 \
  } while (0)

#endif

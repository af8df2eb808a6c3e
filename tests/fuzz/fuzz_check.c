/* fuzz_check.c — the text pipeline and the whole check: any bytes, in any
 * format, through the shipped English pack. The first byte picks the
 * format (text, Markdown, HTML, e-mail) and whether the text is checked
 * again as an incremental document after an edit. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "tact.h"

static tact_engine *engine;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  tact_config *c = tact_config_new();
  tact_config_add_rule_dir(c, TACT_SOURCE_DICTS "/en");
  /* Hunspell's suggestions take milliseconds a word: with them on, a
   * fuzzer full of unknown words would try a few inputs a second. */
  tact_config_set_spelling(c, 0);
  engine = tact_engine_new(c);
  tact_config_free(c);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  tact_format format = (tact_format)(1 + data[0] % 4);
  const char *text = (const char *)data + 1;
  size_t len = size - 1;
  tact_result *r = tact_check_format(engine, text, len, format);
  for (size_t i = 0; i < tact_result_count(r); i++) {
    const tact_finding *f = tact_result_finding(r, i);
    if (f->start > f->end || f->end > len) abort(); /* offsets stay inside */
  }
  tact_result_free(r);
  if (data[0] & 0x10) { /* the same text as a document, edited in the middle */
    tact_doc *d = tact_doc_new(engine, format, text, len);
    (void)tact_doc_result(d);
    size_t at = len / 2;
    tact_doc_edit(d, at, at < len ? at + 1 : at, "\n\n", 2);
    (void)tact_doc_result(d);
    tact_doc_free(d);
  }
  return 0;
}

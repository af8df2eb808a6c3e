/* config.c — tact_config: what an engine is built from. */
#include <stdlib.h>
#include <string.h>

#include "engine.h"

#define DEFAULT_INSTRUCTIONS 1000000u
#define DEFAULT_MEMORY (64u << 20)

tact_config *tact_config_new(void) {
  tact_config *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  c->min_severity = TACT_SEVERITY_HINT;
  c->lua_instructions = DEFAULT_INSTRUCTIONS;
  c->lua_memory = DEFAULT_MEMORY;
  c->spelling = 1;
  return c;
}

void tact_config_free(tact_config *self) {
  if (!self) return;
  for (size_t i = 0; i < self->nsources; i++) {
    free(self->sources[i].name);
    free(self->sources[i].text);
  }
  free(self->sources);
  free(self->profile);
  strvec_free(&self->switches);
  free(self->language);
  strvec_free(&self->dict_paths);
  strvec_free(&self->word_lists);
  strvec_free(&self->words);
  free(self);
}

static tact_status add_source(tact_config *c, const char *name,
                              const char *text, size_t len, int is_dir) {
  if (!c || !name || (!text && !is_dir && len)) return TACT_ERROR_ARGUMENT;
  if (BASE_GROW(c->sources, c->cap_sources, c->nsources + 1))
    return TACT_ERROR_NOMEM;
  source s = {base_strdup(name), NULL, len, is_dir};
  if (text) s.text = base_strndup(text, len);
  if (!s.name || (text && !s.text)) {
    free(s.name);
    free(s.text);
    return TACT_ERROR_NOMEM;
  }
  c->sources[c->nsources++] = s;
  return TACT_OK;
}

/* Files are read when the engine is built, so only the name is kept. */
tact_status tact_config_add_rule_file(tact_config *self, const char *path) {
  return add_source(self, path, NULL, 0, 0);
}

tact_status tact_config_add_rule_dir(tact_config *self, const char *path) {
  return add_source(self, path, NULL, 0, 1);
}

tact_status tact_config_add_rule_source(tact_config *self, const char *name,
                                        const char *text, size_t length) {
  if (!text) return TACT_ERROR_ARGUMENT;
  /* An empty in-memory source still needs a non-NULL text. */
  return add_source(self, name, length ? text : "", length, 0);
}

tact_status tact_config_set_profile(tact_config *self, const char *name) {
  if (!self) return TACT_ERROR_ARGUMENT;
  char *copy = name ? base_strdup(name) : NULL;
  if (name && !copy) return TACT_ERROR_NOMEM;
  free(self->profile);
  self->profile = copy;
  return TACT_OK;
}

static tact_status add_switch(tact_config *c, const char *what, char sign) {
  if (!c || !what || !*what) return TACT_ERROR_ARGUMENT;
  char *s = base_printf("%c%s", sign, what);
  return strvec_take(&c->switches, s) ? TACT_ERROR_NOMEM : TACT_OK;
}

tact_status tact_config_disable(tact_config *self, const char *what) {
  return add_switch(self, what, '-');
}

tact_status tact_config_enable(tact_config *self, const char *what) {
  return add_switch(self, what, '+');
}

tact_status tact_config_set_min_severity(tact_config *self,
                                         tact_severity severity) {
  if (!self || severity < TACT_SEVERITY_ERROR || severity > TACT_SEVERITY_HINT)
    return TACT_ERROR_ARGUMENT;
  self->min_severity = severity;
  return TACT_OK;
}

tact_status tact_config_set_lua_limits(tact_config *self,
                                       uint64_t instructions,
                                       size_t memory_bytes) {
  if (!self) return TACT_ERROR_ARGUMENT;
  self->lua_instructions = instructions ? instructions : DEFAULT_INSTRUCTIONS;
  self->lua_memory = memory_bytes ? memory_bytes : DEFAULT_MEMORY;
  return TACT_OK;
}

tact_status tact_config_set_spelling(tact_config *self, int on) {
  if (!self) return TACT_ERROR_ARGUMENT;
  self->spelling = on != 0;
  return TACT_OK;
}

/* A dictionary name becomes part of a file name: letters, digits, '_' and
 * '-' only, so it can never reach outside the searched folders. */
tact_status tact_config_set_language(tact_config *self, const char *lang) {
  if (!self || (lang && (!*lang || strlen(lang) > 32 ||
                         strspn(lang, "abcdefghijklmnopqrstuvwxyz"
                                      "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                      "0123456789_-") != strlen(lang))))
    return TACT_ERROR_ARGUMENT;
  char *copy = lang ? base_strdup(lang) : NULL;
  if (lang && !copy) return TACT_ERROR_NOMEM;
  free(self->language);
  self->language = copy;
  return TACT_OK;
}

static tact_status push(tact_config *c, strvec *v, const char *s) {
  if (!c || !s || !*s) return TACT_ERROR_ARGUMENT;
  return strvec_push(v, s) ? TACT_ERROR_NOMEM : TACT_OK;
}

tact_status tact_config_add_dictionary_path(tact_config *self,
                                            const char *dir) {
  return push(self, self ? &self->dict_paths : NULL, dir);
}

tact_status tact_config_add_word_list(tact_config *self, const char *path) {
  return push(self, self ? &self->word_lists : NULL, path);
}

tact_status tact_config_add_word(tact_config *self, const char *word) {
  if (word && strpbrk(word, " \t\r\n/")) return TACT_ERROR_ARGUMENT;
  return push(self, self ? &self->words : NULL, word);
}

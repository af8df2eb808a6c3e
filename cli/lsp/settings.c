/* settings.c — the client's settings (initializationOptions and
 * workspace/didChangeConfiguration): {"tact": {...}} or the inner object.
 * A key of the wrong type is skipped and named, never fatal. */
#include <stdlib.h>
#include <string.h>

#include "lsp/lsp.h"

static char *copy(const char *s) {
  char *c = strdup(s);
  if (!c)
    cli_oom();
  return c;
}

static void problem(json_t *problems, const char *key, const char *want) {
  char line[160];
  snprintf(line, sizeof line, "setting '%s' must be %s; ignored", key, want);
  json_array_append_new(problems, json_string(line));
}

/* Appends each string of an array; 0, or -1 when `value` is not an array
 * of strings. */
static int add_names(lsp_settings *s, const json_t *value, int enable) {
  size_t i;
  json_t *item;
  json_array_foreach(value, i, item) if (!json_is_string(item)) return -1;
  json_array_foreach(value, i, item) {
    s->switches = cli_realloc(s->switches,
                              (s->switch_count + 1) * sizeof *s->switches);
    s->switches[s->switch_count].enable = enable;
    s->switches[s->switch_count].what = copy(json_string_value(item));
    s->switch_count++;
  }
  return 0;
}

/* Integer setting in [lo, hi]; -1 when it is not one. */
static int read_int(const json_t *value, json_int_t lo, json_int_t hi,
                    json_int_t *out) {
  if (!json_is_integer(value) || json_integer_value(value) < lo ||
      json_integer_value(value) > hi)
    return -1;
  *out = json_integer_value(value);
  return 0;
}

void lsp_settings_read(lsp_settings *s, const json_t *json, json_t *problems) {
  lsp_settings_free(s);
  const json_t *o = json;
  if (json_is_object(json_object_get(json, "tact")))
    o = json_object_get(json, "tact");
  if (!o || json_is_null(o))
    return;
  if (!json_is_object(o)) {
    json_array_append_new(problems,
                          json_string("settings must be an object; ignored"));
    return;
  }
  const char *key;
  json_t *v;
  json_object_foreach((json_t *)o, key, v) {
    json_int_t n;
    if (strcmp(key, "profile") == 0) {
      if (json_is_string(v))
        s->profile = copy(json_string_value(v));
      else if (!json_is_null(v))
        problem(problems, key, "a string");
    } else if (strcmp(key, "disable") == 0 || strcmp(key, "enable") == 0) {
      /* Read below, disable first, so that enable wins. */
      if (!json_is_array(v) && !json_is_null(v))
        problem(problems, key, "an array of rule ids or categories");
    } else if (strcmp(key, "rules") == 0) {
      size_t i;
      json_t *item;
      int ok = json_is_array(v);
      json_array_foreach(v, i, item) ok = ok && json_is_string(item);
      if (!ok) {
        if (!json_is_null(v))
          problem(problems, key, "an array of rule file paths");
        continue;
      }
      s->rules = cli_realloc(s->rules, (json_array_size(v) + 1) *
                                           sizeof *s->rules);
      json_array_foreach(v, i, item) s->rules[s->rule_count++] =
          copy(json_string_value(item));
    } else if (strcmp(key, "minSeverity") == 0) {
      tact_severity sev =
          json_is_string(v) ? tact_severity_parse(json_string_value(v)) : 0;
      if (sev)
        s->min_severity = sev;
      else if (!json_is_null(v))
        problem(problems, key, "\"error\", \"warning\", \"info\" or \"hint\"");
    } else if (strcmp(key, "debounce") == 0) {
      if (read_int(v, 0, 10000, &n) == 0)
        s->debounce_ms = (int)n;
      else if (!json_is_null(v))
        problem(problems, key, "a number of milliseconds from 0 to 10000");
    } else if (strcmp(key, "maxDocumentBytes") == 0) {
      if (read_int(v, 0, (json_int_t)LSP_MAX_MESSAGE, &n) == 0)
        s->max_document = (size_t)n;
      else if (!json_is_null(v))
        problem(problems, key, "a number of bytes up to 64 MiB");
    } else if (strcmp(key, "language") == 0) {
      if (json_is_string(v))
        s->language = copy(json_string_value(v));
      else if (!json_is_null(v))
        problem(problems, key, "a dictionary name such as \"en_US\"");
    } else if (strcmp(key, "spelling") == 0) {
      if (json_is_boolean(v))
        s->spelling = json_is_true(v) ? 1 : -1;
      else if (!json_is_null(v))
        problem(problems, key, "true or false");
    } else {
      lsp_log("unknown setting '%s' ignored", key);
    }
  }
  static const char *const switch_keys[2] = {"disable", "enable"};
  for (int enable = 0; enable < 2; enable++) {
    const json_t *names = json_object_get(o, switch_keys[enable]);
    if (json_is_array(names) && add_names(s, names, enable) != 0)
      problem(problems, switch_keys[enable],
              "an array of rule ids or categories");
  }
}

void lsp_settings_free(lsp_settings *s) {
  free(s->profile);
  free(s->language);
  cli_free_list(s->rules, s->rule_count);
  for (size_t i = 0; i < s->switch_count; i++)
    free((char *)s->switches[i].what);
  free(s->switches);
  memset(s, 0, sizeof *s);
  s->debounce_ms = LSP_DEFAULT_DEBOUNCE_MS;
  s->max_document = LSP_DEFAULT_MAX_DOCUMENT;
}

/* format.c — naming formats and guessing them from file names and LSP
 * language ids. */
#include <string.h>
#include <strings.h>

#include "tact.h"

static const struct {
  const char *name;
  tact_format format;
} names[] = {
    {"text", TACT_FORMAT_TEXT},         {"txt", TACT_FORMAT_TEXT},
    {"plaintext", TACT_FORMAT_TEXT},    {"markdown", TACT_FORMAT_MARKDOWN},
    {"md", TACT_FORMAT_MARKDOWN},       {"html", TACT_FORMAT_HTML},
    {"htm", TACT_FORMAT_HTML},          {"email", TACT_FORMAT_EMAIL},
    {"eml", TACT_FORMAT_EMAIL},         {"mail", TACT_FORMAT_EMAIL},
};

const char *tact_format_name(tact_format format) {
  switch (format) {
  case TACT_FORMAT_TEXT: return "text";
  case TACT_FORMAT_MARKDOWN: return "markdown";
  case TACT_FORMAT_HTML: return "html";
  case TACT_FORMAT_EMAIL: return "email";
  }
  return "unknown";
}

tact_format tact_format_from_name(const char *name) {
  for (size_t i = 0; name && i < sizeof names / sizeof *names; i++)
    if (strcasecmp(name, names[i].name) == 0) return names[i].format;
  return 0;
}

tact_format tact_format_from_path(const char *path) {
  static const struct {
    const char *ext;
    tact_format format;
  } exts[] = {{"md", TACT_FORMAT_MARKDOWN},   {"markdown", TACT_FORMAT_MARKDOWN},
              {"mdown", TACT_FORMAT_MARKDOWN}, {"mkd", TACT_FORMAT_MARKDOWN},
              {"html", TACT_FORMAT_HTML},     {"htm", TACT_FORMAT_HTML},
              {"xhtml", TACT_FORMAT_HTML},    {"eml", TACT_FORMAT_EMAIL}};
  const char *base = path ? strrchr(path, '/') : NULL;
  base = base ? base + 1 : path;
  const char *dot = base ? strrchr(base, '.') : NULL;
  if (!dot || dot == base) return TACT_FORMAT_TEXT;
  for (size_t i = 0; i < sizeof exts / sizeof *exts; i++)
    if (strcasecmp(dot + 1, exts[i].ext) == 0) return exts[i].format;
  return TACT_FORMAT_TEXT;
}

tact_format tact_format_from_language_id(const char *id) {
  if (!id) return TACT_FORMAT_TEXT;
  if (strcmp(id, "markdown") == 0) return TACT_FORMAT_MARKDOWN;
  if (strcmp(id, "html") == 0) return TACT_FORMAT_HTML;
  if (strcmp(id, "mail") == 0 || strcmp(id, "email") == 0)
    return TACT_FORMAT_EMAIL;
  return TACT_FORMAT_TEXT;
}

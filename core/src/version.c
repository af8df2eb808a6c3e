/* version.c — version, status and severity names. */
#include <strings.h>

#include "tact.h"

const char *tact_version(void) { return TACT_VERSION_STRING; }

const char *tact_status_str(tact_status status) {
  switch (status) {
  case TACT_OK: return "ok";
  case TACT_ERROR_NOMEM: return "out of memory";
  case TACT_ERROR_ARGUMENT: return "invalid argument";
  case TACT_ERROR_IO: return "cannot read file";
  case TACT_ERROR_RULE: return "rule error";
  case TACT_ERROR_NOTFOUND: return "not found";
  case TACT_ERROR_INPUT: return "unusable input";
  }
  return "unknown status";
}

static const char *const severity_names[] = {"error", "warning", "info",
                                             "hint"};

const char *tact_severity_name(tact_severity severity) {
  if (severity < TACT_SEVERITY_ERROR || severity > TACT_SEVERITY_HINT)
    return "unknown";
  return severity_names[severity - 1];
}

tact_severity tact_severity_parse(const char *name) {
  for (int i = 0; name && i < 4; i++)
    if (strcasecmp(name, severity_names[i]) == 0) return (tact_severity)(i + 1);
  return (tact_severity)0;
}

/* config.c — assembling an engine from the shipped pack, the user's and the
 * project's rule files, and the command-line options. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static const char *dicts_dir(void) {
  const char *env = getenv("TACT_DICTS");
  if (env && *env)
    return env;
  if (cli_is_dir(TACT_INSTALL_DICTS))
    return TACT_INSTALL_DICTS;
  /* Lets a build run before it is installed. */
  return TACT_SOURCE_DICTS;
}

char *cli_pack_dir(void) { return cli_path_join(dicts_dir(), "en"); }

/* $XDG_CONFIG_HOME/tact, or ~/.config/tact; NULL when neither is known. The
 * XDG spec says a relative $XDG_CONFIG_HOME is to be ignored. */
static char *user_config_dir(void) {
  const char *xdg = getenv("XDG_CONFIG_HOME");
  if (xdg && xdg[0] == '/')
    return cli_path_join(xdg, "tact");
  const char *home = getenv("HOME");
  if (!home || !*home)
    return NULL;
  char *config = cli_path_join(home, ".config");
  char *dir = cli_path_join(config, "tact");
  free(config);
  return dir;
}

static char *current_dir(void) {
  size_t size = 256;
  char *buf = cli_malloc(size);
  while (!getcwd(buf, size)) {
    if (errno != ERANGE) {
      free(buf);
      return NULL;
    }
    size *= 2;
    buf = cli_realloc(buf, size);
  }
  return buf;
}

/* The nearest .tact.lua from the current directory up to the root. */
static char *find_project_file(void) {
  char *dir = current_dir();
  if (!dir)
    return NULL;
  for (;;) {
    char *path = cli_path_join(dir, ".tact.lua");
    if (cli_is_file(path)) {
      free(dir);
      return path;
    }
    free(path);
    char *slash = strrchr(dir, '/');
    if (!slash || (slash == dir && dir[1] == '\0'))
      break;
    slash[slash == dir ? 1 : 0] = '\0';
  }
  free(dir);
  return NULL;
}

/* Checks a tact_config_* call; returns 0, or -1 after saying what failed. */
static int config_ok(tact_status status, const char *what, const char *arg) {
  if (status == TACT_OK)
    return 0;
  if (status == TACT_ERROR_NOMEM)
    cli_oom();
  fprintf(stderr, "tact: %s '%s': %s\n", what, arg, tact_status_str(status));
  return -1;
}

static int add_user_files(tact_config *config) {
  int rc = 0;
  char *dir = user_config_dir();
  if (dir && cli_is_dir(dir))
    rc = config_ok(tact_config_add_rule_dir(config, dir),
                   "cannot use rule directory", dir);
  free(dir);
  char *project = rc == 0 ? find_project_file() : NULL;
  if (project)
    rc = config_ok(tact_config_add_rule_file(config, project),
                   "cannot use rule file", project);
  free(project);
  return rc;
}

static tact_config *make_config(const cli_options *o) {
  char *pack = cli_pack_dir();
  /* Without the shipped pack every text would pass: that is an
   * installation problem, not a clean check. */
  if (!cli_is_dir(pack)) {
    fprintf(stderr,
            "tact: rule pack %s not found (TACT_DICTS names the directory "
            "that holds en/)\n",
            pack);
    free(pack);
    return NULL;
  }
  tact_config *config = tact_config_new();
  if (!config)
    cli_oom();
  int rc = config_ok(tact_config_add_rule_dir(config, pack),
                     "cannot use rule pack", pack);
  free(pack);
  if (rc == 0 && !o->no_config)
    rc = add_user_files(config);
  for (size_t i = 0; rc == 0 && i < o->rule_file_count; i++)
    rc = config_ok(tact_config_add_rule_file(config, o->rule_files[i]),
                   "cannot use rule file", o->rule_files[i]);
  if (rc == 0 && o->profile)
    rc = config_ok(tact_config_set_profile(config, o->profile),
                   "cannot use profile", o->profile);
  for (size_t i = 0; rc == 0 && i < o->switch_count; i++) {
    const cli_switch *s = &o->switches[i];
    rc = s->enable ? config_ok(tact_config_enable(config, s->what),
                               "cannot enable", s->what)
                   : config_ok(tact_config_disable(config, s->what),
                               "cannot disable", s->what);
  }
  if (rc == 0 && o->language)
    rc = config_ok(tact_config_set_language(config, o->language),
                   "cannot use language", o->language);
  if (rc == 0 && o->spelling < 0)
    rc = config_ok(tact_config_set_spelling(config, 0), "cannot set spelling",
                   "off");
  if (rc == 0)
    rc = config_ok(tact_config_set_min_severity(config, o->min_severity),
                   "cannot set minimum severity",
                   tact_severity_name(o->min_severity));
  if (rc != 0) {
    tact_config_free(config);
    return NULL;
  }
  return config;
}

tact_engine *cli_engine_open(const cli_options *o) {
  tact_config *config = make_config(o);
  if (!config)
    return NULL;
  tact_engine *engine = tact_engine_new(config);
  tact_config_free(config);
  if (!engine)
    cli_oom();

  tact_status status = tact_engine_status(engine);
  int usable = status == TACT_OK || status == TACT_ERROR_RULE;
  const char *message = tact_engine_message(engine);
  /* When the engine is unusable its message is said once, as the error. */
  for (size_t i = 0; !o->quiet && i < tact_engine_warning_count(engine); i++)
    if (usable || strcmp(tact_engine_warning(engine, i), message) != 0)
      fprintf(stderr, "tact: warning: %s\n", tact_engine_warning(engine, i));
  if (!usable) {
    if (status == TACT_ERROR_NOMEM)
      fputs("tact: out of memory\n", stderr);
    else
      fprintf(stderr, "tact: %s\n", message);
    tact_engine_free(engine);
    return NULL;
  }
  return engine;
}

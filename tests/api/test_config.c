/* test_config.c — configurations and engines: profiles, switches, rule
 * listing, files and directories, version, and sharing across threads. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "helpers.h"

static const char *const PACK =
    "tact.profile{ name='reply', categories={ 'blame', 'dismissal' },\n"
    "  severity={ dismissal='error', ['blame.late']='hint' } }\n"
    "tact.profile{ name='policy', disable={ 'dismissal' } }\n"
    "tact.rule{ id='blame.fault', message='m', phrases='your fault',\n"
    "  rationale='why', url='https://example.com/r', suggest={'a','b'},\n"
    "  examples={ flag={ 'It is your fault.' }, pass={ 'Not a fault.' } } }\n"
    "tact.rule{ id='blame.late', message='m', phrases='too late' }\n"
    "tact.rule{ id='dismissal.calm', message='m', phrases='calm down' }\n"
    "tact.rule{ id='threat.close', message='m', phrases='close your account',\n"
    "  profiles={ 'policy' } }\n";

static const char *profile_name;
static const char *switches[4];

static void tweak(tact_config *c) {
  if (profile_name) tact_config_set_profile(c, profile_name);
  for (int i = 0; switches[i]; i++) {
    if (switches[i][0] == '-') tact_config_disable(c, switches[i] + 1);
    else tact_config_enable(c, switches[i] + 1);
  }
}

static tact_engine *engine(const char *profile, const char *s0,
                           const char *s1) {
  profile_name = profile;
  switches[0] = s0;
  switches[1] = s0 ? s1 : NULL;
  switches[2] = NULL;
  return engine_from(PACK, tweak);
}

#define TEXT "Your fault. Too late. Calm down. We close your account."

static void profiles_select_and_weight(void **state) {
  (void)state;
  tact_engine *e = engine(NULL, NULL, NULL);
  assert_string_equal(tact_engine_profile(e), "reply");
  ASSERT_FINDINGS(e, TEXT, "blame.fault@0-10\nblame.late@12-20\ndismissal.calm@22-31\n");
  assert_int_equal(tact_rule_severity(tact_engine_find_rule(e, "dismissal.calm")), TACT_SEVERITY_ERROR);
  assert_int_equal(tact_rule_severity(tact_engine_find_rule(e, "blame.late")), TACT_SEVERITY_HINT);
  assert_int_equal(tact_rule_enabled(tact_engine_find_rule(e, "threat.close")), 0);
  tact_engine_free(e);
  e = engine("policy", NULL, NULL);
  ASSERT_FINDINGS(e, TEXT, "blame.fault@0-10\nblame.late@12-20\nthreat.close@36-54\n");
  assert_int_equal(tact_rule_severity(tact_engine_find_rule(e, "dismissal.calm")), TACT_SEVERITY_WARNING);
  tact_engine_free(e);
  e = engine("memo", NULL, NULL);
  assert_int_equal(tact_engine_status(e), TACT_ERROR_NOTFOUND);
  assert_string_equal(tact_engine_message(e), "unknown profile 'memo' (known: reply, policy)");
  tact_result *r = tact_check(e, "x", 1);
  assert_int_equal(tact_result_status(r), TACT_ERROR_NOTFOUND);
  tact_result_free(r);
  tact_engine_free(e);
}

static void switches_by_id_category_and_star(void **state) {
  (void)state;
  tact_engine *e = engine(NULL, "-blame", "+blame.late");
  ASSERT_FINDINGS(e, TEXT, "blame.late@12-20\ndismissal.calm@22-31\n");
  tact_engine_free(e);
  e = engine(NULL, "+*", NULL);
  ASSERT_FINDINGS(e, TEXT, "blame.fault@0-10\nblame.late@12-20\ndismissal.calm@22-31\nthreat.close@36-54\n");
  tact_engine_free(e);
  e = engine(NULL, "-blam", NULL); /* a typo is reported, not fatal */
  assert_int_equal(tact_engine_status(e), TACT_ERROR_RULE);
  assert_string_equal(tact_engine_message(e), "cannot disable 'blam': no rule or category has that name");
  tact_engine_free(e);
}

static void files_can_switch_rules_too(void **state) {
  (void)state;
  char *lua = malloc(strlen(PACK) + 64);
  sprintf(lua, "%stact.disable{ 'dismissal' }\ntact.enable 'threat.close'\n", PACK);
  tact_engine *e = engine_from(lua, NULL);
  free(lua);
  ASSERT_FINDINGS(e, TEXT, "blame.fault@0-10\nblame.late@12-20\nthreat.close@36-54\n");
  tact_engine_free(e);
}

static void rules_describe_themselves(void **state) {
  (void)state;
  tact_engine *e = engine(NULL, NULL, NULL);
  /* + encoding.invalid-utf8 and spelling.unknown-word */
  assert_int_equal(tact_engine_rule_count(e), 6);
  const tact_rule *r = tact_engine_find_rule(e, "blame.fault");
  assert_non_null(r);
  assert_string_equal(tact_rule_category(r), "blame");
  assert_string_equal(tact_rule_rationale(r), "why");
  assert_string_equal(tact_rule_url(r), "https://example.com/r");
  assert_string_equal(tact_rule_source(r), "rules.lua:4");
  assert_string_equal(tact_rule_kind(r), "phrase");
  assert_string_equal(tact_rule_scope(r), "sentence");
  assert_int_equal(tact_rule_suggestion_count(r), 2);
  assert_string_equal(tact_rule_suggestion(r, 1), "b");
  assert_string_equal(tact_rule_phrase(r, 0), "your fault");
  assert_int_equal(tact_rule_example_count(r, 1), 1);
  assert_string_equal(tact_rule_example(r, 0, 0), "Not a fault.");
  assert_null(tact_rule_example(r, 0, 1));
  assert_null(tact_engine_find_rule(e, "blame.nope"));
  assert_string_equal(tact_rule_kind(tact_engine_find_rule(e, "encoding.invalid-utf8")), "builtin");
  tact_engine_free(e);
}

static void files_and_directories(void **state) {
  (void)state;
  char dir[] = "/tmp/tact-test-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char path[256];
  snprintf(path, sizeof path, "%s/b.lua", dir);
  FILE *f = fopen(path, "w");
  fputs("tact.rule{ id='b.x', message='m', phrases='bee' }\n", f);
  fclose(f);
  snprintf(path, sizeof path, "%s/a.lua", dir);
  f = fopen(path, "w");
  fputs("tact.rule{ id='a.x', message='m', phrases='ay' }\n", f);
  fclose(f);
  snprintf(path, sizeof path, "%s/notes.txt", dir);
  f = fopen(path, "w");
  fputs("not lua", f);
  fclose(f);

  tact_config *c = tact_config_new();
  tact_config_add_rule_dir(c, dir);
  tact_config_add_rule_file(c, "/nonexistent/x.lua");
  tact_engine *e = tact_engine_new(c);
  tact_config_free(c);
  assert_int_equal(tact_engine_status(e), TACT_ERROR_RULE);
  assert_string_equal(tact_engine_message(e), "/nonexistent/x.lua: cannot read rule file: No such file or directory");
  assert_string_equal(tact_rule_id(tact_engine_rule(e, 2)), "a.x"); /* name order */
  assert_string_equal(tact_rule_id(tact_engine_rule(e, 3)), "b.x");
  snprintf(path, sizeof path, "%s/a.lua:1", dir);
  assert_string_equal(tact_rule_source(tact_engine_rule(e, 2)), path);
  tact_engine_free(e);
  for (const char *n = "a.lua\0b.lua\0notes.txt\0"; *n; n += strlen(n) + 1) {
    snprintf(path, sizeof path, "%s/%s", dir, n);
    remove(path);
  }
  remove(dir);
}

static void null_and_version(void **state) {
  (void)state;
  tact_config_free(NULL);
  tact_engine_free(NULL);
  tact_result_free(NULL);
  assert_string_equal(tact_version(), TACT_VERSION_STRING);
  assert_int_equal(TACT_VERSION_NUMBER, (TACT_VERSION_MAJOR << 16) | (TACT_VERSION_MINOR << 8) | TACT_VERSION_PATCH);
  assert_int_equal(tact_config_add_rule_file(NULL, "x"), TACT_ERROR_ARGUMENT);
  tact_engine *e = tact_engine_new(NULL);
  assert_int_equal(tact_engine_status(e), TACT_ERROR_ARGUMENT);
  tact_engine_free(e);
  assert_string_equal(tact_severity_name(TACT_SEVERITY_INFO), "info");
  assert_int_equal(tact_severity_parse("Warning"), TACT_SEVERITY_WARNING);
  assert_int_equal(tact_severity_parse("loud"), 0);
  assert_string_equal(tact_status_str(TACT_ERROR_RULE), "rule error");
}

/* Several threads share one engine, Lua function rules included. */
static void *worker(void *arg) {
  const tact_engine *e = arg;
  const char *text = "Calm down. Sorry. Sorry again. Calm down please.";
  for (int i = 0; i < 200; i++) {
    tact_result *r = tact_check(e, text, strlen(text));
    if (tact_result_count(r) != 3 || tact_result_warning_count(r) != 0) {
      tact_result_free(r);
      return (void *)1;
    }
    tact_result_free(r);
  }
  return NULL;
}

static void one_engine_many_threads(void **state) {
  (void)state;
  tact_engine *e = engine_from(
      "tact.rule{ id='dismissal.calm', message='m', phrases='calm down' }\n"
      "tact.rule{ id='apology.many', scope='document', message='m',\n"
      "  check=function(d, report) local s = d:find('sorry')\n"
      "    for i = 2, #s do report{ at=s[i] } end end }\n",
      NULL);
  pthread_t t[4];
  for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, worker, e);
  for (int i = 0; i < 4; i++) {
    void *rc;
    pthread_join(t[i], &rc);
    assert_null(rc);
  }
  tact_engine_free(e);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(profiles_select_and_weight),
      cmocka_unit_test(switches_by_id_category_and_star),
      cmocka_unit_test(files_can_switch_rules_too),
      cmocka_unit_test(rules_describe_themselves),
      cmocka_unit_test(files_and_directories),
      cmocka_unit_test(null_and_version),
      cmocka_unit_test(one_engine_many_threads),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

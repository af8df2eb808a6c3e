#!/bin/sh
# Installs the build into a scratch prefix, then builds a program against
# the installed header and library through pkg-config, as a user would.
# usage: install.sh BUILD_DIR EXTRA_CFLAGS
set -eu
build=$1
extra=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
pc=$(find "$prefix" -name tact.pc)
test -n "$pc" || { echo "tact.pc was not installed"; exit 1; }
ls "$prefix"/share/tact/dicts/en/*.lua >/dev/null 2>&1 \
  || { echo "rule packs were not installed"; exit 1; }
test -f "$prefix/share/man/man1/tact.1" || { echo "man page was not installed"; exit 1; }
cat > "$prefix/hello.c" <<'C'
#include <stdio.h>
#include <string.h>
#include <tact.h>
int main(void) {
  const char *rules = "tact.rule{ id='dismissal.calm', message='m', phrases='calm down' }";
  tact_config *c = tact_config_new();
  tact_config_add_rule_source(c, "r.lua", rules, strlen(rules));
  tact_engine *e = tact_engine_new(c);
  tact_config_free(c);
  tact_result *r = tact_check(e, "Please calm down.", 17);
  const tact_finding *f = tact_result_finding(r, 0);
  printf("%s %s %u:%u\n", tact_version(), f ? f->rule_id : "none", f ? f->line : 0, f ? f->column : 0);
  tact_result_free(r);
  tact_engine_free(e);
  return 0;
}
C
PKG_CONFIG_PATH=$(dirname "$pc")
export PKG_CONFIG_PATH
# shellcheck disable=SC2046,SC2086
cc $extra $(pkg-config --cflags tact) -o "$prefix/hello" "$prefix/hello.c" $(pkg-config --libs tact)
out=$(LD_LIBRARY_PATH=$(pkg-config --variable=libdir tact) "$prefix/hello")
expected="$(grep -o '"[0-9.]*"' "$(pkg-config --variable=includedir tact)/tact.h" | head -1 | tr -d '"') dismissal.calm 1:8"
if [ "$out" != "$expected" ]; then
  echo "expected '$expected', got '$out'"
  exit 1
fi
echo "installed library works: $out"

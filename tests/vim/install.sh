#!/bin/sh
# Installs the build into a scratch prefix and checks that Vim finds the
# plugin there as a package, and its help through :help.
# usage: install.sh BUILD_DIR
set -eu
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
dir=$prefix/share/vim/vimfiles/pack/tact/start/tact
for f in plugin/tact.vim autoload/tact.vim autoload/tact/server.vim doc/tact.txt doc/tags; do
  test -f "$dir/$f" || { echo "FAIL: $dir/$f was not installed"; exit 1; }
done
out=$prefix/out
HOME=$prefix timeout 60 vim -Nu NONE -i NONE -es \
  --cmd "set packpath+=$prefix/share/vim/vimfiles" --cmd 'filetype on' \
  -c 'packloadall' \
  -c "call writefile([exists('g:loaded_tact'), exists(':TactFix'), execute('help :TactFix') is# '' ? 'nohelp' : expand('%:t'), getline('.')], '$out')" \
  -c 'qall!' </dev/null || true
expected="1
2
tact.txt
:TactFix						*:TactFix*"
if [ "$(cat "$out" 2>/dev/null)" != "$expected" ]; then
  echo "FAIL: Vim did not load the installed plugin and its help; got:"
  cat "$out" 2>/dev/null || echo "(nothing)"
  exit 1
fi

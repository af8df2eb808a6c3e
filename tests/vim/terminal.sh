#!/bin/sh
# Typing in Vim in a real terminal (tmux): the underline appears while
# still in Insert mode (listener at redraw + debounce timer), and the
# terminal really draws it underlined.
# usage: terminal.sh PATH-TO-TACT SOURCE-DIR
TACT=$1
SRC=$2
TMP=$(mktemp -d) || exit 2
# A socket of its own, in the scratch directory: nothing is left behind.
SOCK=$TMP/tmux.sock
cleanup() {
  tmux -S "$SOCK" kill-server 2>/dev/null
  rm -rf "$TMP"
}
trap cleanup EXIT
HOME=$TMP
XDG_CONFIG_HOME=$TMP/xdg
TACT_DICTS=$SRC/tests/vim/data/dicts
export HOME XDG_CONFIG_HOME TACT_DICTS

cat >"$TMP/vimrc" <<VIM
set nocompatible encoding=utf-8 noswapfile laststatus=0 shortmess+=I
filetype on
let g:tact_executable = '$TACT'
set rtp^=$SRC/plugins/vim
autocmd User TactUpdated call writefile([mode(), string(map(prop_list(line('.')),
      \ {_, p -> strpart(getline('.'), p.col - 1, p.length)}))], '$TMP/state')
VIM
printf 'Hello,\n' >"$TMP/reply.txt"

tmux -S "$SOCK" -f /dev/null new-session -d -x 80 -y 12 \
  "vim -Nu $TMP/vimrc -i NONE $TMP/reply.txt"
sleep 1
# Type a line without leaving Insert mode.
tmux -S "$SOCK" send-keys o
for word in Please calm down now; do
  tmux -S "$SOCK" send-keys -l "$word "
  sleep 0.05
done

i=0
while [ $i -lt 400 ] && ! grep -q "calm down" "$TMP/state" 2>/dev/null; do
  sleep 0.05
  i=$((i + 1))
done
status=0
expected="i
['calm down']"
if [ "$(cat "$TMP/state" 2>/dev/null)" != "$expected" ]; then
  echo "FAIL: no underline while typing in Insert mode; state:"
  cat "$TMP/state" 2>/dev/null
  status=1
fi
# SGR 4 (underline) right before the words on screen.
screen=$(tmux -S "$SOCK" capture-pane -p -e)
if ! printf '%s\n' "$screen" | grep -q "$(printf '\033')\[4[;m].*calm down"; then
  echo "FAIL: the terminal does not show 'calm down' underlined:"
  printf '%s\n' "$screen" | cat -v
  status=1
fi
exit $status

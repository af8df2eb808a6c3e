#!/bin/sh
# Keystroke-to-underline latency of the Vim plugin with the real `tact lsp`,
# typed in Vim in a real terminal (tmux). Prints figures; not a test.
# usage: bench/vim-latency.sh PATH-TO-TACT [TRIALS]
set -u
TACT=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
TRIALS=${2:-10}
SRC=$(cd "$(dirname "$0")/.." && pwd)
command -v tmux >/dev/null && command -v vim >/dev/null \
  || { echo "needs vim and tmux" >&2; exit 2; }
[ -x "$TACT" ] || { echo "no tact at $1" >&2; exit 2; }
TMP=$(mktemp -d) || exit 2
SOCK=$TMP/tmux.sock
trap 'tmux -S "$SOCK" kill-server 2>/dev/null; rm -rf "$TMP"' EXIT
export TACT_DICTS="${TACT_DICTS:-$SRC/dicts}"

# A short reply, and a long document (~2,000 lines) of the same reply.
cp "$SRC/examples/reply.txt" "$TMP/short.txt" 2>/dev/null \
  || printf 'Hello,\n\nThanks for writing to us.\n' >"$TMP/short.txt"
i=0
while [ $i -lt 100 ]; do cat "$TMP/short.txt"; i=$((i + 1)); done >"$TMP/long.txt"

# run DELAY FILE: types "Please calm down" on a new last line TRIALS times,
# a key every 40 ms; Vim notes the time of the key that completes the
# phrase (the "n") and of the first update that underlines it.
run() {
  cat >"$TMP/vimrc" <<VIM
set nocompatible encoding=utf-8 noswapfile shortmess+=I
filetype on
let g:tact_executable = '$TACT'
let g:tact_delay = $1
set rtp^=$SRC/plugins/vim
let g:lat = []
let g:armed = 0
autocmd InsertCharPre * if v:char is# 'n' && getline('.') =~# 'calm dow$'
      \ | let g:t_key = reltime() | let g:armed = 1 | endif
autocmd User TactUpdated if g:armed && !empty(filter(prop_list(line('.')),
      \ {_, p -> strpart(getline('.'), p.col - 1, p.length) =~# 'calm down'}))
      \ | call add(g:lat, reltimefloat(reltime(g:t_key)) * 1000) | let g:armed = 0 | endif
VIM
  tmux -S "$SOCK" -f /dev/null new-session -d -x 100 -y 30 \
    "vim -Nu $TMP/vimrc -i NONE $2"
  sleep 1.5
  t=0
  while [ "$t" -lt "$TRIALS" ]; do
    tmux -S "$SOCK" send-keys G o
    for c in P l e a s e ' ' c a l m ' ' d o w n; do
      tmux -S "$SOCK" send-keys -l "$c"
      sleep 0.04
    done
    sleep 0.8
    tmux -S "$SOCK" send-keys Escape
    sleep 0.3
    t=$((t + 1))
  done
  tmux -S "$SOCK" send-keys ":call writefile(map(copy(g:lat), 'printf(\"%.1f\", v:val)'), '$TMP/lat')" Enter
  sleep 0.5
  tmux -S "$SOCK" send-keys ":qa!" Enter
  sleep 0.5
  tmux -S "$SOCK" kill-server 2>/dev/null
  sort -n "$TMP/lat" | awk -v delay="$1" -v doc="$(wc -l <"$2") lines" -v want="$TRIALS" '
    { v[NR] = $1; s += $1 }
    END {
      if (NR == 0) { printf "%-10s %-12s no underline seen\n", delay, doc; exit }
      p90 = v[int(NR * 0.9 + 0.999)]
      printf "%-10s %-12s %5d/%-3d %8.1f %8.1f %8.1f %8.1f\n", delay, doc, NR, want,
             v[int((NR + 1) / 2)], s / NR, p90, v[NR]
    }'
  rm -f "$TMP/lat"
}

echo "Keystroke-to-underline latency (ms): from the key that completes"
echo "\"calm down\" in Insert mode to the underline, Vim $(vim --version | head -1 | sed 's/.*Vi IMproved \([0-9.]*\).*/\1/') in tmux."
printf "%-10s %-12s %9s %8s %8s %8s %8s\n" g:tact_delay document seen median mean p90 max
for delay in 200 0; do
  for doc in short long; do
    run "$delay" "$TMP/$doc.txt"
  done
done

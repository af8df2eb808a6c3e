" Helpers for the Vim plugin tests (sourced before each test script).
set encoding=utf-8
set nomore
set shortmess-=S
let g:tact_executable = $TACT_TEST_BIN
let g:tact_delay = 20
runtime plugin/tact.vim

let g:updates = 0
augroup tact_test
  autocmd!
  autocmd User TactUpdated let g:updates += 1
augroup END

" Waits up to {ms} milliseconds for the expression {expr} to be true, letting
" job callbacks and timers run. Returns whether it became true. {expr} is
" evaluated here: it can use g: variables, not the test script's s: ones.
function! WaitFor(expr, ...) abort
  let l:ms = a:0 ? a:1 : 10000
  let l:start = reltime()
  while !eval(a:expr)
    if reltimefloat(reltime(l:start)) * 1000 > l:ms
      return 0
    endif
    sleep 10m
  endwhile
  return 1
endfunction

" Waits for the next set of underlines after update number {since}.
function! WaitUpdate(since, ...) abort
  return WaitFor('g:updates > ' . a:since, a:0 ? a:1 : 10000)
endfunction

" Opens a fresh buffer named {name} (in the test's scratch directory) with
" {lines}, as filetype {filetype}, and waits for its first underlines.
function! OpenText(name, lines, ...) abort
  let l:since = g:updates
  execute 'edit!' fnameescape($TACT_TEST_TMP . '/' . a:name)
  silent %delete _
  call setline(1, a:lines)
  let &l:filetype = a:0 ? a:1 : 'text'
  call assert_true(WaitUpdate(l:since), 'no underlines for ' . a:name)
endfunction

" The underlines of the current buffer as [lnum, col, length, type], sorted.
function! Props() abort
  let l:types = filter(['tact_error', 'tact_warning', 'tact_info', 'tact_hint'],
        \ '!empty(prop_type_get(v:val))')
  if empty(l:types)
    return []
  endif
  let l:list = prop_list(1, {'end_lnum': -1, 'types': l:types})
  return sort(map(l:list, {_, p -> [p.lnum, p.col, p.length, p.type]}),
        \ {a, b -> a[0] != b[0] ? a[0] - b[0] : a[1] - b[1]})
endfunction

" The text each underline covers (one line per underline).
function! Underlined() abort
  return map(Props(), {_, p -> strpart(getline(p[0]), p[1] - 1, p[2])})
endfunction

" Starts logging what Vim sends to the server (ch_logfile()).
function! LogSent() abort
  call ch_logfile($TACT_TEST_TMP . '/channel.log', 'w')
endfunction

" The params of every didChange sent since LogSent(), decoded.
function! SentChanges() abort
  call ch_logfile('')
  let l:sent = []
  for l:line in readfile($TACT_TEST_TMP . '/channel.log')
    let l:json = matchstr(l:line, '^{.*"method":"textDocument/didChange".*}\ze''\=$')
    if l:json isnot# ''
      call add(l:sent, json_decode(l:json).params)
    endif
  endfor
  return l:sent
endfunction

function! Messages() abort
  return execute('messages')
endfunction

" Ends the test: stops the server (so its exit and any sanitizer report
" are in its log), counts Vim errors as failures, exits non-zero on failure.
function! Finish() abort
  if v:errmsg isnot# ''
    call add(v:errors, 'Vim error: ' . v:errmsg)
  endif
  if exists('*tact#server#stop')
    let l:was_running = tact#server#state() is# 'running'
    let g:tact_test_job = tact#server#job()
    call tact#server#stop()
    if l:was_running
      " Until its standard error (a sanitizer report, say) is all read.
      call WaitFor('ch_status(g:tact_test_job, {"part": "err"}) is# "closed"', 3000)
    endif
    let l:log = tact#server#info()
    call writefile(l:log, $TACT_TEST_TMP . '/server.log')
    if join(l:log) =~# 'Sanitizer'
      call add(v:errors, 'sanitizer report in the server log')
    endif
  endif
  call writefile(v:errors + ['messages:'] + split(Messages(), "\n"),
        \ $TACT_TEST_TMP . '/errors')
  call writefile([], $TACT_TEST_TMP . '/done')
  if !empty(v:errors)
    cquit 3
  endif
  qall!
endfunction

let v:errmsg = ''

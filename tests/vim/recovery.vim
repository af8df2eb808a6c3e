" A server that dies is restarted and the underlines refreshed, up to
" g:tact_restart_limit times in quick succession; then one message.

let g:tact_restart_delay = 50
call OpenText('recovery.txt', ['Please calm down.', 'Thanks!'])
call assert_equal(['calm down'], Underlined())

let g:first = tact#server#job()
call job_stop(g:first, 'kill')
call WaitFor('job_status(g:first) isnot# "run"')
" Edit while it is down: the restarted server gets the new text.
call setline(2, 'You failed to reply.')
call assert_true(WaitFor('tact#server#job() isnot g:first && tact#server#state() is# "running"'))
call assert_true(WaitFor('Underlined() == ["calm down", "You failed to"]'))
call assert_equal('running', tact#server#state())
call assert_equal(['Please calm down.', 'You failed to reply.'], getline(1, '$'))

" A rule switched off stays off in the restarted server.
TactDisable dismissal.calm-down
call assert_true(WaitFor('Underlined() == ["You failed to"]'))
let g:first = tact#server#job()
call job_stop(g:first, 'kill')
call assert_true(WaitFor('tact#server#job() isnot g:first && tact#server#state() is# "running"'))
" Requests are answered in order: once this one is, the server has the
" document and the replayed switch, and its findings are on their way.
call tact#server#request_sync('textDocument/hover', {'position': {'line': 0, 'character': 0},
      \ 'textDocument': {'uri': tact#document#uri(bufnr(''))}})
sleep 300m
call assert_equal(['You failed to'], Underlined())
TactEnable dismissal.calm-down
call assert_true(WaitFor('Underlined() == ["calm down", "You failed to"]'))

" Killed again and again: after the limit it gives up and says so once.
let g:tact_restart_limit = 3
for s:n in range(4)
  let g:job = tact#server#job()
  call job_stop(g:job, 'kill')
  call WaitFor('job_status(g:job) isnot# "run"')
  call WaitFor('tact#server#job() isnot g:job || tact#server#state() is# "failed"')
endfor
call assert_true(WaitFor('tact#server#state() is# "failed"'))
let s:said = filter(split(Messages(), "\n"), 'v:val =~# "giving up"')
call assert_equal(1, len(s:said))
call assert_match('tact lsp exited 4 times', s:said[0])
" Underlines that can no longer follow the text are taken away.
call assert_equal([], Props())
" Typing now changes nothing else and raises no error.
call feedkeys("2GAok\<Esc>", 'xt')
call assert_equal('You failed to reply.ok', getline(2))

" :TactRestart starts afresh.
let s:since = g:updates
TactRestart
call assert_true(WaitUpdate(s:since))
call assert_equal('running', tact#server#state())
call assert_equal(['calm down', 'You failed to'], Underlined())

call Finish()

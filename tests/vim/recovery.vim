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

" Killed again and again: after the limit it gives up and says so once.
let g:tact_restart_limit = 2
for s:n in range(3)
  let g:job = tact#server#job()
  call job_stop(g:job, 'kill')
  call WaitFor('job_status(g:job) isnot# "run"')
  call WaitFor('tact#server#job() isnot g:job || tact#server#state() is# "failed"')
endfor
call assert_true(WaitFor('tact#server#state() is# "failed"'))
let s:said = filter(split(Messages(), "\n"), 'v:val =~# "giving up"')
call assert_equal(1, len(s:said))
call assert_match('tact lsp exited 3 times', s:said[0])
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

" A rule file the server cannot use is reported once, precisely, and the
" other rules still work; a server that cannot start says why, once, and is
" not restarted in a loop.

let g:tact_options = ['--rules', expand('<sfile>:p:h') . '/data/broken.lua']
call OpenText('rules.txt', ['Please calm down.'])
call assert_equal(['calm down'], Underlined())
call WaitFor('Messages() =~# "broken.lua:4"')
let s:said = filter(split(Messages(), "\n"), 'v:val =~# "broken.lua"')
call assert_equal(1, len(s:said), string(s:said))
call assert_match('^Tact: .*/data/broken.lua:4: unexpected symbol near', get(s:said, 0, ''))

let g:tact_options = ['--profile', 'no-such-profile']
TactRestart
call assert_equal('failed', tact#server#state())
sleep 300m
call assert_equal('failed', tact#server#state())
let s:said = filter(split(Messages(), "\n"), 'v:val =~# "did not start"')
call assert_equal(1, len(s:said), string(s:said))
call assert_match("unknown profile 'no-such-profile'", get(s:said, 0, ''))
" The old underlines could not follow the text: they are gone.
call assert_equal([], Props())
" Typing goes on quietly.
call feedkeys("A Calm down.\<Esc>", 'xt')
call assert_equal('Please calm down. Calm down.', getline(1))

call Finish()

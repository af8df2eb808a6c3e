" With no tact executable the plugin says so once and then stays quiet.
let g:tact_executable = $TACT_TEST_TMP . '/no-such-dir/tact'

set hidden
edit one.txt
call setline(1, 'Calm down, you failed to sign it.')
setlocal filetype=text
edit! two.md
call setline(1, 'Calm down.')
setlocal filetype=markdown
sleep 100m

let s:said = filter(split(Messages(), "\n"), 'v:val =~# "tact"')
call assert_equal(1, len(s:said), string(s:said))
call assert_match('executable "' . g:tact_executable . '" not found', get(s:said, 0, ''))
call assert_match('g:tact_executable', get(s:said, 0, ''))
call assert_equal([], Props())
call assert_equal('missing', tact#server#state())
call assert_equal('Calm down.', getline(1))
" Commands do not raise errors either.
TactNext
TactList
lclose
call assert_equal('', v:errmsg)

call Finish()

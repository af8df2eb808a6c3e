" Typing in Insert mode (driven by feedkeys()) updates the underlines; the
" server's copy, kept by incremental changes, stays equal to the buffer.

call OpenText('typing.txt', ['Thanks for writing. 😀 é', 'Second line.'])
call assert_equal([], Props())

" Insert-mode typing after multi-byte text on the first line.
let s:since = g:updates
call LogSent()
call feedkeys("A Please calm down.\<Esc>", 'xt')
call assert_true(WaitUpdate(s:since), 'no update after typing')
call assert_equal([[1, 36, 9, 'tact_warning']], Props())
call assert_equal(['calm down'], Underlined())

" Only the changed line travelled, once: one didChange (the keys of one
" Insert were merged) replacing line 0 with its new text.
let s:sent = SentChanges()
call assert_equal(1, len(s:sent), string(s:sent))
call assert_equal([{'range': {'start': {'line': 0, 'character': 0},
      \ 'end': {'line': 1, 'character': 0}},
      \ 'text': "Thanks for writing. 😀 é Please calm down.\n"}],
      \ get(get(s:sent, 0, {}), 'contentChanges', []))
call assert_equal(tact#document#version(bufnr('')), s:sent[0].textDocument.version)

" New lines opened below, typed in one Insert session.
let s:since = g:updates
call feedkeys("Go\<CR>You failed to reply.\<CR>Obviously.\<Esc>", 'xt')
call assert_true(WaitUpdate(s:since))
call WaitFor('len(Props()) == 3')
call assert_equal(['calm down', 'You failed to', 'Obviously'], Underlined())
call assert_equal([4, 1, 13, 'tact_error'], Props()[1])

" Deleting a line and joining two move the findings with the text.
call feedkeys("2Gdd", 'xt')
call feedkeys("ggJ", 'xt')
call assert_equal(['Thanks for writing. 😀 é Please calm down.',
      \ 'You failed to reply.', 'Obviously.'], getline(1, '$'))
let s:since = g:updates
call feedkeys("A\<Esc>", 'xt')
call assert_true(WaitUpdate(s:since))
call assert_equal([[1, 36, 9, 'tact_warning'], [2, 1, 13, 'tact_error'],
      \ [3, 1, 9, 'tact_info']], Props())

" Typing that removes a finding removes its underline.
call feedkeys("2G0dwdwiWe \<Esc>", 'xt')
call assert_equal('We to reply.', getline(2))
call assert_true(WaitFor('len(Props()) == 2'))
call assert_equal(['calm down', 'Obviously'], Underlined())

" Many small edits (undo, redo, paste) then a fresh start of the server
" from the whole text gives the same underlines: the incremental copy
" never drifted.
call feedkeys("u\<C-R>yyp", 'xt')
call feedkeys("Ocalm down now\<Esc>x", 'xt')
call feedkeys("A\<Esc>", 'xt')
call assert_equal(['Thanks for writing. 😀 é Please calm down.', 'We to reply.',
      \ 'calm down no', 'We to reply.', 'Obviously.'], getline(1, '$'))
call WaitFor('!tact#document#dirty(bufnr("")) && len(Props()) == 3')
sleep 100m
let s:incremental = Props()
let s:since = g:updates
TactRestart
call assert_true(WaitUpdate(s:since))
call assert_equal(s:incremental, Props())
call assert_equal([[1, 36, 9, 'tact_warning'], [3, 1, 9, 'tact_warning'],
      \ [5, 1, 9, 'tact_info']], s:incremental)

" Deleting everything leaves Vim one empty line; the server agrees.
let s:since = g:updates
call feedkeys("ggdG", 'xt')
call feedkeys("iCalm down.\<Esc>", 'xt')
call assert_true(WaitFor('Underlined() == ["Calm down"]'))
call assert_equal(['Calm down.'], getline(1, '$'))

call Finish()

" :TactFix applies the chosen suggestion as one undoable change, and only
" the chosen one; the buffer is untouched until the user picks.

call OpenText('fix.txt', ['Café 😀, please calm down now.', 'Next line.'])
call assert_equal(['calm down'], Underlined())
let s:before = getline(1, '$')

" Not on a finding: a message, no change.
call cursor(2, 1)
TactFix
call assert_match('no finding under the cursor', Messages())
call assert_equal(s:before, getline(1, '$'))

" The menu: Escape closes it and changes nothing.
call cursor(1, 20)
TactFix
call assert_equal(1, len(popup_list()))
call feedkeys("\<Esc>", 'xt')
call assert_equal([], popup_list())
call assert_equal(s:before, getline(1, '$'))

" The menu lists the suggestions; Enter applies the first.
let s:tick = b:changedtick
TactFix
let s:menu = popup_list()
call assert_equal(1, len(s:menu))
let s:items = getbufline(winbufnr(s:menu[0]), 1, '$')
call assert_match('I understand this is frustrating', s:items[0])
call assert_match('I hear you', s:items[1])
call feedkeys("\<CR>", 'xt')
call assert_equal(['Café 😀, please I understand this is frustrating now.', 'Next line.'],
      \ getline(1, '$'))
" One undo step takes the whole suggestion back.
undo
call assert_equal(s:before, getline(1, '$'))
redo
call assert_equal('Café 😀, please I understand this is frustrating now.', getline(1))
undo

" :TactFix N applies the Nth without a menu; a digit in the menu too.
let s:since = g:updates
call assert_true(WaitFor('Underlined() == ["calm down"]'))
call cursor(1, 22)
2TactFix
call assert_equal('Café 😀, please I hear you now.', getline(1))
undo
call assert_equal(s:before, getline(1, '$'))
call WaitFor('Underlined() == ["calm down"]')
call cursor(1, 22)
TactFix
call feedkeys("2", 'xt')
call assert_equal('Café 😀, please I hear you now.', getline(1))
undo

" "Ignore here" puts a directive line above the paragraph (an edit that
" adds a line); the underline goes, and one undo takes the line away.
call WaitFor('Underlined() == ["calm down"]')
call cursor(1, 22)
3TactFix
call assert_equal(['# tact: ignore dismissal.calm-down'] + s:before, getline(1, '$'))
call assert_true(WaitFor('Props() == []'))
undo
call assert_equal(s:before, getline(1, '$'))
call assert_true(WaitFor('Underlined() == ["calm down"]'))

" A finding over two lines: found from its second line, replaced as a
" whole, and one undo (right after another change, with no key typed in
" between) brings both lines back.
call OpenText('multi.txt', ['Hello. Please calm', 'down now.'])
call assert_equal([[1, 15, 5, 'tact_warning'], [2, 1, 4, 'tact_warning']], Props())
let s:entry = tact#diagnostics#at(bufnr(''), 2, 2)
call assert_equal([1, 15, 2, 5], [s:entry.lnum, s:entry.col, s:entry.end_lnum, s:entry.end_col])
call cursor(2, 2)
2TactFix
call assert_equal(['Hello. Please I hear you now.'], getline(1, '$'))
undo
call assert_equal(['Hello. Please calm', 'down now.'], getline(1, '$'))
call assert_equal('', v:errmsg)

" A suggestion with a {placeholder} comes as a snippet: its text goes in
" without the braces and the cursor goes to the placeholder.
call OpenText('placeholder.txt', ['Well, you failed to pay.'])
call cursor(1, 8)
let s:actions = tact#server#request_sync('textDocument/codeAction', {
      \ 'textDocument': {'uri': tact#document#uri(bufnr(''))},
      \ 'range': {'start': {'line': 0, 'character': 6}, 'end': {'line': 0, 'character': 19}},
      \ 'context': {'diagnostics': tact#diagnostics#get(bufnr(''))}})
let s:n = index(map(copy(s:actions.result), 'v:val.title'), 'Replace with “{what happened}”') + 1
call assert_true(s:n > 0, string(s:actions))
if s:n > 0
  execute s:n . 'TactFix'
  call assert_equal('Well, what happened pay.', getline(1))
  call assert_equal([1, 7], [line('.'), col('.')])
endif

call Finish()

" The message under the cursor, the location list, jumps, mappings,
" :TactExplain, :TactSummary, :TactDisable, :TactToggle.

" No default mappings unless asked for; the <Plug> ones exist.
call assert_equal('', maparg(']t', 'n'))
call assert_equal('', maparg('[t', 'n'))
call assert_match('tact#diagnostics#jump(1', maparg('<Plug>(tact-next)', 'n'))
call assert_match('tact#fix#run', maparg('<Plug>(tact-fix)', 'n'))

call OpenText('ui.txt', [
      \ 'Hello, and thanks for writing.',
      \ 'You failed to sign the form; calm down.',
      \ '',
      \ 'Obviously it is 😀 signed now.',
      \ ])

" The message of the finding under the cursor, in a popup.
call cursor(2, 31)
doautocmd CursorMoved
let s:popup = tact#ui#message_popup()
call assert_notequal(0, s:popup)
call assert_match('Telling someone to calm down rarely calms them. \[dismissal.calm-down\]',
      \ join(getbufline(winbufnr(s:popup), 1, '$')))
" Leaving the finding closes it.
call cursor(1, 1)
doautocmd CursorMoved
call assert_equal(0, tact#ui#message_popup())
call assert_equal([], popup_list())

" ... or in the echo area.
let g:tact_message = 'echo'
call cursor(4, 3)
let s:echoed = execute('doautocmd CursorMoved')
call assert_match('Obviously.*implies the reader should have known', s:echoed)
call assert_equal([], popup_list())
let g:tact_message = 'popup'

" Jumps, with wrapping and a count.
call cursor(1, 1)
TactNext
call assert_equal([2, 1], [line('.'), col('.')])
TactNext
call assert_equal([2, 30], [line('.'), col('.')])
TactNext
call assert_equal([4, 1], [line('.'), col('.')])
TactNext
call assert_equal([2, 1], [line('.'), col('.')])
TactPrev
call assert_equal([4, 1], [line('.'), col('.')])
2TactPrev
call assert_equal([2, 1], [line('.'), col('.')])
execute "normal \<Plug>(tact-next)"
call assert_equal([2, 30], [line('.'), col('.')])

" Opting in maps ]t and [t, but never over the user's own mappings.
nnoremap [t :echo 'mine'<CR>
unlet g:loaded_tact
let g:tact_default_mappings = 1
runtime plugin/tact.vim
call assert_match('<Plug>(tact-next)', maparg(']t', 'n'))
call assert_equal(":echo 'mine'<CR>", maparg('[t', 'n'))
call cursor(1, 1)
normal ]t
call assert_equal([2, 1], [line('.'), col('.')])

" The location list, kept up to date while it is ours.
TactList
call assert_equal('Tact', getloclist(0, {'title': 1}).title)
let s:items = getloclist(0)
call assert_equal([[2, 1, 'E'], [2, 30, 'W'], [4, 1, 'I']],
      \ map(copy(s:items), '[v:val.lnum, v:val.col, v:val.type]'))
call assert_equal('Saying the customer failed puts the blame on them. [blame.you-failed]',
      \ s:items[0].text)
call assert_equal(14, s:items[0].end_col)
lclose
let s:since = g:updates
call feedkeys("3GiJust so.\<Esc>", 'xt')
call assert_true(WaitUpdate(s:since))
call assert_equal(4, len(getloclist(0)))

" :TactExplain shows the server's explanation of the finding.
call cursor(2, 3)
TactExplain
let s:shown = tact#ui#last_shown()
call assert_match('blame.you-failed', join(s:shown.lines))
call assert_match('Describe what happened, not who is at fault.', join(s:shown.lines))
call assert_equal(1, len(popup_list()))
call feedkeys("\<Esc>", 'xt')
call assert_equal([], popup_list())

" :TactSummary shows the score and counts.
TactSummary
let s:shown = tact#ui#last_shown()
call assert_equal('Tact summary', s:shown.title)
call assert_match('^Tone score: \d\+/100$', s:shown.lines[0])
call assert_match('findings', s:shown.lines[1])
call assert_match('blame *1', join(s:shown.lines))
call feedkeys("\<Esc>", 'xt')

" :TactDisable switches a rule off for this document and the underline goes.
call assert_equal(['dismissal', 'dismissal.calm-down'],
      \ tact#commands#complete_rules('dis', '', 0))
TactDisable dismissal.calm-down
call assert_true(WaitFor('index(Underlined(), "calm down") < 0'))
call assert_equal(['You failed to', 'Just ', 'Obviously'], Underlined())
TactEnable dismissal.calm-down
call assert_true(WaitFor('index(Underlined(), "calm down") >= 0'))

" :TactToggle takes every underline away and brings them back.
TactToggle
call assert_equal([], Props())
call assert_false(tact#document#is_open(bufnr('')))
let s:since = g:updates
TactToggle
call assert_true(WaitUpdate(s:since))
call assert_equal(4, len(Props()))
call assert_equal('Tact: 1E 1W 1I 1H', tact#statusline())

" :TactToggleBuffer: this buffer alone.
set hidden
let s:ui = bufnr('')
call OpenText('other.txt', ['Calm down.'])
execute 'buffer' s:ui
TactToggleBuffer
call assert_equal([], Props())
call assert_false(tact#document#is_open(s:ui))
call assert_true(tact#document#is_open(bufnr('other.txt')))
let s:since = g:updates
TactToggleBuffer
call assert_true(WaitUpdate(s:since))
call assert_equal(4, len(Props()))

" g:tact_filetypes decides, compound filetypes included.
let g:tact_filetypes = ['rst']
call OpenText('notes.rst', ['Calm down.'], 'rst')
call assert_equal(['Calm down'], Underlined())
enew
setlocal filetype=markdown.pandoc
call assert_false(tact#document#is_open(bufnr('')))
let g:tact_filetypes = ['pandoc']
call OpenText('notes.pandoc', ['Calm down.'], 'markdown.pandoc')
call assert_equal(['Calm down'], Underlined())

" g:tact_settings go to the server (with :TactRestart once running).
let g:tact_filetypes = ['text']
let g:tact_settings = {'minSeverity': 'warning', 'disable': ['blame']}
TactRestart
call OpenText('settings.txt', ['You failed to pay; calm down, obviously just wait.'])
call assert_equal(['calm down'], Underlined())

call Finish()

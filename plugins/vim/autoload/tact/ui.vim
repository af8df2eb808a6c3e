" What the user sees besides the underlines: the message of the finding
" under the cursor (popup or echo area, g:tact_message), and popups for
" :TactExplain and :TactSummary.

let s:shown = {}
let s:popup = 0
let s:borderchars = ['─', '│', '─', '│', '┌', '┐', '┘', '└']

" CursorMoved: show the message of the finding under the cursor, once per
" finding; hide what was shown when the cursor leaves it.
function! tact#ui#cursor_moved() abort
  if g:tact_message is# 'none'
    return
  endif
  let l:buf = bufnr('')
  let l:entry = tact#diagnostics#at(l:buf, line('.'), col('.'))
  if empty(l:entry)
    call s:hide()
    return
  endif
  let l:key = [l:buf, l:entry.id, l:entry.lnum, l:entry.col, changenr()]
  if get(s:shown, 'key', []) == l:key
    return
  endif
  call s:hide()
  let s:shown = {'key': l:key}
  let l:text = tact#diagnostics#describe(l:entry.diag)
  if g:tact_message is# 'echo'
    let s:shown.echo = 1
    call s:echo(l:text)
    return
  endif
  let l:last = l:entry.end_lnum == l:entry.lnum ? l:entry.end_col - 1 : col('$')
  let s:popup = popup_atcursor(s:wrap(l:text), {
        \ 'moved': [l:entry.lnum, l:entry.col, max([l:last, l:entry.col])],
        \ 'highlight': 'TactPopup', 'padding': [0, 1, 0, 1],
        \ 'border': [], 'borderchars': s:borderchars,
        \ 'borderhighlight': ['TactPopupBorder'],
        \ 'maxwidth': s:width(), 'callback': {-> s:forget()}})
endfunction

function! s:forget() abort
  let s:popup = 0
  let s:shown = {}
endfunction

" Closes the message of the finding under the cursor, if shown.
function! tact#ui#hide() abort
  call s:hide()
endfunction

function! s:hide() abort
  if s:popup
    call popup_close(s:popup)
  elseif get(s:shown, 'echo', 0)
    echo ''
  endif
  let s:popup = 0
  let s:shown = {}
endfunction

function! s:echo(text) abort
  let l:room = &columns - 13
  let l:text = strdisplaywidth(a:text) > l:room
        \ ? strcharpart(a:text, 0, l:room - 3) . '...' : a:text
  echo l:text
endfunction

function! s:width() abort
  return max([20, min([78, &columns - 4])])
endfunction

" Lines of at most the popup width, broken between words.
function! s:wrap(text) abort
  let l:lines = []
  for l:paragraph in split(a:text, "\n", 1)
    let l:line = ''
    for l:word in split(l:paragraph, ' ')
      if l:line isnot# '' && strdisplaywidth(l:line . ' ' . l:word) > s:width() - 4
        call add(l:lines, l:line)
        let l:line = l:word
      else
        let l:line = l:line is# '' ? l:word : l:line . ' ' . l:word
      endif
    endfor
    call add(l:lines, l:line)
  endfor
  return l:lines
endfunction

" The message popup's id (0 when none), for tests and mappings.
function! tact#ui#message_popup() abort
  return s:popup
endfunction

" Single lines, for the menu of :TactFix too.
function! tact#ui#borderchars() abort
  return s:borderchars
endfunction

" A bordered popup with {lines}, at the cursor or, when {where} is
" 'center', in the middle of the screen; closed by moving the cursor or any
" key; {filetype} colours it. Returns its window id.
function! tact#ui#show(title, lines, filetype, ...) abort
  call s:hide()
  let l:options = {
        \ 'title': ' ' . a:title . ' ', 'moved': 'any',
        \ 'highlight': 'TactPopup', 'padding': [0, 1, 0, 1],
        \ 'border': [], 'borderchars': s:borderchars,
        \ 'borderhighlight': ['TactPopupBorder'],
        \ 'maxwidth': s:width(), 'maxheight': max([5, &lines - 4]),
        \ 'filter': function('s:close_on_key'), 'mapping': 0}
  if get(a:, 1, '') is# 'center'
    let l:id = popup_create(a:lines, extend(l:options, {'pos': 'center'}))
  else
    let l:id = popup_atcursor(a:lines, l:options)
  endif
  " Long lines wrap between words.
  call setwinvar(l:id, '&linebreak', 1)
  if a:filetype isnot# ''
    call setbufvar(winbufnr(l:id), '&filetype', a:filetype)
  endif
  let s:last_shown = {'title': a:title, 'lines': a:lines}
  return l:id
endfunction

" The title and lines of the last popup tact#ui#show() opened.
function! tact#ui#last_shown() abort
  return get(s:, 'last_shown', {})
endfunction

" Any key closes the popup; Esc and q are used up doing so, others go on
" to do their usual job.
function! s:close_on_key(id, key) abort
  call popup_close(a:id)
  return a:key is# "\<Esc>" || a:key is# 'q'
endfunction

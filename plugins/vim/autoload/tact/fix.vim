" :TactFix: the server's code actions for the finding under the cursor in
" a popup menu; the chosen one is applied as one undoable change. Nothing
" is changed unless the user picks an action.

" {choice} 0: show the menu; N: apply the Nth action without a menu.
function! tact#fix#run(choice) abort
  let l:buf = bufnr('')
  if !tact#document#is_open(l:buf)
    call tact#util#message('this buffer is not checked')
    return
  endif
  let l:entry = tact#diagnostics#at(l:buf, line('.'), col('.'))
  if empty(l:entry)
    call tact#util#message('no finding under the cursor')
    return
  endif
  " The server must see the text the actions will be computed on.
  call tact#document#flush(l:buf)
  let l:range = {
        \ 'start': tact#position#to_lsp(l:buf, l:entry.lnum, l:entry.col),
        \ 'end': tact#position#to_lsp(l:buf, l:entry.end_lnum, l:entry.end_col)}
  let l:diag = extend(copy(l:entry.diag), {'range': l:range})
  let l:answer = tact#server#request_sync('textDocument/codeAction', {
        \ 'textDocument': {'uri': tact#document#uri(l:buf)},
        \ 'range': l:range,
        \ 'context': {'diagnostics': [l:diag], 'only': ['quickfix']}})
  if empty(l:answer)
    return
  endif
  let l:actions = type(l:answer.result) == v:t_list ? l:answer.result : []
  if empty(l:actions)
    call tact#util#message('no suggestions for ' . get(l:entry.diag, 'code', 'this finding'))
    return
  endif
  let l:state = {'buf': l:buf, 'tick': b:changedtick, 'actions': l:actions}
  if a:choice > 0
    if a:choice > len(l:actions)
      call tact#util#error(printf('there are %d actions, not %d', len(l:actions), a:choice))
      return
    endif
    call s:apply_action(l:state, l:actions[a:choice - 1])
    return
  endif
  call tact#ui#hide()
  let l:titles = map(copy(l:actions), {i, a -> (i < 9 ? (i + 1) . '. ' : '   ') . get(a, 'title', '?')})
  call popup_menu(l:titles, {
        \ 'title': ' ' . strcharpart(tact#diagnostics#describe(l:entry.diag), 0, s:menu_width() - 4) . ' ',
        \ 'callback': function('s:chosen', [l:state]),
        \ 'filter': function('s:menu_filter'),
        \ 'highlight': 'TactPopup', 'borderhighlight': ['TactPopupBorder'],
        \ 'borderchars': tact#ui#borderchars(),
        \ 'pos': 'topleft', 'line': 'cursor+1', 'col': 'cursor',
        \ 'maxwidth': s:menu_width()})
endfunction

function! s:menu_width() abort
  return max([20, min([78, &columns - 4])])
endfunction

" Digits 1-9 pick an action directly.
function! s:menu_filter(id, key) abort
  if a:key =~# '^[1-9]$'
    call popup_close(a:id, str2nr(a:key))
    return 1
  endif
  return popup_filter_menu(a:id, a:key)
endfunction

function! s:chosen(state, id, result) abort
  if a:result < 1 || a:result > len(a:state.actions)
    return
  endif
  call s:apply_action(a:state, a:state.actions[a:result - 1])
endfunction

function! s:apply_action(state, action) abort
  if !bufexists(a:state.buf) || getbufvar(a:state.buf, 'changedtick') != a:state.tick
    call tact#util#error('the text changed since the suggestions were made; nothing applied')
    return
  endif
  " A CodeAction has `edit` and/or `command`; a bare Command has `command`
  " as a string.
  let l:edit = get(a:action, 'edit', {})
  if !empty(l:edit) && !s:apply_workspace_edit(l:edit)
    return
  endif
  let l:command = get(a:action, 'command', {})
  if type(l:command) == v:t_string
    let l:command = a:action
  endif
  if type(l:command) == v:t_dict && !empty(l:command)
    call tact#commands#remember(l:command.command, get(l:command, 'arguments', []))
    call tact#server#request('workspace/executeCommand', {
          \ 'command': l:command.command,
          \ 'arguments': get(l:command, 'arguments', [])}, {_ -> 0})
  endif
endfunction

" Applies the edits for our buffer; edits for other documents, or for
" another version of ours, are refused as a whole (the server only ever
" edits the document asked about).
function! s:apply_workspace_edit(edit) abort
  let l:changes = {}
  for [l:uri, l:edits] in items(get(a:edit, 'changes', {}))
    let l:changes[l:uri] = l:edits
  endfor
  for l:doc in get(a:edit, 'documentChanges', [])
    if !has_key(l:doc, 'textDocument')
      call tact#util#error('suggestion creates, renames or deletes a file; nothing applied')
      return 0
    endif
    let l:uri = l:doc.textDocument.uri
    let l:buf = tact#document#buffer_of(l:uri)
    let l:version = get(l:doc.textDocument, 'version', v:null)
    if l:buf >= 0 && type(l:version) == v:t_number
          \ && l:version != tact#document#version(l:buf)
      call tact#util#error('suggestion made for an older text; nothing applied')
      return 0
    endif
    let l:changes[l:uri] = get(l:changes, l:uri, []) + l:doc.edits
  endfor
  let l:buffers = {}
  for l:uri in keys(l:changes)
    let l:buf = tact#document#buffer_of(l:uri)
    if l:buf < 0
      call tact#util#error('suggestion edits a document that is not open: ' . l:uri)
      return 0
    endif
    let l:buffers[l:buf] = l:changes[l:uri]
  endfor
  for [l:buf, l:edits] in items(l:buffers)
    call tact#fix#apply_edits(str2nr(l:buf), l:edits)
  endfor
  return 1
endfunction

" A snippet's text with its tab stops taken out, and where the first
" placeholder is: [text, byte offset or -1, byte length].
function! tact#fix#expand_snippet(snippet) abort
  let l:text = ''
  let l:first = [-1, 0, 0]
  let l:i = 0
  let l:n = strlen(a:snippet)
  while l:i < l:n
    let l:c = a:snippet[l:i]
    if l:c is# '\' && l:i + 1 < l:n
      let l:text .= a:snippet[l:i + 1]
      let l:i += 2
      continue
    endif
    let l:stop = matchlist(a:snippet, '^\$\%({\(\d\+\)\%(:\(\%([^\\}]\|\\.\)*\)\)\=}\|\(\d\+\)\)', l:i)
    if l:c isnot# '$' || empty(l:stop)
      let l:text .= l:c
      let l:i += 1
      continue
    endif
    let l:number = str2nr(l:stop[1] isnot# '' ? l:stop[1] : l:stop[3])
    let l:inner = substitute(l:stop[2], '\\\(.\)', '\1', 'g')
    if l:number > 0 && (l:first[0] < 0 || l:number < l:first[2])
      let l:first = [strlen(l:text), strlen(l:inner), l:number]
    endif
    let l:text .= l:inner
    let l:i += strlen(l:stop[0])
  endwhile
  return [l:text, l:first[0], l:first[1]]
endfunction

" Applies LSP TextEdits (snippet ones too) to {buf}, last first so earlier
" positions hold, and puts the cursor where the first one starts, or on
" its first placeholder.
function! tact#fix#apply_edits(buf, edits) abort
  let l:edits = []
  for l:e in a:edits
    if has_key(l:e, 'snippet')
      let [l:text, l:at, l:length] = tact#fix#expand_snippet(l:e.snippet.value)
    elseif get(l:e, 'insertTextFormat', 1) == 2
      let [l:text, l:at, l:length] = tact#fix#expand_snippet(l:e.newText)
    else
      let [l:text, l:at, l:length] = [l:e.newText, -1, 0]
    endif
    call add(l:edits, {'range': tact#position#range_from_lsp(a:buf, l:e.range),
          \ 'text': l:text, 'at': l:at})
  endfor
  call sort(l:edits, {a, b -> a.range[0] != b.range[0] ? b.range[0] - a.range[0]
        \ : b.range[1] - a.range[1]})
  " An undo step of its own, even when no key was typed since the last
  " change (a mapping, a script): :help undo-break.
  let &g:undolevels = &g:undolevels
  for l:edit in l:edits
    let [l:lnum, l:col, l:end_lnum, l:end_col] = l:edit.range
    " The underlines there go with the words they were under (and Vim 9.0
    " cannot undo deleting a line that a property continues onto).
    call tact#diagnostics#remove_lines(a:buf, l:lnum, l:end_lnum)
    let l:first = getbufline(a:buf, l:lnum)[0]
    let l:last = getbufline(a:buf, l:end_lnum)[0]
    let l:new = split(strpart(l:first, 0, l:col - 1) . l:edit.text
          \ . strpart(l:last, l:end_col - 1), "\n", 1)
    let l:old_count = l:end_lnum - l:lnum + 1
    let l:common = min([l:old_count, len(l:new)])
    if getbufline(a:buf, l:lnum, l:lnum + l:common - 1) != l:new[: l:common - 1]
      call setbufline(a:buf, l:lnum, l:new[: l:common - 1])
    endif
    if l:old_count > l:common
      call deletebufline(a:buf, l:lnum + l:common, l:end_lnum)
    elseif len(l:new) > l:common
      call appendbufline(a:buf, l:lnum + l:common - 1, l:new[l:common :])
    endif
  endfor
  if !empty(l:edits) && a:buf == bufnr('')
    let l:start = l:edits[-1]
    let l:before = strpart(l:start.text, 0, max([l:start.at, 0]))
    let l:lines = split(l:before, "\n", 1)
    if len(l:lines) == 1
      call cursor(l:start.range[0], l:start.range[1] + strlen(l:before))
    else
      call cursor(l:start.range[0] + len(l:lines) - 1, strlen(l:lines[-1]) + 1)
    endif
  endif
endfunction

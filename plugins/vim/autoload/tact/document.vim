" Keeping the server's copy of each checked buffer in step with Vim:
" didOpen with the whole text, then incremental didChange built from
" listener_add() reports (whole changed lines only), sent after
" g:tact_delay milliseconds without typing, in Insert mode too.

" bufnr → {uri, version, lines (as the server has them), listener, pending
" (content changes not sent yet), timer}
let s:docs = {}

let s:language_ids = {'text': 'plaintext', 'gitcommit': 'git-commit'}

function! tact#document#is_open(buf) abort
  return has_key(s:docs, a:buf)
endfunction

function! tact#document#buffers() abort
  return map(keys(s:docs), 'str2nr(v:val)')
endfunction

function! tact#document#uri(buf) abort
  return s:docs[a:buf].uri
endfunction

function! tact#document#version(buf) abort
  return s:docs[a:buf].version
endfunction

function! tact#document#buffer_of(uri) abort
  for [l:buf, l:doc] in items(s:docs)
    if l:doc.uri is# a:uri
      return str2nr(l:buf)
    endif
  endfor
  return -1
endfunction

function! s:uri_of(buf) abort
  let l:name = bufname(a:buf)
  return l:name is# '' ? 'untitled:Untitled-' . a:buf : tact#util#uri(l:name)
endfunction

function! s:language_id(buf) abort
  let l:filetype = split(getbufvar(a:buf, '&filetype'), '\.')
  let l:filetype = empty(l:filetype) ? 'text' : l:filetype[0]
  return get(s:language_ids, l:filetype, l:filetype)
endfunction

function! s:line_count(buf) abort
  return a:buf == bufnr('') ? line('$') : getbufinfo(a:buf)[0].linecount
endfunction

function! s:text(buf) abort
  return join(getbufline(a:buf, 1, '$'), "\n") . "\n"
endfunction

function! tact#document#open(buf) abort
  if has_key(s:docs, a:buf)
    return
  endif
  let l:doc = {'uri': s:uri_of(a:buf), 'version': 0, 'pending': [],
        \ 'timer': -1, 'listener': 0}
  let s:docs[a:buf] = l:doc
  let l:doc.listener = listener_add(function('s:on_change'), a:buf)
  call s:send_open(a:buf)
endfunction

function! s:send_open(buf) abort
  let l:doc = s:docs[a:buf]
  let l:doc.version += 1
  let l:doc.pending = []
  let l:doc.lines = s:line_count(a:buf)
  call tact#server#notify('textDocument/didOpen', {'textDocument': {
        \ 'uri': l:doc.uri, 'languageId': s:language_id(a:buf),
        \ 'version': l:doc.version, 'text': s:text(a:buf)}})
endfunction

function! tact#document#close(buf) abort
  if !has_key(s:docs, a:buf)
    return
  endif
  let l:doc = remove(s:docs, a:buf)
  call listener_remove(l:doc.listener)
  call timer_stop(l:doc.timer)
  call tact#server#notify('textDocument/didClose',
        \ {'textDocument': {'uri': l:doc.uri}})
endfunction

" After the server restarted: it knows nothing, so every document is
" opened again with its whole text.
function! tact#document#reopen_all() abort
  for l:buf in tact#document#buffers()
    call listener_flush(l:buf)
    call timer_stop(s:docs[l:buf].timer)
    call s:send_open(l:buf)
  endfor
endfunction

" The buffer was renamed (:saveas, :file): the server sees a close and an
" open under the new name.
function! tact#document#rename(buf) abort
  if has_key(s:docs, a:buf) && s:docs[a:buf].uri isnot# s:uri_of(a:buf)
    call tact#document#close(a:buf)
    call tact#document#open(a:buf)
  endif
endfunction

function! tact#document#saved(buf) abort
  if has_key(s:docs, a:buf)
    call tact#document#flush(a:buf)
    call tact#server#notify('textDocument/didSave',
          \ {'textDocument': {'uri': s:docs[a:buf].uri}})
  endif
endfunction

" listener_add() callback: lines {start} to {end} - 1 were replaced by
" {start} to {end} - 1 + {added}. Records one content change holding those
" lines as they are now, merged into the previous one when it lies inside
" the lines that one sent, and (re)starts the debounce timer.
function! s:on_change(buf, start, end, added, changes) abort
  if !has_key(s:docs, a:buf)
    return
  endif
  let l:doc = s:docs[a:buf]
  let l:now = s:line_count(a:buf)
  if l:doc.lines + a:added != l:now
    " Deleting every line leaves Vim one empty line: resend the whole text.
    let l:doc.pending = [{'text': s:text(a:buf)}]
  elseif !s:merge(l:doc, a:buf, a:start, a:end, a:added)
    call add(l:doc.pending, {
          \ 'range': {'start': {'line': a:start - 1, 'character': 0},
          \           'end': {'line': a:end - 1, 'character': 0}},
          \ 'first': a:start, 'count': a:end - a:start + a:added,
          \ 'text': s:lines_text(a:buf, a:start, a:end - a:start + a:added)})
  endif
  let l:doc.lines = l:now
  call timer_stop(l:doc.timer)
  let l:doc.timer = timer_start(g:tact_delay, {-> tact#document#flush(a:buf)})
endfunction

function! s:merge(doc, buf, start, end, added) abort
  if empty(a:doc.pending) || !has_key(a:doc.pending[-1], 'range')
    return 0
  endif
  let l:last = a:doc.pending[-1]
  if a:start < l:last.first || a:end > l:last.first + l:last.count
    return 0
  endif
  let l:last.count += a:added
  let l:last.text = s:lines_text(a:buf, l:last.first, l:last.count)
  return 1
endfunction

function! s:lines_text(buf, first, count) abort
  if a:count <= 0
    return ''
  endif
  return join(getbufline(a:buf, a:first, a:first + a:count - 1), "\n") . "\n"
endfunction

" Sends what changed since the last didChange, now.
function! tact#document#flush(buf) abort
  if !has_key(s:docs, a:buf)
    return
  endif
  call listener_flush(a:buf)
  let l:doc = s:docs[a:buf]
  call timer_stop(l:doc.timer)
  let l:doc.timer = -1
  if empty(l:doc.pending)
    return
  endif
  let l:changes = map(l:doc.pending, {_, c -> has_key(c, 'range')
        \ ? {'range': c.range, 'text': c.text} : {'text': c.text}})
  let l:doc.pending = []
  let l:doc.version += 1
  call tact#server#notify('textDocument/didChange', {
        \ 'textDocument': {'uri': l:doc.uri, 'version': l:doc.version},
        \ 'contentChanges': l:changes})
endfunction

" True when the buffer holds text the server has not been sent yet.
function! tact#document#dirty(buf) abort
  if !has_key(s:docs, a:buf)
    return 0
  endif
  call listener_flush(a:buf)
  return !empty(s:docs[a:buf].pending)
endfunction

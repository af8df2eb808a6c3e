" Findings from publishDiagnostics shown as text properties (one property
" type per severity), and everything that reads them back: the finding
" under the cursor, jumps, the location list, counts.
"
" The property id of a finding is its index in the list the server sent,
" plus one. Properties move with the text as the user types, so their
" positions, not the server's ranges, are the truth until the next publish.

let s:types = ['tact_error', 'tact_warning', 'tact_info', 'tact_hint']
let s:groups = ['TactError', 'TactWarning', 'TactInfo', 'TactHint']
let s:kinds = ['E', 'W', 'I', 'N']
let s:names = ['error', 'warning', 'info', 'hint']
" bufnr → list of LSP diagnostics
let s:diags = {}

function! tact#diagnostics#define_types() abort
  for l:i in range(len(s:types))
    if empty(prop_type_get(s:types[l:i]))
      call prop_type_add(s:types[l:i], {'highlight': s:groups[l:i],
            \ 'priority': 40 - l:i, 'combine': v:true})
    endif
  endfor
endfunction

function! s:severity(diag) abort
  let l:severity = get(a:diag, 'severity', 2)
  return type(l:severity) == v:t_number && l:severity >= 1 && l:severity <= 4
        \ ? l:severity : 2
endfunction

" Handles textDocument/publishDiagnostics. Diagnostics computed for an
" older version of the text are dropped: newer ones are on their way.
function! tact#diagnostics#publish(params) abort
  let l:buf = tact#document#buffer_of(get(a:params, 'uri', ''))
  if l:buf < 0 || !bufloaded(l:buf)
    return
  endif
  let l:version = get(a:params, 'version', v:null)
  if type(l:version) == v:t_number && l:version != tact#document#version(l:buf)
    return
  endif
  if tact#document#dirty(l:buf)
    return
  endif
  call tact#diagnostics#set(l:buf, get(a:params, 'diagnostics', []))
endfunction

function! tact#diagnostics#set(buf, diagnostics) abort
  call s:remove_all(a:buf)
  let s:diags[a:buf] = a:diagnostics
  call s:place(a:buf, a:diagnostics)
  call s:refresh_loclists(a:buf)
  if exists('#User#TactUpdated')
    doautocmd <nomodeline> User TactUpdated
  endif
  if !empty(win_findbuf(a:buf))
    " Counts shown through tact#statusline() change too.
    redrawstatus!
  endif
endfunction

" Adds a property per finding (id: its index + 1). Compiled: it runs for
" every finding on every update.
def s:place(buf: number, diagnostics: list<dict<any>>)
  const lines = getbufline(buf, 1, '$')
  var id = 0
  for diag in diagnostics
    id += 1
    if type(get(diag, 'range')) != v:t_dict
      continue
    endif
    var [lnum, col] = tact#position#from_lsp_lines(lines, diag.range.start)
    var [end_lnum, end_col] = tact#position#from_lsp_lines(lines, diag.range.end)
    if end_lnum > lnum && end_col == 1
      # A range ending at the start of a line ends with the line before.
      end_lnum -= 1
      end_col = strlen(lines[end_lnum - 1]) + 1
    endif
    if end_lnum < lnum || (end_lnum == lnum && end_col <= col)
      # Keep an empty range visible: underline the character it is at.
      end_lnum = lnum
      end_col = col + strlen(strcharpart(strpart(lines[lnum - 1], col - 1), 0, 1))
    endif
    try
      prop_add(lnum, col, {type: s:types[s:severity(diag) - 1],
        end_lnum: end_lnum, end_col: end_col, bufnr: buf, id: id})
    catch
      # A range the text cannot hold: leave that one finding out.
    endtry
  endfor
enddef

" Takes every underline of {buf} away (checking stopped or failed).
function! tact#diagnostics#clear(buf) abort
  call s:remove_all(a:buf)
  if !empty(win_findbuf(a:buf))
    redrawstatus!
  endif
endfunction

function! s:remove_all(buf) abort
  if has_key(s:diags, a:buf)
    call remove(s:diags, a:buf)
  endif
  if bufloaded(a:buf)
    for l:type in s:types
      call prop_remove({'type': l:type, 'bufnr': a:buf, 'all': 1})
    endfor
  endif
endfunction

" Removes the underlines on lines {first} to {last}.
function! tact#diagnostics#remove_lines(buf, first, last) abort
  for l:type in s:types
    call prop_remove({'type': l:type, 'bufnr': a:buf, 'all': 1}, a:first, a:last)
  endfor
endfunction

function! tact#diagnostics#get(buf) abort
  return get(s:diags, a:buf, [])
endfunction

" Every finding still in the buffer, where its text is now, sorted:
" [{id, lnum, col, end_lnum, end_col, diag}]. Compiled: jumps and the
" location list read every property of the buffer.
def tact#diagnostics#current(buf: number): list<dict<any>>
  const known = get(s:diags, buf, [])
  if empty(known)
    return []
  endif
  var open: dict<dict<any>> = {}
  var list: list<dict<any>> = []
  for p in prop_list(1, {bufnr: buf, end_lnum: -1, types: s:types})
    if p.id < 1 || p.id > len(known)
      continue
    endif
    const key = string(p.id)
    if p.start
      open[key] = {id: p.id, diag: known[p.id - 1], lnum: p.lnum, col: p.col}
    endif
    if p.end && has_key(open, key)
      var entry = remove(open, key)
      entry.end_lnum = p.lnum
      entry.end_col = p.col + p.length
      add(list, entry)
    endif
  endfor
  return sort(list, (a, b) => a.lnum != b.lnum ? a.lnum - b.lnum
    : a.col != b.col ? a.col - b.col : a.id - b.id)
enddef

" The finding at byte column {col} of line {lnum}, the most severe and then
" the narrowest when several overlap, as an entry of current(); {} if none.
" Reads only the lines the finding spans (it runs on every cursor move).
function! tact#diagnostics#at(buf, lnum, col) abort
  let l:diags = get(s:diags, a:buf, [])
  let l:best = {}
  for l:p in prop_list(a:lnum, {'bufnr': a:buf, 'types': s:types})
    if l:p.id < 1 || l:p.id > len(l:diags)
          \ || a:col < l:p.col || a:col >= l:p.col + max([l:p.length, 1])
      continue
    endif
    let l:severity = s:severity(l:diags[l:p.id - 1])
    if empty(l:best) || l:severity < l:best.severity
          \ || (l:severity == l:best.severity && l:p.length < l:best.p.length)
      let l:best = {'severity': l:severity, 'p': l:p}
    endif
  endfor
  if empty(l:best)
    return {}
  endif
  let l:p = l:best.p
  let l:entry = {'id': l:p.id, 'diag': l:diags[l:p.id - 1],
        \ 'lnum': a:lnum, 'col': l:p.col, 'end_lnum': a:lnum, 'end_col': l:p.col + l:p.length}
  " A finding over several lines: find the lines where it starts and ends.
  let l:lnum = a:lnum
  let l:segment = l:p
  while !l:segment.start && l:lnum > 1
    let l:lnum -= 1
    let l:segment = s:segment(a:buf, l:lnum, l:p.id)
    let [l:entry.lnum, l:entry.col] = [l:lnum, l:segment.col]
  endwhile
  let l:lnum = a:lnum
  let l:segment = l:p
  let l:last = line('$')
  while !l:segment.end && l:lnum < l:last
    let l:lnum += 1
    let l:segment = s:segment(a:buf, l:lnum, l:p.id)
    let [l:entry.end_lnum, l:entry.end_col] = [l:lnum, l:segment.col + l:segment.length]
  endwhile
  return l:entry
endfunction

" The part of finding {id} on line {lnum}.
function! s:segment(buf, lnum, id) abort
  for l:p in prop_list(a:lnum, {'bufnr': a:buf, 'types': s:types, 'ids': [a:id]})
    return l:p
  endfor
  return {'start': 1, 'end': 1, 'col': 1, 'length': 0}
endfunction

" Moves the cursor to the [count]th finding after ({forward} 1) or before
" the cursor, wrapping around the buffer.
function! tact#diagnostics#jump(forward, count) abort
  let l:entries = tact#diagnostics#current(bufnr(''))
  if empty(l:entries)
    call tact#util#message('no findings')
    return
  endif
  let l:here = [line('.'), col('.')]
  let l:target = {}
  for l:n in range(max([a:count, 1]))
    let l:target = s:neighbour(l:entries, l:here, a:forward)
    let l:here = [l:target.lnum, l:target.col]
  endfor
  normal! m'
  call cursor(l:target.lnum, l:target.col)
endfunction

function! s:neighbour(entries, here, forward) abort
  if a:forward
    for l:entry in a:entries
      if l:entry.lnum > a:here[0] || (l:entry.lnum == a:here[0] && l:entry.col > a:here[1])
        return l:entry
      endif
    endfor
    return a:entries[0]
  endif
  for l:entry in reverse(copy(a:entries))
    if l:entry.lnum < a:here[0] || (l:entry.lnum == a:here[0] && l:entry.col < a:here[1])
      return l:entry
    endif
  endfor
  return a:entries[-1]
endfunction

function! s:loclist_items(buf) abort
  return map(tact#diagnostics#current(a:buf), {_, e -> {
        \ 'bufnr': a:buf, 'lnum': e.lnum, 'col': e.col,
        \ 'end_lnum': e.end_lnum, 'end_col': e.end_col,
        \ 'type': s:kinds[s:severity(e.diag) - 1],
        \ 'text': tact#diagnostics#describe(e.diag)}})
endfunction

" One line for a finding: "message [rule-id]".
function! tact#diagnostics#describe(diag) abort
  let l:code = get(a:diag, 'code', '')
  return get(a:diag, 'message', '') . (empty(l:code) ? '' : ' [' . l:code . ']')
endfunction

" :TactList: the findings of the current buffer in the location list.
function! tact#diagnostics#loclist() abort
  let l:buf = bufnr('')
  call setloclist(0, [], ' ', {'title': 'Tact', 'context': {'tact': l:buf},
        \ 'items': s:loclist_items(l:buf)})
  lopen
endfunction

" Keeps a location list that :TactList made up to date.
function! s:refresh_loclists(buf) abort
  for l:win in win_findbuf(a:buf)
    let l:what = getloclist(l:win, {'context': 1, 'title': 1})
    if type(l:what.context) == v:t_dict && get(l:what.context, 'tact', -1) == a:buf
      call setloclist(l:win, [], 'r', {'items': s:loclist_items(a:buf)})
    endif
  endfor
endfunction

" Counts by severity, for a status line.
function! tact#diagnostics#counts(buf) abort
  let l:counts = {'error': 0, 'warning': 0, 'info': 0, 'hint': 0, 'total': 0}
  for l:diag in get(s:diags, a:buf, [])
    let l:counts[s:names[s:severity(l:diag) - 1]] += 1
    let l:counts.total += 1
  endfor
  return l:counts
endfunction

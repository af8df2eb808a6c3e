" Conversions between LSP positions (0-based line, UTF-16 code units) and
" Vim positions (1-based line, 1-based byte column). The only place that
" knows about UTF-16: everything else in the plugin speaks Vim bytes.
"
" str2list() yields every code point, composing ones included, so combining
" accents count as the separate UTF-16 units they are; code points beyond
" the Basic Multilingual Plane take two units (a surrogate pair).

" Number of UTF-16 code units in {text}.
function! tact#position#utf16_len(text) abort
  let l:units = 0
  for l:cp in str2list(a:text)
    let l:units += l:cp > 0xFFFF ? 2 : 1
  endfor
  return l:units
endfunction

" Byte offset (0-based) in {text} of UTF-16 offset {units}. An offset past
" the end of the line is clamped to its length; one that falls inside a
" surrogate pair moves to the start of that character.
function! tact#position#utf16_to_byte(text, units) abort
  if a:units <= 0
    return 0
  endif
  let l:seen = 0
  let l:chars = 0
  for l:cp in str2list(a:text)
    let l:width = l:cp > 0xFFFF ? 2 : 1
    if l:seen + l:width > a:units
      break
    endif
    let l:seen += l:width
    let l:chars += 1
  endfor
  let l:byte = byteidxcomp(a:text, l:chars)
  return l:byte < 0 ? strlen(a:text) : l:byte
endfunction

" LSP position {pos} in buffer {buf} → [lnum, col] (1-based, byte column).
" A line past the end of the buffer maps to the end of the last line.
function! tact#position#from_lsp(buf, pos) abort
  let l:last = s:line_count(a:buf)
  let l:lnum = a:pos.line + 1
  if l:lnum > l:last
    let l:text = s:line(a:buf, l:last)
    return [l:last, strlen(l:text) + 1]
  endif
  let l:text = s:line(a:buf, l:lnum)
  return [l:lnum, tact#position#utf16_to_byte(l:text, a:pos.character) + 1]
endfunction

" Vim position ({lnum}, byte {col}, both 1-based) in {buf} → LSP position.
function! tact#position#to_lsp(buf, lnum, col) abort
  let l:text = s:line(a:buf, a:lnum)
  let l:prefix = strpart(l:text, 0, a:col - 1)
  return {'line': a:lnum - 1, 'character': tact#position#utf16_len(l:prefix)}
endfunction

" LSP range → [lnum, col, end_lnum, end_col] with an exclusive end column.
function! tact#position#range_from_lsp(buf, range) abort
  return tact#position#from_lsp(a:buf, a:range.start)
        \ + tact#position#from_lsp(a:buf, a:range.end)
endfunction

function! s:line(buf, lnum) abort
  return get(getbufline(a:buf, a:lnum), 0, '')
endfunction

function! s:line_count(buf) abort
  let l:info = getbufinfo(a:buf)
  return empty(l:info) ? 0 : l:info[0].linecount
endfunction

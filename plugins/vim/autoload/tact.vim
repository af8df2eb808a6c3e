" Which buffers are checked: attaching a buffer of an enabled filetype
" (starting the server on first use), detaching, and :TactToggle.

let s:enabled = 1
let s:encoding_reported = 0

function! tact#wants(buf) abort
  if !s:enabled || !getbufvar(a:buf, 'tact_enabled', 1)
        \ || getbufvar(a:buf, '&buftype') isnot# ''
    return 0
  endif
  for l:filetype in split(getbufvar(a:buf, '&filetype'), '\.')
    if index(g:tact_filetypes, l:filetype) >= 0
      return 1
    endif
  endfor
  return 0
endfunction

" Starts checking {buf}, or stops when it should not be checked (any more).
function! tact#update(buf) abort
  if !tact#wants(a:buf)
    call tact#detach(a:buf)
  elseif &encoding isnot# 'utf-8'
    " Byte columns are only UTF-8 columns when Vim holds text as UTF-8.
    if !s:encoding_reported
      let s:encoding_reported = 1
      call tact#util#error("needs 'encoding' set to utf-8 (it is " . &encoding . '); checking is off')
    endif
  elseif !tact#document#is_open(a:buf) && tact#server#ensure()
    call tact#diagnostics#define_types()
    call tact#document#open(a:buf)
  endif
endfunction

function! tact#detach(buf) abort
  if tact#document#is_open(a:buf)
    call tact#document#close(a:buf)
    call tact#diagnostics#clear(a:buf)
  endif
endfunction

" :TactToggle: checking on or off for every buffer.
function! tact#toggle() abort
  call tact#set_enabled(!s:enabled)
endfunction

function! tact#set_enabled(on) abort
  let s:enabled = a:on
  if s:enabled
    for l:info in getbufinfo({'bufloaded': 1})
      call tact#update(l:info.bufnr)
    endfor
  else
    for l:buf in tact#document#buffers()
      call tact#detach(l:buf)
    endfor
  endif
  call tact#util#message('checking ' . (s:enabled ? 'on' : 'off'))
endfunction

" :TactToggleBuffer: the same for the current buffer alone.
function! tact#toggle_buffer() abort
  let b:tact_enabled = !get(b:, 'tact_enabled', 1)
  call tact#update(bufnr(''))
  call tact#util#message('checking ' . (tact#document#is_open(bufnr('')) ? 'on' : 'off') . ' for this buffer')
endfunction

" :TactRestart: a fresh server, every checked buffer sent again.
function! tact#restart() abort
  call tact#server#restart()
  call tact#server#ensure()
  for l:info in getbufinfo({'bufloaded': 1})
    call tact#update(l:info.bufnr)
  endfor
endfunction

" :TactInfo
function! tact#info() abort
  let l:buf = bufnr('')
  let l:counts = tact#diagnostics#counts(l:buf)
  let l:lines = ['Tact ' . g:tact_plugin_version,
        \ 'checking:  ' . (s:enabled ? 'on' : 'off') . ', this buffer '
        \   . (tact#document#is_open(l:buf) ? 'checked as ' . tact#document#uri(l:buf) : 'not checked'),
        \ printf('findings:  %d (%d errors, %d warnings, %d info, %d hints)',
        \   l:counts.total, l:counts.error, l:counts.warning, l:counts.info, l:counts.hint),
        \ 'filetypes: ' . join(g:tact_filetypes, ', ')]
        \ + tact#server#info()
  for l:line in l:lines
    echo l:line
  endfor
endfunction

" For a status line: "Tact: 2W 1E", or '' when there is nothing to show.
function! tact#statusline() abort
  let l:counts = tact#diagnostics#counts(bufnr(''))
  if l:counts.total == 0
    return ''
  endif
  let l:parts = []
  for [l:key, l:letter] in [['error', 'E'], ['warning', 'W'], ['info', 'I'], ['hint', 'H']]
    if l:counts[l:key]
      call add(l:parts, l:counts[l:key] . l:letter)
    endif
  endfor
  return 'Tact: ' . join(l:parts)
endfunction

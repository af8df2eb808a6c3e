" Small helpers shared by the other parts: messages and URIs.

function! tact#util#error(text) abort
  echohl ErrorMsg
  echomsg 'tact: ' . a:text
  echohl None
endfunction

function! tact#util#message(text) abort
  echomsg 'tact: ' . a:text
endfunction

" file:// URI of the absolute path {path}, percent-encoding what RFC 3986
" does not allow in a path.
function! tact#util#uri(path) abort
  let l:path = fnamemodify(a:path, ':p')
  return 'file://' . substitute(l:path, '[^A-Za-z0-9/._~!$&''()*+,;=:@-]',
        \ '\=s:percent(submatch(0))', 'g')
endfunction

" %XX for every byte of {char} (several for a multi-byte character).
function! s:percent(char) abort
  return join(map(range(strlen(a:char)),
        \ {_, i -> printf('%%%02X', char2nr(a:char[i]))}), '')
endfunction

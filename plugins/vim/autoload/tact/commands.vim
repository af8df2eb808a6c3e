" :TactExplain, :TactSummary, :TactDisable, :TactEnable.

function! s:checked_buffer() abort
  let l:buf = bufnr('')
  if !tact#document#is_open(l:buf)
    call tact#util#message('this buffer is not checked (:help tact-filetypes)')
    return -1
  endif
  return l:buf
endfunction

" :TactExplain: the server's hover text for the cursor position.
function! tact#commands#explain() abort
  let l:buf = s:checked_buffer()
  if l:buf < 0
    return
  endif
  call tact#document#flush(l:buf)
  let l:answer = tact#server#request_sync('textDocument/hover', {
        \ 'textDocument': {'uri': tact#document#uri(l:buf)},
        \ 'position': tact#position#to_lsp(l:buf, line('.'), col('.'))})
  if empty(l:answer)
    return
  endif
  let l:lines = s:hover_lines(l:answer.result)
  if empty(l:lines)
    call tact#util#message('no finding under the cursor')
    return
  endif
  call tact#ui#show('Tact', l:lines, 'markdown')
endfunction

function! s:hover_lines(result) abort
  if type(a:result) != v:t_dict
    return []
  endif
  let l:contents = get(a:result, 'contents', '')
  let l:parts = type(l:contents) == v:t_list ? l:contents : [l:contents]
  let l:lines = []
  for l:part in l:parts
    let l:text = type(l:part) == v:t_dict ? get(l:part, 'value', '') : l:part
    if type(l:text) == v:t_string && l:text !~# '^\s*$'
      let l:lines += (empty(l:lines) ? [] : ['']) + split(l:text, "\n", 1)
    endif
  endfor
  while !empty(l:lines) && l:lines[-1] =~# '^\s*$'
    call remove(l:lines, -1)
  endwhile
  return s:join_soft_breaks(l:lines)
endfunction

" Markdown's soft line breaks joined, so that the popup wraps paragraphs
" at its own width; lists, headings, quotes and code stay as they are.
function! s:join_soft_breaks(lines) abort
  let l:out = []
  let l:code = 0
  for l:line in a:lines
    if l:line =~# '^\s*```'
      let l:code = !l:code
      call add(l:out, l:line)
    elseif !l:code && !empty(l:out) && l:out[-1] !~# '^\s*$\|^\s*```\|^#'
          \ && l:line !~# '^\s*$\|^\s*\([-*+>#|]\|\d\+\.\)\|^\s\{4}'
      let l:out[-1] .= ' ' . l:line
    else
      call add(l:out, l:line)
    endif
  endfor
  return l:out
endfunction

" :TactSummary: tone score and counts of the whole buffer.
function! tact#commands#summary() abort
  let l:buf = s:checked_buffer()
  if l:buf < 0
    return
  endif
  call tact#document#flush(l:buf)
  let l:answer = tact#server#request_sync('tact/summary',
        \ {'textDocument': {'uri': tact#document#uri(l:buf)}})
  if empty(l:answer) || type(l:answer.result) != v:t_dict
    return
  endif
  call tact#ui#show('Tact summary', tact#commands#summary_lines(l:answer.result), '', 'center')
endfunction

function! tact#commands#summary_lines(s) abort
  let l:lines = [printf('Tone score: %s/100', get(a:s, 'score', '?')),
        \ printf('%s words, %s sentences, %s findings',
        \   get(a:s, 'words', 0), get(a:s, 'sentences', 0), get(a:s, 'findings', 0))]
  let l:categories = get(a:s, 'categories', {})
  if type(l:categories) == v:t_dict && !empty(l:categories)
    call add(l:lines, '')
    for l:name in sort(keys(l:categories))
      call add(l:lines, printf('  %-16s %d', l:name, l:categories[l:name]))
    endfor
  endif
  let l:pronouns = get(a:s, 'pronouns', {})
  if type(l:pronouns) == v:t_dict && !empty(l:pronouns)
    call extend(l:lines, ['', printf('Pronouns: I %d, you %d, we %d',
          \ get(l:pronouns, 'i', 0), get(l:pronouns, 'you', 0), get(l:pronouns, 'we', 0))])
  endif
  let l:signals = []
  for [l:key, l:label] in [['empathy', 'empathy'], ['next_step', 'next step'], ['thanks', 'thanks']]
    if has_key(a:s, l:key)
      call add(l:signals, l:label . (a:s[l:key] is v:true || a:s[l:key] is 1 ? ' yes' : ' no'))
    endif
  endfor
  if !empty(l:signals)
    call add(l:lines, 'Signals: ' . join(l:signals, ', '))
  endif
  return l:lines
endfunction

" :TactDisable[!] {rule}, :TactEnable[!] {rule}: for this document, or with
" ! for every document of the session.
function! tact#commands#rule(command, rule, everywhere) abort
  let l:buf = s:checked_buffer()
  if l:buf < 0
    return
  endif
  if a:rule is# ''
    call tact#util#error('give a rule id or category, e.g. :TactDisable blame.as-i-said')
    return
  endif
  let l:uri = a:everywhere ? v:null : tact#document#uri(l:buf)
  call tact#document#flush(l:buf)
  call tact#commands#remember(a:command, [l:uri, a:rule])
  call tact#server#request_sync('workspace/executeCommand',
        \ {'command': a:command, 'arguments': [l:uri, a:rule]})
endfunction

" Rules switched off or on during the session, [command, [uri, rule]] in
" order, so that a restarted server is told again.
let s:switched = []

function! tact#commands#remember(command, arguments) abort
  if index(['tact.disableRule', 'tact.enableRule'], a:command) < 0
        \ || type(a:arguments) != v:t_list || len(a:arguments) != 2
    return
  endif
  call filter(s:switched, 'v:val[1] != a:arguments')
  call add(s:switched, [a:command, a:arguments])
endfunction

" After a (re)start: the switches that concern documents still open.
function! tact#commands#replay() abort
  for [l:command, l:arguments] in s:switched
    if l:arguments[0] is v:null || tact#document#buffer_of(l:arguments[0]) >= 0
      call tact#server#request('workspace/executeCommand',
            \ {'command': l:command, 'arguments': l:arguments}, {_ -> 0})
    endif
  endfor
endfunction

" Completion for :TactDisable: the rules and categories found in the buffer.
function! tact#commands#complete_rules(lead, line, pos) abort
  let l:names = {}
  for l:diag in tact#diagnostics#get(bufnr(''))
    let l:rule = get(l:diag, 'code', '')
    if type(l:rule) == v:t_string && l:rule isnot# ''
      let l:names[l:rule] = 1
      let l:names[split(l:rule, '\.')[0]] = 1
    endif
  endfor
  return filter(sort(keys(l:names)), 'stridx(v:val, a:lead) == 0')
endfunction

" tact.vim — underline risky wording while you type, through `tact lsp`.
" Settings, commands and mappings only; the work is in autoload/tact/.
" :help tact

if exists('g:loaded_tact') || v:version < 900 || !has('channel')
      \ || !has('textprop') || !has('timers') || !has('popupwin')
  finish
endif
let g:loaded_tact = 1
let g:tact_plugin_version = '0.1.0'

let g:tact_executable = get(g:, 'tact_executable', 'tact')
let g:tact_options = get(g:, 'tact_options', [])
let g:tact_filetypes = get(g:, 'tact_filetypes',
      \ ['text', 'markdown', 'mail', 'gitcommit', 'html'])
let g:tact_delay = get(g:, 'tact_delay', 200)
let g:tact_message = get(g:, 'tact_message', 'popup')
let g:tact_settings = get(g:, 'tact_settings', {})
let g:tact_timeout = get(g:, 'tact_timeout', 5000)
let g:tact_restart_limit = get(g:, 'tact_restart_limit', 3)
let g:tact_restart_delay = get(g:, 'tact_restart_delay', 500)

function! s:highlight() abort
  highlight default TactError term=underline cterm=underline ctermul=Red gui=undercurl guisp=Red
  highlight default TactWarning term=underline cterm=underline ctermul=DarkYellow gui=undercurl guisp=Orange
  highlight default TactInfo term=underline cterm=underline ctermul=Blue gui=undercurl guisp=DodgerBlue
  highlight default TactHint term=underline cterm=underline ctermul=Grey gui=undercurl guisp=Grey
  highlight default link TactPopup Pmenu
  highlight default link TactPopupBorder Pmenu
endfunction
call s:highlight()

function! s:buffer_event(event) abort
  let l:buf = str2nr(expand('<abuf>'))
  if a:event is# 'filetype'
    " Stays cheap for the filetypes we do not check: autoload only when needed.
    if exists('*tact#update')
          \ || !empty(filter(split(expand('<amatch>'), '\.'), 'index(g:tact_filetypes, v:val) >= 0'))
      call tact#update(l:buf)
    endif
  elseif !exists('*tact#document#is_open') || !tact#document#is_open(l:buf)
    return
  elseif a:event is# 'unload'
    call tact#detach(l:buf)
  elseif a:event is# 'write'
    call tact#document#saved(l:buf)
  elseif a:event is# 'rename'
    call tact#document#rename(l:buf)
  elseif a:event is# 'changed'
    " Listener callbacks otherwise wait for a redraw, which typing ahead
    " (or a Vim without a screen) can hold back.
    call listener_flush(l:buf)
  elseif a:event is# 'leave'
    " Typing is over for now: no need to wait for g:tact_delay.
    call tact#document#flush(l:buf)
  elseif a:event is# 'cursor'
    call tact#ui#cursor_moved()
  endif
endfunction

augroup tact
  autocmd!
  autocmd FileType * call s:buffer_event('filetype')
  autocmd BufUnload * call s:buffer_event('unload')
  autocmd BufWritePost * call s:buffer_event('write')
  autocmd BufFilePost * call s:buffer_event('rename')
  autocmd TextChanged,TextChangedI,TextChangedP * call s:buffer_event('changed')
  autocmd InsertLeave * call s:buffer_event('leave')
  autocmd CursorMoved * call s:buffer_event('cursor')
  autocmd ColorScheme * call s:highlight()
  autocmd VimLeavePre * if exists('*tact#server#stop') | call tact#server#stop() | endif
augroup END

command! -bar TactList call tact#diagnostics#loclist()
command! -bar -count=1 TactNext call tact#diagnostics#jump(1, <count>)
command! -bar -count=1 TactPrev call tact#diagnostics#jump(0, <count>)
command! -bar -count=0 TactFix call tact#fix#run(<count>)
command! -bar TactExplain call tact#commands#explain()
command! -bar TactSummary call tact#commands#summary()
command! -bar TactToggle call tact#toggle()
command! -bar TactToggleBuffer call tact#toggle_buffer()
command! -bar -bang -nargs=1 -complete=customlist,tact#commands#complete_rules
      \ TactDisable call tact#commands#rule('tact.disableRule', <q-args>, <bang>0)
command! -bar -bang -nargs=1 -complete=customlist,tact#commands#complete_rules
      \ TactEnable call tact#commands#rule('tact.enableRule', <q-args>, <bang>0)
command! -bar TactRestart call tact#restart()
command! -bar TactInfo call tact#info()

nnoremap <silent> <Plug>(tact-next) :<C-U>call tact#diagnostics#jump(1, v:count1)<CR>
nnoremap <silent> <Plug>(tact-prev) :<C-U>call tact#diagnostics#jump(0, v:count1)<CR>
nnoremap <silent> <Plug>(tact-fix) :<C-U>call tact#fix#run(0)<CR>
nnoremap <silent> <Plug>(tact-explain) :<C-U>call tact#commands#explain()<CR>
nnoremap <silent> <Plug>(tact-list) :<C-U>call tact#diagnostics#loclist()<CR>
nnoremap <silent> <Plug>(tact-summary) :<C-U>call tact#commands#summary()<CR>
nnoremap <silent> <Plug>(tact-toggle) :<C-U>call tact#toggle()<CR>

" Opt-in (g:tact_default_mappings = 1); a key the user already mapped is
" left alone.
if get(g:, 'tact_default_mappings', 0)
  for [s:key, s:plug] in [[']t', 'next'], ['[t', 'prev'], ['<Leader>tf', 'fix'],
        \ ['<Leader>te', 'explain'], ['<Leader>tl', 'list'], ['<Leader>ts', 'summary']]
    if maparg(s:key, 'n') is# '' && !hasmapto('<Plug>(tact-' . s:plug . ')', 'n')
      execute 'nmap' s:key '<Plug>(tact-' . s:plug . ')'
    endif
  endfor
  unlet s:key s:plug
endif

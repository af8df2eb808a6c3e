" The `tact lsp` job: starting it lazily, the initialize handshake, sending
" notifications and requests, dispatching what the server sends, and
" restarting it (a bounded number of times) when it dies.

let s:job = v:null
" stopped | running | missing | failed
let s:state = 'stopped'
let s:stopping = 0
let s:restarts = 0
let s:server_info = {}
let s:log = []
let s:missing_reported = 0
let s:starting = 0
let s:stderr = []

function! tact#server#state() abort
  return s:state
endfunction

" Starts the server when needed. Returns 1 when it is running.
function! tact#server#ensure() abort
  if s:state is# 'running'
    return 1
  endif
  if s:state is# 'stopped'
    call s:start()
  endif
  return s:state is# 'running'
endfunction

function! s:command() abort
  return [g:tact_executable, 'lsp'] + g:tact_options
endfunction

function! s:start() abort
  if !executable(g:tact_executable)
    let s:state = 'missing'
    if !s:missing_reported
      let s:missing_reported = 1
      call tact#util#error(printf('executable "%s" not found; install tact or set g:tact_executable (:help tact-executable). Checking is off.', g:tact_executable))
    endif
    return
  endif
  let s:stopping = 0
  let s:starting = 1
  let s:stderr = []
  call s:add_log('start: ' . join(s:command()))
  let s:job = job_start(s:command(), {
        \ 'in_mode': 'lsp',
        \ 'out_mode': 'lsp',
        \ 'err_mode': 'nl',
        \ 'out_cb': function('s:on_message'),
        \ 'err_cb': function('s:on_stderr'),
        \ 'exit_cb': function('s:on_exit'),
        \ 'noblock': 1,
        \ })
  if job_status(s:job) isnot# 'run'
    let s:starting = 0
    call s:fail('could not start ' . join(s:command()))
    return
  endif
  let l:response = ch_evalexpr(s:job, {
        \ 'method': 'initialize',
        \ 'params': s:initialize_params(),
        \ }, {'timeout': g:tact_timeout})
  if type(l:response) != v:t_dict || !has_key(l:response, 'result')
    let l:why = type(l:response) == v:t_dict && has_key(l:response, 'error')
          \ ? get(l:response.error, 'message', '') : 'no answer'
    " What it said on its way out is the useful part: wait (a second at
    " most) until its standard error is closed and read.
    let l:waited = 0
    while l:waited < 100 && (job_status(s:job) is# 'run'
          \ || ch_status(s:job, {'part': 'err'}) isnot# 'closed')
      sleep 10m
      let l:waited += 1
    endwhile
    if !empty(s:stderr)
      let l:why .= ': ' . s:stderr[0]
    endif
    call s:add_log('initialize failed: ' . l:why)
    call s:kill()
    let s:starting = 0
    call s:fail('tact lsp did not start (' . l:why . '); see :TactInfo')
    return
  endif
  let s:starting = 0
  let s:server_info = get(l:response.result, 'serverInfo', {})
  let s:state = 'running'
  let s:started_at = reltime()
  call ch_sendexpr(s:job, {'method': 'initialized', 'params': {}})
  " After a restart the new server knows no document yet, nor the rules
  " switched off with :TactDisable.
  call tact#document#reopen_all()
  call tact#commands#replay()
endfunction

function! s:initialize_params() abort
  return {
        \ 'processId': getpid(),
        \ 'clientInfo': {'name': 'tact.vim', 'version': g:tact_plugin_version},
        \ 'rootUri': tact#util#uri(getcwd()),
        \ 'capabilities': {
        \   'general': {'positionEncodings': ['utf-16']},
        \   'textDocument': {
        \     'synchronization': {'didSave': v:true},
        \     'publishDiagnostics': {'versionSupport': v:true,
        \       'codeDescriptionSupport': v:true, 'dataSupport': v:true},
        \     'codeAction': {'codeActionLiteralSupport': {'codeActionKind':
        \       {'valueSet': ['quickfix']}}, 'isPreferredSupport': v:true},
        \     'hover': {'contentFormat': ['markdown', 'plaintext']},
        \   },
        \   'workspace': {'executeCommand': {}, 'configuration': v:true,
        \     'workspaceEdit': {'documentChanges': v:true, 'snippetEditSupport': v:true}},
        \ },
        \ 'initializationOptions': {'tact': s:settings()},
        \ }
endfunction

" The plugin waits for a pause in typing itself (g:tact_delay), so the
" server need not wait again unless the user says so.
function! s:settings() abort
  return extend({'debounce': 0}, g:tact_settings)
endfunction

" Stops the server politely (shutdown, exit), then for good if it lingers.
function! tact#server#stop() abort
  if s:state isnot# 'running'
    let s:state = s:state is# 'missing' ? 'missing' : 'stopped'
    return
  endif
  let s:stopping = 1
  call ch_evalexpr(s:job, {'method': 'shutdown'}, {'timeout': 1000})
  if ch_status(s:job) is# 'open'
    call ch_sendexpr(s:job, {'method': 'exit'})
  endif
  let l:waited = 0
  while job_status(s:job) is# 'run' && l:waited < 50
    sleep 10m
    let l:waited += 1
  endwhile
  call s:kill()
  let s:state = 'stopped'
endfunction

function! s:kill() abort
  if s:job isnot v:null && job_status(s:job) is# 'run'
    let s:stopping = 1
    call job_stop(s:job, 'kill')
  endif
endfunction

" Forgets failures and starts again (:TactRestart).
function! tact#server#restart() abort
  call tact#server#stop()
  let s:restarts = 0
  let s:state = 'stopped'
  let s:missing_reported = 0
endfunction

" The job itself (the tests kill it to see the plugin recover).
function! tact#server#job() abort
  return s:job
endfunction

function! tact#server#notify(method, params) abort
  if s:state isnot# 'running'
    return
  endif
  call ch_sendexpr(s:job, {'method': a:method, 'params': a:params})
endfunction

" Sends a request and calls {Callback}(result) when the answer comes; an
" error answer is logged and reported, and the callback is not called.
function! tact#server#request(method, params, Callback) abort
  if !tact#server#ensure()
    return
  endif
  call ch_sendexpr(s:job, {'method': a:method, 'params': a:params},
        \ {'callback': function('s:on_response', [a:method, a:Callback])})
endfunction

function! s:on_response(method, Callback, channel, message) abort
  if has_key(a:message, 'error')
    call s:report_error(a:method, a:message.error)
    return
  endif
  call a:Callback(get(a:message, 'result', v:null))
endfunction

" Sends a request and waits for the answer. Returns {'result': …} or, on an
" error or timeout (already reported to the user), {}.
function! tact#server#request_sync(method, params) abort
  if !tact#server#ensure()
    return {}
  endif
  let l:response = ch_evalexpr(s:job, {'method': a:method, 'params': a:params},
        \ {'timeout': g:tact_timeout})
  if type(l:response) != v:t_dict || empty(l:response)
    call tact#util#error(a:method . ': no answer from tact lsp')
    return {}
  endif
  if has_key(l:response, 'error')
    call s:report_error(a:method, l:response.error)
    return {}
  endif
  return {'result': get(l:response, 'result', v:null)}
endfunction

function! s:report_error(method, error) abort
  let l:text = printf('%s: %s', a:method, get(a:error, 'message', string(a:error)))
  call s:add_log('error: ' . l:text)
  call tact#util#error(l:text)
endfunction

function! s:on_message(channel, message) abort
  if type(a:message) != v:t_dict
    return
  endif
  let l:method = get(a:message, 'method', '')
  if has_key(a:message, 'id') && l:method isnot# ''
    call s:answer_request(a:message)
  elseif l:method is# 'textDocument/publishDiagnostics'
    call tact#diagnostics#publish(a:message.params)
  elseif l:method is# 'window/showMessage'
    call s:show_message(a:message.params)
  elseif l:method is# 'window/logMessage'
    call s:add_log('server: ' . get(a:message.params, 'message', ''))
  endif
endfunction

" window/showMessage: the server's own words (they name it), errors and
" warnings highlighted.
function! s:show_message(params) abort
  let l:type = get(a:params, 'type', 3)
  execute 'echohl' l:type == 1 ? 'ErrorMsg' : l:type == 2 ? 'WarningMsg' : 'None'
  echomsg get(a:params, 'message', '')
  echohl None
endfunction

" Requests from the server: our settings for workspace/configuration, and a
" plain acknowledgement for anything else (progress, registrations).
function! s:answer_request(message) abort
  let l:result = v:null
  if a:message.method is# 'workspace/configuration'
    let l:result = map(copy(get(a:message.params, 'items', [])),
          \ {_, item -> get(item, 'section', '') is# 'tact'
          \   ? s:settings() : {'tact': s:settings()}})
  endif
  call ch_sendexpr(s:job, {'id': a:message.id, 'result': l:result})
endfunction

" Standard error goes to the log (:TactInfo); its first lines also explain
" a server that does not start.
function! s:on_stderr(channel, line) abort
  call s:add_log('stderr: ' . a:line)
  if len(s:stderr) < 20
    call add(s:stderr, a:line)
  endif
endfunction

function! s:on_exit(job, status) abort
  if a:job isnot s:job
    return
  endif
  call s:add_log('exit: status ' . a:status)
  if s:stopping || s:starting
    " Stopped on purpose, or s:start() reports the failure itself.
    return
  endif
  let s:state = 'stopped'
  " Only crashes in quick succession count towards the limit.
  if exists('s:started_at') && reltimefloat(reltime(s:started_at)) > 60.0
    let s:restarts = 0
  endif
  let s:restarts += 1
  if s:restarts > g:tact_restart_limit
    call s:fail(printf('tact lsp exited %d times (status %d); giving up. :TactRestart tries again, :TactInfo shows its log.', s:restarts, a:status))
    return
  endif
  call s:add_log('restarting')
  call timer_start(g:tact_restart_delay, {-> s:revive()})
endfunction

function! s:revive() abort
  if s:state is# 'stopped'
    call tact#server#ensure()
  endif
endfunction

" No server for now: says so, and takes the underlines away, since they
" could not follow the text any more.
function! s:fail(message) abort
  let s:state = 'failed'
  for l:buf in tact#document#buffers()
    call tact#diagnostics#clear(l:buf)
  endfor
  call tact#util#error(a:message)
endfunction

function! s:add_log(line) abort
  call add(s:log, strftime('%H:%M:%S ') . a:line)
  if len(s:log) > 200
    call remove(s:log, 0, len(s:log) - 201)
  endif
endfunction

" Lines for :TactInfo.
function! tact#server#info() abort
  let l:lines = [
        \ 'command:   ' . join(s:command()),
        \ 'state:     ' . s:state,
        \ 'restarts:  ' . s:restarts . ' (limit ' . g:tact_restart_limit . ')',
        \ 'server:    ' . get(s:server_info, 'name', '?') . ' ' . get(s:server_info, 'version', ''),
        \ ]
  if s:job isnot v:null
    call add(l:lines, 'job:       ' . string(s:job))
  endif
  return l:lines + ['', 'log:'] + s:log
endfunction

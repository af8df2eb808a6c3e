" Underlines land on exactly the bytes of the finding, after multi-byte
" text too (the server counts UTF-16 units), one property type per severity.

" The UTF-16 conversions on their own, against hand-counted figures.
call assert_equal(0, tact#position#utf16_len(''))
call assert_equal(4, tact#position#utf16_len('aé😀'))
call assert_equal(4, tact#position#utf16_len('é😀a'))
call assert_equal(2, tact#position#utf16_len('中文'))
" e + combining acute accent: two code points, two units, three bytes.
call assert_equal(2, tact#position#utf16_len("e\u0301"))
call assert_equal(0, tact#position#utf16_to_byte('é😀a', 0))
call assert_equal(2, tact#position#utf16_to_byte('é😀a', 1))
call assert_equal(6, tact#position#utf16_to_byte('é😀a', 3))
call assert_equal(7, tact#position#utf16_to_byte('é😀a', 4))
" Inside the surrogate pair: the start of the emoji.
call assert_equal(2, tact#position#utf16_to_byte('é😀a', 2))
" Past the end: clamped.
call assert_equal(7, tact#position#utf16_to_byte('é😀a', 99))
call assert_equal(3, tact#position#utf16_to_byte("e\u0301x", 2))

call OpenText('positions.txt', [
      \ 'You failed to sign it.',
      \ 'Café owners, calm down.',
      \ '😀 Obviously 😀 just wait.',
      \ '中文 calm down 中文 calm down',
      \ "Cafe\u0301 calm down.",
      \ '',
      \ 'Nothing risky here.',
      \ ])

call assert_equal([
      \ [1, 1, 13, 'tact_error'],
      \ [2, 15, 9, 'tact_warning'],
      \ [3, 6, 9, 'tact_info'],
      \ [3, 20, 5, 'tact_hint'],
      \ [4, 8, 9, 'tact_warning'],
      \ [4, 25, 9, 'tact_warning'],
      \ [5, 8, 9, 'tact_warning'],
      \ ], Props())
" A finding whose only fix is deleting it takes a neighbouring space along.
call assert_equal(['You failed to', 'calm down', 'Obviously', ' just',
      \ 'calm down', 'calm down', 'calm down'], Underlined())

" The highlight groups exist, with the default (overridable) underline.
for s:group in ['TactError', 'TactWarning', 'TactInfo', 'TactHint']
  call assert_match('cterm=underline', execute('highlight ' . s:group), s:group)
  call assert_match('gui=undercurl', execute('highlight ' . s:group), s:group)
endfor
call assert_equal('TactError', prop_type_get('tact_error').highlight)

" A colour scheme's own definition wins over the default one.
highlight TactWarning cterm=bold
doautocmd ColorScheme
call assert_match('cterm=bold', execute('highlight TactWarning'))

" A filetype outside g:tact_filetypes is not checked; markdown is.
call OpenText('other.c', ['Calm down.'], 'text')
let s:since = g:updates
setlocal filetype=c
call assert_equal([], Props())
call assert_false(tact#document#is_open(bufnr('')))
setlocal filetype=markdown
call assert_true(WaitUpdate(s:since))
call assert_equal(['Calm down'], Underlined())

" The filetype tells the server the format (languageId): code in Markdown
" and HTML, quoted text and signatures in mail are not prose.
call OpenText('format.md', ['# Calm down', '', 'Please calm down.', '', '```',
      \ 'calm down', '```', '', 'Use `calm down` here.'], 'markdown')
call assert_equal([[1, 3, 9, 'tact_warning'], [3, 8, 9, 'tact_warning']], Props())
call OpenText('format.html', ['<p>Please calm down.</p>', '<code>calm down</code>',
      \ '<!-- calm down -->'], 'html')
call assert_equal([[1, 11, 9, 'tact_warning']], Props())
call OpenText('format.eml', ['Hi,', '', 'Please calm down.', '', '> calm down',
      \ '-- ', 'calm down'], 'mail')
call assert_equal([[3, 8, 9, 'tact_warning']], Props())

call Finish()

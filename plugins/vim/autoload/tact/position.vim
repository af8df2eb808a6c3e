" Conversions between LSP positions (0-based line, UTF-16 code units) and
" Vim positions (1-based line, 1-based byte column). The only place that
" knows about UTF-16: everything else in the plugin speaks Vim bytes.
" Compiled (:def) because they run for every finding on every update.
"
" str2list() yields every code point, composing ones included, so combining
" accents count as the separate UTF-16 units they are; code points beyond
" the Basic Multilingual Plane take two units (a surrogate pair).

" Number of UTF-16 code units in {text}.
def tact#position#utf16_len(text: string): number
  var units = 0
  for cp in str2list(text)
    units += cp > 0xFFFF ? 2 : 1
  endfor
  return units
enddef

" Byte offset (0-based) in {text} of UTF-16 offset {units}. An offset past
" the end of the line is clamped to its length; one that falls inside a
" surrogate pair moves to the start of that character.
def tact#position#utf16_to_byte(text: string, units: number): number
  if units <= 0
    return 0
  endif
  if strlen(text) == strchars(text, true)
    # Only one-byte characters (a regexp would miss composing ones).
    return min([units, strlen(text)])
  endif
  var seen = 0
  var chars = 0
  for cp in str2list(text)
    const width = cp > 0xFFFF ? 2 : 1
    if seen + width > units
      break
    endif
    seen += width
    chars += 1
  endfor
  const byte = byteidxcomp(text, chars)
  return byte < 0 ? strlen(text) : byte
enddef

" LSP position {pos} → [lnum, col] (1-based, byte column) in {lines}, the
" text of a buffer. A line past the end maps to the end of the last line.
def tact#position#from_lsp_lines(lines: list<string>, pos: dict<any>): list<number>
  if pos.line >= len(lines)
    return [len(lines), strlen(lines[-1]) + 1]
  endif
  return [pos.line + 1, tact#position#utf16_to_byte(lines[pos.line], pos.character) + 1]
enddef

" LSP range → [lnum, col, end_lnum, end_col] (exclusive end) in buffer {buf}.
def tact#position#range_from_lsp(buf: number, range: dict<any>): list<number>
  const lines = getbufline(buf, 1, '$')
  return tact#position#from_lsp_lines(lines, range.start)
       + tact#position#from_lsp_lines(lines, range.end)
enddef

" Vim position ({lnum}, byte {col}, both 1-based) in {buf} → LSP position.
def tact#position#to_lsp(buf: number, lnum: number, col: number): dict<number>
  const text = get(getbufline(buf, lnum), 0, '')
  return {line: lnum - 1, character: tact#position#utf16_len(strpart(text, 0, col - 1))}
enddef

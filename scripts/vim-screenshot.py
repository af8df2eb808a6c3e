#!/usr/bin/env python3
"""Screenshot of the Vim plugin at work in a real terminal.

Runs Vim with plugins/vim in tmux on examples/reply.txt and captures the
pane with its colours (tmux capture-pane -e) twice: as it opens, every
finding underlined, then with the cursor on one so that its message pops
up. Draws both, one above the other, to a PNG with ImageMagick.

usage: scripts/vim-screenshot.py PATH-TO-TACT [OUTPUT.png]
Needs vim, tmux, ImageMagick's convert and the DejaVu Sans Mono font.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

COLS, ROWS = 80, 12
CELL_W, CELL_H, FONT_SIZE = 10, 21, 16
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
BOLD_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
# xterm's 16 colours, on a dark background.
BASE16 = ["#000000", "#cd0000", "#00cd00", "#cdcd00", "#0000ee", "#cd00cd",
          "#00cdcd", "#e5e5e5", "#7f7f7f", "#ff0000", "#00ff00", "#ffff00",
          "#5c5cff", "#ff00ff", "#00ffff", "#ffffff"]
DEFAULT_FG, DEFAULT_BG = "#d0d0d0", "#1c1c1c"


def colour256(n):
    if n < 16:
        return BASE16[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return "#%02x%02x%02x" % (steps[n // 36], steps[n // 6 % 6], steps[n % 6])
    level = 8 + (n - 232) * 10
    return "#%02x%02x%02x" % (level, level, level)


def parse(screen):
    """Rows of cells (char, fg, bg, bold, underline colour or None)."""
    rows = []
    style = {"fg": None, "bg": None, "bold": False, "reverse": False,
             "ul": False, "ulc": None}
    for line in screen.split("\n")[:ROWS]:
        cells = []
        for token in re.split(r"(\x1b\[[0-9;:]*m)", line):
            if token.startswith("\x1b["):
                apply_sgr(style, token[2:-1])
                continue
            for ch in token:
                fg = style["fg"] or DEFAULT_FG
                bg = style["bg"] or DEFAULT_BG
                if style["reverse"]:
                    fg, bg = bg, fg
                ul = (style["ulc"] or fg) if style["ul"] else None
                cells.append((ch, fg, bg, style["bold"], ul))
        rows.append(cells)
    return rows


def apply_sgr(style, params):
    codes = [int(c) if c.isdigit() else 0 for c in re.split("[;:]", params or "0")]
    i = 0
    while i < len(codes):
        c = codes[i]
        if c == 0:
            style.update(fg=None, bg=None, bold=False, reverse=False, ul=False, ulc=None)
        elif c == 1:
            style["bold"] = True
        elif c == 22:
            style["bold"] = False
        elif c == 4:
            style["ul"] = True
        elif c == 24:
            style["ul"] = False
        elif c == 7:
            style["reverse"] = True
        elif c == 27:
            style["reverse"] = False
        elif 30 <= c <= 37:
            style["fg"] = BASE16[c - 30]
        elif 90 <= c <= 97:
            style["fg"] = BASE16[c - 90 + 8]
        elif 40 <= c <= 47:
            style["bg"] = BASE16[c - 40]
        elif 100 <= c <= 107:
            style["bg"] = BASE16[c - 100 + 8]
        elif c == 39:
            style["fg"] = None
        elif c == 49:
            style["bg"] = None
        elif c == 59:
            style["ulc"] = None
        elif c in (38, 48, 58) and i + 2 < len(codes) and codes[i + 1] == 5:
            key = {38: "fg", 48: "bg", 58: "ulc"}[c]
            style[key] = colour256(codes[i + 2])
            i += 2
        elif c in (38, 48, 58) and i + 4 < len(codes) and codes[i + 1] == 2:
            key = {38: "fg", 48: "bg", 58: "ulc"}[c]
            style[key] = "#%02x%02x%02x" % tuple(codes[i + 2:i + 5])
            i += 4
        i += 1


def with_cursor(rows, cursor):
    """The cell under the terminal's cursor drawn as a block."""
    x, y = int(cursor[0]), int(cursor[1])
    if y < len(rows):
        while len(rows[y]) <= x:
            rows[y].append((" ", DEFAULT_FG, DEFAULT_BG, False, None))
        ch, fg, bg, bold, ul = rows[y][x]
        rows[y][x] = (ch, DEFAULT_BG, DEFAULT_FG, bold, ul)
    return rows


def draw_args(rows):
    """ImageMagick -draw arguments for the cells, one per row."""
    args = []
    for y, cells in enumerate(rows):
        out = ["font-size %d" % FONT_SIZE, "stroke-width 0"]
        for x, (ch, fg, bg, bold, ul) in enumerate(cells[:COLS]):
            x0, y0 = x * CELL_W, y * CELL_H
            if bg != DEFAULT_BG:
                out.append("fill '%s' rectangle %d,%d %d,%d"
                           % (bg, x0, y0, x0 + CELL_W - 1, y0 + CELL_H - 1))
            if ul:
                base = y0 + CELL_H - 4
                out.append("fill '%s' rectangle %d,%d %d,%d"
                           % (ul, x0, base, x0 + CELL_W - 1, base + 1))
            if ch != " ":
                text = ch.replace("\\", "\\\\").replace('"', '\\"')
                out.append("font '%s' fill '%s' text %d,%d \"%s\""
                           % (BOLD_FONT if bold else FONT, fg, x0, y0 + CELL_H - 6, text))
        args += ["-draw", " ".join(out)]
    return args


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    tact = os.path.abspath(sys.argv[1])
    src = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    output = sys.argv[2] if len(sys.argv) > 2 else os.path.join(src, "plugins/vim/screenshot.png")
    for tool in ("vim", "tmux", "convert"):
        if not shutil.which(tool):
            sys.exit("needs %s" % tool)
    tmp = tempfile.mkdtemp()
    socket = os.path.join(tmp, "tmux.sock")
    try:
        shutil.copy(os.path.join(src, "examples/reply.txt"), os.path.join(tmp, "reply.txt"))
        with open(os.path.join(tmp, "vimrc"), "w") as f:
            f.write("""set nocompatible encoding=utf-8 noswapfile shortmess+=I
set laststatus=2 ruler background=dark
filetype plugin on
syntax on
colorscheme habamax
set rtp^=%s
let g:tact_executable = '%s'
set statusline=\\ %%f%%=%%{tact#statusline()}\\ 
""" % (os.path.join(src, "plugins/vim"), tact))
        env = dict(os.environ, TACT_DICTS=os.path.join(src, "dicts"), HOME=tmp)
        tmux = ["tmux", "-S", socket, "-f", "/dev/null"]
        subprocess.run(tmux + ["new-session", "-d", "-x", str(COLS), "-y", str(ROWS),
                               "-c", tmp, "TERM=xterm-256color vim -Nu vimrc -i NONE reply.txt"],
                       env=env, check=True)
        time.sleep(1.5)
        images = []
        # As it opens; then the cursor on "Calm down", its message above it.
        for n, keys in enumerate(["", "7G"]):
            if keys:
                subprocess.run(tmux + ["send-keys", keys], check=True)
                time.sleep(1.5)
            screen = subprocess.run(tmux + ["capture-pane", "-p", "-e"], check=True,
                                    capture_output=True, text=True).stdout
            cursor = subprocess.run(tmux + ["display-message", "-p", "#{cursor_x} #{cursor_y}"],
                                    check=True, capture_output=True, text=True).stdout.split()
            images.append(os.path.join(tmp, "screen%d.png" % n))
            # -draw arguments, not an MVG file: ImageMagick's default
            # security policy refuses to read those.
            subprocess.run(["convert", "-size", "%dx%d" % (COLS * CELL_W, ROWS * CELL_H),
                            "xc:" + DEFAULT_BG] + draw_args(with_cursor(parse(screen), cursor))
                           + [images[-1]], check=True)
        subprocess.run(tmux + ["kill-server"])
        subprocess.run(["convert", images[0], "-size", "%dx6" % (COLS * CELL_W), "xc:#808080",
                        images[1], "-append", output], check=True)
        print("wrote", output)
    finally:
        subprocess.run(["tmux", "-S", socket, "kill-server"], stderr=subprocess.DEVNULL)
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()

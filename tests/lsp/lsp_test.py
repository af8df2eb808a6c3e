#!/usr/bin/env python3
"""Drives the real `tact lsp` binary over pipes.

Usage: lsp_test.py PATH-TO-TACT SOURCE-DIR

Runs full sessions (initialize, edits with multibyte text and UTF-16
ranges, diagnostics with their exact ranges and versions, code actions
applied to the test's own copy of the text, hover, tact/summary, settings,
shutdown and exit) and a batch of malformed input the server must answer
correctly and survive. Every wait has a timeout, so a hung server fails the
test instead of blocking. Standard library only.
"""
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time

TACT = os.path.abspath(sys.argv[1])
SRC = os.path.abspath(sys.argv[2])
TIMEOUT = 20  # seconds for one answer; generous for sanitized builds

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what, file=sys.stderr)


# ---- Positions as an LSP client counts them --------------------------------

def utf16_len(s):
    return sum(2 if ord(c) > 0xFFFF else 1 for c in s)


def position(text, index):
    """LSP position (UTF-16) of str index `index` in `text` ("\\n" lines)."""
    line = text.count("\n", 0, index)
    start = text.rfind("\n", 0, index) + 1
    return {"line": line, "character": utf16_len(text[start:index])}


def index_of(text, pos):
    """str index of an LSP position (UTF-16) in `text`."""
    lines = text.split("\n")
    i = sum(len(l) + 1 for l in lines[:pos["line"]])
    units = 0
    line = lines[pos["line"]]
    k = 0
    while k < len(line) and units < pos["character"]:
        units += utf16_len(line[k])
        k += 1
    return i + k


def span(text, needle, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = text.index(needle, i + 1)
    return {"start": position(text, i), "end": position(text, i + len(needle))}


def apply_edits(text, edits):
    """Applies TextEdits (all relative to `text`) as a client does."""
    spans = sorted(((index_of(text, e["range"]["start"]),
                     index_of(text, e["range"]["end"]), e["newText"])
                    for e in edits), reverse=True)
    for a, b, new in spans:
        text = text[:a] + new + text[b:]
    return text


# ---- A client -----------------------------------------------------------------

class Server:
    started = []

    def __init__(self, *args, env=None):
        self.home = tempfile.mkdtemp(prefix="tact-lsp-")
        e = dict(os.environ)
        e.update({"HOME": self.home, "XDG_CONFIG_HOME": self.home + "/xdg",
                  "TACT_DICTS": os.path.join(SRC, "tests/lsp/data/dicts")})
        e.update(env or {})
        self.proc = subprocess.Popen([TACT, "lsp", *args], cwd=self.home,
                                     stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, env=e)
        Server.started.append(self)
        self.messages = queue.Queue()
        self.notes = []  # notifications seen, in order
        self.stderr = b""
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._read_err, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            header = b""
            while not header.endswith(b"\r\n\r\n"):
                c = out.read(1)
                if not c:
                    self.messages.put(None)
                    return
                header += c
            fields = dict(l.split(b": ", 1) for l in header.strip().split(b"\r\n"))
            body = out.read(int(fields[b"Content-Length"]))
            self.messages.put(json.loads(body))

    def _read_err(self):
        self.stderr = self.proc.stderr.read()

    def raw(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message):
        body = json.dumps(message).encode()
        self.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def _next(self, deadline):
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        m = self.messages.get(timeout=left)
        if m is None:
            raise EOFError("the server closed its output")
        return m

    def wait(self, pred, what, timeout=TIMEOUT):
        """The first message matching pred; others are kept in notes."""
        deadline = time.monotonic() + timeout
        for i, n in enumerate(self.notes):
            if pred(n):
                return self.notes.pop(i)
        try:
            while True:
                m = self._next(deadline)
                if pred(m):
                    return m
                self.notes.append(m)
        except (TimeoutError, queue.Empty):
            raise AssertionError("timed out waiting for " + what)

    def reply(self, id_, what="a reply"):
        return self.wait(lambda m: m.get("id") == id_ and "method" not in m,
                         "%s (id %r)" % (what, id_))

    def request(self, method, params=None, id_=None):
        if id_ is None:
            id_ = self.next_id
            self.next_id += 1
        m = {"jsonrpc": "2.0", "id": id_, "method": method}
        if params is not None:
            m["params"] = params
        self.send(m)
        return self.reply(id_, method)

    def diagnostics(self, uri, version=None):
        def match(m):
            p = m.get("params", {})
            return (m.get("method") == "textDocument/publishDiagnostics"
                    and p.get("uri") == uri
                    and (version is None or p.get("version") == version))
        return self.wait(match, "diagnostics of %s v%s" % (uri, version))["params"]

    def drain(self, seconds):
        """Collects what arrives during `seconds`."""
        deadline = time.monotonic() + seconds
        try:
            while True:
                self.notes.append(self._next(deadline))
        except (TimeoutError, queue.Empty, EOFError):
            pass

    def initialize(self, capabilities=None, options=None):
        params = {"processId": None, "rootUri": None,
                  "capabilities": capabilities or {}}
        if options is not None:
            params["initializationOptions"] = options
        r = self.request("initialize", params)
        self.notify("initialized", {})
        return r

    def finish(self):
        """shutdown + exit; returns the exit status."""
        r = self.request("shutdown")
        check(r.get("result", 1) is None, "shutdown answers null")
        self.notify("exit", None)
        return self.close()

    def close(self):
        try:
            status = self.proc.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            check(False, "server did not exit")
            status = None
        time.sleep(0.05)
        err = self.stderr.decode(errors="replace")
        check("Sanitizer" not in err and "runtime error" not in err,
              "no sanitizer report:\n" + err)
        return status


def codes(params):
    return [d["code"] for d in params["diagnostics"]]


def change(s, uri, version, text, edits):
    """Sends incremental edits [(range, new)] and applies them to `text`
    one after another, as the protocol says."""
    for rng, new in edits:
        text = apply_edits(text, [{"range": rng, "newText": new}])
    s.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": version},
        "contentChanges": [{"range": r, "text": n} for r, n in edits]})
    return text


def expect_findings(params, text, expected, what):
    """expected: [(code, needle[, nth])] in order: exact UTF-16 ranges."""
    got = [(d["code"], d["range"]) for d in params["diagnostics"]]
    want = [(e[0], span(text, *e[1:])) for e in expected]
    check(got == want, "%s: diagnostics\n  got  %s\n  want %s" % (what, got, want))


# ---- A full session ---------------------------------------------------------

def session():
    s = Server()
    r = s.initialize({"textDocument": {"hover": {"contentFormat": ["markdown"]}}})
    caps = r["result"]["capabilities"]
    check(caps["textDocumentSync"]["change"] == 2, "incremental sync")
    check(caps["textDocumentSync"]["openClose"] is True, "openClose")
    check(caps["positionEncoding"] == "utf-16", "utf-16 positions")
    check(caps["hoverProvider"] is True, "hover provider")
    check(caps["codeActionProvider"]["codeActionKinds"] == ["quickfix"],
          "quickfix actions")
    check(set(caps["executeCommandProvider"]["commands"]) ==
          {"tact.disableRule", "tact.enableRule"}, "commands")
    check(r["result"]["serverInfo"]["name"] == "tact", "serverInfo")

    uri = "file:///tmp/reply.txt"
    text = "Hello 😀 — you failed to sign it!!\n\nPlease calm down.\n"
    s.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "plaintext", "version": 1, "text": text}})
    p = s.diagnostics(uri)
    check(p["version"] == 1, "first diagnostics carry version 1")
    expect_findings(p, text, [("blame.you-failed", "you failed to"),
                              ("shouting.bangs", "!!"),
                              ("dismissal.calm-down", "calm down")], "open")
    d = p["diagnostics"][0]
    check(d["range"]["start"] == {"line": 0, "character": 11},
          "😀 counts two UTF-16 units: %s" % d["range"])
    check(d["severity"] == 1 and d["source"] == "tact", "severity and source")
    check(d["codeDescription"] == {"href": "https://example.com/rules/blame.you-failed"},
          "codeDescription")
    check(d["data"] == {"rule": "blame.you-failed", "category": "blame",
                        "suggestions": ["it looks like we didn't", "{what happened}"]},
          "finding in data: %s" % d["data"])
    check("codeDescription" not in p["diagnostics"][2], "no url, no codeDescription")
    check(p["diagnostics"][1]["severity"] == 3, "info severity")

    # A burst of edits: one check, of the last version only.
    text = change(s, uri, 2, text, [(span(text, "Hello"), "Héllo 🎉")])
    text = change(s, uri, 3, text, [(span(text, "sign it"), "sign the 📄 form")])
    text = change(s, uri, 4, text, [(span(text, "Please "), "")])
    # Multi-line replacement, then an insertion after a surrogate pair.
    rng = {"start": span(text, "!!")["end"], "end": span(text, "calm")["start"]}
    text = change(s, uri, 5, text, [(rng, ". Just 🙂\n\nNow ")])
    at = span(text, "🙂")["end"]
    text = change(s, uri, 6, text, [({"start": at, "end": at},
                                     " ok, you failed to reply")])
    p = s.diagnostics(uri)
    check(p["version"] == 6, "after a burst the first diagnostics are of the "
          "last version, got %s" % p["version"])
    check(text == "Héllo 🎉 😀 — you failed to sign the 📄 form!!. Just 🙂 ok, "
          "you failed to reply\n\nNow calm down.\n", "test's own text: %r" % text)
    expect_findings(p, text, [("blame.you-failed", "you failed to"),
                              ("shouting.bangs", "!!"),
                              ("filler.just", " Just"),
                              ("blame.you-failed", "you failed to", 1),
                              ("dismissal.calm-down", "calm down")], "burst")
    s.drain(0.5)
    stale = [m for m in s.notes if m.get("method") == "textDocument/publishDiagnostics"
             and m["params"]["version"] < 6]
    check(not stale, "no diagnostics of older versions: %s" % stale)
    diags = p["diagnostics"]

    # Quick fix: the preferred suggestion replaces exactly the span.
    blame = diags[0]
    r = s.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": blame["range"],
        "context": {"diagnostics": [blame]}})
    actions = r["result"]
    titles = [a["title"] for a in actions]
    check(titles == ["Replace with “it looks like we didn't”",
                     "Replace with “{what happened}”",
                     "Ignore “blame.you-failed” here",
                     "Disable rule blame.you-failed in this document"],
          "action titles: %s" % titles)
    check(actions[0].get("isPreferred") is True and
          "isPreferred" not in actions[1], "the best one is preferred")
    check(all(a["kind"] == "quickfix" and a["diagnostics"] == [blame]
              for a in actions), "quickfix kind and diagnostics")
    edits = actions[0]["edit"]["changes"][uri]
    check(edits[0]["range"] == blame["range"], "edit replaces the span")
    check(actions[1]["edit"]["changes"][uri][0]["newText"] == "what happened",
          "placeholder as plain text without snippet support")
    new = apply_edits(text, edits)
    check(new == "Héllo 🎉 😀 — it looks like we didn't sign the 📄 form!!. "
          "Just 🙂 ok, you failed to reply\n\nNow calm down.\n",
          "quick fix applied: %r" % new)
    # The client applies it as an edit of the document.
    text = change(s, uri, 7, text, [(e["range"], e["newText"]) for e in edits])
    p = s.diagnostics(uri, 7)
    check(codes(p) == ["shouting.bangs", "filler.just", "blame.you-failed",
                       "dismissal.calm-down"], "after the fix: %s" % codes(p))

    # Ignore here: a directive above the paragraph silences the rule.
    blame = [d for d in p["diagnostics"] if d["code"] == "blame.you-failed"][0]
    r = s.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": blame["range"],
        "context": {"diagnostics": [blame]}})
    ignore = [a for a in r["result"] if a["title"].startswith("Ignore")][0]
    edits = ignore["edit"]["changes"][uri]
    text = change(s, uri, 8, text, [(e["range"], e["newText"]) for e in edits])
    check(text.startswith("# tact: ignore blame.you-failed\nHéllo"),
          "ignore directive inserted: %r" % text[:60])
    p = s.diagnostics(uri, 8)
    check(codes(p) == ["shouting.bangs", "filler.just", "dismissal.calm-down"],
          "ignored: %s" % codes(p))
    expect_findings(p, text, [("shouting.bangs", "!!"), ("filler.just", " Just"),
                              ("dismissal.calm-down", "calm down")], "after ignore")

    # A second rule joins the same directive.
    bangs = p["diagnostics"][0]
    r = s.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": bangs["range"],
        "context": {"diagnostics": [bangs]}})
    ignore = [a for a in r["result"] if a["title"].startswith("Ignore")][0]
    edits = ignore["edit"]["changes"][uri]
    text = change(s, uri, 9, text, [(e["range"], e["newText"]) for e in edits])
    check(text.startswith("# tact: ignore blame.you-failed shouting.bangs\nH"),
          "rule added to the directive: %r" % text[:60])
    p = s.diagnostics(uri, 9)
    check(codes(p) == ["filler.just", "dismissal.calm-down"], "2 ignored: %s" % codes(p))

    # Disable this rule (a command), then enable it again.
    calm = p["diagnostics"][1]
    r = s.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": calm["range"],
        "context": {"diagnostics": [calm]}})
    disable = r["result"][-1]
    check(disable["command"] == {"title": disable["title"],
                                 "command": "tact.disableRule",
                                 "arguments": [uri, "dismissal.calm-down"]},
          "disable command: %s" % disable.get("command"))
    r = s.request("workspace/executeCommand", {
        "command": "tact.disableRule", "arguments": disable["command"]["arguments"]})
    check(r.get("result", 1) is None, "executeCommand answers null: %s" % r)
    p = s.diagnostics(uri, 9)
    check(codes(p) == ["filler.just"], "rule disabled: %s" % codes(p))
    r = s.request("tact/summary", {"textDocument": {"uri": uri}})
    check("dismissal" not in r["result"]["categories"] and
          r["result"]["findings"] == 1,
          "the summary leaves the disabled rule out: %s" % r["result"])
    s.request("workspace/executeCommand", {
        "command": "tact.enableRule", "arguments": [uri, "dismissal.calm-down"]})
    p = s.diagnostics(uri, 9)
    check(codes(p) == ["filler.just", "dismissal.calm-down"], "enabled again")

    # Without diagnostics in the context the server finds them itself.
    r = s.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": calm["range"],
        "context": {"diagnostics": []}})
    check([a["title"] for a in r["result"]][:1] ==
          ["Replace with “I understand this is frustrating”"],
          "actions from the server's own findings")
    r = s.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": calm["range"],
        "context": {"diagnostics": [], "only": ["refactor"]}})
    check(r["result"] == [], "only refactor: no quick fixes")

    # The deletion suggestion of filler.just.
    just = p["diagnostics"][0]
    r = s.request("textDocument/hover", {"textDocument": {"uri": uri},
                                         "position": just["range"]["end"]})
    check("Try: removing the words" in r["result"]["contents"]["value"],
          "deletion in hover: %s" % r["result"])
    r = s.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": just["range"],
        "context": {"diagnostics": [just]}})
    check(r["result"][0]["title"] == "Remove these words" and
          r["result"][0]["edit"]["changes"][uri][0]["newText"] == "",
          "deletion suggestion")

    # Hover explains the finding; hover elsewhere is null.
    r = s.request("textDocument/hover", {"textDocument": {"uri": uri},
                                         "position": calm["range"]["start"]})
    h = r["result"]
    check(h["contents"]["kind"] == "markdown", "markdown hover")
    v = h["contents"]["value"]
    check("Telling someone to calm down rarely calms them." in v and
          "`dismissal.calm-down`" in v and "warning" in v and
          "“I understand this is frustrating”" in v, "hover text: %r" % v)
    check(h["range"] == calm["range"], "hover range")
    r = s.request("textDocument/hover", {"textDocument": {"uri": uri},
                                         "position": {"line": 3, "character": 0}})
    check(r["result"] is None, "no finding, no hover")
    # Markdown (from the languageId): code is not prose; CRLF lines.
    uri2 = "file:///tmp/other.md"
    text2 = ("You failed to reply.\r\nSo calm down!!\r\n\r\n"
             "- one: you failed to pay\r\n- two: `you failed to` in code\r\n")
    s.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri2, "languageId": "markdown", "version": 3, "text": text2}})
    p2 = s.diagnostics(uri2, 3)
    check([(d["code"], d["range"]) for d in p2["diagnostics"]] == [
        ("blame.you-failed", {"start": {"line": 0, "character": 0},
                              "end": {"line": 0, "character": 13}}),
        ("dismissal.calm-down", {"start": {"line": 1, "character": 3},
                                 "end": {"line": 1, "character": 12}}),
        ("shouting.bangs", {"start": {"line": 1, "character": 12},
                            "end": {"line": 1, "character": 14}}),
        ("blame.you-failed", {"start": {"line": 3, "character": 7},
                              "end": {"line": 3, "character": 20}})],
          "Markdown with CRLF lines: %s" % p2["diagnostics"])
    # Rationale and link of a rule that has them.
    r = s.request("textDocument/hover", {"textDocument": {"uri": uri2},
                                         "position": {"line": 0, "character": 13}})
    v = r["result"]["contents"]["value"]
    check("Describe what happened, not who is at fault." in v and
          "(https://example.com/rules/blame.you-failed)" in v,
          "rationale and link in hover: %r" % v)
    # Ignore here, in a Markdown list item: a comment at the end of its line.
    d = p2["diagnostics"][3]
    r = s.request("textDocument/codeAction", {
        "textDocument": {"uri": uri2}, "range": d["range"],
        "context": {"diagnostics": [d]}})
    ignore = [a for a in r["result"] if a["title"].startswith("Ignore")][0]
    edits = ignore["edit"]["changes"][uri2]
    check(edits == [{"range": {"start": {"line": 3, "character": 24},
                               "end": {"line": 3, "character": 24}},
                     "newText": " <!-- tact: ignore blame.you-failed -->"}],
          "HTML comment in Markdown: %s" % edits)
    s.notify("textDocument/didChange", {
        "textDocument": {"uri": uri2, "version": 4},
        "contentChanges": [{"range": e["range"], "text": e["newText"]}
                           for e in edits]})
    p2 = s.diagnostics(uri2, 4)
    check(codes(p2) == ["blame.you-failed", "dismissal.calm-down",
                        "shouting.bangs"], "list item ignored: %s" % codes(p2))

    # The summary is the CLI's.
    r = s.request("tact/summary", {"textDocument": {"uri": uri}})
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write(text)
    cli = subprocess.run([TACT, "check", "--format", "json", "--summary", f.name],
                         capture_output=True, env=dict(os.environ, TACT_DICTS=os.path.join(
                             SRC, "tests/lsp/data/dicts"), HOME=s.home,
                             XDG_CONFIG_HOME=s.home + "/xdg"), cwd=s.home)
    os.unlink(f.name)
    want = json.loads(cli.stdout)["files"][0]["summary"]
    check(r["result"] == want, "summary\n  got  %s\n  want %s" % (r["result"], want))
    check(r["result"]["findings"] >= 2 and "score" in r["result"], "summary content")

    # Settings: switch a category off and raise the minimum severity.
    s.notify("workspace/didChangeConfiguration", {"settings": {"tact": {
        "disable": ["dismissal"], "minSeverity": "info"}}})
    p = s.diagnostics(uri, 9)
    check(codes(p) == [], "settings applied to open documents: %s" % codes(p))
    p2 = s.diagnostics(uri2, 4)
    check(codes(p2) == ["blame.you-failed", "shouting.bangs"],
          "settings applied to the other document: %s" % codes(p2))
    # A wrong type is named, the rest applies.
    s.notify("workspace/didChangeConfiguration", {"settings": {
        "minSeverity": 3, "enable": ["dismissal"], "disable": ["dismissal"]}})
    msg = s.wait(lambda m: m.get("method") == "window/showMessage", "showMessage")
    check("minSeverity" in msg["params"]["message"] and msg["params"]["type"] == 2,
          "bad setting reported: %s" % msg)
    p2 = s.diagnostics(uri2, 4)
    check(codes(p2) == ["blame.you-failed", "dismissal.calm-down", "shouting.bangs"],
          "enable wins over disable: %s" % codes(p2))
    # An unknown profile keeps the rules in use.
    s.notify("workspace/didChangeConfiguration", {"settings": {"profile": "nope"}})
    msg = s.wait(lambda m: m.get("method") == "window/showMessage", "showMessage")
    check(msg["params"]["type"] == 1, "unusable settings reported as an error")
    r = s.request("textDocument/hover", {"textDocument": {"uri": uri2},
                                         "position": {"line": 0, "character": 1}})
    check(r["result"] is not None, "still working after bad settings")

    s.notify("textDocument/didClose", {"textDocument": {"uri": uri2}})
    p2 = s.diagnostics(uri2)
    check(p2["diagnostics"] == [], "closing clears diagnostics")
    r = s.request("tact/summary", {"textDocument": {"uri": uri2}})
    check(r.get("error", {}).get("code") == -32602, "closed document is unknown")
    check(s.finish() == 0, "exit status 0 after shutdown")


def options_and_snippets():
    """initializationOptions, a profile, snippets, UTF-8 positions."""
    s = Server()
    s.initialize({"experimental": {"snippetTextEdit": True},
                  "general": {"positionEncodings": ["utf-8", "utf-16"]}},
                 options={"tact": {"profile": "calm", "debounce": 0}})
    uri = "file:///tmp/a.txt"
    text = "Ça va? You failed to pay. Calm down!!\n"
    s.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "plaintext", "version": 1, "text": text}})
    p = s.diagnostics(uri, 1)
    check(codes(p) == ["blame.you-failed"], "calm profile: %s" % codes(p))
    i = len(text[:text.index("You")].encode())
    d = p["diagnostics"][0]
    check(d["range"]["start"] == {"line": 0, "character": i},
          "UTF-8 columns when negotiated: %s" % d["range"])
    r = s.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": d["range"],
        "context": {"diagnostics": [d]}})
    a = r["result"]
    check("changes" in a[0]["edit"], "no placeholder: a plain edit")
    dc = a[1]["edit"]["documentChanges"][0]
    check(dc["textDocument"] == {"uri": uri, "version": 1} and
          dc["edits"][0]["newText"] == "${1:what happened}" and
          dc["edits"][0]["insertTextFormat"] == 2,
          "placeholder as a snippet stop: %s" % dc)
    # LSP 3.18 snippet edits.
    s2 = Server()
    s2.initialize({"workspace": {"workspaceEdit": {"snippetEditSupport": True}}})
    s2.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "plaintext", "version": 4, "text": text}})
    p = s2.diagnostics(uri, 4)
    d = p["diagnostics"][0]
    r = s2.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": d["range"],
        "context": {"diagnostics": [d]}})
    dc = r["result"][1]["edit"]["documentChanges"][0]
    check(dc["edits"][0] == {"range": d["range"], "snippet": {
        "kind": "snippet", "value": "${1:what happened}"}},
          "SnippetTextEdit: %s" % dc)
    # shutdown with params null, as some clients send it
    s2.send({"jsonrpc": "2.0", "id": 99, "method": "shutdown", "params": None})
    check(s2.reply(99).get("result", 1) is None, "shutdown with null params")
    s2.notify("exit", None)
    check(s2.close() == 0, "exit after shutdown with null params")
    # Exit without shutdown: status 1.
    s.notify("exit", None)
    check(s.close() == 1, "exit without shutdown gives 1")


def save_and_rules():
    """didSave checks at once; hover answers for the newest text; extra rule
    files from the settings."""
    s = Server()
    s.initialize(options={"debounce": 10000})
    uri = "file:///tmp/s.txt"
    text = "Hello there.\n"
    s.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "plaintext", "version": 1, "text": text}})
    check(s.diagnostics(uri, 1)["diagnostics"] == [], "clean text")
    at = span(text, "there")
    text = change(s, uri, 2, text, [(at, "you failed to sign")])
    # The debounce is 10 s: hover must check the new text itself.
    r = s.request("textDocument/hover", {"textDocument": {"uri": uri},
                                         "position": span(text, "failed")["start"]})
    check(r["result"] and "blame.you-failed" in r["result"]["contents"]["value"],
          "hover sees the newest text: %s" % r)
    p = s.diagnostics(uri, 2)
    expect_findings(p, text, [("blame.you-failed", "you failed to")], "hover")
    text = change(s, uri, 3, text, [(span(text, "Hello"), "Calm down")])
    start = time.monotonic()
    s.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    p = s.diagnostics(uri, 3)
    check(time.monotonic() - start < 5, "didSave does not wait for the debounce")
    expect_findings(p, text, [("dismissal.calm-down", "Calm down"),
                              ("blame.you-failed", "you failed to")], "save")
    # Extra rule files; a missing one is reported, the others still load.
    text = change(s, uri, 4, text, [(span(text, "Calm down"), "Actually")])
    s.notify("workspace/didChangeConfiguration", {"settings": {"tact": {
        "debounce": 0,
        "rules": [os.path.join(SRC, "tests/lsp/data/extra.lua"),
                  "/nonexistent/rules.lua"]}}})
    msg = s.wait(lambda m: m.get("method") == "window/showMessage", "showMessage")
    check(msg["params"]["type"] == 2 and "/nonexistent/rules.lua" in
          msg["params"]["message"], "missing rule file reported: %s" % msg)
    p = s.diagnostics(uri, 4)
    expect_findings(p, text, [("argument.actually", "Actually "),
                              ("blame.you-failed", "you failed to")],
                    "rules from the settings")
    check(s.finish() == 0, "exit 0")


def spelling():
    """The language and spelling settings reach the Hunspell layer (the test
    pack switches spelling off; enabling the category brings it back)."""
    s = Server()
    s.initialize(options={"tact": {"enable": ["spelling"], "debounce": 0}})
    uri = "file:///tmp/sp.txt"
    text = "I will recieve the colour.\n"
    s.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "plaintext", "version": 1, "text": text}})
    p = s.diagnostics(uri, 1)
    expect_findings(p, text, [("spelling.unknown-word", "recieve"),
                              ("spelling.unknown-word", "colour")], "en_US")
    check(p["diagnostics"][0]["data"]["suggestions"][0] == "receive",
          "spelling suggestion: %s" % p["diagnostics"][0]["data"])
    s.notify("workspace/didChangeConfiguration", {"settings": {"tact": {
        "enable": ["spelling"], "language": "en_GB"}}})
    p = s.diagnostics(uri, 1)
    expect_findings(p, text, [("spelling.unknown-word", "recieve")], "en_GB")
    s.notify("workspace/didChangeConfiguration", {"settings": {"tact": {
        "enable": ["spelling"], "spelling": False}}})
    p = s.diagnostics(uri, 1)
    check(p["diagnostics"] == [], "spelling off: %s" % codes(p))
    s.notify("workspace/didChangeConfiguration", {"settings": {"tact": {
        "enable": ["spelling"], "language": "en GB; rm"}}})
    msg = s.wait(lambda m: m.get("method") == "window/showMessage", "showMessage")
    check(msg["params"]["type"] == 1, "a bad language name is an error: %s" % msg)
    r = s.request("tact/summary", {"textDocument": {"uri": uri}})
    check("score" in r.get("result", {}), "still serving after a bad language")
    check(s.finish() == 0, "exit 0")


def lsp_position(text, index):
    """LSP position of str index `index`, lines ending at \\n, \\r\\n or \\r."""
    line, start, i = 0, 0, 0
    while i < index:
        c = text[i]
        if c == "\n" or (c == "\r" and text[i + 1:i + 2] != "\n"):
            line, start = line + 1, i + 1
        i += 1
    return {"line": line, "character": utf16_len(text[start:index])}


def random_edits():
    """Random batches of edits that move line breaks of every kind (\\n,
    \\r\\n, a lone \\r, one split across two edits) and multibyte text
    around fixed phrases: the server's findings must land where the test's
    own copy of the text has the phrases."""
    import random
    rnd = random.Random(6)
    seps = [" ", "\n", "\r\n", "\r", "\r\r\n", " 😀 ", " é\n", "\n\n", "\r", "\n\r"]
    s = Server()
    s.initialize(options={"debounce": 0})
    uri = "file:///tmp/random.txt"
    pieces = []
    for k in range(24):
        pieces += ["calm down", rnd.choice(seps)]
    text = "".join(pieces)
    s.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "plaintext", "version": 1, "text": text}})
    s.diagnostics(uri, 1)
    for version in range(2, 42):
        changes = []
        for _ in range(rnd.randint(1, 6)):
            k = rnd.randrange(1, len(pieces), 2)  # a separator
            # A part of it, so that "\r" and "\n" meet across the edit's
            # ends; but no end between the two of a "\r\n", which no
            # position can name.
            at = sum(len(x) for x in pieces[:k])
            text = "".join(pieces)
            cuts = [c for c in range(len(pieces[k]) + 1)
                    if text[at + c - 1:at + c + 1] != "\r\n"]
            u = rnd.choice(cuts)
            v = rnd.choice([c for c in cuts if c >= u])
            new = rnd.choice(seps)
            rng = {"start": lsp_position(text, at + u),
                   "end": lsp_position(text, at + v)}
            pieces[k] = pieces[k][:u] + new + pieces[k][v:]
            changes.append({"range": rng, "text": new})
        s.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": changes})
    text = "".join(pieces)
    p = s.diagnostics(uri, 41)
    got = [(d["code"], d["range"]) for d in p["diagnostics"]]
    want, i = [], text.find("calm down")
    while i >= 0:
        want.append(("dismissal.calm-down", {
            "start": lsp_position(text, i), "end": lsp_position(text, i + 9)}))
        i = text.find("calm down", i + 1)
    check(got == want, "random edits: findings where the phrases are\n"
          "  got  %s\n  want %s\n  text %r" % (got, want, text))
    check(s.finish() == 0, "exit 0")


# ---- Malformed input ----------------------------------------------------------

def malformed():
    s = Server()
    r = s.request("textDocument/hover", {"textDocument": {"uri": "file:///x"},
                                         "position": {"line": 0, "character": 0}})
    check(r["error"]["code"] == -32002, "request before initialize: %s" % r)
    s.notify("textDocument/didOpen", {"textDocument": {
        "uri": "file:///early", "languageId": "plaintext", "version": 1,
        "text": "you failed to"}})
    s.initialize()
    r = s.request("initialize", {"capabilities": {}})
    check(r["error"]["code"] == -32600, "second initialize refused")
    r = s.request("tact/summary", {"textDocument": {"uri": "file:///early"}})
    check(r["error"]["code"] == -32602, "didOpen before initialize was ignored")

    def parse_error(what):
        m = s.wait(lambda m: "error" in m, what)
        check(m["id"] is None and m["error"]["code"] == -32700,
              "%s: parse error with null id: %s" % (what, m))

    def alive(what):
        r = s.request("tact/summary", {"textDocument": {"uri": "file:///none"}})
        check(r.get("error", {}).get("code") == -32602, "alive after " + what)

    s.raw(b"Content-Length: abc\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"shutdown\"}")
    parse_error("bad Content-Length")
    alive("bad Content-Length")
    s.raw(b"Content-Type: application/json\r\n\r\n{}")
    parse_error("no Content-Length")
    alive("no Content-Length")
    s.raw(b"hello, this is not a header\r\n\r\n\x00\xff garbage")
    parse_error("garbage between messages")
    alive("garbage")
    s.raw(b"Content-Length: 9\r\n\r\nnot json!")
    parse_error("non-JSON body")
    alive("non-JSON")
    body = b'{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///latin1","languageId":"plaintext","version":1,"text":"caf\xe9, you failed to"}}}'
    s.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    parse_error("text that is not UTF-8")
    r = s.request("tact/summary", {"textDocument": {"uri": "file:///latin1"}})
    check(r["error"]["code"] == -32602, "a non-UTF-8 document is not opened")
    s.raw(b"content-length:  2 \r\n\r\n{}")  # header names are case-insensitive
    m = s.wait(lambda m: "error" in m, "an empty object")
    check(m["error"]["code"] == -32600, "empty object: invalid request: %s" % m)

    r = s.request("textDocument/unknownThing", {})
    check(r["error"]["code"] == -32601, "unknown method: %s" % r)
    s.send({"jsonrpc": "1.0", "id": 7, "method": "shutdown"})
    r = s.reply(7)
    check(r["error"]["code"] == -32600, "wrong jsonrpc version: %s" % r)
    s.send({"jsonrpc": "2.0", "id": {"x": 1}, "method": "shutdown"})
    m = s.wait(lambda m: "error" in m, "object id")
    check(m["id"] is None and m["error"]["code"] == -32600, "bad id: %s" % m)
    s.raw(b"Content-Length: 2\r\n\r\n[]")
    m = s.wait(lambda m: "error" in m, "a batch")
    check(m["error"]["code"] == -32600, "batch: %s" % m)
    s.notify("$/someNotification", {})
    s.notify("textDocument/didChange", {"textDocument": {"uri": "file:///nope",
                                                         "version": 2},
                                        "contentChanges": [{"text": "x"}]})
    r = s.request("textDocument/hover", {"textDocument": {"uri": "file:///none"}})
    check(r["error"]["code"] == -32602, "hover without position: %s" % r)
    r = s.request("textDocument/codeAction", {"textDocument": {"uri": "file:///none"}})
    check(r["error"]["code"] == -32602, "codeAction without range: %s" % r)
    r = s.request("textDocument/hover", "a string")
    check(r["error"]["code"] == -32602, "params of the wrong type: %s" % r)
    r = s.request("workspace/executeCommand", {"command": "rm -rf", "arguments": []})
    check(r["error"]["code"] == -32602, "unknown command: %s" % r)

    # A forged diagnostic cannot smuggle text into a directive.
    s.notify("textDocument/didOpen", {"textDocument": {
        "uri": "file:///f.md", "languageId": "markdown", "version": 1,
        "text": "Hello.\n"}})
    s.diagnostics("file:///f.md", 1)
    bad = "x -->\nEVIL <!--"
    r = s.request("textDocument/codeAction", {
        "textDocument": {"uri": "file:///f.md"},
        "range": {"start": {"line": 0, "character": 0},
                  "end": {"line": 0, "character": 5}},
        "context": {"diagnostics": [{
            "range": {"start": {"line": 0, "character": 0},
                      "end": {"line": 0, "character": 5}},
            "source": "tact", "code": bad, "message": "m",
            "data": {"rule": bad, "suggestions": ["a"]}}]}})
    check(r["result"] == [], "forged rule id: no actions: %s" % r)

    # A document with NUL bytes, and a change with an impossible range.
    uri = "file:///nul.txt"
    text = "a\u0000b you failed to\n"
    s.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "plaintext", "version": 1, "text": text}})
    p = s.diagnostics(uri, 1)
    expect_findings(p, text, [("blame.you-failed", "you failed to")], "NUL bytes")
    s.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 2},
        "contentChanges": [{"range": {"start": {"line": 99, "character": 5},
                                      "end": {"line": 99, "character": 9}},
                            "text": " calm down"}]})
    p = s.diagnostics(uri, 2)
    text += " calm down"
    expect_findings(p, text, [("blame.you-failed", "you failed to"),
                              ("dismissal.calm-down", "calm down")],
                    "positions past the end mean the end")

    # A huge document is not checked, and says so; the server stays quick.
    uri = "file:///huge.txt"
    huge = "You failed to sign. " * 40000
    start = time.monotonic()
    s.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "plaintext", "version": 1, "text": huge}})
    p = s.diagnostics(uri, 1)
    check(p["diagnostics"] == [], "huge document: no diagnostics")
    msg = s.wait(lambda m: m.get("method") == "window/showMessage", "showMessage")
    check("maxDocumentBytes" in msg["params"]["message"], "huge document reported")
    r = s.request("tact/summary", {"textDocument": {"uri": uri}})
    check(r["error"]["code"] == -32803, "no summary of a huge document: %s" % r)
    check(time.monotonic() - start < TIMEOUT, "huge document handled quickly")
    alive("a huge document")

    # A message over 64 MiB is skipped without reading it whole into memory.
    s.raw(b"Content-Length: 67108865\r\n\r\n" + b" " * 67108865)
    parse_error("a message over 64 MiB")
    alive("a message over 64 MiB")

    # Every method with params of every wrong shape, as requests and as
    # notifications: each request gets an answer, nothing crashes.
    uri = "file:///shapes.txt"
    s.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "plaintext", "version": 1,
        "text": "Hi 😀, you failed to sign!!\nCalm down.\n"}})
    s.diagnostics(uri, 1)
    td = {"uri": uri, "version": 2}
    pos = [{"line": -1, "character": 0}, {"line": 0, "character": -5},
           {"line": 2 ** 62, "character": 2 ** 62}, {"line": 0, "character": 4},
           {"line": 0.5, "character": 1}, {"line": "0", "character": 1}, {}, 7]
    rng = [{"start": a, "end": b} for a in pos[:4] for b in pos[:4]] + \
        [{"start": pos[3]}, "range", None]
    shapes = [None, [], "x", 5, {}, {"textDocument": 5},
              {"textDocument": {"uri": 5}}, {"textDocument": {}}]
    shapes += [{"textDocument": td, "position": p} for p in pos]
    shapes += [{"textDocument": td, "range": r, "context": c}
               for r in rng for c in ({}, {"diagnostics": 5},
                                      {"diagnostics": [{"range": r, "source": "tact",
                                                        "data": 5}]},
                                      {"only": 5})]
    shapes += [{"textDocument": td, "contentChanges": c} for c in
               ([{"range": r, "text": "é🙂"} for r in rng], [{"text": 5}],
                [5], "x", [{"range": rng[0]}])]
    shapes += [{"settings": v} for v in (5, "x", [], {"tact": 5},
                                         {"tact": {"disable": [5], "rules": "x",
                                                   "debounce": -1, "profile": 5,
                                                   "maxDocumentBytes": 2 ** 40}})]
    shapes += [{"command": c, "arguments": a}
               for c in ("tact.disableRule", "tact.enableRule", 5)
               for a in (None, [], [uri], [None, "blame"], [uri, 5], 5)]
    methods = ["textDocument/hover", "textDocument/codeAction", "tact/summary",
               "workspace/executeCommand", "textDocument/didChange",
               "textDocument/didOpen", "textDocument/didSave",
               "workspace/didChangeConfiguration", "initialized"]
    ids = []
    for m in methods:
        for p in shapes:
            msg = {"jsonrpc": "2.0", "method": m}
            if p is not None:
                msg["params"] = p
            s.send(msg)
            msg = dict(msg, id=s.next_id)
            ids.append(s.next_id)
            s.next_id += 1
            s.send(msg)
    for i in ids:
        r = s.reply(i, "an answer to a request with odd params")
        check(("result" in r) != ("error" in r), "result or error: %s" % r)
    alive("params of every shape")
    s.notify("textDocument/didClose", {"textDocument": {"uri": uri}})

    check(s.finish() == 0, "exit 0 after the malformed batch")

    # Requests after shutdown, and the end of input in mid-message.
    s = Server()
    s.initialize()
    s.request("shutdown")
    r = s.request("textDocument/hover", {})
    check(r["error"]["code"] == -32600, "request after shutdown: %s" % r)
    s.raw(b"Content-Length: 100\r\n\r\n{\"jsonrpc\"")
    s.proc.stdin.close()
    check(s.close() == 0, "end of input after shutdown: status 0")


def usage():
    r = subprocess.run([TACT, "lsp", "--help"], capture_output=True, timeout=TIMEOUT)
    check(r.returncode == 0 and b"Usage: tact lsp" in r.stdout, "lsp --help")
    r = subprocess.run([TACT, "lsp", "file.txt"], capture_output=True, timeout=TIMEOUT)
    check(r.returncode == 2 and b"no operands" in r.stderr, "lsp takes no operands")
    r = subprocess.run([TACT, "lsp", "--profile", "nope"], capture_output=True,
                       timeout=TIMEOUT, stdin=subprocess.DEVNULL,
                       env=dict(os.environ, TACT_DICTS=os.path.join(SRC, "tests/lsp/data/dicts")))
    check(r.returncode == 2 and b"nope" in r.stderr, "unknown profile at start: %s" % r)


def main():
    for test in (usage, session, options_and_snippets, save_and_rules,
                 spelling, random_edits, malformed):
        try:
            test()
        except (AssertionError, EOFError, KeyError, TypeError, IndexError) as e:
            check(False, "%s: %s: %s" % (test.__name__, type(e).__name__, e))
            for s in Server.started:
                if s.proc.poll() is not None:
                    time.sleep(0.1)
                    print("server log:\n" + s.stderr.decode(errors="replace"),
                          file=sys.stderr)
        for s in Server.started:
            if s.proc.poll() is None:
                s.proc.kill()
        Server.started.clear()
    if failures:
        print("%d failure(s)" % len(failures), file=sys.stderr)
        sys.exit(1)
    print("lsp: all passed")


if __name__ == "__main__":
    main()

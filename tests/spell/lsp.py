#!/usr/bin/env python3
"""Spelling through `tact lsp` over real pipes, with the real dictionaries:
diagnostics by default, none with the `spelling: false` setting or
--no-spelling, British with `language: "en_GB"`, and a settings change that
switches spelling off again.

Usage: lsp.py TACT SOURCE-DIR. Standard library only; every wait has a
timeout, so a hang fails instead of blocking."""
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading

TACT, SRC = sys.argv[1], sys.argv[2]
TIMEOUT = 20
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL: " + what, file=sys.stderr)


class Server:
    def __init__(self, *args):
        self.home = tempfile.mkdtemp(prefix="tact-spell-lsp-")
        env = dict(os.environ, HOME=self.home,
                   XDG_CONFIG_HOME=self.home + "/xdg",
                   TACT_DICTS=os.path.join(SRC, "tests", "cli", "data", "dicts"))
        self.proc = subprocess.Popen([TACT, "lsp", "--no-config", *args],
                                     cwd=self.home, env=env,
                                     stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL)
        self.inbox = queue.Queue()
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            self.inbox.put(json.loads(out.read(length)))

    def send(self, message):
        body = json.dumps(dict(message, jsonrpc="2.0")).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def next(self, pred, what):
        while True:
            try:
                m = self.inbox.get(timeout=TIMEOUT)
            except queue.Empty:
                raise AssertionError("timed out waiting for " + what)
            if pred(m):
                return m

    def request(self, method, params):
        i = self.next_id
        self.next_id += 1
        self.send({"id": i, "method": method, "params": params})
        return self.next(lambda m: m.get("id") == i and "method" not in m,
                         method)

    def start(self, options=None):
        params = {"processId": None, "rootUri": None, "capabilities": {}}
        if options is not None:
            params["initializationOptions"] = options
        self.request("initialize", params)
        self.send({"method": "initialized", "params": {}})

    def diagnostics(self, uri, text, version=1):
        """Opens (or replaces) a document; returns (rule, text) pairs."""
        if version == 1:
            self.send({"method": "textDocument/didOpen", "params": {
                "textDocument": {"uri": uri, "languageId": "plaintext",
                                 "version": 1, "text": text}}})
        m = self.next(lambda m: m.get("method") ==
                      "textDocument/publishDiagnostics" and
                      m["params"]["uri"] == uri and
                      (version is None or
                       m["params"].get("version", version) == version),
                      "diagnostics of " + uri)
        out = []
        for d in m["params"]["diagnostics"]:
            r = d["range"]
            line = text.split("\n")[r["start"]["line"]]
            out.append((d["code"], line[r["start"]["character"]:
                                        r["end"]["character"]]))
        return sorted(out)

    def stop(self):
        try:
            self.request("shutdown", None)
            self.send({"method": "exit"})
            self.proc.wait(timeout=TIMEOUT)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()


TEXT = "We recieve the color and the colour."
UNKNOWN = "spelling.unknown-word"


def session(args, options, want, what):
    s = Server(*args)
    try:
        s.start(options)
        got = s.diagnostics("file:///tmp/a.txt", TEXT)
        check(got == want, "%s: got %r, want %r" % (what, got, want))
    except AssertionError as e:
        check(False, "%s: %s" % (what, e))
    finally:
        s.stop()


session([], None, [(UNKNOWN, "colour"), (UNKNOWN, "recieve")], "default")
session([], {"spelling": False}, [], "spelling: false")
session(["--no-spelling"], None, [], "--no-spelling")
session(["--no-spelling"], {"tact": {"spelling": True}},
        [(UNKNOWN, "colour"), (UNKNOWN, "recieve")], "setting wins")
session([], {"language": "en_GB"}, [(UNKNOWN, "color"), (UNKNOWN, "recieve")],
        "language: en_GB")

# A settings change rebuilds the rules and re-checks open documents.
s = Server()
try:
    s.start()
    uri = "file:///tmp/b.txt"
    check(s.diagnostics(uri, TEXT) ==
          [(UNKNOWN, "colour"), (UNKNOWN, "recieve")], "before the change")
    s.send({"method": "workspace/didChangeConfiguration",
            "params": {"settings": {"tact": {"spelling": False}}}})
    got = s.diagnostics(uri, TEXT, version=None)
    check(got == [], "after spelling: false, got %r" % got)
except AssertionError as e:
    check(False, "settings change: %s" % e)
finally:
    s.stop()

sys.exit(1 if failures else 0)

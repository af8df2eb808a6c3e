#!/usr/bin/env python3
"""How long does `tact lsp` take to answer a keystroke?

Usage: python3 bench/lsp_latency.py [TACT] [--dicts DIR] [--keys N]

TACT defaults to build/cli/tact. Starts `tact lsp --no-config` with
debounce 0, opens a document, then types N characters (default 200) at its
end one at a time, each an incremental didChange, waiting for the
diagnostics of that version before the next key. Prints the median, 95th
percentile and worst time from sending the change to receiving its
diagnostics, for documents of several sizes built from examples/reply.txt.

This is a benchmark: it prints figures and exits 0 whatever they are (2
only when tact cannot be started).
"""
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(HERE)


class Client:
    def __init__(self, cmd, env):
        self.p = subprocess.Popen(cmd, stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, env=env)

    def send(self, m):
        b = json.dumps(m).encode()
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(b) + b)
        self.p.stdin.flush()

    def recv(self):
        length = None
        while True:
            line = self.p.stdout.readline()
            if not line:
                raise EOFError("tact lsp stopped")
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        return json.loads(self.p.stdout.read(length))

    def wait(self, pred):
        while True:
            m = self.recv()
            if pred(m):
                return m


def position(text):
    lines = text.split("\n")
    return {"line": len(lines) - 1,
            "character": len(lines[-1].encode("utf-16-le")) // 2}


def run(tact, env, base, keys):
    c = Client([tact, "lsp", "--no-config"], env)
    c.send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
            "params": {"capabilities": {},
                       "initializationOptions": {"tact": {
                           "debounce": 0, "maxDocumentBytes": 64 << 20}}}})
    c.wait(lambda m: m.get("id") == 1)
    uri = "file:///bench.txt"
    text = base
    c.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": uri, "languageId": "plaintext",
                         "version": 0, "text": text}}})
    is_diag = lambda v: lambda m: (
        m.get("method") == "textDocument/publishDiagnostics"
        and m["params"]["version"] == v)
    c.wait(is_diag(0))
    typed = "Thanks for your patience, as I said we will fix it today! "
    times = []
    for k in range(keys):
        ch = typed[k % len(typed)]
        at = position(text)
        text += ch
        start = time.perf_counter()
        c.send({"jsonrpc": "2.0", "method": "textDocument/didChange",
                "params": {"textDocument": {"uri": uri, "version": k + 1},
                           "contentChanges": [{"range": {"start": at, "end": at},
                                               "text": ch}]}})
        c.wait(is_diag(k + 1))
        times.append(time.perf_counter() - start)
    c.send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
    c.wait(lambda m: m.get("id") == 2)
    c.send({"jsonrpc": "2.0", "method": "exit"})
    c.p.wait(timeout=10)
    times.sort()
    return (times[len(times) // 2], times[int(len(times) * 0.95)], times[-1])


def main():
    args = sys.argv[1:]
    tact = os.path.join(SRC, "build/cli/tact")
    dicts = os.path.join(SRC, "dicts")
    keys = 200
    while args:
        a = args.pop(0)
        if a == "--dicts":
            dicts = args.pop(0)
        elif a == "--keys":
            keys = int(args.pop(0))
        else:
            tact = a
    if not os.access(tact, os.X_OK):
        print("cannot run %s (build first)" % tact, file=sys.stderr)
        return 2
    env = dict(os.environ)
    env.setdefault("TACT_DICTS", dicts)
    with open(os.path.join(SRC, "examples/reply.txt"), encoding="utf-8") as f:
        reply = f.read()
    print("tact lsp: keystroke → diagnostics of that version (debounce 0)")
    print("%10s %8s %10s %10s %10s" % ("document", "keys", "median ms",
                                       "p95 ms", "worst ms"))
    for copies in (1, 10, 100):
        base = (reply + "\n") * copies
        try:
            med, p95, worst = run(tact, env, base, keys)
        except (EOFError, OSError) as e:
            print("cannot run tact lsp: %s" % e, file=sys.stderr)
            return 2
        print("%8d B %8d %10.2f %10.2f %10.2f" % (len(base.encode()), keys,
                                                  med * 1e3, p95 * 1e3,
                                                  worst * 1e3))
    return 0


if __name__ == "__main__":
    sys.exit(main())

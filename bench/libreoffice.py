#!/usr/bin/env python3
"""How long does the LibreOffice extension take to check one paragraph?

Usage: python3 bench/libreoffice.py [OXT_STAGE] [--rounds N]

OXT_STAGE is the unpacked extension the build makes beside tact.oxt
(default build/plugins/libreoffice/oxt). The paragraphs are the texts of
tests/corpus/sentences.tsv, four to a paragraph, once as written and once
with non-ASCII text in front (so offsets go through the UTF-16 table).
Each paragraph is checked through the extension's own modules: the ctypes
binding alone (libtact + converting findings and offsets), and the
proofreader's path (tact_lo.service.check_paragraph with its cache
emptied, and with it warm, as when LibreOffice asks again about an unchanged
paragraph), next to libtact alone (tact_check and tact_result_free through
ctypes, nothing converted). Prints the median, 95th percentile and maximum per paragraph.
A benchmark, not a test: exits 0 whatever the figures (2 when the
extension cannot be loaded).
"""

import argparse
import os
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def paragraphs():
    texts = []
    with open(os.path.join(ROOT, "tests", "corpus", "sentences.tsv"),
              encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("label\t"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3:
                texts.append(parts[2])
    plain = [" ".join(texts[k:k + 4]) for k in range(0, len(texts), 4)]
    return plain, ["Résumé \U0001F600 " + p for p in plain]


def timed(fn, paras, rounds):
    """Per-paragraph times in microseconds, the best of `rounds` each."""
    out = []
    for p in paras:
        best = None
        for _ in range(rounds):
            t0 = time.perf_counter()
            fn(p)
            dt = time.perf_counter() - t0
            best = dt if best is None or dt < best else best
        out.append(best * 1e6)
    return out


def row(name, times):
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print("%-34s %8.1f %8.1f %8.1f" % (
        name, statistics.median(times), p95, times[-1]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("stage", nargs="?",
                    default=os.path.join(ROOT, "build", "plugins",
                                         "libreoffice", "oxt"))
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    sys.path.insert(0, os.path.join(args.stage, "pythonpath"))
    try:
        from tact_lo import binding, service
        engine = binding.Engine(binding.default_dicts(), spelling=False)
    except Exception as e:  # noqa: BLE001 - any failure means no figures
        print("cannot load the extension from %s: %s" % (args.stage, e))
        return 2
    plain, unicode_ = paragraphs()
    words = statistics.mean(len(p.split()) for p in plain)
    print("%d paragraphs (%.0f words each on average), %d rules, best of %d"
          % (len(plain), words, len(engine.rules), args.rounds))
    print("%-34s %8s %8s %8s" % ("per paragraph, microseconds", "median",
                                 "p95", "max"))
    lib = binding.library()

    def raw(p):  # libtact alone: what the binding adds is the difference
        data = p.encode()
        lib.tact_result_free(lib.tact_check(engine._ptr, data, len(data)))
    row("libtact alone (tact_check + free)", timed(raw, plain, args.rounds))
    row("binding, ASCII", timed(engine.check, plain, args.rounds))
    row("binding, non-ASCII (UTF-16 table)",
        timed(engine.check, unicode_, args.rounds))

    def cold(p):
        service._cache.clear()
        service.check_paragraph(p)
    row("proofreader path, cold", timed(cold, plain, args.rounds))
    row("proofreader path, cached", timed(service.check_paragraph, plain,
                                          args.rounds))
    whole = "\n\n".join(plain)
    t0 = time.perf_counter()
    engine.check(whole, summary=True)
    print("whole corpus as one document (%d words, sidebar refresh): %.1f ms"
          % (len(whole.split()), (time.perf_counter() - t0) * 1e3))
    engine.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

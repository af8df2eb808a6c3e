#!/usr/bin/env python3
"""What spelling costs: tact check throughput with spelling off and on.

Usage: python3 bench/spelling.py [TACT] [--replies N] [--typos RATE]
                                 [--big MB] [--lang LANG]

TACT defaults to build/cli/tact. The texts are made from the project's own
labelled sentences (tests/corpus/sentences.tsv), a seeded shuffle of them,
with a share of words (--typos, default 0.01) misspelt by swapping two
letters, so that Hunspell has unknown words to suggest for:

- replies: N files (default 2000) of about 1 KB, like a day of e-mail,
  checked by one `tact check` run;
- big: one plain-text file of --big MB (default 2), checked on its own.

Each case runs `tact check -q --no-config` with --no-spelling and with
spelling on (default dictionary en_US, --lang to change), and prints the
CPU time of the tact process (user + system) and the throughput it gives.
CPU time, not wall time, because the machine may be shared; both are
printed. A benchmark: it exits 0 whatever the figures (2 only when tact
cannot be run).

Python 3 standard library only.
"""
import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(HERE)


def sentences():
    path = os.path.join(SRC, "tests", "corpus", "sentences.tsv")
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            out.append(line.rstrip("\n").split("\t")[-1])
    return out


def misspell(rng, text, rate):
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) > 4 and w.isalpha() and rng.random() < rate:
            k = rng.randrange(1, len(w) - 2)
            words[i] = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    return " ".join(words)


def paragraph(rng, pool, rate):
    return misspell(rng, " ".join(rng.choice(pool) for _ in range(5)), rate)


def run(tact, args, files):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run([tact, "check", "-q", "--no-config", *args, *files],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr.decode(errors="replace"))
        sys.exit(2)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("tact", nargs="?",
                   default=os.path.join("build", "cli", "tact"))
    p.add_argument("--replies", type=int, default=2000)
    p.add_argument("--typos", type=float, default=0.01)
    p.add_argument("--big", type=float, default=2.0)
    p.add_argument("--lang", default=None)
    a = p.parse_args()
    if not os.access(a.tact, os.X_OK):
        sys.stderr.write("bench/spelling.py: cannot run %s\n" % a.tact)
        return 2
    rng = random.Random(4)
    pool = sentences()
    env_dicts = os.environ.setdefault("TACT_DICTS", os.path.join(SRC, "dicts"))
    on = ["--lang", a.lang] if a.lang else []
    with tempfile.TemporaryDirectory(prefix="tact-spell-bench-") as tmp:
        replies = []
        for i in range(a.replies):
            path = os.path.join(tmp, "r%05d.txt" % i)
            with open(path, "w", encoding="utf-8") as f:
                f.write(paragraph(rng, pool, a.typos) + "\n\n" +
                        paragraph(rng, pool, a.typos) + "\n")
            replies.append(path)
        big = os.path.join(tmp, "big.txt")
        with open(big, "w", encoding="utf-8") as f:
            size = 0
            while size < a.big * 1e6:
                text = paragraph(rng, pool, a.typos) + "\n\n"
                f.write(text)
                size += len(text.encode())
        cases = [("replies", replies), ("big", [big])]
        print("tact: %s, pack: %s, typo rate %.3f" % (a.tact, env_dicts,
                                                       a.typos))
        print("%-8s %9s %-9s %8s %8s %8s" % ("case", "MB", "spelling",
                                             "cpu s", "wall s", "MB/s cpu"))
        for name, files in cases:
            mb = sum(os.path.getsize(f) for f in files) / 1e6
            for label, args in (("off", ["--no-spelling"]), ("on", on)):
                cpu, wall = run(a.tact, args, files)
                print("%-8s %9.2f %-9s %8.2f %8.2f %8.2f" %
                      (name, mb, label, cpu, wall, mb / cpu if cpu else 0))
    return 0


if __name__ == "__main__":
    sys.exit(main())

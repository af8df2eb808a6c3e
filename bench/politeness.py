#!/usr/bin/env python3
"""How well does Tact's tone score separate polite from impolite text?

Usage: python3 bench/politeness.py [TACT] [--data DIR] [--limit N]

TACT defaults to build/cli/tact. Every text of a data set is written to its
own file in a temporary directory and checked with
`tact check --summary --format json --no-config` in chunks; the figure used
is each file's `summary.score` (0-100, higher = better tone).

- Stanford Politeness Corpus, derived_quartile_labels.tsv: per domain
  (wikipedia, stack-exchange), only the requests labelled +1 (top quartile,
  polite) or -1 (bottom quartile, impolite): ROC AUC of the score against
  the label, and the accuracy at the best threshold (predict "polite" when
  score >= threshold; the threshold is chosen on the same data, so this is
  an optimistic figure).
- Conversational receptiveness, receptive_train.csv: Spearman's rho between
  the score and the readers' `receptive` rating.

Aims: AUC >= 0.75, rho >= 0.35. This is a benchmark: it prints figures and
exits 0 whatever they are (2 only when tact or the data cannot be used).

When the tact under test has no --summary yet, a stand-in score is used and
labelled as such: 100 - 1000 * findings / max(words, 20), clamped to 0-100.
The column "-finds" is always the same kind of stand-in, so the rule pack's
own contribution can be compared with the summary score.

Python 3 standard library only.
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = "/work/shared/data"
IGNORED_CATEGORIES = {"spelling", "encoding"}
AIM_AUC = 0.75
AIM_RHO = 0.35

SOURCES = """\
Sources:
  Stanford Politeness Corpus: Danescu-Niculescu-Mizil, Sudhof, Jurafsky,
    Leskovec, Potts, "A computational approach to politeness with application
    to social factors", ACL 2013. github.com/sudhof/politeness (branch
    python3, commit 0449a15); CC BY 4.0 as distributed by ConvoKit, texts
    from Wikipedia and Stack Exchange (CC BY-SA). Quartile labels derived
    from the annotated Normalized Score (+1 top quartile, -1 bottom quartile
    per domain).
  Conversational receptiveness: Yeomans, Minson, Collins, Chen, Gino (2020),
    "Conversational receptiveness: Improving engagement with opposing views",
    via the R package politeness (github.com/myeomans/politeness, commit
    c493f7c, MIT licence), receptive_train.csv.
"""


# ---- statistics (plain Python) -------------------------------------------

def average_ranks(values):
    """1-based ranks, ties given the mean of the ranks they span."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        mean = (i + j) / 2.0 + 1.0
        for k in range(i, j + 1):
            ranks[order[k]] = mean
        i = j + 1
    return ranks


def roc_auc(scores, labels):
    """Mann-Whitney AUC: P(score of a positive > score of a negative), ties
    counting one half. labels are True for the positive class."""
    npos = sum(1 for x in labels if x)
    nneg = len(labels) - npos
    if not npos or not nneg:
        return None
    ranks = average_ranks(scores)
    rpos = sum(r for r, y in zip(ranks, labels) if y)
    return (rpos - npos * (npos + 1) / 2.0) / (npos * nneg)


def best_accuracy(scores, labels):
    """Best accuracy of "positive when score >= t" over all thresholds t;
    returns (accuracy, t)."""
    n = len(scores)
    pairs = sorted(zip(scores, labels))
    npos = sum(1 for _, y in pairs if y)
    # t below every score: everything predicted positive.
    best, best_t = npos / n, pairs[0][0]
    neg_below = pos_below = 0
    i = 0
    while i < n:
        j = i
        while j < n and pairs[j][0] == pairs[i][0]:
            if pairs[j][1]:
                pos_below += 1
            else:
                neg_below += 1
            j += 1
        # t just above pairs[i][0]: those below are predicted negative.
        correct = neg_below + (npos - pos_below)
        if correct / n > best:
            best = correct / n
            best_t = pairs[j][0] if j < n else pairs[i][0] + 1
        i = j
    return best, best_t


def pearson(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return sxy / (sxx * syy) ** 0.5


def spearman(xs, ys):
    return pearson(average_ranks(xs), average_ranks(ys))


# ---- running tact -------------------------------------------------------

class BenchError(Exception):
    pass


def tact_env(args):
    env = dict(os.environ)
    if args.dicts:
        env["TACT_DICTS"] = args.dicts
    elif "TACT_DICTS" not in env and os.path.isdir(os.path.join(ROOT, "dicts")):
        env["TACT_DICTS"] = os.path.join(ROOT, "dicts")
    return env


def has_summary(args):
    """Whether this tact knows --summary and puts a summary in its JSON."""
    proc = subprocess.run(
        [args.tact, "check", "--summary", "--format", "json", "--no-config",
         "-"], input=b"Thanks for your patience.\n", env=tact_env(args),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        doc = json.loads(proc.stdout.decode("utf-8"))
        return isinstance(doc["files"][0].get("summary"), dict)
    except (ValueError, KeyError, IndexError, TypeError):
        return False


def words(text):
    return len(text.split())


def stand_in(findings, text):
    n = sum(1 for f in findings if f.get("category") not in IGNORED_CATEGORIES)
    return max(0.0, 100.0 - 1000.0 * n / max(words(text), 20))


def check_all(texts, args, summary):
    """Return a list of (score, stand-in score, findings count, summary dict
    or {}) per text."""
    env = tact_env(args)
    # Spelling is not tone (the score leaves it out), and Hunspell's
    # suggestions would cost minutes on these texts.
    base = [args.tact, "check", "--format", "json", "--no-config",
            "--no-spelling"]
    if summary:
        base.insert(2, "--summary")
    if args.profile:
        base += ["--profile", args.profile]
    out = [None] * len(texts)
    with tempfile.TemporaryDirectory(prefix="tact-bench-") as tmp:
        names = []
        for i, text in enumerate(texts):
            name = "%06d.txt" % i
            with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
                f.write(text + "\n")
            names.append(name)

        def run(batch):
            proc = subprocess.run(base + batch, cwd=tmp, env=env,
                                  stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE)
            try:
                return json.loads(proc.stdout.decode("utf-8"))
            except ValueError:
                raise BenchError("tact exited with %d and printed no JSON: %s"
                                 % (proc.returncode,
                                    proc.stderr.decode("utf-8", "replace")
                                    .strip()[:500]))

        batches = [names[i:i + args.chunk]
                   for i in range(0, len(names), args.chunk)]
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            for doc in pool.map(run, batches):
                for f in doc.get("files", []):
                    i = int(os.path.splitext(os.path.basename(f["path"]))[0])
                    findings = [x for x in f.get("findings", [])
                                if x.get("category") not in IGNORED_CATEGORIES]
                    proxy = stand_in(findings, texts[i])
                    s = f.get("summary") or {}
                    if summary:
                        score = s.get("score")
                        if not isinstance(score, (int, float)):
                            raise BenchError("no summary.score for a file")
                    else:
                        score = proxy
                    out[i] = (float(score), proxy, len(findings), s)
    if any(x is None for x in out):
        raise BenchError("tact reported on only %d of %d texts"
                         % (sum(x is not None for x in out), len(texts)))
    return out


# ---- data sets ----------------------------------------------------------

def load_politeness(path, limit):
    by_domain = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["binary"] not in ("1", "-1"):
                continue
            by_domain.setdefault(row["domain"], []).append(
                (row["text"], row["binary"] == "1"))
    if limit:
        by_domain = {d: v[:limit] for d, v in by_domain.items()}
    return by_domain


def load_receptiveness(path, limit):
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            try:
                rows.append((row["text"], float(row["receptive"])))
            except (KeyError, ValueError):
                continue
    return rows[:limit] if limit else rows


def print_diagnostics(diag):
    """Mean score and signal rates per class: which parts of the summary
    separate the classes, and which do not."""
    print("Where the score comes from (mean score; share of texts with a "
          "finding,\nwith each signal; most frequent finding categories):")
    head = "%-27s %-11s %5s %6s %6s %6s %6s %6s  %s" % (
        "data set", "class", "n", "score", "found", "empath", "next",
        "thanks", "categories (texts)")
    print(head)
    print("-" * len(head))
    for name, group, res in diag:
        n = len(res) or 1
        cats = {}
        for r in res:
            for c in (r[3].get("categories") or {}):
                cats[c] = cats.get(c, 0) + 1
        top = ", ".join("%s %d" % kv for kv in
                        sorted(cats.items(), key=lambda kv: -kv[1])[:4])
        print("%-27s %-11s %5d %6.1f %5.0f%% %5.0f%% %5.0f%% %5.0f%%  %s" % (
            name, group, len(res), sum(r[0] for r in res) / n,
            100.0 * sum(r[2] > 0 for r in res) / n,
            100.0 * sum(bool(r[3].get("empathy")) for r in res) / n,
            100.0 * sum(bool(r[3].get("next_step")) for r in res) / n,
            100.0 * sum(bool(r[3].get("thanks")) for r in res) / n,
            top or "-"))


def fmt(x, spec="%.3f"):
    return "    -" if x is None else spec % x


def main(argv):
    p = argparse.ArgumentParser(
        description="Benchmark the tone score on public politeness and "
                    "receptiveness ratings.")
    p.add_argument("tact", nargs="?",
                   default=os.path.join("build", "cli", "tact"),
                   help="the tact program (default: build/cli/tact)")
    p.add_argument("--data", default=DEFAULT_DATA,
                   help="data directory holding politeness/ and "
                        "receptiveness/ (default: %s)" % DEFAULT_DATA)
    p.add_argument("--dicts", help="rule pack root, sets TACT_DICTS "
                   "(default: dicts/ of this source tree)")
    p.add_argument("--profile", help="tact profile (default: tact's own)")
    p.add_argument("--limit", type=int, default=0,
                   help="use only the first N texts of each set (quick runs)")
    p.add_argument("--chunk", type=int, default=500,
                   help="files per tact run (default 500)")
    p.add_argument("--jobs", type=int, default=2,
                   help="tact runs at once (default 2)")
    args = p.parse_args(argv)
    if (args.tact == os.path.join("build", "cli", "tact")
            and not os.path.exists(args.tact)):
        args.tact = os.path.join(ROOT, args.tact)
    if not os.path.exists(args.tact):
        sys.stderr.write("politeness: no tact program at %s\n" % args.tact)
        return 2
    args.tact = os.path.abspath(args.tact)

    pol_path = os.path.join(args.data, "politeness",
                            "derived_quartile_labels.tsv")
    rec_path = os.path.join(args.data, "receptiveness", "receptive_train.csv")
    try:
        summary = has_summary(args)
        t0 = time.time()
        rows = []  # (set, n, auc, acc, thr, rho, auc_finds, rho_finds, any%)
        diag = []  # (set, group name, results)
        for domain, data in sorted(load_politeness(pol_path, args.limit)
                                   .items(), key=lambda kv: kv[0] != "wikipedia"):
            texts = [t for t, _ in data]
            labels = [y for _, y in data]
            res = check_all(texts, args, summary)
            scores = [r[0] for r in res]
            finds = [-r[2] for r in res]
            acc, thr = best_accuracy(scores, labels)
            diag.append(("politeness/" + domain, "polite",
                         [r for r, y in zip(res, labels) if y]))
            diag.append(("politeness/" + domain, "impolite",
                         [r for r, y in zip(res, labels) if not y]))
            rows.append(("politeness/" + domain, len(texts),
                         roc_auc(scores, labels), acc, thr, None,
                         roc_auc(finds, labels), None,
                         sum(r[2] > 0 for r in res) / len(res)))
        rec = load_receptiveness(rec_path, args.limit)
        res = check_all([t for t, _ in rec], args, summary)
        ratings = [y for _, y in rec]
        order = sorted(range(len(rec)), key=lambda i: ratings[i])
        quarter = len(order) // 4
        diag.append(("receptiveness", "top 25%",
                     [res[i] for i in order[-quarter:]]))
        diag.append(("receptiveness", "bottom 25%",
                     [res[i] for i in order[:quarter]]))
        rows.append(("receptiveness", len(rec), None, None, None,
                     spearman([r[0] for r in res], ratings), None,
                     spearman([-r[2] for r in res], ratings),
                     sum(r[2] > 0 for r in res) / len(res)))
        elapsed = time.time() - t0
    except (BenchError, OSError) as e:
        sys.stderr.write("politeness: %s\n" % e)
        return 2

    score_name = ("summary.score" if summary else
                  "STAND-IN score (this tact has no --summary): "
                  "100 - 1000*findings/max(words,20)")
    print("Tone score vs human politeness/receptiveness ratings")
    print("tact: %s   score: %s" % (args.tact, score_name))
    print()
    head = "%-27s %5s %6s %6s %6s %6s  %7s %7s %6s" % (
        "data set", "n", "AUC", "acc", "thresh", "rho",
        "AUC-fd", "rho-fd", "found")
    print(head)
    print("-" * len(head))
    for name, n, auc, acc, thr, rho, aucf, rhof, anyf in rows:
        print("%-27s %5d %6s %6s %6s %6s  %7s %7s %5.0f%%" % (
            name, n, fmt(auc), fmt(acc), fmt(thr, "%.1f"), fmt(rho),
            fmt(aucf), fmt(rhof), 100 * anyf))
    print("-" * len(head))
    print("aims: AUC >= %.2f (politeness, per domain), rho >= %.2f "
          "(receptiveness)" % (AIM_AUC, AIM_RHO))
    for name, n, auc, acc, thr, rho, aucf, rhof, anyf in rows:
        if auc is not None:
            print("  %-25s AUC %.3f  %s" % (
                name, auc, "meets the aim" if auc >= AIM_AUC else "below the aim"))
        if rho is not None:
            print("  %-25s rho %.3f  %s" % (
                name, rho, "meets the aim" if rho >= AIM_RHO else "below the aim"))
    print()
    print("AUC: P(a polite request scores higher than an impolite one), ties "
          "half;\nacc: accuracy of 'polite if score >= thresh' at the best "
          "threshold (chosen on\nthe same data, so optimistic); rho: Spearman "
          "rank correlation with the\nreceptiveness rating; AUC-fd, rho-fd: "
          "the same for minus the number of\nfindings; found: share of texts "
          "with at least one finding.\nReference (data README): unigram "
          "logistic regression trained on the labels,\n10-fold accuracy "
          "Wikipedia 82.1 %, Stack Exchange 63.8 %.")
    print("%d texts checked in %.1f s." % (sum(r[1] for r in rows), elapsed))
    if summary:
        print()
        print_diagnostics(diag)
    print()
    print(SOURCES, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

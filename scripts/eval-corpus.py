#!/usr/bin/env python3
"""Measure the rule pack on the labelled corpus in tests/corpus/.

Every corpus line is one text (a sentence, or a short reply for the
"document" category), labelled `risky` (should be flagged) or `ok` (must
not be). Each text is written to its own file in a temporary directory and
all of them are checked by one run of `tact check --format json --no-config`.
A text counts as flagged when it has any finding outside the ignored
categories (spelling, encoding).

Usage: eval-corpus.py [--check] [options] [TACT]

TACT defaults to build/cli/tact. Without --check the script prints the
report and exits 0; with --check it exits 1 when the overall recall is below
--min-recall (0.90) or the false-alarm rate is above --max-false-alarm (0.05).
Exit status 2 means the corpus or tact could not be used at all.

Python 3 standard library only.
"""

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = ("risky", "ok")


class CorpusError(Exception):
    pass


def read_corpus(paths):
    """Yield dicts {label, category, text, source} from TSV files.

    Lines starting with '#', blank lines and a `label<TAB>category<TAB>text`
    header are skipped."""
    files = []
    for path in paths:
        if os.path.isdir(path):
            files += sorted(os.path.join(path, f) for f in os.listdir(path)
                            if f.endswith(".tsv"))
        else:
            files.append(path)
    if not files:
        raise CorpusError("no .tsv files in %s" % ", ".join(paths))
    items = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                line = line.rstrip("\r\n")
                if not line.strip() or line.startswith("#"):
                    continue
                fields = line.split("\t")
                if fields[:2] == ["label", "category"]:
                    continue
                where = "%s:%d" % (os.path.relpath(path), lineno)
                if len(fields) != 3:
                    raise CorpusError("%s: expected 3 tab-separated fields, "
                                      "got %d" % (where, len(fields)))
                label, category, text = (x.strip() for x in fields)
                if label not in LABELS:
                    raise CorpusError("%s: label must be risky or ok, not %r"
                                      % (where, label))
                if not category or not text:
                    raise CorpusError("%s: empty category or text" % where)
                items.append({"label": label, "category": category,
                              "text": text, "where": where})
    return items


def run_tact(tact, items, args, chunk=400):
    """Check every item's text with tact; return (per-item findings list,
    load warnings). Findings are dicts from tact's JSON output."""
    env = dict(os.environ)
    if args.dicts:
        env["TACT_DICTS"] = args.dicts
    elif "TACT_DICTS" not in env and os.path.isdir(os.path.join(ROOT, "dicts")):
        # Measure the pack in this source tree, not an installed copy.
        env["TACT_DICTS"] = os.path.join(ROOT, "dicts")
    base = [tact, "check", "--format", "json", "--no-config"]
    if "spelling" in args.ignore:  # then Hunspell's suggestions are waste
        base.append("--no-spelling")
    if args.profile:
        base += ["--profile", args.profile]
    for r in args.rules:
        base += ["--rules", os.path.abspath(r)]
    results = [None] * len(items)
    warnings = []
    with tempfile.TemporaryDirectory(prefix="tact-corpus-") as tmp:
        names = []
        for i, item in enumerate(items):
            name = "%05d.txt" % i
            with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
                f.write(item["text"] + "\n")
            names.append(name)
        for start in range(0, len(names), chunk):
            batch = names[start:start + chunk]
            proc = subprocess.run(base + batch, cwd=tmp, env=env,
                                  stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE)
            try:
                doc = json.loads(proc.stdout.decode("utf-8"))
            except ValueError:
                sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
                raise CorpusError("%s exited with %d and printed no JSON"
                                  % (tact, proc.returncode))
            for w in doc.get("warnings", []):
                if w not in warnings:
                    warnings.append(w)
            for f in doc.get("files", []):
                i = int(os.path.splitext(os.path.basename(f["path"]))[0])
                if "error" in f:
                    raise CorpusError("%s: %s" % (items[i]["where"],
                                                  f["error"]))
                results[i] = [x for x in f.get("findings", [])
                              if x.get("category") not in args.ignore]
    missing = [items[i]["where"] for i, r in enumerate(results) if r is None]
    if missing:
        raise CorpusError("tact reported nothing for %s" % ", ".join(missing))
    return results, warnings


def ratio(num, den):
    return num / den if den else None


def fmt(x):
    return "   -" if x is None else "%.2f" % x


def report(items, results, args, out):
    cats = []
    for item in items:
        if item["category"] not in cats:
            cats.append(item["category"])
    # Any category that fired but has no corpus lines still gets a row.
    for findings in results:
        for f in findings:
            if f["category"] not in cats:
                cats.append(f["category"])

    row = collections.defaultdict(collections.Counter)
    for item, findings in zip(items, results):
        c, flagged = item["category"], bool(findings)
        fired_cats = {f["category"] for f in findings}
        if item["label"] == "risky":
            row[c]["risky"] += 1
            row[c]["hit"] += flagged
            row[c]["same"] += c in fired_cats
        else:
            row[c]["ok"] += 1
            row[c]["fa"] += flagged
        for fc in fired_cats:
            row[fc]["fired"] += 1
            row[fc]["fired_risky"] += item["label"] == "risky"

    head = ("%-17s %5s %5s %6s %6s  %4s %5s %6s  %5s %5s"
            % ("category", "risky", "hit", "recall", "by-cat",
               "ok", "false", "FA", "fired", "prec"))
    out.write("Corpus quality (%d texts: %d risky, %d ok)\n\n"
              % (len(items), sum(i["label"] == "risky" for i in items),
                 sum(i["label"] == "ok" for i in items)))
    out.write(head + "\n" + "-" * len(head) + "\n")
    total = collections.Counter()
    for c in cats:
        r = row[c]
        for k in ("risky", "hit", "same", "ok", "fa"):
            total[k] += r[k]
        out.write("%-17s %5d %5d %6s %6s  %4d %5d %6s  %5d %5s\n" % (
            c, r["risky"], r["hit"], fmt(ratio(r["hit"], r["risky"])),
            fmt(ratio(r["same"], r["risky"])), r["ok"], r["fa"],
            fmt(ratio(r["fa"], r["ok"])), r["fired"],
            fmt(ratio(r["fired_risky"], r["fired"]))))
    flagged_all = total["hit"] + total["fa"]
    out.write("-" * len(head) + "\n")
    out.write("%-17s %5d %5d %6s %6s  %4d %5d %6s  %5d %5s\n" % (
        "overall", total["risky"], total["hit"],
        fmt(ratio(total["hit"], total["risky"])),
        fmt(ratio(total["same"], total["risky"])), total["ok"], total["fa"],
        fmt(ratio(total["fa"], total["ok"])), flagged_all,
        fmt(ratio(total["hit"], flagged_all))))
    out.write(
        "\nrecall: risky texts with any finding; by-cat: flagged by a rule of\n"
        "their own category; FA: ok texts with any finding (false alarms);\n"
        "fired/prec: texts on which a rule of this category fired, and the\n"
        "share of those that are risky (of any category).\n")

    misses = [(it, f) for it, f in zip(items, results)
              if it["label"] == "risky" and not f]
    alarms = [(it, f) for it, f in zip(items, results)
              if it["label"] == "ok" and f]
    out.write("\nMissed risky texts (%d):\n" % len(misses))
    for c in cats:
        group = [it for it, _ in misses if it["category"] == c]
        if group:
            out.write("  %s (%d)\n" % (c, len(group)))
            for it in group:
                out.write("    %s\n" % it["text"])
    out.write("\nFalse alarms on ok texts (%d):\n" % len(alarms))
    for c in cats:
        group = [(it, f) for it, f in alarms if it["category"] == c]
        if group:
            out.write("  %s (%d)\n" % (c, len(group)))
            for it, findings in group:
                out.write("    %s\n" % it["text"])
                for f in findings:
                    out.write("      <- %s: \"%s\"\n" % (f["rule"], f["text"]))
    rules = collections.Counter(f["rule"] for _, fs in alarms for f in fs)
    if rules:
        out.write("\nRules behind the false alarms:\n")
        for rule, n in rules.most_common():
            out.write("  %3d  %s\n" % (n, rule))
    if args.verbose:
        out.write("\nFlagged risky texts (for reference):\n")
        for it, findings in zip(items, results):
            if it["label"] == "risky" and findings:
                out.write("  [%s] %s\n      <- %s\n" % (
                    it["category"], it["text"],
                    ", ".join(sorted({f["rule"] for f in findings}))))

    recall = ratio(total["hit"], total["risky"]) or 0.0
    fa = ratio(total["fa"], total["ok"]) or 0.0
    return recall, fa


def main(argv):
    p = argparse.ArgumentParser(
        description="Measure tact's recall and false-alarm rate on the "
                    "labelled corpus.")
    p.add_argument("tact", nargs="?", default=os.path.join("build", "cli",
                                                            "tact"),
                   help="the tact program (default: build/cli/tact)")
    p.add_argument("--corpus", action="append", default=None,
                   help="corpus .tsv file or directory (repeatable; default: "
                        "tests/corpus/ of this source tree)")
    p.add_argument("--check", action="store_true",
                   help="exit 1 when recall or false-alarm rate miss the aims")
    p.add_argument("--min-recall", type=float, default=0.90)
    p.add_argument("--max-false-alarm", type=float, default=0.05)
    p.add_argument("--profile", help="tact profile (default: tact's own)")
    p.add_argument("--rules", action="append", default=[],
                   help="extra rule file passed to tact (repeatable)")
    p.add_argument("--dicts", help="rule pack root, sets TACT_DICTS "
                   "(default: dicts/ of this source tree)")
    p.add_argument("--ignore", default="spelling,encoding",
                   help="comma-separated categories that do not count "
                        "(default: spelling,encoding)")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="also list which rules caught each risky text")
    args = p.parse_args(argv)
    if (args.tact == os.path.join("build", "cli", "tact")
            and not os.path.exists(args.tact)):
        args.tact = os.path.join(ROOT, args.tact)
    args.ignore = {c.strip() for c in args.ignore.split(",") if c.strip()}
    corpus = args.corpus or [os.path.join(ROOT, "tests", "corpus")]

    try:
        items = read_corpus(corpus)
        if not os.path.exists(args.tact):
            raise CorpusError("no tact program at %s" % args.tact)
        results, warnings = run_tact(os.path.abspath(args.tact), items, args)
    except (CorpusError, OSError) as e:
        sys.stderr.write("eval-corpus: %s\n" % e)
        return 2

    if warnings:
        sys.stdout.write("tact reported %d rule-loading warning(s):\n"
                         % len(warnings))
        for w in warnings:
            sys.stdout.write("  %s\n" % w)
        sys.stdout.write("\n")
    recall, fa = report(items, results, args, sys.stdout)
    ok = recall >= args.min_recall and fa <= args.max_false_alarm
    sys.stdout.write("\nOverall recall %.3f (aim >= %.2f), false-alarm rate "
                     "%.3f (aim <= %.2f): %s\n"
                     % (recall, args.min_recall, fa, args.max_false_alarm,
                        "met" if ok else "NOT met"))
    if args.check and not ok:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

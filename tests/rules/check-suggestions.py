#!/usr/bin/env python3
"""Accept the suggestions of the shipped pack and check the text that results.

Each line of suggestions.tsv is `rule<TAB>text<TAB>expected`: checking
`text` must give a finding of `rule`, and putting one of that finding's
suggestions in place of its span must give exactly `expected` (or, when
`expected` is `-`, the finding must offer no suggestion). This catches
suggestions that read well on their own but mangle the sentence around the
span, which the flag/pass examples of `tact test-rules` cannot see.

Usage: check-suggestions.py --dicts DIR [--cases FILE] TACT
Exit status: 0 all cases pass, 1 some fail, 2 tact could not be run.
Python 3 standard library only.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def cases(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{path}:{n}: expected rule<TAB>text<TAB>expected")
            yield n, parts


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--dicts", required=True)
    p.add_argument("--cases", default=os.path.join(HERE, "suggestions.tsv"))
    p.add_argument("tact")
    args = p.parse_args()
    env = dict(os.environ, TACT_DICTS=args.dicts)
    todo = list(cases(args.cases))
    # One run of tact over one file per case: starting tact once per case
    # is slow under the sanitizers.
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for n, (_, text, _) in todo:
            path = os.path.join(tmp, f"{n}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            paths.append(path)
        out = subprocess.run([args.tact, "check", "--format", "json", "--no-config", *paths],
                             env=env, capture_output=True, text=True)
    if out.returncode not in (0, 1):
        print(f"check-suggestions: tact failed: {out.stderr.strip()}", file=sys.stderr)
        return 2
    files = {os.path.basename(f["path"]): f["findings"] for f in json.loads(out.stdout)["files"]}
    failures = 0
    for n, (rule, text, expected) in todo:
        raw = text.encode("utf-8")
        found = [f for f in files.get(f"{n}.txt", []) if f["rule"] == rule]
        if not found:
            print(f"{args.cases}:{n}: no finding of {rule} in: {text}")
            failures += 1
            continue
        results = []
        for f in found:
            for s in f["suggestions"]:
                results.append((raw[:f["start"]] + s["text"].encode("utf-8") + raw[f["end"]:]).decode("utf-8"))
        if expected == "-":
            ok = not results
        else:
            ok = expected in results
        if not ok:
            print(f"{args.cases}:{n}: {rule} on: {text}\n  expected: {expected}")
            for r in results or ["(no suggestion)"]:
                print(f"  got:      {r}")
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

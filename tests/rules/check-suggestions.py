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
    failures = 0
    for n, (rule, text, expected) in cases(args.cases):
        out = subprocess.run([args.tact, "check", "--format", "json", "--no-config", "-"],
                             input=text, env=env, capture_output=True, text=True)
        if out.returncode not in (0, 1):
            print(f"{args.cases}:{n}: tact failed: {out.stderr.strip()}", file=sys.stderr)
            return 2
        raw = text.encode("utf-8")
        found = [f for f in json.loads(out.stdout)["files"][0]["findings"] if f["rule"] == rule]
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

#!/usr/bin/python3
"""tact.oxt in a real LibreOffice: installed with unopkg, the proofreader
is found through LibreOffice's linguistic service manager and answers for a
loaded Writer document with the expected findings at exact UTF-16
positions, with suggestions, colours and documentation links; Ignore rule
and settings (categories off, a user rule file, a broken one) work, and bad
input gives no findings instead of an error.

Usage: test_proofreader.py TACT_OXT DATA_DIR [KEEP_DIR]
"""

import json
import os
import sys

import lo
import uno
from com.sun.star.lang import Locale
from com.sun.star.text.TextMarkupType import PROOFREADING

IMPL = "org.tact.Proofreader"
PROOFREADER = "com.sun.star.linguistic2.Proofreader"
EN_US = Locale("en", "US", "")
DOCS = "https://github.com/tact-tone/tact/blob/main/docs/rules/en.md#"


def u16(s):
    return len(s.encode("utf-16-le")) // 2


def span(text, part):
    """(start, length) of `part` in `text`, in UTF-16 code units."""
    i = text.index(part)
    return u16(text[:i]), u16(part)


def props(err):
    return {p.Name: p.Value for p in err.aProperties}


def proofread(checker, text):
    return checker.doProofreading("doc", text, EN_US, 0, len(text), ())


def errors_by_rule(result):
    return {e.aRuleIdentifier: e for e in result.aErrors}


def document_paragraphs(office, doc):
    """Each paragraph's text and errors, as LibreOffice's own proofreading
    iterator gets them from the configured checker. (Not the "automatic"
    flat iterator: it skips paragraphs the background checker has already
    done, so what it returns depends on timing.)"""
    iterator = office.create("com.sun.star.linguistic2.ProofreadingIterator")
    flat = doc.getFlatParagraphIterator(PROOFREADING, False)
    out = []
    para = flat.getFirstPara()
    while para is not None and len(out) < 50:
        text = para.getText()
        res = iterator.checkSentenceAtPosition(doc, para, text, EN_US, 0,
                                               len(text), 0)
        errors = list(res.aErrors) if res is not None else []
        out.append((text, errors))
        para = flat.getParaAfter(para)
    return out


def first_phase(office, data, t):
    office.start()
    checker = office.create(IMPL)
    if not t.ok(checker is not None, "the proofreader component exists"):
        return
    lsm = office.create("com.sun.star.linguistic2.LinguServiceManager")
    t.ok(IMPL in lsm.getAvailableServices(PROOFREADER, EN_US),
         "Linguistic.xcu offers it for en-US")
    t.ok(IMPL in lsm.getAvailableServices(PROOFREADER, Locale("en", "GB", "")),
         "and for en-GB")
    t.ok(IMPL not in lsm.getAvailableServices(PROOFREADER,
                                              Locale("de", "DE", "")),
         "but not for de-DE")
    t.ok(checker.hasLocale(EN_US) and not checker.hasLocale(
        Locale("fr", "FR", "")), "hasLocale: English only")
    t.eq(checker.isSpellChecker(), False, "not a spell checker")

    # A Writer document loaded from a file, checked by LibreOffice itself.
    doc = office.load(os.path.join(data, "risky.fodt"))
    t.ok(IMPL in lsm.getConfiguredServices(PROOFREADER, EN_US),
         "LibreOffice switched it on for en-US by itself")
    paras = document_paragraphs(office, doc)
    t.eq(len(paras), 5, "paragraphs seen by the proofreading iterator")
    found = {}
    for text, errors in paras:
        for e in errors:
            found[e.aRuleIdentifier] = (text, e)
    t.ok(not paras[0][1], "'Hi Sam,' has no findings")
    for rule, part in [
            ("blame.as-i-said", "As I already told you,"),
            ("condescension.obviously", " obviously"),
            ("blame.you-did-not", "you did not read"),
            ("shouting.stacked-punctuation", "!!!"),
            ("blame.per-my-last-email", "Per my last email,"),
            ("dismissal.calm-down", "calm down")]:
        if t.ok(rule in found, "document: %s found" % rule):
            text, e = found[rule]
            t.eq((e.nErrorStart, e.nErrorLength), span(text, part),
                 "%s at the UTF-16 span of %r" % (rule, part))
            t.eq(e.nErrorType, PROOFREADING, "%s is a proofreading error"
                 % rule)
    t.ok(not paras[4][1], "'Next, I will send…' has no findings")
    if "blame.as-i-said" in found:
        e = found["blame.as-i-said"][1]
        t.ok(e.aFullComment.startswith(e.aShortComment + "\n\n")
             and len(e.aFullComment) > len(e.aShortComment) + 20,
             "full comment = message + rationale")
        t.ok("To recap," in e.aSuggestions, "blame.as-i-said suggestions")

    # The emoji (two UTF-16 units) shifts everything after it by one more
    # than its code-point count: checked directly on the third paragraph.
    text = paras[2][0]
    t.ok("\U0001F600" in text, "the emoji survived loading")
    res = proofread(checker, text)
    by = errors_by_rule(res)
    e = by.get("shouting.stacked-punctuation")
    if t.ok(e is not None, "direct call: stacked punctuation found"):
        t.eq((e.nErrorStart, e.nErrorLength), (u16(text) - 3, 3),
             "'!!!' ends the paragraph in UTF-16 units")
        t.eq(tuple(e.aSuggestions), ("!", "."), "its suggestions")
        t.ok(e.aShortComment.startswith("Stacked"), "short comment")
        p = props(e)
        t.eq(p.get("FullCommentURL"),
             DOCS + "shouting-stacked-punctuation", "FullCommentURL")
        t.eq(p.get("LineColor"), 0xE8178A, "shouting's underline colour")
    e = by.get("blame.you-did-not")
    if e is not None:
        t.eq(props(e).get("LineColor"), 0xC9211E, "blame's underline colour")
        t.ok(e.aSuggestions and e.aSuggestions[0]
             == "it looks like you may have missed", "blame suggestion")
    t.eq(res.nStartOfSentencePosition, 0, "result starts at 0")
    t.eq(res.nStartOfNextSentencePosition, u16(text),
         "the whole paragraph is checked at once")

    # Starting inside the paragraph: only findings from there on.
    start = span(text, "you did not")[0]
    res = checker.doProofreading("doc", text, EN_US, start, len(text), ())
    t.eq(sorted(e.aRuleIdentifier for e in res.aErrors),
         ["blame.you-did-not", "shouting.stacked-punctuation"],
         "findings from a later sentence start")

    # LibreOffice spell-checks by itself: Tact's spelling rule stays off.
    t.eq(len(proofread(checker, "Teh quikc form is redy.").aErrors), 0,
         "no spelling findings")

    # Ignore rule / reset.
    checker.ignoreRule("blame.you-did-not", EN_US)
    t.ok("blame.you-did-not" not in errors_by_rule(proofread(checker, text)),
         "ignoreRule hides the rule")
    t.ok("shouting.stacked-punctuation" in errors_by_rule(
        proofread(checker, text)), "and only that rule")
    checker.resetIgnoreRules()
    t.ok("blame.you-did-not" in errors_by_rule(proofread(checker, text)),
         "resetIgnoreRules brings it back")

    # Bad input: no exception, no findings, LibreOffice still answers.
    for what, bad in [("empty", ""), ("NUL bytes", "\0\0\0"),
                      ("1 MB paragraph", "word " * 200000)]:
        try:
            res = proofread(checker, bad)
            t.ok(all(0 <= e.nErrorStart and e.nErrorStart + e.nErrorLength
                     <= u16(bad) for e in res.aErrors), "%s: answered" % what)
        except Exception as ex:
            t.ok(False, "%s: raised %s" % (what, ex))
    t.ok(proofread(checker, "Calm down.").aErrors, "still checking after that")

    # Nothing was edited: the document is unmodified.
    t.eq(doc.isModified(), False, "the document was not changed")
    doc.close(True)
    office.stop()


def second_phase(office, data, t):
    """Settings from <profile>/user/config/tact.json."""
    with open(os.path.join(office.user_config(), "tact.json"), "w") as f:
        json.dump({"disabled": ["blame"],
                   "rule_files": [os.path.join(data, "broken.lua"),
                                  os.path.join(data, "team.lua")]}, f)
    office.start()
    checker = office.create(IMPL)
    text = "As I told you, calm down. The banana is ripe."
    by = errors_by_rule(proofread(checker, text))
    t.ok("blame.as-i-said" not in by, "settings: blame switched off")
    t.ok("dismissal.calm-down" in by, "settings: dismissal still on")
    e = by.get("team.no-bananas")
    if t.ok(e is not None, "settings: the user rule file is used"):
        t.eq((e.nErrorStart, e.nErrorLength), span(text, "banana"),
             "user rule span")
        t.eq(tuple(e.aSuggestions), ("fruit",), "user rule suggestion")
    office.stop()
    log = os.path.join(office.profile, "user", "config", "tact.log")
    text = open(log, encoding="utf-8").read() if os.path.exists(log) else ""
    t.ok("broken.lua:3" in text, "the broken rule file is logged with file:line")


def third_phase(office, t):
    """A libtact that cannot be loaded: logged, no findings, no crash."""
    office.env = dict(os.environ, TACT_LIBRARY="/nonexistent/libtact.so.0")
    office.start()
    checker = office.create(IMPL)
    res = proofread(checker, "Calm down, as I said.")
    t.eq(len(res.aErrors), 0, "without libtact: no findings")
    t.eq(res.nStartOfNextSentencePosition, 21, "and a well-formed result")
    doc = office.desktop.loadComponentFromURL(
        "private:factory/swriter", "_blank", 0, (lo.prop("Hidden", True),))
    t.ok(doc is not None, "LibreOffice still works")
    office.stop()
    log = os.path.join(office.profile, "user", "config", "tact.log")
    text = open(log, encoding="utf-8").read() if os.path.exists(log) else ""
    t.ok("cannot load /nonexistent/libtact.so.0" in text,
         "the load failure is logged")


def main():
    oxt, data = sys.argv[1], sys.argv[2]
    keep = sys.argv[3] if len(sys.argv) > 3 else None
    lo.die_after(240)
    t = lo.Checks()
    office = lo.Office(oxt, keep=keep)
    try:
        office.install()
        first_phase(office, data, t)
        second_phase(office, data, t)
        third_phase(office, t)
    except BaseException as ex:
        t.ok(False, "unexpected %s: %s" % (type(ex).__name__, ex))
        if office is not None:
            print("soffice output (end):\n" + office.log_tail())
    finally:
        office.close()
    lo.finish(t)


if __name__ == "__main__":
    main()

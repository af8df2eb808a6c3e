#!/usr/bin/python3
"""The Tact sidebar deck in a real Writer window (Xvfb, SAL_USE_VCLPLUGIN=gen).

LibreOffice's sidebar makes the panel through the extension's factory; the
panel shows the same tone summary libtact computes for the document, lists
the findings, selects a finding's text when it is clicked (exact UTF-16
positions, after an emoji too), follows edits, and its category check boxes
switch categories off and on for the proofreader as well. A screenshot of
Writer with the deck open and the underlines showing is saved.

Usage: test_sidebar.py TACT_OXT DATA_DIR OUT_DIR
"""

import json
import os
import subprocess
import sys
import time

import lo
from com.sun.star.lang import Locale
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK

EN_US = Locale("en", "US", "")


def wait_for(what, fn, timeout=15):
    """Polls fn() until it returns something true; returns it or None."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = fn()
        except Exception:
            value = None
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.2)


def expected(oxt_stage, paragraphs):
    """libtact's own summary of the document, through the bundled library."""
    sys.path.insert(0, os.path.join(oxt_stage, "pythonpath"))
    from tact_lo import binding
    engine = binding.Engine(binding.default_dicts(), spelling=False)
    try:
        return engine.check("\n\n".join(paragraphs), summary=True)
    finally:
        engine.close()


def colour_pixels(png, colour):
    """How many pixels of the screenshot have exactly this colour."""
    out = subprocess.run(
        ["convert", png, "-fill", "black", "+opaque", colour, "-fill",
         "white", "-opaque", colour, "-format", "%[fx:mean*w*h]", "info:"],
        stdout=subprocess.PIPE, timeout=60, check=True)
    return round(float(out.stdout))


def run(office, xvfb, data, out, stage, t):
    office.install()
    office.start()
    doc = office.load(os.path.join(data, "risky.fodt"), hidden=False)
    controller = doc.getCurrentController()
    frame = controller.getFrame()
    frame.getContainerWindow().setPosSize(0, 0, 1280, 800, 15)

    sidebar = controller.getSidebar()
    sidebar.setVisible(True)
    sidebar.showDecks(True)
    deck = sidebar.getDecks().getByName("TactDeck")
    deck.activate(True)  # (toggles: call once)
    t.ok(wait_for("deck", deck.isActive), "the Tact deck is open")
    panel = deck.getPanels().getByName("TactPanel")
    window = wait_for("panel", panel.getDialog)
    if not t.ok(window is not None, "the factory made the panel's window"):
        return

    def label(name):
        return window.getControl(name).getModel().Label

    t.ok(wait_for("score", lambda: "/ 100" in label("score")),
         "the panel shows a score")
    paras = [p.getString() for p in iter_paragraphs(doc)]
    findings, summary = expected(stage, paras)
    t.eq(label("score"), "Tone score: %d / 100" % summary.score,
         "the score is libtact's")
    text = label("summary")
    cats = ", ".join("%s %d" % kv for kv in sorted(
        summary.categories.items(), key=lambda kv: (-kv[1], kv[0])))
    for part in ["%d words, %d sentences, %d findings" % (
                     summary.words, summary.sentences, len(findings)),
                 cats,
                 "Pronouns: I %d, you %d, we %d" % (
                     summary.pronoun_i, summary.pronoun_you,
                     summary.pronoun_we),
                 "Empathy: yes", "Next step: yes", "Thanks: no"]:
        t.ok(part in text, "summary shows %r" % part)
    listbox = window.getControl("findings")
    items = listbox.getItems()
    t.eq(len(items), len(findings), "one list entry per finding")
    t.ok(items and items[0].startswith(
        "blame: \u201cAs I already told you,\u201d"), "first entry")

    # Screenshot with the deck open and the underlines drawn (LibreOffice
    # proofreads in the background: wait until they are on screen).
    shot = os.path.join(out, "writer-tact.png")

    def underlined():
        xvfb.screenshot(shot)
        return (colour_pixels(shot, "#C9211E") > 20,
                colour_pixels(shot, "#00897B") > 20)
    seen = wait_for("underlines", lambda: all(underlined()), timeout=30)
    red, teal = underlined() if not seen else (True, True)
    t.ok(os.path.getsize(shot) > 20000, "screenshot saved: " + shot)
    t.ok(red, "blame's red underline is on screen")
    t.ok(teal, "distancing's teal underline is on screen")

    # Clicking an entry selects its text in the document.
    for part in ("As I already told you,", "!!!", "calm down"):
        index = next((k for k, s in enumerate(items)
                      if "\u201c%s\u201d" % part in s), -1)
        if not t.ok(index >= 0, "an entry for %r" % part):
            continue
        listbox.selectItemPos(index, True)
        got = wait_for("selection", lambda: (
            controller.getSelection().getByIndex(0).getString() == part))
        t.ok(got, "clicking it selects %r" % part)

    # The panel follows edits.
    body = doc.getText()
    body.insertControlCharacter(body.getEnd(), PARAGRAPH_BREAK, False)
    body.insertString(body.getEnd(), "You must calm down right now.", False)
    t.ok(wait_for("refresh", lambda: len(listbox.getItems()) > len(items)),
         "a new finding appears after an edit")

    # A category check box switches the category off, for the proofreader too.
    box = window.getControl("category:dismissal")
    box.getPeer().setState(0)  # as a click does (the model would not tell)
    settings = os.path.join(office.user_config(), "tact.json")
    t.ok(wait_for("settings", lambda: "dismissal" in json.load(
        open(settings))["disabled"]), "unticking saves the setting")
    t.ok(wait_for("off", lambda: not any(
        s.startswith("dismissal:") for s in listbox.getItems())),
        "dismissal findings leave the list")
    checker = office.create("org.tact.Proofreader")
    res = checker.doProofreading("d", "Calm down.", EN_US, 0, 10, ())
    t.eq(len(res.aErrors), 0, "and the proofreader")
    box.getPeer().setState(1)
    t.ok(wait_for("on", lambda: any(
        s.startswith("dismissal:") for s in listbox.getItems())),
        "ticking it brings them back")
    t.eq(len(checker.doProofreading("d", "Calm down.", EN_US, 0, 10,
                                    ()).aErrors), 1, "in the proofreader too")
    doc.setModified(False)
    doc.close(True)


def iter_paragraphs(doc):
    walk = doc.getText().createEnumeration()
    while walk.hasMoreElements():
        para = walk.nextElement()
        if para.supportsService("com.sun.star.text.Paragraph"):
            yield para


def main():
    oxt, data, stage, out = sys.argv[1:5]
    os.makedirs(out, exist_ok=True)
    lo.die_after(240)
    t = lo.Checks()
    xvfb = office = None
    try:
        xvfb = lo.Xvfb()
        env = dict(os.environ, DISPLAY=xvfb.display, SAL_USE_VCLPLUGIN="gen")
        office = lo.Office(oxt, gui=True, keep=out, env=env)
        run(office, xvfb, data, out, stage, t)
    except BaseException as ex:
        t.ok(False, "unexpected %s: %s" % (type(ex).__name__, ex))
        if office is not None:
            print("soffice output (end):\n" + office.log_tail())
    finally:
        if office is not None:
            office.close()
        if xvfb is not None:
            xvfb.close()
    lo.finish(t)


if __name__ == "__main__":
    main()

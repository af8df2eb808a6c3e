"""State shared by the proofreader and the sidebar in one LibreOffice.

One engine (rebuilt when settings change), the rules the user chose to
ignore, a cache of paragraph results and the listeners to tell when
everything must be checked again. Errors are logged to
<user profile>/config/tact.log and yield no findings.
"""

import logging
import os
import threading

from . import binding
from .settings import Settings

log = logging.getLogger("tact")

DOCS_URL = "https://github.com/tact-tone/tact/blob/main/docs/rules/en.md#"

# Underline colour per category (0xRRGGBB); others get LibreOffice's blue.
COLOURS = {
    "blame": 0xC9211E, "threat": 0x8B0000, "shouting": 0xE8178A,
    "condescension": 0x7B3FA0, "sarcasm": 0xA349A4, "dismissal": 0xE8740C,
    "argument": 0xC55A11, "apology": 0x2A6099, "distancing": 0x00897B,
    "policy-hiding": 0x5F7C8A, "negative-framing": 0xBF9000,
    "absolutism": 0x3F51B5, "legalese": 0x795548, "document": 0x2E7D32,
}
DEFAULT_COLOUR = 0x2A6099

# Not shown in LibreOffice: it spell-checks itself (spelling is switched off
# in the engine; this also hides a user rule file's "spelling" findings);
# encoding findings only arise from lone surrogates.
HIDDEN_CATEGORIES = ("spelling", "encoding")

_lock = threading.RLock()
_engine = None
_engine_failed = False  # logged once; tried again after reload()
_settings = None
_lo_dictionaries = []  # LibreOffice's bundled English Hunspell dictionary
_ignored = set()
_cache = {}
_CACHE_MAX = 1000
_listeners = []
_log_ready = False


def setup(ctx):
    """Points logging and settings at the user profile (once). The UNO call
    is made outside the lock: it may need LibreOffice's own mutex."""
    global _log_ready, _settings
    if _log_ready:
        return
    folder, found = None, []
    try:
        import uno
        subst = ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.util.PathSubstitution", ctx)
        folder = uno.fileUrlToSystemPath(
            subst.substituteVariables("$(user)/config", True))
        inst = uno.fileUrlToSystemPath(
            subst.substituteVariables("$(inst)", True))
        found = [d for d in (os.path.join(inst, "share", "extensions",
                                          "dict-en"),) if os.path.isdir(d)]
    except Exception:  # no profile: log to stderr only
        pass
    with _lock:
        _lo_dictionaries[:] = found
        if _log_ready:
            return
        _log_ready = True
        if folder and not log.handlers:
            try:
                handler = logging.FileHandler(
                    os.path.join(folder, "tact.log"), encoding="utf-8")
                handler.setFormatter(logging.Formatter(
                    "%(asctime)s %(levelname)s %(message)s"))
                log.addHandler(handler)
            except OSError:
                pass
        log.setLevel(logging.INFO)
        path = os.environ.get("TACT_LO_SETTINGS") or (
            os.path.join(folder, "tact.json") if folder else None)
        _settings = Settings(path).load()


def settings():
    with _lock:
        global _settings
        if _settings is None:
            _settings = Settings(os.environ.get("TACT_LO_SETTINGS")).load()
        return _settings


def engine():
    """The current engine, built on first use; None when it cannot be."""
    global _engine, _engine_failed
    with _lock:
        if _engine is None and not _engine_failed:
            s = settings()
            try:
                # Spelling off: LibreOffice spell-checks by itself. The
                # Hunspell dictionary still gives lemmas: LibreOffice's own
                # English one when it bundles one, else the system's.
                e = binding.Engine(binding.default_dicts(), s.rule_files,
                                   s.disabled, spelling=False,
                                   dictionary_paths=_lo_dictionaries)
                for w in e.warnings:
                    log.warning("%s", w)
                _engine = e
            except Exception:
                _engine_failed = True
                log.exception("cannot build the Tact engine; Tact is off")
                return None
        return _engine


def reload():
    """Rebuilds the engine from the settings and asks for a new check."""
    global _engine, _engine_failed
    with _lock:
        if _engine is not None:
            _engine.close()
            _engine = None
        _engine_failed = False
        _cache.clear()
    engine()
    notify()


def categories():
    """Every category the shipped and user rules define, sorted."""
    e = engine()
    with _lock:
        if e is None:
            return []
        skip = set(HIDDEN_CATEGORIES) | {"signal"}
        return sorted({r.category for r in e.rules if r.category not in skip})


def url_for(rule_id):
    e = engine()
    rule = e.rule(rule_id) if e else None
    if rule and rule.url:
        return rule.url
    return DOCS_URL + rule_id.replace(".", "-")


def explanation(rule_id, message):
    e = engine()
    rule = e.rule(rule_id) if e else None
    if rule and rule.rationale:
        return message + "\n\n" + " ".join(rule.rationale.split())
    return message


def colour(category):
    return COLOURS.get(category, DEFAULT_COLOUR)


def _visible(f):
    return f.rule_id not in _ignored and f.category not in HIDDEN_CATEGORIES


def check_paragraph(text):
    """Findings for one paragraph (cached), without ignored rules."""
    with _lock:
        hit = _cache.get(text)
        e = engine() if hit is None else None
        if hit is None:
            if e is None:
                return []
            hit = e.check(text)[0]
            if len(_cache) >= _CACHE_MAX:
                _cache.clear()
            _cache[text] = hit
        return [f for f in hit if _visible(f)]


def check_document(text):
    """(findings, summary) for a whole text; ([], None) without an engine."""
    with _lock:
        e = engine()
        if e is None:
            return [], None
        findings, summary = e.check(text, summary=True)
        return [f for f in findings if _visible(f)], summary


def ignore_rule(rule_id):
    with _lock:
        _ignored.add(rule_id)
    notify()


def reset_ignored():
    with _lock:
        _ignored.clear()
    notify()


def add_listener(fn):
    with _lock:
        _listeners.append(fn)


def remove_listener(fn):
    with _lock:
        if fn in _listeners:
            _listeners.remove(fn)


def notify():
    """Tells proofreader event listeners and sidebars to check again."""
    with _lock:
        todo = list(_listeners)
    for fn in todo:
        try:
            fn()
        except Exception:
            log.exception("listener failed")

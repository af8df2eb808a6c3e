"""libtact through ctypes: the only module of the extension that knows C.

Loads the libtact bundled in the extension (lib/ beside pythonpath/) or the
one named by $TACT_LIBRARY, builds engines and checks text. Offsets are
converted here, and only here, from libtact's UTF-8 bytes to UTF-16 code
units (what LibreOffice counts). Everything the library returns is copied
into Python objects and released through the library's own _free functions.
"""

import ctypes
import os

_HERE = os.path.dirname(os.path.abspath(__file__))
# <extension>/pythonpath/tact_lo -> <extension>
EXTENSION_DIR = os.path.dirname(os.path.dirname(_HERE))

SEVERITY_NAMES = {1: "error", 2: "warning", 3: "info", 4: "hint"}


class TactError(Exception):
    """libtact could not be loaded or used."""


class _Finding(ctypes.Structure):
    _fields_ = [
        ("start", ctypes.c_size_t), ("end", ctypes.c_size_t),
        ("line", ctypes.c_uint32), ("column", ctypes.c_uint32),
        ("column_utf16", ctypes.c_uint32),
        ("end_line", ctypes.c_uint32), ("end_column", ctypes.c_uint32),
        ("end_column_utf16", ctypes.c_uint32),
        ("rule_id", ctypes.c_char_p), ("category", ctypes.c_char_p),
        ("message", ctypes.c_char_p), ("severity", ctypes.c_int),
        ("suggestion_count", ctypes.c_size_t),
        ("suggestions", ctypes.POINTER(ctypes.c_char_p)),
    ]


class _Summary(ctypes.Structure):
    _fields_ = [
        ("score", ctypes.c_int),
        ("words", ctypes.c_size_t), ("sentences", ctypes.c_size_t),
        ("findings", ctypes.c_size_t),
        ("pronoun_i", ctypes.c_size_t), ("pronoun_you", ctypes.c_size_t),
        ("pronoun_we", ctypes.c_size_t),
        ("empathy", ctypes.c_int), ("next_step", ctypes.c_int),
        ("thanks", ctypes.c_int),
        ("category_count", ctypes.c_size_t),
        ("categories", ctypes.POINTER(ctypes.c_char_p)),
        ("category_counts", ctypes.POINTER(ctypes.c_size_t)),
    ]


def _signatures(lib):
    P, S, I = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    Z = ctypes.c_size_t
    table = {
        "tact_version": (S, []),
        "tact_config_new": (P, []),
        "tact_config_free": (None, [P]),
        "tact_config_add_rule_file": (I, [P, S]),
        "tact_config_add_rule_dir": (I, [P, S]),
        "tact_config_set_profile": (I, [P, S]),
        "tact_config_disable": (I, [P, S]),
        "tact_config_set_spelling": (I, [P, I]),
        "tact_config_add_dictionary_path": (I, [P, S]),
        "tact_engine_new": (P, [P]),
        "tact_engine_free": (None, [P]),
        "tact_engine_status": (I, [P]),
        "tact_engine_message": (S, [P]),
        "tact_engine_warning_count": (Z, [P]),
        "tact_engine_warning": (S, [P, Z]),
        "tact_engine_rule_count": (Z, [P]),
        "tact_engine_rule": (P, [P, Z]),
        "tact_engine_find_rule": (P, [P, S]),
        "tact_rule_id": (S, [P]),
        "tact_rule_category": (S, [P]),
        "tact_rule_message": (S, [P]),
        "tact_rule_rationale": (S, [P]),
        "tact_rule_url": (S, [P]),
        "tact_rule_enabled": (I, [P]),
        "tact_check": (P, [P, S, Z]),
        "tact_result_free": (None, [P]),
        "tact_result_status": (I, [P]),
        "tact_result_message": (S, [P]),
        "tact_result_count": (Z, [P]),
        "tact_result_finding": (ctypes.POINTER(_Finding), [P, Z]),
        "tact_result_summary": (ctypes.POINTER(_Summary), [P]),
        "tact_plain": (P, [S]),
        "tact_string_free": (None, [P]),
    }
    for name, (res, args) in table.items():
        fn = getattr(lib, name)
        fn.restype = res
        fn.argtypes = args


_lib = None


def library():
    """The loaded libtact (loaded once; raises TactError)."""
    global _lib
    if _lib is None:
        path = os.environ.get("TACT_LIBRARY") or os.path.join(
            EXTENSION_DIR, "lib", "libtact.so.0")
        try:
            lib = ctypes.CDLL(path)
            _signatures(lib)
        except (OSError, AttributeError) as e:
            raise TactError("cannot load %s: %s" % (path, e)) from e
        _lib = lib
    return _lib


def default_dicts():
    """The English rule pack shipped in the extension; $TACT_DICTS names
    another dicts directory, as for the tact program."""
    return os.path.join(os.environ.get("TACT_DICTS")
                        or os.path.join(EXTENSION_DIR, "dicts"), "en")


def _text(b):
    return b.decode("utf-8", "replace") if b else ""


def utf16_offsets(text, data):
    """A function mapping byte offsets of `data` (text as UTF-8) to UTF-16
    offsets of `text`. Lone surrogates count one unit (encoded 3 bytes)."""
    if len(data) == len(text):  # ASCII: bytes, code points and units agree
        return lambda b: b
    table = [0] * (len(data) + 1)
    b = u = 0
    for ch in text:
        c = ord(ch)
        n = 1 if c < 0x80 else 2 if c < 0x800 else 3 if c < 0x10000 else 4
        for k in range(n):
            table[b + k] = u
        b += n
        u += 2 if c >= 0x10000 else 1
    table[b] = u
    return table.__getitem__


class Rule:
    """What the engine knows about a rule."""
    __slots__ = ("id", "category", "message", "rationale", "url", "enabled")

    def __init__(self, lib, ptr):
        self.id = _text(lib.tact_rule_id(ptr))
        self.category = _text(lib.tact_rule_category(ptr))
        self.message = _text(lib.tact_rule_message(ptr))
        self.rationale = _text(lib.tact_rule_rationale(ptr))
        self.url = _text(lib.tact_rule_url(ptr))
        self.enabled = bool(lib.tact_rule_enabled(ptr))


class Finding:
    """One finding, with offsets in UTF-16 code units of the checked text."""
    __slots__ = ("start", "end", "rule_id", "category", "message",
                 "severity", "suggestions")

    def __init__(self, start, end, rule_id, category, message, severity,
                 suggestions):
        self.start, self.end = start, end
        self.rule_id, self.category = rule_id, category
        self.message, self.severity = message, severity
        self.suggestions = suggestions

    def __repr__(self):
        return "Finding(%d, %d, %r)" % (self.start, self.end, self.rule_id)


class Summary:
    """The tone summary of a check (see tact_summary in tact.h)."""

    def __init__(self, s):
        self.score = s.score
        self.words, self.sentences = s.words, s.sentences
        self.findings = s.findings
        self.pronoun_i, self.pronoun_you = s.pronoun_i, s.pronoun_you
        self.pronoun_we = s.pronoun_we
        self.empathy, self.next_step = bool(s.empathy), bool(s.next_step)
        self.thanks = bool(s.thanks)
        self.categories = {_text(s.categories[k]): s.category_counts[k]
                           for k in range(s.category_count)}


class Engine:
    """A compiled rule set. check() may be called from several threads;
    close() must not race with them (the caller serialises that)."""

    def __init__(self, dicts=None, rule_files=(), disabled=(), profile=None,
                 spelling=True, dictionary_paths=()):
        lib = self._lib = library()
        config = lib.tact_config_new()
        if not config:
            raise TactError("out of memory")
        try:
            if dicts:
                lib.tact_config_add_rule_dir(config, dicts.encode())
            for path in rule_files:
                lib.tact_config_add_rule_file(config, path.encode())
            if profile:
                lib.tact_config_set_profile(config, profile.encode())
            for name in disabled:
                lib.tact_config_disable(config, name.encode())
            lib.tact_config_set_spelling(config, 1 if spelling else 0)
            for path in dictionary_paths:
                lib.tact_config_add_dictionary_path(config, path.encode())
            self._ptr = lib.tact_engine_new(config)
        finally:
            lib.tact_config_free(config)
        if not self._ptr:
            raise TactError("out of memory")
        self.status = lib.tact_engine_status(self._ptr)
        self.message = _text(lib.tact_engine_message(self._ptr))
        self.warnings = [
            _text(lib.tact_engine_warning(self._ptr, k))
            for k in range(lib.tact_engine_warning_count(self._ptr))]
        self.rules = [
            Rule(lib, lib.tact_engine_rule(self._ptr, k))
            for k in range(lib.tact_engine_rule_count(self._ptr))]
        self._by_id = {r.id: r for r in self.rules}
        if self.status not in (0, 4):  # TACT_OK, TACT_ERROR_RULE: usable
            msg = self.message
            self.close()
            raise TactError(msg)

    def rule(self, rule_id):
        return self._by_id.get(rule_id)

    def close(self):
        if self._ptr:
            self._lib.tact_engine_free(self._ptr)
            self._ptr = None

    def _plain(self, s):
        p = self._lib.tact_plain(s)
        if not p:
            return _text(s)
        try:
            return _text(ctypes.string_at(p))
        finally:
            self._lib.tact_string_free(p)

    def check(self, text, summary=False):
        """Checks a str; returns (findings, Summary or None)."""
        if not self._ptr:
            raise TactError("engine closed")
        lib = self._lib
        data = text.encode("utf-8", "surrogatepass")
        res = lib.tact_check(self._ptr, data, len(data))
        if not res:
            raise TactError("out of memory")
        try:
            status = lib.tact_result_status(res)
            if status != 0:
                raise TactError(_text(lib.tact_result_message(res)))
            to16 = utf16_offsets(text, data)
            findings = []
            for k in range(lib.tact_result_count(res)):
                f = lib.tact_result_finding(res, k).contents
                findings.append(Finding(
                    to16(f.start), to16(f.end), _text(f.rule_id),
                    _text(f.category), _text(f.message), f.severity,
                    [self._plain(f.suggestions[j])
                     for j in range(f.suggestion_count)]))
            summ = Summary(lib.tact_result_summary(res).contents) \
                if summary else None
            return findings, summ
        finally:
            lib.tact_result_free(res)

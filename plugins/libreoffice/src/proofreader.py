"""Tact as a LibreOffice grammar checker (com.sun.star.linguistic2.Proofreader).

LibreOffice calls doProofreading for each paragraph as the user types; the
findings come back as wavy underlines in each category's colour, with the
suggestions and explanation in the context menu. Nothing here edits the
document: LibreOffice applies a suggestion only when the user picks it.
Module-level code runs when the extension is installed, so libtact is only
loaded on the first check.
"""

import logging

import unohelper
from com.sun.star.beans import PropertyValue
from com.sun.star.lang import Locale, XServiceDisplayName, XServiceInfo, \
    XServiceName
from com.sun.star.linguistic2 import LinguServiceEvent, \
    ProofreadingResult, SingleProofreadingError, XLinguServiceEventBroadcaster, \
    XProofreader, XSupportedLocales
from com.sun.star.linguistic2.LinguServiceEventFlags import PROOFREAD_AGAIN
from com.sun.star.text.TextMarkupType import PROOFREADING

from tact_lo import service

IMPLEMENTATION = "org.tact.Proofreader"
SERVICES = ("com.sun.star.linguistic2.Proofreader",)
COUNTRIES = ("US", "GB", "AU", "CA", "NZ", "IE", "IN", "ZA", "PH", "SG",
             "JM", "BZ", "TT", "ZW", "GH", "NA", "BS")

log = logging.getLogger("tact")


def _prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


class Proofreader(unohelper.Base, XProofreader, XServiceInfo, XServiceName,
                  XServiceDisplayName, XSupportedLocales,
                  XLinguServiceEventBroadcaster):
    def __init__(self, ctx, *args):
        self.ctx = ctx
        self.locales = tuple(Locale("en", c, "") for c in COUNTRIES)
        self.listeners = []
        service.setup(ctx)
        service.add_listener(self._proofread_again)

    # XServiceInfo, XServiceName, XServiceDisplayName
    def getImplementationName(self):
        return IMPLEMENTATION

    def supportsService(self, name):
        return name in SERVICES

    def getSupportedServiceNames(self):
        return SERVICES

    def getServiceName(self):
        return IMPLEMENTATION

    def getServiceDisplayName(self, locale):
        return "Tact (tone)"

    # XSupportedLocales
    def getLocales(self):
        return self.locales

    def hasLocale(self, locale):
        return locale.Language == "en"

    # XProofreader
    def isSpellChecker(self):
        return False

    def doProofreading(self, doc_id, text, locale, start, suggested_end,
                       properties):
        res = ProofreadingResult()
        res.aDocumentIdentifier = doc_id
        res.aText = text
        res.aLocale = locale
        res.nStartOfSentencePosition = start
        # Whole paragraphs at once: the next "sentence" is the paragraph end
        # (in UTF-16 units, like every position LibreOffice gives or takes).
        end = len(text.encode("utf-16-le", "surrogatepass")) // 2
        res.nStartOfNextSentencePosition = max(end, start)
        res.nBehindEndOfSentencePosition = res.nStartOfNextSentencePosition
        res.xProofreader = self
        try:
            res.aErrors = tuple(
                self._error(f) for f in service.check_paragraph(text)
                if f.start >= start)
        except Exception:
            log.exception("doProofreading failed; no findings returned")
            res.aErrors = ()
        return res

    def _error(self, f):
        e = SingleProofreadingError()
        e.nErrorStart = f.start
        e.nErrorLength = f.end - f.start
        e.nErrorType = PROOFREADING
        e.aRuleIdentifier = f.rule_id
        e.aShortComment = f.message
        e.aFullComment = service.explanation(f.rule_id, f.message)
        e.aSuggestions = tuple(f.suggestions)
        e.aProperties = (_prop("FullCommentURL", service.url_for(f.rule_id)),
                         _prop("LineColor", service.colour(f.category)))
        return e

    def ignoreRule(self, rule_id, locale):
        service.ignore_rule(rule_id)

    def resetIgnoreRules(self):
        service.reset_ignored()

    # XLinguServiceEventBroadcaster: how LibreOffice learns to check again
    def addLinguServiceEventListener(self, listener):
        if listener not in self.listeners:
            self.listeners.append(listener)
        return True

    def removeLinguServiceEventListener(self, listener):
        if listener in self.listeners:
            self.listeners.remove(listener)
            return True
        return False

    def _proofread_again(self):
        event = LinguServiceEvent()
        event.Source = self
        event.nEvent = PROOFREAD_AGAIN
        for listener in list(self.listeners):
            try:
                listener.processLinguServiceEvent(event)
            except Exception:
                log.exception("cannot ask LibreOffice to check again")


g_ImplementationHelper = unohelper.ImplementationHelper()
g_ImplementationHelper.addImplementation(Proofreader, IMPLEMENTATION,
                                         SERVICES)

"""The "Tact" deck of Writer's sidebar: the document's tone at a glance.

A UI element factory (registered in Factories.xcu, used by Sidebar.xcu)
makes one panel per document window. The panel shows the tone score,
findings per category, pronoun balance, whether empathy / a next step /
thanks are present and every finding; clicking a finding selects its text.
Check boxes switch categories on and off, and buttons add or remove user
rule files (saved in tact.json, see tact_lo.settings).

The panel refreshes after the document stops changing for a moment: the
modify listener only restarts a timer, and the document is read and checked
on the timer's thread, so typing never waits for Tact.
"""

import logging
import threading

import uno
import unohelper
from com.sun.star.awt import XActionListener, XItemListener, XWindowListener
from com.sun.star.awt.PosSize import POSSIZE
from com.sun.star.lang import XComponent, XServiceInfo
from com.sun.star.ui import XSidebarPanel, XToolPanel, XUIElement, \
    XUIElementFactory
from com.sun.star.ui.UIElementType import TOOLPANEL
from com.sun.star.util import XModifyListener

from tact_lo import service

IMPLEMENTATION = "org.tact.SidebarPanelFactory"
SERVICES = ("com.sun.star.ui.UIElementFactory",)
PANEL_URL = "private:resource/toolpanel/TactPanelFactory/TactPanel"

DELAY = 0.6   # seconds without changes before the panel re-checks
MARGIN, ROW, GAP = 6, 16, 4

log = logging.getLogger("tact")


def _yes(flag):
    return "yes" if flag else "no"


def summary_lines(summary, count):
    """The panel's text for a tone summary (a list of lines)."""
    if summary is None:
        return ["Tact is not available: see tact.log."]
    cats = sorted(summary.categories.items(), key=lambda kv: (-kv[1], kv[0]))
    return [
        "%d words, %d sentences, %d finding%s" % (
            summary.words, summary.sentences, count,
            "" if count == 1 else "s"),
        ", ".join("%s %d" % kv for kv in cats) if cats else "No risky wording",
        "Pronouns: I %d, you %d, we %d" % (
            summary.pronoun_i, summary.pronoun_you, summary.pronoun_we),
        "Empathy: %s   Next step: %s   Thanks: %s" % (
            _yes(summary.empathy), _yes(summary.next_step),
            _yes(summary.thanks)),
    ]


def finding_label(text, f):
    quote = text[f.start:f.end] if f.end - f.start <= 40 else \
        text[f.start:f.start + 37] + "..."
    return "%s: \u201c%s\u201d \u2014 %s" % (f.category, quote, f.message)


class _On(unohelper.Base, XItemListener, XActionListener):
    """Calls fn(event) for one control's clicks; errors are logged."""

    def __init__(self, fn):
        self.fn = fn

    def _call(self, event):
        try:
            self.fn(event)
        except Exception:
            log.exception("the Tact panel could not handle a click")

    itemStateChanged = actionPerformed = _call

    def disposing(self, event):
        pass


class Panel(unohelper.Base, XUIElement, XToolPanel, XSidebarPanel,
            XComponent, XModifyListener, XWindowListener):
    def __init__(self, ctx, frame, parent, sidebar):
        self.ctx = ctx
        self.Frame = frame
        self.ResourceURL = PANEL_URL
        self.Type = TOOLPANEL
        self.parent = parent
        self.sidebar = sidebar
        self.model = frame.getController().getModel()
        self.items = []       # (paragraph, start, end) per list entry,
                              # in code points of the paragraph
        self.checkboxes = {}  # control name -> category
        self.timer = None
        self.timer_lock = threading.Lock()
        self.disposed = False
        self.height = 400
        self._build(parent)
        self.model.addModifyListener(self)
        parent.addWindowListener(self)
        service.add_listener(self.schedule)
        self.schedule(0)

    # -- controls ---------------------------------------------------------
    def _add(self, kind, name, **props):
        smgr = self.ctx.ServiceManager
        model = smgr.createInstanceWithContext(
            "com.sun.star.awt.UnoControl%sModel" % kind, self.ctx)
        for key, value in props.items():
            setattr(model, key, value)
        control = smgr.createInstanceWithContext(
            "com.sun.star.awt.UnoControl%s" % kind, self.ctx)
        control.setModel(model)
        self.Window.addControl(name, control)
        return control

    def _build(self, parent):
        smgr = self.ctx.ServiceManager
        self.Window = smgr.createInstanceWithContext(
            "com.sun.star.awt.UnoControlContainer", self.ctx)
        self.Window.setModel(smgr.createInstanceWithContext(
            "com.sun.star.awt.UnoControlContainerModel", self.ctx))
        self.Window.createPeer(parent.getToolkit(), parent)
        self._add("FixedText", "score", Label="Tone score: checking...",
                  FontHeight=13.0, FontWeight=150.0)
        self._add("FixedText", "summary", Label="", MultiLine=True)
        self._add("FixedText", "findings_title", Label="Findings",
                  FontWeight=150.0)
        lst = self._add("ListBox", "findings", Dropdown=False,
                        MultiSelection=False, HelpText=(
                            "Click a finding to select its text"))
        lst.addItemListener(_On(lambda e: self.select(e.Selected)))
        self._add("FixedText", "settings_title", Label="Check for",
                  FontWeight=150.0)
        for cat in service.categories():
            name = "category:" + cat
            box = self._add("CheckBox", name, Label=cat)
            box.addItemListener(_On(
                lambda e, cat=cat: self.toggle(cat, e.Selected == 1)))
            self.checkboxes[name] = cat
        self._add("FixedText", "rule_files", Label="", MultiLine=True)
        for name, label in (("add_rules", "Add rule file..."),
                            ("clear_rules", "Remove rule files")):
            button = self._add("Button", name, Label=label)
            button.setActionCommand(name)
            button.addActionListener(_On(self.rule_files_action))
        self._show_settings()
        self._layout(parent.getPosSize().Width)
        self.Window.setVisible(True)

    def _control(self, name):
        return self.Window.getControl(name)

    def _layout(self, width):
        """Places the controls for `width` pixels; returns the height used."""
        w = max(width - 2 * MARGIN, 120)
        y = MARGIN
        for name, h in (("score", ROW + 6), ("summary", 5 * ROW),
                        ("findings_title", ROW), ("findings", 10 * ROW),
                        ("settings_title", ROW)):
            self._control(name).setPosSize(MARGIN, y, w, h, POSSIZE)
            y += h + GAP
        # Category boxes in two columns.
        half = (w - GAP) // 2
        boxes = sorted(self.checkboxes)
        for k, name in enumerate(boxes):
            x = MARGIN + (k % 2) * (half + GAP)
            self._control(name).setPosSize(
                x, y + (k // 2) * (ROW + GAP), half, ROW, POSSIZE)
        y += (len(boxes) + 1) // 2 * (ROW + GAP)
        for name, h in (("rule_files", 2 * ROW), ("add_rules", ROW + 8),
                        ("clear_rules", ROW + 8)):
            self._control(name).setPosSize(MARGIN, y, w, h, POSSIZE)
            y += h + GAP
        self.height = y + MARGIN
        self.Window.setPosSize(0, 0, width, self.height, POSSIZE)
        return self.height

    def _show_settings(self):
        s = service.settings()
        for name, cat in self.checkboxes.items():
            self._control(name).getModel().State = \
                0 if cat in s.disabled else 1
        files = s.rule_files
        self._control("rule_files").getModel().Label = (
            "Your rules: " + ", ".join(f.rsplit("/", 1)[-1] for f in files)
            if files else "Your rules: none")

    # -- refreshing -------------------------------------------------------
    def schedule(self, delay=DELAY):
        with self.timer_lock:
            if self.disposed:
                return
            if self.timer is not None:
                self.timer.cancel()
            self.timer = threading.Timer(delay, self.refresh)
            self.timer.daemon = True
            self.timer.start()

    def _paragraphs(self):
        """Top-level paragraphs of the document: (paragraph, text)."""
        out = []
        walk = self.model.getText().createEnumeration()
        while walk.hasMoreElements():
            para = walk.nextElement()
            if para.supportsService("com.sun.star.text.Paragraph"):
                out.append((para, para.getString()))
        return out

    def refresh(self):
        """Re-checks the whole document and shows the result."""
        try:
            if self.disposed:
                return
            paras = self._paragraphs()
            # Paragraphs joined by a blank line, as Tact reads plain text.
            starts, pos = [], 0
            for _, text in paras:
                starts.append(pos)
                pos += len(text) + 2
            whole = "\n\n".join(text for _, text in paras)
            findings, summary = service.check_document(whole)
            to_cp = _utf16_to_index(whole)
            items, labels = [], []
            k = 0
            for f in findings:
                a, b = to_cp(f.start), to_cp(f.end)
                while k + 1 < len(starts) and starts[k + 1] <= a:
                    k += 1
                # Writer's cursor moves by code points (a surrogate pair is
                # one step), so the paragraph offsets are kept in those.
                items.append((paras[k][0], a - starts[k], b - starts[k]))
                labels.append(finding_label(whole, _Span(a, b, f)))
            if self.disposed:
                return
            self.items = items
            self._control("score").getModel().Label = (
                "Tone score: %d / 100" % summary.score if summary
                else "Tone score: -")
            self._control("summary").getModel().Label = "\n".join(
                summary_lines(summary, len(findings)))
            lst = self._control("findings")
            lst.removeItems(0, lst.getItemCount())
            if labels:
                lst.addItems(tuple(labels), 0)
        except Exception:
            log.exception("the Tact panel could not refresh")

    # -- events -----------------------------------------------------------
    def select(self, index):
        """Selects the text of finding `index` in the document."""
        if not 0 <= index < len(self.items):
            return
        para, start, end = self.items[index]
        cursor = para.getText().createTextCursorByRange(para.getStart())
        cursor.goRight(start, False)
        cursor.goRight(end - start, True)
        self.model.getCurrentController().select(cursor)

    def toggle(self, category, on):
        s = service.settings()
        if (category not in s.disabled) == on:
            return  # no change (setting a box's state also calls this)
        disabled = [c for c in s.disabled if c != category]
        if not on:
            disabled.append(category)
        s.disabled = disabled
        s.save()
        service.reload()

    def rule_files_action(self, event):
        s = service.settings()
        if event.ActionCommand == "add_rules":
            path = self._pick_rule_file()
            if not path or path in s.rule_files:
                return
            s.rule_files = s.rule_files + [path]
        elif event.ActionCommand == "clear_rules":
            s.rule_files = []
        else:
            return
        s.save()
        self._show_settings()
        service.reload()

    def _pick_rule_file(self):
        picker = self.ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.ui.dialogs.FilePicker", self.ctx)
        picker.setTitle("Add a Tact rule file")
        picker.appendFilter("Tact rules (*.lua)", "*.lua")
        if picker.execute() != 1:
            return None
        files = picker.getSelectedFiles()
        return uno.fileUrlToSystemPath(files[0]) if files else None

    def modified(self, event):
        self.schedule()

    def windowResized(self, event):
        try:
            self._layout(event.Width)
        except Exception:
            log.exception("the Tact panel could not lay out")

    def windowMoved(self, event):
        pass

    def windowShown(self, event):
        pass

    def windowHidden(self, event):
        pass

    def disposing(self, event):
        pass

    # -- XUIElement, XToolPanel, XSidebarPanel, XComponent ----------------
    def getRealInterface(self):
        return self

    def createAccessible(self, parent):
        return self.Window.getAccessibleContext()

    def getHeightForWidth(self, width):
        h = self._layout(width) if width > 0 else self.height
        return uno.createUnoStruct("com.sun.star.ui.LayoutSize", h, h, h)

    def getMinimalWidth(self):
        return 300

    def dispose(self):
        with self.timer_lock:
            self.disposed = True
            if self.timer is not None:
                self.timer.cancel()
        service.remove_listener(self.schedule)
        for undo in (lambda: self.model.removeModifyListener(self),
                     lambda: self.parent.removeWindowListener(self),
                     lambda: self.Window.dispose()):
            try:
                undo()
            except Exception:
                pass

    def addEventListener(self, listener):
        pass

    def removeEventListener(self, listener):
        pass


class _Span:
    """A finding's message and category with code-point bounds."""

    def __init__(self, start, end, finding):
        self.start, self.end = start, end
        self.category, self.message = finding.category, finding.message


def _utf16_to_index(s):
    """Maps UTF-16 offsets of `s` back to indexes of the str."""
    if all(ord(c) < 0x10000 for c in s):
        return lambda u: u
    table, u = {}, 0
    for i, c in enumerate(s):
        table[u] = i
        u += 2 if ord(c) >= 0x10000 else 1
    table[u] = len(s)
    return table.__getitem__


class PanelFactory(unohelper.Base, XUIElementFactory, XServiceInfo):
    def __init__(self, ctx, *args):
        self.ctx = ctx
        service.setup(ctx)

    def createUIElement(self, url, args):
        props = {a.Name: a.Value for a in args}
        frame, parent = props.get("Frame"), props.get("ParentWindow")
        if url != PANEL_URL or frame is None or parent is None:
            from com.sun.star.lang import IllegalArgumentException
            raise IllegalArgumentException(
                "Tact: cannot make %s without Frame and ParentWindow" % url,
                self, 0)
        return Panel(self.ctx, frame, parent, props.get("Sidebar"))

    def getImplementationName(self):
        return IMPLEMENTATION

    def supportsService(self, name):
        return name in SERVICES

    def getSupportedServiceNames(self):
        return SERVICES


g_ImplementationHelper = unohelper.ImplementationHelper()
g_ImplementationHelper.addImplementation(PanelFactory, IMPLEMENTATION,
                                         SERVICES)

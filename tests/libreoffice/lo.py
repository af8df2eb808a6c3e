"""A throw-away LibreOffice for the extension's tests.

Installs tact.oxt with `unopkg add --shared` into a temporary directory
(UNO_SHARED_PACKAGES_CACHE and the user profile both point inside it, so
nothing outside is touched, even as root), starts soffice on a free port and
connects over UNO. Every step has a deadline, and the whole process group of
soffice is killed at the end, whatever happened.

Run with /usr/bin/python3 (the interpreter python3-uno is built for).
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def die_after(seconds):
    """Hard limit for the whole test: exits 1 (soffice killed by atexit in
    the caller's finally) instead of hanging."""
    def on_alarm(signum, frame):
        raise TimeoutError("test took longer than %d s" % seconds)
    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)


class Office:
    def __init__(self, oxt, gui=False, keep=None, env=None):
        self.oxt = oxt
        self.gui = gui
        self.env = env
        self.tmp = tempfile.mkdtemp(prefix="tact-lo-")
        self.keep = keep
        self.proc = None
        self.ctx = self.smgr = self.desktop = None
        self.profile = os.path.join(self.tmp, "profile")
        self.env_args = [
            "-env:UserInstallation=" + uno.systemPathToFileUrl(self.profile),
            "-env:UNO_SHARED_PACKAGES_CACHE="
            + uno.systemPathToFileUrl(os.path.join(self.tmp, "shared")),
        ]
        self.log = open(os.path.join(self.tmp, "soffice.log"), "wb")

    def install(self):
        """unopkg add, as a user installs the extension (60 s at most)."""
        out = subprocess.run(
            ["unopkg", "add", "--shared", "-s", *self.env_args, self.oxt],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
        if out.returncode != 0:
            raise RuntimeError("unopkg add failed (%d): %s" % (
                out.returncode, out.stdout.decode(errors="replace")))

    def user_config(self):
        """<profile>/user/config, where the extension keeps its files."""
        path = os.path.join(self.profile, "user", "config")
        os.makedirs(path, exist_ok=True)
        return path

    def start(self, timeout=90):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        args = ["soffice", "--invisible", "--norestore", "--nologo",
                "--nodefault", "--nolockcheck", *self.env_args,
                "--accept=socket,host=127.0.0.1,port=%d;urp;" % port]
        if not self.gui:
            args.insert(1, "--headless")
        self.proc = subprocess.Popen(args, stdout=self.log,
                                     stderr=subprocess.STDOUT, env=self.env,
                                     start_new_session=True)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        url = ("uno:socket,host=127.0.0.1,port=%d;urp;"
               "StarOffice.ComponentContext" % port)
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.ctx = resolver.resolve(url)
                break
            except NoConnectException:
                if self.proc.poll() is not None:
                    raise RuntimeError("soffice exited with %d; see %s" % (
                        self.proc.returncode, self.log.name))
                if time.monotonic() > deadline:
                    raise RuntimeError("soffice did not answer in %d s" %
                                       timeout)
                time.sleep(0.2)
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.create("com.sun.star.frame.Desktop")

    def create(self, name):
        return self.smgr.createInstanceWithContext(name, self.ctx)

    def load(self, path, hidden=True):
        """Loads a copy of the document (the original would get a lock file,
        and another test loading it meanwhile would fail)."""
        copy = os.path.join(self.tmp, os.path.basename(path))
        shutil.copy(path, copy)
        url = uno.systemPathToFileUrl(copy)
        return self.desktop.loadComponentFromURL(
            url, "_blank", 0, (prop("Hidden", hidden),))

    def stop(self):
        """Asks soffice to quit, then kills its process group."""
        if self.proc is None:
            return
        if self.desktop is not None:
            try:
                self.desktop.terminate()
            except Exception:
                pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait()
        self.proc = None

    def log_tail(self, lines=30):
        """The end of soffice's output, to print when something failed."""
        self.log.flush()
        with open(self.log.name, "rb") as f:
            text = f.read().decode(errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    def close(self):
        self.stop()
        self.log.close()
        if self.keep:
            os.makedirs(self.keep, exist_ok=True)
            for name in ("soffice.log",):
                shutil.copy(os.path.join(self.tmp, name), self.keep)
            tact_log = os.path.join(self.profile, "user", "config",
                                    "tact.log")
            if os.path.exists(tact_log):
                shutil.copy(tact_log, self.keep)
        shutil.rmtree(self.tmp, ignore_errors=True)


class Xvfb:
    """A virtual X display (Xvfb picks a free display number)."""

    def __init__(self, size="1280x800x24"):
        read, write = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", size,
             "-nolisten", "tcp"], pass_fds=(write,),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)
        os.close(write)
        with os.fdopen(read) as f:
            number = f.readline().strip()
        if not number:
            self.close()
            raise RuntimeError("Xvfb did not start")
        self.display = ":" + number

    def screenshot(self, path):
        subprocess.run(["import", "-display", self.display, "-window",
                        "root", path], check=True, timeout=30)

    def close(self):
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait()


class Checks:
    """assert-like checks that keep going and report every failure."""

    def __init__(self):
        self.failures = 0

    def ok(self, cond, what):
        print(("ok   " if cond else "FAIL ") + what, flush=True)
        if not cond:
            self.failures += 1
        return cond

    def eq(self, got, want, what):
        return self.ok(got == want, "%s: got %r, want %r" % (what, got, want))


def finish(checks):
    sys.stdout.flush()
    # The UNO bridge can crash at interpreter exit: leave at once.
    os._exit(1 if checks.failures else 0)

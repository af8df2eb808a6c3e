"""The user's Tact settings for LibreOffice, kept as JSON in the profile.

File: <user profile>/config/tact.json (or $TACT_LO_SETTINGS), e.g.
  {"disabled": ["sarcasm"], "rule_files": ["/home/me/team.lua"]}
A missing or unreadable file means the defaults (everything on, no user
rules); a bad file is logged, never fatal.
"""

import json
import logging
import os

log = logging.getLogger("tact")


class Settings:
    def __init__(self, path=None):
        self.path = path
        self.disabled = []
        self.rule_files = []

    def load(self):
        if not self.path or not os.path.exists(self.path):
            return self
        try:
            with open(self.path, encoding="utf-8") as f:
                data = json.load(f)
            self.disabled = [str(x) for x in data.get("disabled", [])]
            self.rule_files = [str(x) for x in data.get("rule_files", [])]
        except (OSError, ValueError, AttributeError, TypeError) as e:
            log.error("%s: ignored: %s", self.path, e)
        return self

    def save(self):
        if not self.path:
            return
        tmp = self.path + ".tmp"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump({"disabled": self.disabled,
                           "rule_files": self.rule_files}, f, indent=2)
            os.replace(tmp, self.path)
        except OSError as e:
            log.error("%s: cannot save: %s", self.path, e)

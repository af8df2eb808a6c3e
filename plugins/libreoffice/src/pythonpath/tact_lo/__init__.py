"""Tact for LibreOffice: the modules shared by the proofreader and sidebar."""

"""What the windows tell each other about profiles, as signals on one object instead of calls.

The settings window owns the hub and hands it to the windows it opens (the test server window, the
overview). A window that creates a profile says so (:attr:`ProfileHub.created`), one that wants a
profile shown asks (:attr:`ProfileHub.openRequested`); the settings window answers both. When the list
of stored profiles changes (a profile saved for the first time, renamed, duplicated, deleted, imported,
created elsewhere), :attr:`ProfileHub.changed` tells the windows that list profiles.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ProfileHub(QObject):
    #: A window created the profile of this name (the settings window shows it).
    created = Signal(str)
    #: A window asks the settings window to show the profile of this name.
    openRequested = Signal(str)  # noqa: N815 - Qt naming
    #: The list of stored profiles changed (names: in the store's order).
    changed = Signal(list)

"""*Profil › Alle Profile prüfen…* / *Profile › Check all profiles…*: the tenant overview (a room of its own).

``install(main_window)`` (called once by the main window) adds the menu action; the window itself
(``overview/window.py``: the table model, the filter, the run) is imported only when the action is
used, so start-up does not pay for it.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def install(window) -> QAction:
    """Add *Check all profiles…* to the window's Profile menu, before *Save*."""
    action = QAction(translate("Overview", "&Check all profiles…"), window)
    action.setObjectName("actionCheckAllProfiles")
    action.setToolTip(translate("Overview", "Check every profile without sending a mail and show the "
                                            "results in a table"))
    menu = window.ui.menuProfile
    before = window.ui.actionSave
    menu.insertAction(before, action)
    menu.insertSeparator(before)
    action.triggered.connect(lambda: open_overview(window))
    window.action_check_all = action
    return action


def open_overview(window):
    """Show the window's overview (created on first use) and return it."""
    from swyxon_desktop.gui.overview.window import OverviewWindow

    overview = getattr(window, "overview_window", None)
    if overview is None:
        overview = window.overview_window = OverviewWindow(window.profiles.store, window)
        overview.profileActivated.connect(window.hub.openRequested)  # the settings window shows it
        window.hub.changed.connect(overview.profiles_changed)
    overview.show()
    overview.raise_()
    overview.activateWindow()
    return overview

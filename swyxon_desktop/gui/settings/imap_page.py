"""The settings window's page *Delivery confirmation* as start-up adds it: an empty tab page.

Its content (``gui/settings/imap_tab.py``, the IMAP fields and their bindings) is imported and built the first
time the page is shown, so start-up pays for a tab and nothing of the feature.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from swyxon_desktop.gui.settings.imap_tab import ImapTab
    from swyxon_desktop.gui.settings.main_window import MainWindow

translate = QCoreApplication.translate


class ImapTabHost:
    """The tab's place in the window: a page added at start-up, its content built when first shown."""

    def __init__(self, window: "MainWindow"):
        self.window = window
        self.tab: "ImapTab | None" = None
        tabs = window.ui.settingsTabs
        self.page = QWidget()
        self.page.setObjectName("imapTabPage")
        from PySide6.QtWidgets import QVBoxLayout

        layout = QVBoxLayout(self.page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.index = tabs.addTab(self.page, translate("ImapTab", "Delivery confirmation"))
        tabs.setTabToolTip(self.index, translate(
            "ImapTab", "A mailbox in which “Send test mail” can confirm that the message arrived"))
        tabs.currentChanged.connect(self._on_current)

    def _on_current(self, index: int) -> None:
        if index == self.index:
            self.build()

    def build(self) -> "ImapTab":
        if self.tab is None:
            from swyxon_desktop.gui.settings.imap_tab import ImapTab  # not at start-up: on first show

            self.tab = ImapTab(self.window, self.page)
            self.page.layout().addWidget(self.tab)
            self.tab.show()  # added to a page that may be visible already
        return self.tab

    def password_saved(self, name: str, password: str) -> None:
        if self.tab is not None:
            self.tab.password_saved(name, password)
        elif self.window.form.name == name:
            self.window.form.mark_imap_password_stored(password)


def install(window: "MainWindow") -> ImapTabHost:
    return ImapTabHost(window)

"""The settings window's tab *Delivery confirmation*: the IMAP mailbox a test mail is confirmed in.

Layout: ``ui/imap_tab.ui``. The tab is built the first time it is shown (start-up loads nothing of it,
not even this module: the empty page is ``gui/settings/imap_page.py``), binds its widgets to the window's
:class:`~swyxon_desktop.gui.settings.form_model.FormModel`
(the ``imap_*`` fields and the typed IMAP password, which is never part of the settings) and asks the
keychain — in the window's keychain queue, off the GUI thread — whether an IMAP password is stored, for
the password field's placeholder. Saving is the window's (``Profiles.save_settings`` writes the second
keychain entry); removing a trusted IMAP certificate is an unsaved change like the SMTP one.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from swyxon_desktop import fields
from swyxon_desktop.gui.settings.bind import FieldBinding
from swyxon_desktop.gui.shared.forms import show_row
from swyxon_desktop.gui.shared.style import error_palette
from swyxon_desktop.gui.shared.uiload import UiRefs, load_ui
from swyxon_desktop.settings import DEFAULT_IMAP_PORT, IMAP_USUAL_PORTS as USUAL_PORTS, ImapTls

if TYPE_CHECKING:
    from swyxon_desktop.gui.settings.main_window import MainWindow

translate = QCoreApplication.translate


class ImapTab(QWidget):
    def __init__(self, window: "MainWindow", parent: QWidget | None = None):
        super().__init__(parent)
        load_ui("imap_tab.ui", self)
        self.window_ = window
        self.form = form = window.form
        self.ui = ui = UiRefs(self)
        self._asking: str | None = None  # the profile whose IMAP password state is being asked for
        # The tab's fields as fields.py declares them.
        self.fields = FieldBinding(ui, form, fields.IMAP, error_palette(self))
        for label in ui.named(QLabel):
            if label.property("role") == "help":
                label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.fields.connect(except_=("imap_tls",))  # the usual port follows the mode: _on_mode_chosen
        ui.imapTlsCombo.currentIndexChanged.connect(self._on_mode_chosen)
        ui.imapRemovePinButton.clicked.connect(self.remove_pinned_certificate)
        form.loaded.connect(self.fill)
        form.settingsChanged.connect(self._on_settings_changed)
        form.enabledChanged.connect(self._on_enabled_changed)
        form.errorsChanged.connect(self._on_errors_changed)
        self.fill()
        self._on_enabled_changed(form.enabled())
        self._on_errors_changed(form.errors)

    # -- form ⇄ widgets ------------------------------------------------------------------------------
    def fill(self) -> None:
        s = self.form.settings
        self.fields.fill(s)
        self._on_settings_changed(s)
        self.refresh_password_state()

    def _on_mode_chosen(self, index: int) -> None:
        form = self.form
        mode = ImapTls(self.ui.imapTlsCombo.itemData(index))
        old = form.settings.imap_tls
        form.set_value("imap_tls", mode)
        if form.settings.imap_port in (USUAL_PORTS[old], 0):  # the usual port follows the mode
            form.set_value("imap_port", USUAL_PORTS[mode])
            self.ui.imapPortEdit.setText(str(USUAL_PORTS[mode]))

    def _on_settings_changed(self, settings) -> None:
        ui = self.ui
        pin = settings.imap_pinned_sha256
        if pin:
            from swyxon_desktop.smtp.tlsinfo import pretty_fingerprint

            shown = pretty_fingerprint(pin)
            if len(shown) == 95:
                shown = shown[:47] + "\n" + shown[48:]
            ui.imapPinnedValue.setText(translate("ImapTab", "SHA-256 {0}").format(shown))
        else:
            ui.imapPinnedValue.clear()
        show_row(ui.imapPinnedLabel, bool(pin))
        self._update_placeholder()

    def _on_enabled_changed(self, enabled: dict) -> None:
        self.fields.show_enabled(enabled)

    def _on_errors_changed(self, errors: dict) -> None:
        self.fields.show_errors(errors)

    def remove_pinned_certificate(self) -> None:
        if self.form.settings.imap_pinned_sha256:
            self.form.set_value("imap_pinned_sha256", "")
            self.window_.show_message(translate(
                "ImapTab", "The IMAP server's certificate is no longer trusted once you save the profile."), "info")

    # -- the IMAP password's keychain state ------------------------------------------------------------
    def refresh_password_state(self) -> None:
        """Ask the keychain (in the window's queue, off the GUI thread) whether an IMAP password is stored."""
        form = self.form
        if form.is_new:
            form.set_imap_password_stored(False)
        elif form.settings.confirms_delivery and form.imap_password_stored is None \
                and self._asking != form.name:
            name = self._asking = form.name
            box: dict = {}
            profiles = self.window_.profiles

            def step():  # worker thread
                from swyxon_desktop import secrets

                box["stored"] = profiles.has_password(name, secrets.IMAP)
                return None

            self.window_._run_keychain(step, lambda _answer: self._apply_state(name, box.get("stored")))
        self._update_placeholder()

    def _apply_state(self, name: str, stored: bool | None) -> None:
        if self._asking == name:
            self._asking = None
        if self.form.name == name and not self.form.is_new:
            self.form.set_imap_password_stored(stored)
        self._update_placeholder()

    def password_saved(self, name: str, password: str) -> None:
        """The keychain now holds the typed IMAP password of ``name`` (the window's save finished)."""
        if self.form.name == name and not self.form.is_new:
            if self.ui.imapPasswordEdit.text() == password:
                self.ui.imapPasswordEdit.clear()
            self.form.mark_imap_password_stored(password)
        self._update_placeholder()

    def _update_placeholder(self) -> None:
        form = self.form
        stored = form.imap_password_stored
        if not form.settings.confirms_delivery:
            text = ""
        elif stored is True:
            text = translate("ImapTab", "Stored in the keychain – leave empty to keep it")
        elif stored is False:
            text = translate("ImapTab", "Not stored yet")
        else:
            text = ""
        self.ui.imapPasswordEdit.setPlaceholderText(text)


__all__ = ["DEFAULT_IMAP_PORT", "ImapTab"]

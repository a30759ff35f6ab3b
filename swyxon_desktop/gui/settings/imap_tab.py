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

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QWidget

from swyxon_desktop.gui.shared.forms import show_row
from swyxon_desktop.gui.shared.style import error_palette
from swyxon_desktop.gui.shared.uiload import UiRefs, load_ui
from swyxon_desktop.settings import DEFAULT_IMAP_PORT, ImapTls

if TYPE_CHECKING:
    from swyxon_desktop.gui.settings.main_window import MainWindow

translate = QCoreApplication.translate
IMAP_MODES = (ImapTls.IMPLICIT, ImapTls.STARTTLS)
USUAL_PORTS = {ImapTls.IMPLICIT: 993, ImapTls.STARTTLS: 143}


def _parse_port(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        return 0


class ImapTab(QWidget):
    def __init__(self, window: "MainWindow", parent: QWidget | None = None):
        super().__init__(parent)
        load_ui("imap_tab.ui", self)
        self.window_ = window
        self.form = form = window.form
        self.ui = ui = UiRefs(self)
        self._asking: str | None = None  # the profile whose IMAP password state is being asked for
        for index, mode in enumerate(IMAP_MODES):
            ui.imapTlsCombo.setItemData(index, mode.value)
        ui.imapPortEdit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,5}"), ui.imapPortEdit))
        palette = error_palette(self)
        self._error_labels = {"imap_server": ui.imapServerError, "imap_port": ui.imapPortError,
                              "imap_username": ui.imapUserError, "imap_password": ui.imapPasswordError,
                              "imap_folders": ui.imapFoldersError}
        for label in self._error_labels.values():
            label.setPalette(palette)
            show_row(label, False)
        for label in ui.named(QLabel):
            if label.property("role") == "help":
                label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._editors = {"imap_server": ui.imapServerEdit, "imap_port": ui.imapPortEdit,
                         "imap_username": ui.imapUserEdit, "imap_password": ui.imapPasswordEdit,
                         "imap_folders": ui.imapFoldersEdit}
        self._dependent = {
            "imap_tls": (ui.imapTlsLabel, ui.imapTlsCombo), "imap_port": (ui.imapPortLabel, ui.imapPortEdit),
            "imap_username": (ui.imapUserLabel, ui.imapUserEdit),
            "imap_password": (ui.imapPasswordLabel, ui.imapPasswordEdit),
            "imap_folders": (ui.imapFoldersLabel, ui.imapFoldersEdit),
        }
        ui.imapServerEdit.textEdited.connect(lambda text: form.set_value("imap_server", text))
        ui.imapPortEdit.textEdited.connect(lambda text: form.set_value("imap_port", _parse_port(text)))
        ui.imapTlsCombo.currentIndexChanged.connect(self._on_mode_chosen)
        ui.imapUserEdit.textEdited.connect(lambda text: form.set_value("imap_username", text))
        ui.imapPasswordEdit.textEdited.connect(form.set_imap_password)
        ui.imapFoldersEdit.textEdited.connect(lambda text: form.set_value("imap_folders", text))
        ui.imapRemovePinButton.clicked.connect(self.remove_pinned_certificate)
        form.loaded.connect(self.fill)
        form.settingsChanged.connect(self._on_settings_changed)
        form.enabledChanged.connect(self._on_enabled_changed)
        form.errorsChanged.connect(self._on_errors_changed)
        self.fill()
        self._on_enabled_changed(form._compute_enabled())
        self._on_errors_changed(form.errors)

    # -- form ⇄ widgets ------------------------------------------------------------------------------
    def fill(self) -> None:
        ui, s = self.ui, self.form.settings
        editors = list(self._editors.values()) + [ui.imapTlsCombo]
        for widget in editors:
            widget.blockSignals(True)
        try:
            ui.imapServerEdit.setText(s.imap_server)
            if _parse_port(ui.imapPortEdit.text()) != s.imap_port or not ui.imapPortEdit.text():
                ui.imapPortEdit.setText(str(s.imap_port) if s.imap_port else "")
            ui.imapTlsCombo.setCurrentIndex(IMAP_MODES.index(s.imap_tls))
            ui.imapUserEdit.setText(s.imap_username)
            if not self.form.imap_password:
                ui.imapPasswordEdit.clear()
            ui.imapFoldersEdit.setText(s.imap_folders)
        finally:
            for widget in editors:
                widget.blockSignals(False)
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
        for field, widgets in self._dependent.items():
            for widget in widgets:
                widget.setEnabled(bool(enabled.get(field, True)))

    def _on_errors_changed(self, errors: dict) -> None:
        for field, label in self._error_labels.items():
            text = errors.get(field, "")
            label.setText(text)
            show_row(label, bool(text))
            self._editors[field].setAccessibleDescription(text)

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

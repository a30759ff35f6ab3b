"""The main window: Plattform › Allgemeine Einstellungen › E-Mail, with profiles.

The profile operations and saving are ``gui/settings/profile_ops.py`` (a mixin of this class); the
E-Mail tab's fields are bound by their declarations (``fields.py``, ``gui/settings/bind.py``).

Layout: ``ui/main_window.ui`` (loaded into this QMainWindow by composition; the .ui is the single
description of the layout). Behaviour: the widgets bind to a :class:`FormModel`; the window talks to the
:class:`~swyxon_desktop.profiles.Profiles` service for everything stored (settings file and keychain)
and asks questions only through :mod:`swyxon_desktop.gui.shared.ask`, which tests replace. No nested event
loop runs in the window itself.

Public hooks for the tools that build on this window (test mail, server check):

* ``MainWindow.profiles`` – the :class:`Profiles` service the window uses.
* ``MainWindow.form`` – the :class:`FormModel` (signals ``settingsChanged``, ``dirtyChanged`` …).
* ``MainWindow.form_snapshot() -> tuple[str, MailSettings, str | None]`` – (profile name, the current
  form values whether saved or not, the typed password or None).
* ``MainWindow.apply_settings(settings: MailSettings) -> None`` – fill the form (unsaved/dirty).
* ``MainWindow.button_row`` – the QHBoxLayout ``"buttonRow"`` beside *Speichern*/*Save*, where
  ``gui.mail_actions`` puts "Send test mail…" and "Check server…".
* ``MainWindow.menu_tools`` – the *Extras*/*Tools* QMenu: Local test server, Send test mail, Check server,
  Check DNS.
* ``MainWindow.mail_actions`` – the controller of the two mail dialogs; ``MainWindow.server_window`` –
  the local test server window once opened (``show_local_test_server()``).
* ``MainWindow.keychain`` – the application's :class:`~swyxon_desktop.gui.shared.keychain_queue.KeychainQueue`
  (the windows it opens use it too); ``MainWindow.hub`` – the
  :class:`~swyxon_desktop.gui.shared.hub.ProfileHub` (created / open this profile / the list changed).
* ``MainWindow.show_message(text, level)`` – the message bar above the tabs ("info", "success",
  "warning", "error").
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Callable

# The Qt-free model first, on purpose: once PySide6 is imported, its import hook reads the source text of
# every module an import statement returns (looking for "PySide6"), which costs start-up time for
# the standard-library modules the model pulls in (json, hashlib, dataclasses, ipaddress …).
from swyxon_desktop import fields  # isort: skip
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP  # isort: skip
from swyxon_desktop.profiles import Profiles  # isort: skip
from swyxon_desktop.settings import MailSettings, Security, ascii_hostname  # isort: skip
from swyxon_desktop.store import (LoadReport, UnknownProfile)

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QMainWindow, QWidget

from swyxon_desktop.gui.shared import ask
from swyxon_desktop.gui.settings.bind import FieldBinding
from swyxon_desktop.gui.settings.form_model import FormModel
from swyxon_desktop.gui.settings.profile_ops import ProfileOperations
from swyxon_desktop.gui.shared.forms import FitWrappedLabels, show_row
from swyxon_desktop.gui.shared.keychain_job import KeychainAnswer
from swyxon_desktop.gui.shared.hub import ProfileHub
from swyxon_desktop.gui.shared.keychain_queue import KeychainQueue
from swyxon_desktop.gui.shared.style import error_palette, paint_panel
from swyxon_desktop.gui.shared.texts import store_error_text
from swyxon_desktop.gui.shared.uiload import UiRefs, load_ui

if TYPE_CHECKING:  # annotations only: not loaded at start-up
    from PySide6.QtGui import QCloseEvent, QShowEvent
    from PySide6.QtWidgets import QHBoxLayout, QMenu

    from swyxon_desktop.profiles import KeychainStep

log = logging.getLogger("swyxon_desktop.gui")
# The name of the first profile on a fresh start (translated where it is used, in the window's context).
DEFAULT_PROFILE_NAME = QT_TRANSLATE_NOOP("MainWindow", "Platform")

#: The window's initial width (the height follows from the layout).
DEFAULT_WIDTH = 760
#: The keychain question waits this long after the first show (first paint and input come first).
KEYCHAIN_CHECK_DELAY_MS = 150

class MainWindow(ProfileOperations, QMainWindow):
    """The settings window (see the module docstring for the public hooks)."""

    def __init__(self, profiles: Profiles | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        load_ui("main_window.ui", self)
        self.ui = UiRefs(self)
        self.profiles: Profiles = profiles if profiles is not None else Profiles()
        self.form = FormModel(self)
        self.button_row: QHBoxLayout = self.ui.buttonRow
        self.menu_tools: QMenu = self.ui.menuTools
        self.about_dialog = None
        self._keychain_warned = False
        self._shown_once = False
        self._room_pending = False
        # Every keychain call of this window and of the windows it opens: one queue, in order, off the GUI
        # thread (gui/shared/keychain_queue.py).
        self.keychain = KeychainQueue(self.profiles, self)
        self.keychain.changed.connect(self._on_keychain_changed)
        # What the other windows say about profiles (gui/shared/hub.py); changed: the list of names.
        self.hub = ProfileHub(self)
        self.hub.created.connect(self.select_profile)
        self.hub.openRequested.connect(self._open_requested)
        self._listed: list[str] | None = None
        self._close_when_done = False  # a close waits for the keychain's answer
        self._keychain_abandoned = False  # the user chose to close without waiting
        self._setup_widgets()
        self._connect()
        report = self.profiles.store.report
        self._load_initial_profile()
        self._show_store_problems(report)
        # The keychain (keyring, its D-Bus stack, maybe a daemon to activate) is asked once the window is
        # up and painted, not during start-up: it only decides the password field's placeholder.
        self._keychain_timer = QTimer(self)
        self._keychain_timer.setSingleShot(True)
        self._keychain_timer.setInterval(KEYCHAIN_CHECK_DELAY_MS)
        self._keychain_timer.timeout.connect(self._refresh_password_state)
        self._keychain_timer.start()
        self.server_window = None  # Tools › Local test server, created on first use
        from swyxon_desktop.gui.settings import mail_actions

        mail_actions.install(self)  # Send test mail… / Check server… beside Speichern and in Tools
        from swyxon_desktop.gui.settings import imap_page

        self.imap_tab = imap_page.install(self)  # the tab "Delivery confirmation", built when first shown
        from swyxon_desktop.gui.checks import detect_dialog

        detect_dialog.install(self)  # Detect settings… beside the sender address (engine loaded on click)
        from swyxon_desktop.gui.checks import dns_dialog

        dns_dialog.install(self)  # Tools › Check DNS… (after Check server…)
        from swyxon_desktop.gui import overview

        self.overview_window = None  # Profile › Check all profiles…, created on first use
        overview.install(self)

    @property
    def keychain_check_pending(self) -> bool:
        """The question "is a password stored?" has not been answered yet (at start-up it is asked after
        the first show, and always in a worker thread)."""
        return self._keychain_timer.isActive() or self.keychain.checking

    @property
    def keychain_busy(self) -> bool:
        """A keychain operation (a question or a change) is queued or running in the worker thread."""
        return self.keychain.busy

    @property
    def keychain_writing(self) -> bool:
        """A password is being written, moved or removed: Save and the profile actions wait for it."""
        return self.keychain.writing

    # ------------------------------------------------------------------------------------------------
    # Public hooks
    def form_snapshot(self) -> tuple[str, MailSettings, str | None]:
        """(profile name, the current form values – saved or not, the typed password or None)."""
        return self.form.name, self.form.settings, (self.form.password or None)

    def apply_settings(self, settings: MailSettings) -> None:
        """Fill the form with ``settings`` as unsaved changes of the current profile."""
        self.form.apply(settings)

    def show_message(self, text: str, level: str = "info") -> None:
        """Show ``text`` in the message bar above the tabs (level: info, success, warning, error)."""
        bar = self.ui.messageBar
        bar.setProperty("level", level)
        paint_panel(bar, level)
        self.ui.messageLabel.setText(text)
        bar.setAccessibleName(text)
        bar.setVisible(True)
        self._wrap_fitter.fit(self.ui.messageLabel)
        self._make_room()

    def clear_message(self) -> None:
        self.ui.messageBar.setVisible(False)
        self.ui.messageLabel.clear()

    def message_text(self) -> str:
        """The text of the message bar ("" when hidden)."""
        return self.ui.messageLabel.text() if self.ui.messageBar.isVisibleTo(self) else ""

    def show_general_settings(self) -> None:
        """Plattform › Allgemeine Einstellungen: the E-Mail tab, focus in the first field."""
        self.ui.settingsTabs.setCurrentWidget(self.ui.emailTab)
        if self.isVisible():
            self.raise_()
            self.activateWindow()
        self.ui.serverEdit.setFocus()

    def show_about(self):
        """Help › About: a non-modal window with versions and locations."""
        from swyxon_desktop.gui.settings.about import AboutDialog

        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self)
        self.about_dialog.show()
        self.about_dialog.raise_()
        self.about_dialog.activateWindow()
        return self.about_dialog

    def show_local_test_server(self):
        """Tools › Local test server: a non-modal window; a profile it creates is selected here."""
        from swyxon_desktop.gui.server.server_window import LocalServerWindow

        if self.server_window is None:
            self.server_window = LocalServerWindow(self.profiles, self, keychain=self.keychain, hub=self.hub)
        self.server_window.show()
        self.server_window.raise_()
        self.server_window.activateWindow()
        return self.server_window

    # ------------------------------------------------------------------------------------------------
    # Set-up
    def _setup_widgets(self) -> None:
        ui = self.ui
        self._error_palette = error_palette(self)  # given to an error label when it first shows
        paint_panel(ui.insecureWarning, "warning")
        self._wrap_fitter = FitWrappedLabels(self)
        for label in ui.named(QLabel):
            if label.wordWrap() and isinstance(label.parentWidget().layout(), QFormLayout):
                # A wrapped row of its own: exactly as tall as its text at the real width; help texts
                # keep a little distance from the next field.
                if label.property("role") == "help":
                    label.setContentsMargins(0, 0, 0, 6)
                self._wrap_fitter.watch(label)
            if label.property("role") == "help":
                label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # the theme's muted text
        # The E-Mail tab's fields as fields.py declares them (the IMAP tab binds its own).
        self.fields = FieldBinding(ui, self.form, fields.SMTP, self._error_palette)
        # The message bar's text wraps like the help texts: as tall as it needs at its width, and the
        # window grows to make room for it (_make_room) instead of squeezing the form.
        self._wrap_fitter.watch(ui.messageLabel)
        # The status ("Unsaved changes") has its room reserved: the button row never moves when it appears.
        ui.statusLabel.setMinimumHeight(max(ui.saveButton.sizeHint().height(), ui.statusLabel.sizeHint().height()))
        show_row(ui.pinnedLabel, False)
        show_row(ui.serverAscii, False)
        self._align_label_columns()
        self.resize(max(DEFAULT_WIDTH, self.sizeHint().width()), self.sizeHint().height())
        # Check boxes whose text is the QLabel beside them: screen readers get the label's text.
        ui.sslCheck.setAccessibleName(ui.sslLabel.text().replace("&", ""))
        ui.authCheck.setAccessibleName(ui.authLabel.text().replace("&", ""))

    def _align_label_columns(self) -> None:
        """One label column width for all group boxes, so the fields line up in every language."""
        ui = self.ui
        labels = [ui.serverLabel, ui.portLabel, ui.senderLabel, ui.timeoutLabel, ui.sslLabel, ui.tlsModeLabel,
                  ui.caFileLabel, ui.pinnedLabel, ui.authLabel, ui.mechanismLabel, ui.usernameLabel, ui.passwordLabel]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    def _connect(self) -> None:
        ui, form = self.ui, self.form
        self.fields.connect()
        ui.removePinButton.clicked.connect(self.remove_pinned_certificate)
        ui.caFileBrowseButton.clicked.connect(self._choose_ca_file)
        ui.authCheck.toggled.connect(self._on_auth_toggled)  # after the form has the new value

        form.loaded.connect(self._fill_widgets)
        form.settingsChanged.connect(self._on_settings_changed)
        form.enabledChanged.connect(self._on_enabled_changed)
        form.errorsChanged.connect(self._on_errors_changed)
        form.dirtyChanged.connect(self._on_dirty_changed)

        ui.saveButton.clicked.connect(self.save)
        ui.actionSave.triggered.connect(self.save)
        ui.profileCombo.activated.connect(self._on_profile_activated)
        ui.newProfileButton.clicked.connect(lambda: self.new_profile())
        ui.actionNewProfile.triggered.connect(lambda: self.new_profile())
        ui.duplicateProfileButton.clicked.connect(lambda: self.duplicate_profile())
        ui.actionDuplicateProfile.triggered.connect(lambda: self.duplicate_profile())
        ui.renameProfileButton.clicked.connect(lambda: self.rename_profile())
        ui.actionRenameProfile.triggered.connect(lambda: self.rename_profile())
        ui.deleteProfileButton.clicked.connect(lambda: self.delete_profile())
        ui.actionDeleteProfile.triggered.connect(lambda: self.delete_profile())
        ui.actionImportProfile.triggered.connect(lambda: self.import_profile())
        ui.actionExportProfile.triggered.connect(lambda: self.export_profile())
        ui.actionGeneralSettings.triggered.connect(self.show_general_settings)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.show_about)
        ui.actionLocalTestServer.triggered.connect(self.show_local_test_server)
        ui.messageCloseButton.clicked.connect(self.clear_message)

    # ------------------------------------------------------------------------------------------------
    # Form ⇄ widgets
    def _fill_widgets(self) -> None:
        self.fields.fill(self.form.settings)
        # The rows that follow the settings (ASCII form, TLS help, pin, warning) are updated by the signal
        # that always comes next: errorsChanged after load(), settingsChanged after apply().
        self._update_profile_controls()

    def _on_settings_changed(self, settings: MailSettings) -> None:
        ui = self.ui
        server = settings.server.strip()
        ascii_form = ""
        if server and not server.isascii() and "server" not in self.form.errors:
            try:
                ascii_form = ascii_hostname(server)
            except ValueError:
                ascii_form = ""
        ui.serverAscii.setText(self.tr("ASCII form: {0}").format(ascii_form) if ascii_form else "")
        show_row(ui.serverAscii, bool(ascii_form))
        security = settings.security
        if security is Security.PLAIN:
            text = self.tr("The connection to the mail server is not encrypted.")
        elif security is Security.IMPLICIT:
            text = self.tr("Port {0}: TLS from the first byte (SSL/TLS, implicit).").format(settings.port)
        elif 1 <= settings.port <= 65535:
            text = self.tr("Port {0}: STARTTLS, required – never falls back to an unencrypted "
                           "connection.").format(settings.port)
        else:  # a port being typed, or invalid (its error is shown at the port): no port number here
            text = self.tr("STARTTLS, required – never falls back to an unencrypted connection.")
        ui.tlsModeHelp.setText(text)
        self._wrap_fitter.fit(ui.tlsModeHelp)
        self._show_pin(settings.pinned_sha256)
        # The warning and the opt-in appear together, only when they matter.
        show_row(ui.insecureWarning, settings.insecure_auth)
        show_row(ui.allowInsecureCheck, settings.insecure_auth)
        self._update_password_placeholder()
        if self.ui.messageBar.property("level") == "success":
            self.clear_message()

    def _show_pin(self, pin: str) -> None:
        """The "Trusted certificate" row: only while the profile trusts a certificate by its fingerprint."""
        ui = self.ui
        if pin:
            from swyxon_desktop.smtp.tlsinfo import pretty_fingerprint  # only when a pin is set

            try:
                shown = pretty_fingerprint(pin)
            except ValueError:
                shown = pin
            if len(shown) == 95:  # 32 bytes AB:CD:…: two lines of 16, which fit beside the button
                shown = shown[:47] + "\n" + shown[48:]
            ui.pinnedValue.setText(self.tr("SHA-256 {0}").format(shown))
            ui.pinnedValue.setToolTip(self.tr(
                "This server certificate is trusted by its fingerprint, although no certificate authority "
                "vouches for it."))
        else:
            ui.pinnedValue.clear()
        show_row(ui.pinnedLabel, bool(pin))

    def remove_pinned_certificate(self) -> None:
        """Remove trust: the pinned fingerprint is cleared in the form (an unsaved change)."""
        if self.form.settings.pinned_sha256:
            self.form.set_value("pinned_sha256", "")
            self.show_message(self.tr("The certificate is no longer trusted once you save the profile."), "info")

    def _on_enabled_changed(self, enabled: dict) -> None:
        self.fields.show_enabled(enabled)

    def _on_errors_changed(self, errors: dict) -> None:
        self.fields.show_errors(errors, self._wrap_fitter.fit)
        self._on_settings_changed(self.form.settings)  # the ASCII form is shown only for a valid name
        self._make_room()

    def _on_dirty_changed(self, dirty: bool) -> None:
        self.setWindowModified(dirty)
        self._update_status()
        self._update_title()

    def _update_title(self) -> None:
        # "[*]" is where Qt shows the modified mark; the application name is added by Qt.
        self.setWindowTitle(self.tr("{0} – General settings").format(self.form.name) + "[*]")

    def _update_password_placeholder(self) -> None:
        stored = self.form.password_stored
        if not self.form.settings.use_auth:
            text = ""
        elif stored is True:
            text = self.tr("Stored in the keychain – leave empty to keep it")
        elif stored is False:
            text = self.tr("Not stored yet")
        elif self._keychain_warned:
            text = self.tr("The keychain is not available")
        else:
            text = ""
        self.ui.passwordEdit.setPlaceholderText(text)

    def _on_auth_toggled(self, on: bool) -> None:
        """Authentication switched on: is a password stored? (The form has the new value already.)"""
        if on and self.form.password_stored is None and not self.form.is_new:
            self._refresh_password_state()

    def _choose_ca_file(self) -> None:
        path = ask.open_file(self, self.tr("Choose an additional CA file"),
                             self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ui.caFileEdit.setText(path)
            self.form.set_value("ca_file", path)

    def _refresh_password_state(self) -> None:
        """Ask the keychain (in the worker thread) whether the current profile has a password; the answer
        sets the password field's placeholder. The password itself never reaches a widget."""
        if self.form.is_new:
            self.form.set_password_stored(False)
        elif (target := self._check_target()) is not None:
            self._run_keychain(None, None, check=target)
        self._update_password_placeholder()

    def _check_target(self) -> str | None:
        """The profile whose stored password the form needs to know about now (None: no question)."""
        form = self.form
        return form.name if not form.is_new and form.settings.use_auth else None

    def _apply_password_state(self, name: str, stored: bool | None) -> None:
        """The keychain's answer to "is a password stored for ``name``?" (ignored once another profile is shown)."""
        form = self.form
        if form.name != name or form.is_new:
            return
        if stored is None and not self._keychain_warned:
            self._keychain_warned = True
            self.show_message(self.tr(
                "The system keychain is not available, so passwords can neither be checked nor stored. "
                "Unlock or install the keychain (Windows Credential Manager, GNOME Keyring or KWallet); "
                "the other settings can still be saved. Passwords are never stored in a file."), "warning")
        form.set_password_stored(stored)
        self._update_password_placeholder()

    # ------------------------------------------------------------------------------------------------
    # The keychain, off the GUI thread
    def _run_keychain(self, call: KeychainStep | None, done: Callable[[KeychainAnswer], None] | None,
                      *, write: bool = False, check: str | None = None) -> None:
        """Queue ``call`` (a keychain change when ``write``) and then the question "is a password stored for
        ``check``?" in the application's keychain queue; ``done(answer)`` runs in the GUI thread once both
        are answered (after the answer to ``check`` has reached the form).

        While a change is queued or running, Save and the profile actions are disabled (the user cannot
        pile up changes behind a keychain that waits for its unlock prompt); the fields stay editable.
        """
        def answered(answer: KeychainAnswer) -> None:
            if check is not None:
                self._apply_password_state(check, answer.stored)
            if done is not None:
                done(answer)

        self.keychain.run(call, answered, write=write, check=check)

    def _on_keychain_changed(self) -> None:
        self._update_busy()
        if self._close_when_done and not self.keychain.writing:
            self._close_when_done = False
            log.info("keychain answered: closing the window as asked")
            self.close()

    def _update_busy(self) -> None:
        """Save and the profile actions wait while the keychain is being changed; the status says why."""
        ui, busy = self.ui, self.keychain_writing
        for widget in (ui.saveButton, ui.actionSave, ui.profileCombo, ui.newProfileButton, ui.actionNewProfile,
                       ui.renameProfileButton, ui.actionRenameProfile, ui.deleteProfileButton,
                       ui.actionDeleteProfile, ui.actionImportProfile):
            widget.setEnabled(not busy)
        saved = not self.form.is_new
        for widget in (ui.duplicateProfileButton, ui.actionDuplicateProfile):
            widget.setEnabled(saved and not busy)
        ui.actionExportProfile.setEnabled(saved)
        self._update_status()

    def _update_status(self) -> None:
        if self.keychain_writing:
            text = self.tr("Waiting for the keychain…")
        else:
            text = self.tr("Unsaved changes") if self.form.is_dirty else ""
        self.ui.statusLabel.setText(text)

    def _finish_keychain_before_close(self) -> bool:
        """Closing while the keychain is being changed: True = close now; False = stay open, and the window
        closes itself once the keychain has answered (the change is never abandoned silently)."""
        if self._keychain_abandoned:
            return True
        if not self._close_when_done:
            self._close_when_done = True
            log.info("close requested while the keychain is being changed: waiting for it")
            self.show_message(self.tr(
                "The keychain has not answered yet (it may be asking to be unlocked). The window closes as "
                "soon as it has answered."), "info")
            return False
        choice = ask.choose(
            self, self.tr("Keychain not answering"),
            self.tr("The keychain has still not answered, so the password may not be stored, moved or removed. "
                    "Keep waiting, or close anyway?"),
            [("wait", self.tr("Keep waiting")), ("close", self.tr("Close anyway"))],
            default="wait", escape="wait", icon="warning")
        if choice != "close":
            return False
        log.warning("window closed while a keychain change was still running: it may not be complete")
        self._close_when_done = False
        self._keychain_abandoned = True
        return True

    # ------------------------------------------------------------------------------------------------
    # Profiles
    def _default_profile_name(self) -> str:
        # The source text as a constant, translated in the window's context: the combo box, the title
        # and the profile saved later all use this one translated name.
        return QCoreApplication.translate("MainWindow", DEFAULT_PROFILE_NAME)

    def _load_initial_profile(self) -> None:
        default = self._default_profile_name()
        if default in self.profiles.names():
            self._load_profile(default, check_keychain=False)
        else:
            self._load_fallback(check_keychain=False)

    def _load_profile(self, name: str, *, check_keychain: bool = True) -> None:
        store = self.profiles.store
        self.form.load(name, store.get(name), revision=store.revision(name), is_new=False)
        log.info("profile %r loaded", name)
        if check_keychain:
            self._refresh_password_state()

    def _start_new_profile(self, name: str) -> None:
        self.form.load(name, MailSettings(), revision=None, is_new=True, password_stored=False)

    def _load_fallback(self, *, check_keychain: bool = True) -> None:
        names = self.profiles.names()
        if names:
            self._load_profile(names[0], check_keychain=check_keychain)
        else:
            self._start_new_profile(self._default_profile_name())

    def _update_profile_controls(self) -> None:
        ui, form = self.ui, self.form
        combo = ui.profileCombo
        names = self.profiles.names()
        if names != self._listed:
            if self._listed is not None:
                self.hub.changed.emit(list(names))
            self._listed = list(names)
        combo.blockSignals(True)
        combo.clear()
        for name in names:
            combo.addItem(name, name)
        if form.is_new and form.name not in names:
            combo.addItem(self.tr("{0} (new)").format(form.name), form.name)
        combo.setCurrentIndex(max(0, combo.findData(form.name)))
        combo.blockSignals(False)
        self._update_busy()
        self._update_title()

    def _on_profile_activated(self, index: int) -> None:
        name = self.ui.profileCombo.itemData(index)
        if name is not None:
            self.select_profile(name)

    def select_profile(self, name: str) -> bool:
        """Switch to profile ``name`` (asks first when the current one has unsaved changes)."""
        if name == self.form.name:
            return True
        if not self._confirm_leave():
            self._update_profile_controls()
            return False
        self._reload_store()
        if name not in self.profiles.store:
            self.show_message(store_error_text(UnknownProfile(name)), "error")
            self._load_fallback()
            return False
        self._load_profile(name)
        self.clear_message()
        return True

    def _open_requested(self, name: str) -> None:
        """Another window (the overview) asks to show profile ``name``: shown, and the window comes up."""
        self.select_profile(name)
        self.raise_()
        self.activateWindow()

    def _reload_store(self) -> None:
        self._show_store_problems(self.profiles.store.reload())

    def _show_store_problems(self, report: LoadReport) -> None:
        """What went wrong reading the settings file (moved aside, unreadable profiles kept …), if anything."""
        if report.problems:
            self.show_message("\n".join(store_error_text(p) for p in report.problems), "error")

    def _confirm_leave(self) -> bool:
        """True when the current edits may be left: nothing unsaved, saved now, or discarded."""
        if not self.form.is_dirty:
            return True
        choice = ask.choose(
            self, self.tr("Unsaved changes"),
            self.tr("The profile “{0}” has unsaved changes. Save them?").format(self.form.name),
            [("save", self.tr("Save")), ("discard", self.tr("Discard changes")), ("cancel", self.tr("Cancel"))],
            default="save", escape="cancel", icon="warning")
        if choice == "save":
            return self.save()
        if choice == "discard":
            log.info("unsaved changes of profile %r discarded", self.form.name)
            if self.form.is_new:
                self._load_fallback()
            else:
                self._load_profile(self.form.name, check_keychain=False)
            return True
        return False

    def _focus_first_error(self) -> None:
        self.fields.focus_first_error(self.form.errors)

    # ------------------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if self._keychain_timer.isActive():
                self._keychain_timer.start()  # counted from the first show
            # Wrapped help texts know their height only at their real width: then drop the slack.
            QTimer.singleShot(0, self, self._fit_height)

    def _confirm_stop_server(self) -> bool:
        """Quitting while the local test server runs: stop it (after asking) or stay."""
        server_window = self.server_window
        if server_window is None or server_window.server is None or not server_window.server.running:
            return True
        choice = ask.choose(
            self, self.tr("Local test server running"),
            self.tr("The local test server is still running ({0}). Quitting stops it; clients that use it "
                    "can no longer connect.").format(server_window.server.address),
            [("stop", self.tr("Stop the server and quit")), ("cancel", self.tr("Cancel"))],
            default="stop", escape="cancel", icon="question")
        if choice != "stop":
            return False
        server_window.stop_server()
        return True

    def _fit_height(self) -> None:
        self.resize(self.width(), self.minimumSizeHint().height())

    def _make_room(self) -> None:
        """Grow the window (after the layout settled) when new rows or a longer message need more height."""
        if self._shown_once and not self._room_pending:
            self._room_pending = True
            QTimer.singleShot(0, self, self._grow_to_fit)

    def _grow_to_fit(self) -> None:
        self._room_pending = False
        needed = self.minimumSizeHint().height()
        if needed <= self.height():
            return
        screen = self.screen()
        if screen is not None:
            frame = self.frameGeometry().height() - self.geometry().height()
            needed = min(needed, screen.availableGeometry().height() - max(frame, 0))
        self.resize(self.width(), max(needed, self.height()))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # A keychain change first: the typed password being written is not an "unsaved change" to ask about
        # yet; once the keychain has answered, the window closes itself and asks only if it failed.
        if self.keychain_writing and not self._finish_keychain_before_close():
            event.ignore()
            return
        if not self._confirm_stop_server() or not self._confirm_leave():
            event.ignore()
            return
        if self.keychain_writing and not self._finish_keychain_before_close():  # "Save" was just answered
            event.ignore()
            return
        if self.about_dialog is not None:
            self.about_dialog.close()
        if self.server_window is not None:
            self.server_window.close()  # stops the server
        event.accept()

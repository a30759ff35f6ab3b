"""*Send test mail…* and *Check server…* in the main window: ``install(main_window)``.

The main window calls this once, at the end of its constructor::

    from swyxon_desktop.gui.settings import mail_actions
    mail_actions.install(self)

It adds two buttons to the window's ``buttonRow`` (beside *Speichern*), the same two actions to the
*Extras*/*Tools* menu, and opens the dialogs non-modally. Everything goes through the window's public
hooks: ``form_snapshot()`` (the form's values, saved or not, and a typed password), ``apply_settings()``
(fill the form, unsaved), ``profiles`` (the keychain password, read in the worker thread), ``form``
and ``show_message()``.

Decisions:

* **Recipient per profile.** A run's recipient is remembered in memory at once and kept in the
  profile's ``last_recipient`` field without ever touching the user's other unsaved edits: when the
  form shows that profile *unchanged*, only that field is written to the store and the form's baseline
  follows (the form stays clean, no "unsaved changes" question because of a test mail); when the form
  has unsaved edits, the recipient joins them (``apply_settings``) and is saved with them; for a
  profile the form no longer shows, only that field is written to the store.
* **Certificate trust** is an explicit act in the certificate dialog; the trusted fingerprint goes
  into ``pinned_sha256`` through ``apply_settings`` — an unsaved change the user sees in the message
  bar and keeps with *Save*. Nothing is written behind the user's back. The dialog *asks*
  (``dialog.trust``, ``DeliveryAccess.trust``) and hears the answer: when the window shows another
  profile by then it refuses, and the dialog keeps its Trust button and says so.
* **Apply recommended settings** (Check server) fills the form through ``apply_settings``, unsaved.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from swyxon_desktop.settings import MailSettings
from swyxon_desktop.store import StoreError

log = logging.getLogger("swyxon_desktop.gui")

CONTEXT = "MailActions"
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")



class MailActions(QObject):
    """The controller between the main window and the two mail dialogs (one of each per window)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._recipients: dict[str, str] = {}
        self.test_mail_dialog = None
        self.probe_dialog = None

        self.test_mail_button = QPushButton(translate("MailActions", "Sen&d test mail…"), window)
        self.test_mail_button.setObjectName("testMailButton")
        self.test_mail_button.setToolTip(translate("MailActions", "Send a test message with the settings in the form "
                                                                  "(saved or not)"))
        self.test_mail_button.setAutoDefault(False)
        self.probe_button = QPushButton(translate("MailActions", "Chec&k server…"), window)
        self.probe_button.setObjectName("probeButton")
        self.probe_button.setToolTip(translate("MailActions", "Ask the server what it offers and which port and "
                                                              "security work"))
        self.probe_button.setAutoDefault(False)
        row: QHBoxLayout = getattr(window, "button_row", None) or window.findChild(QHBoxLayout, "buttonRow")
        row.addWidget(self.test_mail_button)
        row.addWidget(self.probe_button)

        self.action_test_mail = QAction(translate("MailActions", "Sen&d test mail…"), window)
        self.action_test_mail.setObjectName("actionTestMail")
        self.action_probe = QAction(translate("MailActions", "Chec&k server…"), window)
        self.action_probe.setObjectName("actionProbe")
        window.menu_tools.addAction(self.action_test_mail)
        window.menu_tools.addAction(self.action_probe)

        self.test_mail_button.clicked.connect(self.open_test_mail)
        self.action_test_mail.triggered.connect(self.open_test_mail)
        self.probe_button.clicked.connect(self.open_probe)
        self.action_probe.triggered.connect(self.open_probe)

    # -- what the dialogs need from the window --------------------------------------------------------------
    def snapshot(self) -> tuple[str, MailSettings, str | None]:
        return self.window.form_snapshot()

    def password(self, profile: str) -> str | None:
        """The stored password (called in the worker thread; raises KeychainError)."""
        return self.window.profiles.password(profile)

    def recipient_for(self, profile: str, settings: MailSettings) -> str:
        return self._recipients.get(profile) or settings.last_recipient

    # -- the dialogs -----------------------------------------------------------------------------------------
    def _present(self, dialog) -> None:
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def open_test_mail(self):
        """Show *Send test mail* (created once; it takes the form's values at each Send)."""
        if self.test_mail_dialog is None:
            from swyxon_desktop.gui.checks.delivery_view import DeliveryAccess, trust_imap_certificate
            from swyxon_desktop.gui.checks.test_mail_dialog import TestMailDialog

            window = self.window
            access = DeliveryAccess(typed=lambda: window.form.imap_password or None,
                                    lookup=lambda profile: window.profiles.password(profile, "imap"),
                                    trust=lambda profile, sha256: trust_imap_certificate(window, profile, sha256))
            dialog = TestMailDialog(self.snapshot, self.password, recipient_for=self.recipient_for,
                                    parent=self.window, delivery=access)
            dialog.recipientUsed.connect(self.remember_recipient)
            dialog.trust = self.trust_certificate  # asked, and answered: the dialog hears a refusal
            self.test_mail_dialog = dialog
        else:
            self.test_mail_dialog.refresh()
        self._present(self.test_mail_dialog)
        return self.test_mail_dialog

    def open_probe(self):
        """Show *Check server* and start a check with the form's current values."""
        if self.probe_dialog is None:
            from swyxon_desktop.gui.checks.probe_dialog import ProbeDialog

            dialog = ProbeDialog(self.snapshot, parent=self.window)
            dialog.applyRequested.connect(self.apply_recommendation)
            dialog.trust = self.trust_certificate
            self.probe_dialog = dialog
        self._present(self.probe_dialog)
        if not self.probe_dialog.running:
            self.probe_dialog.start()
        return self.probe_dialog

    # -- what the dialogs ask the window to do --------------------------------------------------------------
    def remember_recipient(self, profile: str, recipient: str) -> None:
        """Keep the recipient for ``profile`` without touching the user's other unsaved edits."""
        self._recipients[profile] = recipient
        form = self.window.form
        profiles = self.window.profiles
        try:
            if form.name == profile:
                if form.settings.last_recipient == recipient:
                    return
                if form.is_new or form.is_dirty:  # it joins the user's unsaved edits, saved with them
                    self.window.apply_settings(form.settings.replace(last_recipient=recipient))
                    return
                revision = profiles.remember_recipient(profile, recipient, expected_revision=form.revision)
                if revision is not None:  # the form's baseline follows: it stays clean
                    form.load(profile, profiles.get(profile), revision=revision, is_new=False,
                              password_stored=form.password_stored)
            else:
                profiles.remember_recipient(profile, recipient)
        except (StoreError, OSError) as exc:  # another writer, a read-only disk: memory keeps it
            log.info("recipient for %r kept in memory only: %s", profile, exc)

    def trust_certificate(self, profile: str, sha256: str) -> bool:
        """Put the fingerprint the user trusted into the profile's form (unsaved) and say so."""
        window = self.window
        if window.form.name != profile:
            window.show_message(translate("MailActions", "The certificate was not trusted: the window now shows "
                                                         "another profile than "
                                   "“{0}”. Switch back to it and test again.").format(profile), "warning")
            return False
        window.apply_settings(window.form.settings.replace(pinned_sha256=sha256))
        log.info("certificate %s trusted for profile %r (unsaved)", sha256, profile)
        window.show_message(translate("MailActions", "The certificate with the SHA-256 fingerprint {0} is now "
                                                     "trusted for the profile "
                               "“{1}”. This is not saved yet: click Save to keep it.").format(sha256, profile),
                            "warning")
        return True

    def apply_recommendation(self, recommendation) -> None:
        """Fill the form with the recommended settings (unsaved)."""
        window = self.window
        window.apply_settings(recommendation.apply(window.form.settings))
        window.show_message(translate("MailActions", "The recommended settings are in the form but not saved yet: "
                                                     "check them and "
                               "click Save."), "info")


def install(main_window) -> MailActions:
    """Add *Send test mail…* and *Check server…* to ``main_window`` (see the module docstring); once."""
    existing = getattr(main_window, "mail_actions", None)
    if existing is not None:
        return existing
    actions = MailActions(main_window)
    main_window.mail_actions = actions
    return actions

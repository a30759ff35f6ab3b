"""A server certificate shown to a person: details, SHA-256 fingerprint, verification result and why.

* :class:`CertificateView` – the details as a form (used by the Check server dialog and below).
* :class:`CertificateDialog` – "trust exactly this certificate for this profile": shows the details and
  the fingerprint and emits ``trusted(sha256)`` only when the user presses *Trust this certificate*.
  Cancel is the default button. Opened with ``open()`` (window-modal, no nested event loop).

Trusting never happens silently: the fingerprint the user saw is the one emitted, and the caller
(mail_actions) puts it into the profile's ``pinned_sha256`` in the form, unsaved, with a message.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from swyxon_desktop.smtp.tlsinfo import CertificateInfo, TlsInfo, pretty_fingerprint

CONTEXT = "CertificateDialog"
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")



def _when(iso: str) -> str:
    try:
        return dt.datetime.fromisoformat(iso).astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    except (TypeError, ValueError):
        return iso or "—"


def certificate_dict(value: CertificateInfo | dict | None) -> dict | None:
    if value is None:
        return None
    return value.to_dict() if isinstance(value, CertificateInfo) else dict(value)


def verification_text(*, verified: bool, trusted_by_pin: bool, verify_error: str, cert: dict | None) -> str:
    """Whether the certificate is trusted, and why (or why not), in plain words."""
    if verified:
        return translate("CertificateDialog", "Verified: issued by a certification authority this computer trusts, "
                                              "and valid for the "
                  "server name.")
    if trusted_by_pin:
        return translate("CertificateDialog", "Not verified by a certification authority ({0}), but trusted: its "
                                              "fingerprint is the one "
                  "stored in this profile.").format(verify_error or "—")
    notes = []
    if cert:
        if cert.get("expired"):
            notes.append(translate("CertificateDialog", "it has expired"))
        if cert.get("not_yet_valid"):
            notes.append(translate("CertificateDialog", "it is not valid yet"))
        if cert.get("self_signed"):
            notes.append(translate("CertificateDialog", "it is self-signed"))
    reason = verify_error or translate("CertificateDialog", "the certificate could not be verified")
    text = translate("CertificateDialog", "Not trusted: {0}").format(reason)
    if notes:
        text += " (" + ", ".join(notes) + ")"
    return text


class CertificateView(QWidget):
    """The details of one certificate as a read-only form; every value can be selected and copied."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._values: dict[str, QLabel] = {}
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        rows = (("subject", translate("CertificateDialog", "Subject:")),
                ("issuer", translate("CertificateDialog", "Issuer:")),
                ("sans", translate("CertificateDialog", "Alternative names:")),
                ("validity", translate("CertificateDialog", "Valid:")),
                ("sha256", translate("CertificateDialog", "SHA-256 fingerprint:")),
                ("verification", translate("CertificateDialog", "Verification:")))
        for key, label in rows:
            value = QLabel("—", self)
            value.setObjectName(f"cert_{key}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            if key == "sha256":
                value.setFont(mono)
            name = QLabel(label, self)
            name.setBuddy(value)
            form.addRow(name, value)
            self._values[key] = value
        self.sha256 = ""

    def value_text(self, key: str) -> str:
        return self._values[key].text()

    def clear(self) -> None:
        for value in self._values.values():
            value.setText("—")
        self.sha256 = ""

    def set_certificate(self, cert: CertificateInfo | dict | None, *, sha256: str = "", verified: bool = False,
                        trusted_by_pin: bool = False, verify_error: str = "") -> None:
        data = certificate_dict(cert)
        self.sha256 = (data or {}).get("sha256") or sha256
        v = self._values
        if data:
            v["subject"].setText(data.get("subject") or "—")
            v["issuer"].setText(data.get("issuer") or "—")
            v["sans"].setText(", ".join(data.get("sans") or ()) or translate("CertificateDialog", "none"))
            validity = translate("CertificateDialog", "{0} to {1}").format(
                _when(data.get("not_before", "")), _when(data.get("not_after", "")))
            if data.get("expired"):
                validity += " – " + translate("CertificateDialog", "expired")
            elif data.get("not_yet_valid"):
                validity += " – " + translate("CertificateDialog", "not valid yet")
            v["validity"].setText(validity)
        else:
            for key in ("subject", "issuer", "sans", "validity"):
                v[key].setText(translate("CertificateDialog", "(could not be read)"))
        pretty = pretty_fingerprint(self.sha256) if self.sha256 else "—"
        half = len(pretty) // 2 + 1 if self.sha256 else 0
        v["sha256"].setText(pretty[:half] + "\n" + pretty[half:] if half else pretty)  # 2 lines of 16 bytes
        v["sha256"].setAccessibleName(pretty)
        v["verification"].setText(verification_text(verified=verified, trusted_by_pin=trusted_by_pin,
                                                    verify_error=verify_error, cert=data))

    def set_tls(self, tls: TlsInfo | None) -> None:
        """From a probe row's TLS session (the certificate was parsed in the worker thread)."""
        if tls is None or not tls.sha256:
            self.clear()
            return
        self.set_certificate(tls.certificate, sha256=tls.sha256, verified=tls.verified,
                             trusted_by_pin=tls.trusted_by_pin, verify_error=tls.verify_error)


class CertificateDialog(QDialog):
    """Trust exactly this certificate for one profile — or not. ``trusted(sha256)`` on *Trust*."""

    trusted = Signal(str)

    def __init__(self, profile: str, server: str, cert: CertificateInfo | dict | None, *, sha256: str,
                 verify_error: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("CertificateDialog")
        self.setWindowTitle(translate("CertificateDialog", "Server certificate not trusted"))
        self.profile = profile
        layout = QVBoxLayout(self)
        intro = QLabel(translate("CertificateDialog",
            "The server {0} presented a certificate that this computer cannot verify. Trust exactly this "
            "certificate for the profile “{1}” only if its SHA-256 fingerprint matches the one your mail "
            "administrator gives you. A different certificate will not be trusted.").format(server, profile), self)
        intro.setObjectName("introLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.view = CertificateView(self)
        self.view.set_certificate(cert, sha256=sha256, verify_error=verify_error)
        layout.addWidget(self.view)
        note = QLabel(translate("CertificateDialog", "The fingerprint is put into the profile as an unsaved change; "
                                                     "click Save in the "
                         "main window to keep it."), self)
        note.setObjectName("noteLabel")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(self)
        self.trust_button = QPushButton(translate("CertificateDialog", "&Trust this certificate"), self)
        self.trust_button.setObjectName("trustButton")
        self.trust_button.setAutoDefault(False)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(translate("CertificateDialog", "&Cancel"))
        self.cancel_button.setDefault(True)
        buttons.addButton(self.trust_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._trust)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(max(640, self.sizeHint().width()), self.sizeHint().height())

    @property
    def sha256(self) -> str:
        return self.view.sha256

    def _trust(self) -> None:
        if self.sha256:
            self.trusted.emit(self.sha256)
        self.accept()

"""Screenshots of the delivery confirmation after real runs (not a test): the tab *Delivery confirmation*
and *Send test mail* with *Confirm delivery*, against the project's test server and a real Dovecot.

    Xvfb :105 -screen 0 1400x1000x24 &
    DISPLAY=:105 QT_QPA_PLATFORM=xcb .venv/bin/python -m tests.delivery.screenshots docs/screenshots

Writes delivery-tab-<lang>.png, test-mail-confirm-<lang>.png (arrived in INBOX) and
test-mail-junk-<lang>.png (arrived in Junk). A throw-away home and the tests' in-memory keychain.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from tests.screens import settle


def start_parts(home: str):
    """(pki folder, Dovecot, Receiver, the relay) in the throw-away ``home`` — also tests/verdict/screenshots.py."""
    import trustme

    from swyxon_desktop.testserver import LocalServer, ServerPolicy
    from tests.delivery.dovecot import Dovecot, Receiver

    files = Path(home) / "pki"
    files.mkdir()
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(files / "ca.pem"))
    leaf = ca.issue_cert("localhost", "127.0.0.1")
    leaf.cert_chain_pems[0].write_to_path(str(files / "imap.pem"))
    leaf.private_key_pem.write_to_path(str(files / "imap.key"))
    dovecot = Dovecot.create(Path(home), files / "imap.pem", files / "imap.key").start()
    receiver = Receiver(dovecot)
    server = LocalServer(ServerPolicy(tls="starttls", users={"swyxware": "Geheim-123"}, mailbox=Path(home) / "mailbox",
                                      cert_file=files / "imap.pem", key_file=files / "imap.key",
                                      ca_file=files / "ca.pem"), on_event=receiver.on_event).start()
    return files, dovecot, receiver, server


def shot_settings(files: Path, dovecot, server, recipient: str):
    """The profile "Kunde Schmidt" of the screenshots: the relay with LOGIN, the Dovecot mailbox."""
    from swyxon_desktop.settings import AuthMechanism, ImapTls, MailSettings, TlsMode
    from tests.delivery.dovecot import USER

    return MailSettings(server="127.0.0.1", port=server.port, sender="SwyxWare@firma.de", use_ssl=True,
                        tls_mode=TlsMode.STARTTLS, ca_file=str(files / "ca.pem"), use_auth=True,
                        mechanism=AuthMechanism.LOGIN, username="swyxware", last_recipient=recipient,
                        imap_server="127.0.0.1", imap_port=dovecot.imaps_port, imap_tls=ImapTls.IMPLICIT,
                        imap_username=USER)


def main(out_dir: str) -> int:
    home = tempfile.mkdtemp(prefix="swyxon-shots-")
    os.environ["SWYXON_DESKTOP_HOME"] = home
    from swyxon_desktop import secrets
    from tests.conftest import MemoryKeyring

    secrets.set_backend(MemoryKeyring())

    from swyxon_desktop.gui.settings import mail_actions
    from swyxon_desktop.gui.app import create_app
    from swyxon_desktop.gui.settings.main_window import MainWindow
    from swyxon_desktop.profiles import Profiles
    from tests.delivery.dovecot import PASSWORD, USER

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files, dovecot, receiver, server = start_parts(home)
    from tests.dns_server import DnsServer
    from tests.verdict.conftest import PASS, zones

    names = DnsServer(zones(PASS)).start()
    try:
        settings = shot_settings(files, dovecot, server, USER)
        Profiles().save("Kunde Schmidt", settings, "Geheim-123", imap_password=PASSWORD)
        for lang in ("en", "de"):
            app = create_app(["--lang", lang])
            window = MainWindow()
            window.select_profile("Kunde Schmidt")
            window.show()
            tabs = window.ui.settingsTabs
            tabs.setCurrentIndex(window.imap_tab.index)
            settle(app, lambda: not window.keychain_busy and window.form.imap_password_stored is True)
            window.grab().save(str(out / f"delivery-tab-{lang}.png"))
            tabs.setCurrentIndex(0)
            actions = mail_actions.install(window)
            dialog = actions.open_test_mail()
            dialog.verdict.nameserver = names.nameserver  # the DNS check after the delivery: loopback only
            dialog.delivery.check.setChecked(True)
            for recipient, name in ((USER, "confirm"), (USER.replace("@", "+junk@"), "junk")):
                dialog.ui.recipientEdit.setText(recipient)
                dialog.send()
                settle(app, lambda: dialog.outcome is not None)
                dialog.grab().save(str(out / f"test-mail-{name}-{lang}.png"))
            dialog.close()
            window.form.load(window.form.name, window.form.settings, revision=window.form.revision)
            window.close()
            window.deleteLater()
    finally:
        names.stop()
        server.stop()
        receiver.stop()
        dovecot.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))

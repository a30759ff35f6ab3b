"""Screenshots of the one verdict after a real run (not a test): *Send test mail* with *Confirm delivery*,
the relay (project's test server), a real Dovecot (the receiver puts "+junk" mail in Junk and names the
relay as 192.0.2.10) and a loopback name server whose SPF record for firma.de softfails that address.

    Xvfb :109 -screen 0 1400x1000x24 &
    DISPLAY=:109 QT_QPA_PLATFORM=xcb .venv/bin/python -m tests.verdict.screenshots docs/screenshots

Writes test-mail-verdict-<lang>.png. A throw-away home and the tests' in-memory keychain.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from tests.delivery.screenshots import _wait


def main(out_dir: str) -> int:
    home = tempfile.mkdtemp(prefix="swyxon-shots-")
    os.environ["SWYXON_DESKTOP_HOME"] = home
    from swyxon_desktop import secrets
    from tests.conftest import MemoryKeyring

    secrets.set_backend(MemoryKeyring())
    import trustme

    from swyxon_desktop.gui import mail_actions
    from swyxon_desktop.gui.app import create_app
    from swyxon_desktop.gui.main_window import MainWindow
    from swyxon_desktop.profiles import Profiles
    from swyxon_desktop.settings import AuthMechanism, ImapTls, MailSettings, TlsMode
    from swyxon_desktop.testserver import LocalServer, ServerPolicy
    from tests.delivery.dovecot import PASSWORD, USER, Dovecot, Receiver
    from tests.dns_server import DnsServer
    from tests.verdict.conftest import SOFTFAIL, zones

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
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
    try:
        with DnsServer(zones(SOFTFAIL)) as ns:
            settings = MailSettings(server="127.0.0.1", port=server.port, sender="SwyxWare@firma.de", use_ssl=True,
                                    tls_mode=TlsMode.STARTTLS, ca_file=str(files / "ca.pem"), use_auth=True,
                                    mechanism=AuthMechanism.LOGIN, username="swyxware",
                                    last_recipient=USER.replace("@", "+junk@"), imap_server="127.0.0.1",
                                    imap_port=dovecot.imaps_port, imap_tls=ImapTls.IMPLICIT, imap_username=USER)
            Profiles().save("Kunde Schmidt", settings, "Geheim-123", imap_password=PASSWORD)
            for lang in ("en", "de"):
                app = create_app(["--lang", lang])
                window = MainWindow()
                window.select_profile("Kunde Schmidt")
                window.show()
                _wait(app, lambda: not window.keychain_busy)
                actions = mail_actions.install(window)
                dialog = actions.open_test_mail()
                dialog.resize(1100, 860)
                dialog.verdict.nameserver = ns.nameserver
                dialog.delivery.check.setChecked(True)
                dialog.ui.recipientEdit.setText(USER.replace("@", "+junk@"))
                dialog.send()
                _wait(app, lambda: dialog.outcome is not None)
                dialog.grab().save(str(out / f"test-mail-verdict-{lang}.png"))
                dialog.close()
                window.form.load(window.form.name, window.form.settings, revision=window.form.revision)
                window.close()
                window.deleteLater()
    finally:
        server.stop()
        receiver.stop()
        dovecot.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))

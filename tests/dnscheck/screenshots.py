"""Screenshots of Tools › Check DNS… after a real check against the loopback DNS server (not a test).

    Xvfb :104 -screen 0 1400x1000x24 &
    DISPLAY=:104 QT_QPA_PLATFORM=xcb .venv/bin/python -m tests.dnscheck.screenshots docs/screenshots

Writes check-dns-en.png and check-dns-de.png: a relay IP the SPF record does not cover (softfail),
DMARC p=quarantine, no PTR — the verdict says what to change. Uses a throw-away home.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ZONES = {
    "firma.de": {"MX": ["10 mx.firma.de."], "TXT": ["v=spf1 ip4:192.0.2.10 include:_spf.relay.example ~all"]},
    "_spf.relay.example": {"TXT": ["v=spf1 ip4:198.51.100.0/24 -all"]},
    "_dmarc.firma.de": {"TXT": ["v=DMARC1; p=quarantine; rua=mailto:dmarc@firma.de"]},
    "mx.firma.de": {"A": ["192.0.2.25"]},
    "smtp.firma.de": {"A": ["192.0.2.10"]},
    "192.0.2.10": {"PTR": ["smtp.firma.de."]},
}


def main(out_dir: str) -> int:
    os.environ["SWYXON_DESKTOP_HOME"] = tempfile.mkdtemp(prefix="swyxon-shots-")
    from swyxon_desktop import secrets
    from tests.conftest import MemoryKeyring

    secrets.set_backend(MemoryKeyring())
    from swyxon_desktop.gui.app import create_app
    from swyxon_desktop.gui.settings.main_window import MainWindow
    from swyxon_desktop.profiles import Profiles
    from swyxon_desktop.settings import MailSettings
    from tests.dns_server import DnsServer

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    Profiles().save("Kunde Schmidt", MailSettings(server="smtp.firma.de", port=587, sender="SwyxWare@firma.de"), None)
    with DnsServer(ZONES) as ns:
        for lang in ("en", "de"):
            app = create_app(["--lang", lang])
            window = MainWindow()
            window.select_profile("Kunde Schmidt")
            window.show()
            dialog = window.open_dns_check()
            dialog.relay_edit.setText("203.0.113.5")
            dialog.nameserver_edit.setText(ns.nameserver)
            dialog.start()
            end = time.monotonic() + 20
            while dialog.running or dialog.report is None:
                if time.monotonic() > end:
                    raise TimeoutError("the check did not finish")
                app.processEvents()
                time.sleep(0.01)  # a script driving a real window, not a test
            for _ in range(20):
                app.processEvents()
            dialog.grab().save(str(out / f"check-dns-{lang}.png"))
            dialog.close()
            window.form.load(window.form.name, window.form.settings, revision=window.form.revision,
                             is_new=window.form.is_new, password_stored=window.form.password_stored)
            window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))

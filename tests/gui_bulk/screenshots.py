"""Screenshots of the overview window (Profile › Check all profiles…), German and English (not a test).

    Xvfb :103 -screen 0 1400x1000x24 &
    DISPLAY=:103 QT_QPA_PLATFORM=xcb .venv/bin/python -m tests.gui_bulk.screenshots docs/screenshots

Writes overview-de.png and overview-en.png: tenant profiles checked against real local test servers
(STARTTLS + AUTH, the sender domains it manages), with a wrong password, a foreign sender domain, a
server that never answers, a closed port and a stored profile that no longer validates. A throw-away
home and an in-memory keychain: nothing on this computer is read or changed.
"""
from __future__ import annotations

import json
import os
import socket
import sys
import tempfile
from pathlib import Path

from tests.screens import settle

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Screenshot-Geheim-1"


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else ROOT / "docs" / "screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    os.environ["SWYXON_DESKTOP_HOME"] = tempfile.mkdtemp(prefix="swyxon-overview-shots-")
    sys.path.insert(0, str(ROOT))
    from swyxon_desktop import paths, secrets
    from tests.conftest import MemoryKeyring

    secrets.set_backend(MemoryKeyring())
    from swyxon_desktop.gui.app import create_app
    from swyxon_desktop.gui.overview.window import OverviewWindow
    from swyxon_desktop.settings import AuthMechanism, MailSettings, TlsMode
    from swyxon_desktop.store import Store
    from swyxon_desktop.testserver import LocalServer, ServerPolicy

    server = LocalServer(ServerPolicy(host="127.0.0.1", port=0, tls="starttls", users={"swyxware": PASSWORD},
                                      sender_domains=("firma.de", "kunde-mueller.de", "praxis-wagner.de")))
    server.start()
    hole = socket.socket()
    hole.bind(("127.0.0.1", 0))
    hole.listen(16)
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))  # bound, never listening: refused

    def profile(sender, *, port=server.port, auth=True, timeout=3.0):
        return MailSettings(server="127.0.0.1", port=port, sender=sender, use_ssl=True, tls_mode=TlsMode.STARTTLS,
                            ca_file=str(server.ca_file), use_auth=auth, mechanism=AuthMechanism.AUTO,
                            username="swyxware", timeout_s=timeout).to_dict()

    entries = {
        "Plattform": profile("SwyxWare@firma.de"),
        "Kunde Müller GmbH": profile("telefonie@kunde-mueller.de"),
        "Praxis Dr. Wagner": profile("empfang@praxis-wagner.de"),
        "Autohaus Schmidt": profile("info@autohaus-schmidt.de"),  # a domain the server does not manage
        "Kanzlei Becker": profile("sekretariat@firma.de"),  # its password is wrong
        "Stadtwerke Nord": profile("zentrale@firma.de", port=hole.getsockname()[1], timeout=2.0),
        "Hotel am See": profile("rezeption@firma.de", port=closed.getsockname()[1]),
        "Bäckerei Korn": {**profile("bestellung-firma.de")},  # no @: no longer valid
    }
    paths.config_file().parent.mkdir(parents=True, exist_ok=True)
    paths.config_file().write_text(json.dumps({"schema_version": 1, "profiles": {
        n: {"settings": s} for n, s in entries.items()}}), "utf-8")
    for name in entries:
        secrets.set_password(name, "falsch" if name == "Kanzlei Becker" else PASSWORD)
    written = []
    try:
        for lang in ("de", "en"):
            app = create_app(["--lang", lang])
            window = OverviewWindow(Store())
            window.resize(1180, 420)
            window.show()
            done = []
            window.runFinished.connect(done.append)
            window.start()
            settle(app, lambda: bool(done))
            target = out / f"overview-{lang}.png"
            window.grab().save(str(target))
            written.append(target)
            window.close()
            window.deleteLater()
            settle(app)
    finally:
        server.stop()
        hole.close()
        closed.close()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

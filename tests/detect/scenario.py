"""A whole detect scenario on loopback for the screenshots and trying it by hand (not a test):
a DNS server (tests/dns_server.py) for firma.test, an autoconfig file on a loopback HTTPS server,
an answering SMTP server (SRV) and one that does not answer — all with one trustme CA.

    .venv/bin/python -m tests.detect.scenario      # prints the command line to try, runs until Ctrl+C
"""
from __future__ import annotations

import socket
import sys
from pathlib import Path

import trustme

from swyxon_desktop.testserver import LocalServer, ServerPolicy
from tests.detect.https_server import HttpsServer
from tests.dns_server import DnsServer


class Scenario:
    address = "info@firma.test"

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        ca = trustme.CA()
        ca.cert_pem.write_to_path(str(self.folder / "ca.pem"))
        for name, names in (("https", ("autoconfig.firma.test", "firma.test")),
                            ("smtp", ("smtp.firma.test", "mail.firma.test"))):
            leaf = ca.issue_cert(*names)
            leaf.cert_chain_pems[0].write_to_path(str(self.folder / f"{name}.pem"))
            leaf.private_key_pem.write_to_path(str(self.folder / f"{name}.key"))
        self.ca_file = str(self.folder / "ca.pem")

    def start(self) -> "Scenario":
        f = self.folder
        self.smtp = LocalServer(ServerPolicy(tls="implicit", users={self.address: "x"}, cert_file=f / "smtp.pem",
                                             key_file=f / "smtp.key", ca_file=f / "ca.pem", mailbox=f / "mb",
                                             hostname="smtp.firma.test")).start()
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            dead = s.getsockname()[1]
        self.https = HttpsServer(str(f / "https.pem"), str(f / "https.key")).start()
        self.https.routes[("autoconfig.firma.test", "/mail/config-v1.1.xml")] = (200, {}, (
            "<clientConfig version='1.1'><emailProvider id='firma.test'><outgoingServer type='smtp'>"
            f"<hostname>mail.firma.test</hostname><port>{dead}</port><socketType>STARTTLS</socketType>"
            "<authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username>"
            "</outgoingServer></emailProvider></clientConfig>").encode())
        self.dns = DnsServer({
            "_submissions._tcp.firma.test": {"SRV": [f"0 1 {self.smtp.port} smtp.firma.test."]},
            "_submission._tcp.firma.test": {"SRV": ["0 0 0 ."]},
            "autoconfig.firma.test": {"A": ["127.0.0.1"]},
            "smtp.firma.test": {"A": ["127.0.0.1"]},
            "mail.firma.test": {"A": ["127.0.0.1"]},
            "firma.test": {"MX": ["10 firma-test.mail.protection.outlook.com."]},
        }).start()
        self.nameserver = self.dns.nameserver
        self.https_port = self.https.port
        return self

    def stop(self) -> None:
        self.dns.stop()
        self.https.stop()
        self.smtp.stop()


if __name__ == "__main__":
    import tempfile

    sc = Scenario(Path(tempfile.mkdtemp(prefix="detect-scenario-"))).start()
    print(f"SWYXON_DESKTOP_DETECT_HTTPS_PORT={sc.https_port} swyxon-desktop profile detect {sc.address} "
          f"--nameserver {sc.nameserver} --ca-file {sc.ca_file}", flush=True)
    try:
        sys.stdin.read()
    except KeyboardInterrupt:
        pass
    sc.stop()

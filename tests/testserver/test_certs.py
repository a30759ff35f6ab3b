"""The local test CA: created on first use, reused, keys private, a server certificate clients verify."""
from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import socket
import ssl
import stat
import threading

from cryptography import x509

from swyxon_desktop.testserver import certs
from swyxon_desktop.testserver.certs import ensure_local_ca, format_fingerprint


def test_created_in_the_data_dir_and_reused(isolated_home):
    first = ensure_local_ca()
    assert first.ca_file == isolated_home / "data" / "testserver" / "ca.pem"
    assert len(first.sha256) == 64 and first.sha256 == first.sha256.lower()
    second = ensure_local_ca()
    assert second == first
    assert first.ca_file.read_bytes() == second.ca_file.read_bytes()


def test_keys_are_private():
    local = ensure_local_ca()
    for key in (local.key_file, local.cert_file.with_name(certs.CA_KEY_FILE)):
        assert stat.S_IMODE(key.stat().st_mode) == 0o600


def test_server_certificate_names_localhost_and_loopback_addresses():
    local = ensure_local_ca()
    cert = x509.load_pem_x509_certificate(local.cert_file.read_bytes())
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.DNSName) == ["localhost"]
    assert set(san.get_values_for_type(x509.IPAddress)) == {ipaddress.ip_address("127.0.0.1"),
                                                              ipaddress.ip_address("::1")}
    ca = x509.load_pem_x509_certificate(local.ca_file.read_bytes())
    assert cert.issuer == ca.subject
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca


def test_a_verifying_client_accepts_it_for_localhost_and_127_0_0_1():
    """A real TLS handshake with ssl.create_default_context (hostname checked) against the cert."""
    local = ensure_local_ca()
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(local.cert_file, local.key_file)
    for name in ("localhost", "127.0.0.1"):
        client_ctx = ssl.create_default_context(cafile=str(local.ca_file))
        with socket.create_server(("127.0.0.1", 0)) as listener:
            port = listener.getsockname()[1]
            raw = socket.create_connection(("127.0.0.1", port), timeout=10)
            conn, _ = listener.accept()
            conn.settimeout(10)
            errors = []

            def serve_side():
                try:
                    with server_ctx.wrap_socket(conn, server_side=True) as tls:
                        tls.recv(1)
                except Exception as exc:  # noqa: BLE001
                    errors.append(exc)

            t = threading.Thread(target=serve_side)
            t.start()
            with client_ctx.wrap_socket(raw, server_hostname=name) as tls:
                der = tls.getpeercert(binary_form=True)
                tls.sendall(b"x")
            t.join(10)
            assert not errors
            assert hashlib.sha256(der).hexdigest() == local.sha256


def test_a_broken_server_key_is_reissued_from_the_same_ca():
    first = ensure_local_ca()
    first.key_file.write_text("garbage")
    second = ensure_local_ca()
    assert second.ca_sha256 == first.ca_sha256  # clients that trust the CA keep working
    assert second.sha256 != first.sha256


def test_an_expiring_server_certificate_is_renewed(monkeypatch):
    first = ensure_local_ca()
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=certs.SERVER_DAYS - 10)
    monkeypatch.setattr(certs, "_now", lambda: later)
    second = ensure_local_ca()
    assert second.ca_sha256 == first.ca_sha256 and second.sha256 != first.sha256


def test_format_fingerprint():
    assert format_fingerprint("ab" * 32) == ":".join(["AB"] * 32)

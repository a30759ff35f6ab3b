"""The local test CA: created on first use, reused, keys private, a server certificate clients verify."""
from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import socket
import ssl
import stat
import threading

import pytest
import trustme
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

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


def handshake(ca_file, cert_file, key_file, name: str) -> bytes:
    """A real TLS handshake with ssl.create_default_context(cafile=ca_file) (hostname checked) against
    the certificate; returns the DER the client saw. Raises ssl.SSLCertVerificationError when OpenSSL
    refuses the chain."""
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert_file, key_file)
    client_ctx = ssl.create_default_context(cafile=str(ca_file))
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]
        raw = socket.create_connection(("127.0.0.1", port), timeout=10)
        conn, _ = listener.accept()
        conn.settimeout(10)

        def serve_side():
            try:
                with server_ctx.wrap_socket(conn, server_side=True) as tls:
                    tls.recv(1)
            except (OSError, ssl.SSLError):
                pass  # the client refused: its error is what the test looks at
            finally:
                conn.close()

        t = threading.Thread(target=serve_side)
        t.start()
        try:
            with client_ctx.wrap_socket(raw, server_hostname=name) as tls:
                der = tls.getpeercert(binary_form=True)
                tls.sendall(b"x")
        finally:
            raw.close()
            t.join(10)
    return der


def test_a_verifying_client_accepts_it_for_localhost_and_127_0_0_1():
    local = ensure_local_ca()
    for name in ("localhost", "127.0.0.1"):
        der = handshake(local.ca_file, local.cert_file, local.key_file, name)
        assert hashlib.sha256(der).hexdigest() == local.sha256


def test_the_ca_may_sign_only_for_loopback_names():
    local = ensure_local_ca()
    ca = x509.load_pem_x509_certificate(local.ca_file.read_bytes())
    ext = ca.extensions.get_extension_for_class(x509.NameConstraints)
    assert ext.critical
    assert set(ext.value.permitted_subtrees) == {
        x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_network("127.0.0.0/8")),
        x509.IPAddress(ipaddress.ip_network("::1/128"))}
    assert not ext.value.excluded_subtrees


def test_openssl_refuses_a_certificate_the_ca_signed_for_another_host(tmp_path):
    """Whoever gets hold of the CA key cannot impersonate a real mail server to a client trusting ca.pem."""
    local = ensure_local_ca()
    ca_key = serialization.load_pem_private_key(local.ca_file.with_name(certs.CA_KEY_FILE).read_bytes(), None)
    ca_cert = x509.load_pem_x509_certificate(local.ca_file.read_bytes())
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.timezone.utc)
    forged = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "mail.example.org")]))
        .issuer_name(ca_cert.subject).public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("mail.example.org"),
                                                    x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                       critical=False)
        .sign(ca_key, hashes.SHA256()))
    cert_file, key_file = tmp_path / "forged.pem", tmp_path / "forged-key.pem"
    cert_file.write_bytes(forged.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    with pytest.raises(ssl.SSLCertVerificationError, match="name constraint|permitted"):
        handshake(local.ca_file, cert_file, key_file, "mail.example.org")


def test_a_stored_ca_without_the_constraint_is_replaced_once(isolated_home):
    old = trustme.CA()  # an unconstrained CA, as earlier versions made
    directory = isolated_home / "data" / "testserver"
    directory.mkdir(parents=True)
    (directory / certs.CA_FILE).write_bytes(old.cert_pem.bytes())
    (directory / certs.CA_KEY_FILE).write_bytes(old.private_key_pem.bytes())
    old_sha256 = hashlib.sha256(x509.load_pem_x509_certificate(old.cert_pem.bytes()).public_bytes(
        serialization.Encoding.DER)).hexdigest()
    replaced = ensure_local_ca()
    assert replaced.ca_replaced and replaced.ca_sha256 != old_sha256
    ca = x509.load_pem_x509_certificate(replaced.ca_file.read_bytes())
    assert ca.extensions.get_extension_for_class(x509.NameConstraints).critical
    for name in ("localhost", "127.0.0.1"):
        handshake(replaced.ca_file, replaced.cert_file, replaced.key_file, name)
    again = ensure_local_ca()
    assert not again.ca_replaced and (again.ca_sha256, again.sha256) == (replaced.ca_sha256, replaced.sha256)


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


def test_format_fingerprint_is_the_engines_pretty_fingerprint():
    from swyxon_desktop.smtp import tlsinfo

    assert format_fingerprint is tlsinfo.pretty_fingerprint  # one way to show a fingerprint
    assert format_fingerprint("ab" * 32) == ":".join(["AB"] * 32)


def test_files_are_written_atomically_by_the_store_helper(monkeypatch):
    """The certificates and keys go through store.atomic_write_text (fsync of file and folder, clean-up)."""
    from swyxon_desktop import store

    written = {}
    real = store.atomic_write_text

    def recording(path, text, mode=0o600):
        written[path.name] = mode
        real(path, text, mode)

    monkeypatch.setattr(store, "atomic_write_text", recording)
    local = ensure_local_ca()
    assert written == {certs.CA_KEY_FILE: 0o600, certs.CA_FILE: 0o644, certs.KEY_FILE: 0o600,
                       certs.CERT_FILE: 0o644}
    assert stat.S_IMODE(local.ca_file.stat().st_mode) == 0o644
    assert not [p for p in local.ca_file.parent.iterdir() if p.name.endswith(".tmp")]


def test_fingerprints_are_sha256_of_the_der(isolated_home):
    local = ensure_local_ca()
    for pem, sha in ((local.cert_file, local.sha256), (local.ca_file, local.ca_sha256)):
        der = ssl.PEM_cert_to_DER_cert(pem.read_text())
        assert certs.der_of_pem(pem) == der
        assert sha == hashlib.sha256(der).hexdigest()

"""The test server's own local CA and server certificate (cryptography), created on first use.

Kept in ``paths.data_dir()/testserver/`` and reused: ``ca.pem`` (what a client trusts), ``ca-key.pem``,
``server.pem`` and ``server-key.pem`` (keys mode 0600). The server certificate names localhost, 127.0.0.1
and ::1; it is re-issued from the same CA when it nears its end, so profiles that trust the CA keep working.

The CA may sign only for loopback names: a critical NameConstraints extension permits DNS ``localhost``,
IP 127.0.0.0/8 and ::1/128, so trusting ``ca.pem`` never lets it vouch for a real host. A stored CA made
before that rule (without the constraint) is replaced once, together with the server certificate
(``LocalCertificates.ca_replaced`` tells the caller to show the new fingerprint).
"""
from __future__ import annotations

import datetime as dt
import ipaddress
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from swyxon_desktop import APP_DISPLAY_NAME
from swyxon_desktop.smtp.tlsinfo import pretty_fingerprint as format_fingerprint  # noqa: F401 - public API
from swyxon_desktop.smtp.tlsinfo import sha256_fingerprint

CA_FILE, CA_KEY_FILE = "ca.pem", "ca-key.pem"
CERT_FILE, KEY_FILE = "server.pem", "server-key.pem"
CA_DAYS = 3650
SERVER_DAYS = 825
RENEW_BEFORE_DAYS = 30
SERVER_NAMES = ("localhost",)
SERVER_IPS = ("127.0.0.1", "::1")
PERMITTED_DNS = ("localhost",)
PERMITTED_NETWORKS = ("127.0.0.0/8", "::1/128")


@dataclass(frozen=True)
class LocalCertificates:
    ca_file: Path
    cert_file: Path
    key_file: Path
    sha256: str  # the server certificate's fingerprint: 64 lower-case hex digits of SHA-256(DER)
    ca_sha256: str
    ca_replaced: bool = False  # a stored CA without the loopback-only name constraint was replaced just now


def default_dir() -> Path:
    from swyxon_desktop.paths import data_dir

    return data_dir() / "testserver"


def der_of_pem(path: Path) -> bytes:
    """The first certificate of a PEM file, as DER (fingerprint it with ``sha256_fingerprint``)."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    return x509.load_pem_x509_certificate(Path(path).read_bytes()).public_bytes(Encoding.DER)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _new_key():
    from cryptography.hazmat.primitives.asymmetric import ec

    return ec.generate_private_key(ec.SECP256R1())


def _key_pem(key) -> str:
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode("ascii")


def _cert_pem(cert) -> str:
    from cryptography.hazmat.primitives import serialization

    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


def _name_constraints():
    from cryptography import x509

    return x509.NameConstraints(
        permitted_subtrees=[x509.DNSName(n) for n in PERMITTED_DNS]
        + [x509.IPAddress(ipaddress.ip_network(n)) for n in PERMITTED_NETWORKS],
        excluded_subtrees=None)


def _is_constrained(ca_cert) -> bool:
    """The CA carries exactly the loopback-only NameConstraints, marked critical."""
    from cryptography import x509

    try:
        ext = ca_cert.extensions.get_extension_for_class(x509.NameConstraints)
    except x509.ExtensionNotFound:
        return False
    return ext.critical and ext.value == _name_constraints()


def _make_ca():
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    key = _new_key()
    host = socket.gethostname() or "localhost"
    name = x509.Name([
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, APP_DISPLAY_NAME),
        x509.NameAttribute(NameOID.COMMON_NAME, f"{APP_DISPLAY_NAME} local test CA ({host[:40]})"),
    ])
    now = _now()
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=CA_DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                     crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(_name_constraints(), critical=True)
        .add_extension(ski, critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _make_server(ca_key, ca_cert):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = _new_key()
    now = _now()
    sans = [x509.DNSName(n) for n in SERVER_NAMES] + [x509.IPAddress(ipaddress.ip_address(a)) for a in SERVER_IPS]
    ca_ski = ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, APP_DISPLAY_NAME),
            x509.NameAttribute(NameOID.COMMON_NAME, "localhost"),
        ]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(min(now + dt.timedelta(days=SERVER_DAYS), ca_cert.not_valid_after_utc))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectAlternativeName(sans), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    return key, cert


def _load_ca(directory: Path):
    """The stored CA (key, cert) when it is usable for a while yet, else None."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    try:
        cert = x509.load_pem_x509_certificate((directory / CA_FILE).read_bytes())
        key = serialization.load_pem_private_key((directory / CA_KEY_FILE).read_bytes(), password=None)
    except (OSError, ValueError, TypeError):
        return None
    if key.public_key().public_numbers() != cert.public_key().public_numbers():
        return None
    if cert.not_valid_after_utc - _now() < dt.timedelta(days=RENEW_BEFORE_DAYS):
        return None
    return key, cert


def _server_ok(directory: Path, ca_cert) -> bool:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives import hashes

    try:
        cert = x509.load_pem_x509_certificate((directory / CERT_FILE).read_bytes())
        key = serialization.load_pem_private_key((directory / KEY_FILE).read_bytes(), password=None)
        ca_cert.public_key().verify(cert.signature, cert.tbs_certificate_bytes, ec.ECDSA(hashes.SHA256()))
    except Exception:  # noqa: BLE001 - unreadable, foreign or forged: issue a new one
        return False
    if key.public_key().public_numbers() != cert.public_key().public_numbers():
        return False
    if cert.issuer != ca_cert.subject:
        return False
    return cert.not_valid_after_utc - _now() >= dt.timedelta(days=RENEW_BEFORE_DAYS)


def ensure_local_ca(directory: Path | None = None) -> LocalCertificates:
    """The local CA and server certificate, created (or renewed) on first use and reused afterwards.

    Safe between processes (the GUI and the CLI): creation happens under an OS file lock.
    """
    from cryptography.hazmat.primitives.serialization import Encoding

    from swyxon_desktop import store

    directory = Path(directory) if directory else default_dir()
    directory.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(directory, 0o700)
    except OSError:
        pass
    with store.file_lock(directory / ".lock"):
        ca = _load_ca(directory)
        replaced = ca is not None and not _is_constrained(ca[1])
        if replaced:
            ca = None  # made before the loopback-only rule: a new CA (and server certificate), once
        if ca is None:
            ca_key, ca_cert = _make_ca()
            store.atomic_write_text(directory / CA_KEY_FILE, _key_pem(ca_key), 0o600)
            store.atomic_write_text(directory / CA_FILE, _cert_pem(ca_cert), 0o644)
        else:
            ca_key, ca_cert = ca
        if ca is None or not _server_ok(directory, ca_cert):
            key, cert = _make_server(ca_key, ca_cert)
            store.atomic_write_text(directory / KEY_FILE, _key_pem(key), 0o600)
            store.atomic_write_text(directory / CERT_FILE, _cert_pem(cert), 0o644)
        server_der = der_of_pem(directory / CERT_FILE)
    return LocalCertificates(
        ca_file=directory / CA_FILE, cert_file=directory / CERT_FILE, key_file=directory / KEY_FILE,
        sha256=sha256_fingerprint(server_der), ca_sha256=sha256_fingerprint(ca_cert.public_bytes(Encoding.DER)),
        ca_replaced=replaced)

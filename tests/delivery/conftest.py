"""Fixtures: one real Dovecot per test module, fed by the project's test server through dovecot-lda."""
from __future__ import annotations

import os
import shutil

import pytest
import trustme

from tests.delivery.dovecot import DOVECOT, LDA, Dovecot, Receiver


def _need_dovecot() -> None:
    if not (shutil.which("dovecot") or os.path.exists(DOVECOT)) or not os.path.exists(LDA):
        msg = "Dovecot (Debian package dovecot-imapd) is not installed"
        if os.environ.get("SWYXON_NO_SKIP"):
            pytest.fail(msg)
        pytest.skip(msg)


@pytest.fixture(scope="module")
def imap_pki(tmp_path_factory):
    d = tmp_path_factory.mktemp("imap-pki")
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(d / "ca.pem"))
    leaf = ca.issue_cert("localhost", "127.0.0.1")
    leaf.cert_chain_pems[0].write_to_path(str(d / "imap.pem"))
    leaf.private_key_pem.write_to_path(str(d / "imap.key"))
    return d


@pytest.fixture(scope="module")
def dovecot(tmp_path_factory, imap_pki):
    _need_dovecot()
    server = Dovecot.create(tmp_path_factory.mktemp("dovecot"), imap_pki / "imap.pem", imap_pki / "imap.key")
    try:
        server.start()
    except BaseException:
        server.stop()
        raise
    yield server
    server.stop()


@pytest.fixture(scope="module")
def dovecot_without_idle(tmp_path_factory, imap_pki):
    """A second Dovecot that offers no IDLE after login: the confirmation polls."""
    _need_dovecot()
    server = Dovecot.create(tmp_path_factory.mktemp("dovecot-noidle"), imap_pki / "imap.pem", imap_pki / "imap.key",
                            idle=False)
    try:
        server.start()
    except BaseException:
        server.stop()
        raise
    yield server
    server.stop()


@pytest.fixture
def receiver(dovecot):
    r = Receiver(dovecot)
    yield r
    r.stop()
    assert not r.errors, r.errors


@pytest.fixture
def relay(serve, receiver):
    """The project's test server as the customer's relay; what it accepts goes to the receiver."""
    def _relay(**policy):
        server = serve(tls="starttls", **policy)
        server.on_event = receiver.on_event
        return server

    return _relay


from tests.smtp.conftest import pki, serve  # noqa: E402,F401 - the relay's certificates and test server

"""TLS session resumption inside a bulk run (tlsinfo.shared_contexts): real loopback servers with
trustme certificates. Resumed only after a verified handshake, only for the same trust set — never for
a pinned certificate, never outside a run, and a profile that would not verify still fails."""
from __future__ import annotations

import pytest

from swyxon_desktop.failures import Category
from swyxon_desktop.smtp.preflight import check_without_sending
from swyxon_desktop.smtp.session import shared_names
from swyxon_desktop.smtp.tlsinfo import shared_contexts
from tests.smtp.helpers import settings_for

pytestmark = pytest.mark.network
RCPT = "admin@example.com"


def _tls_note(result) -> str:
    notes = [line.text for line in result.transcript if line.text.startswith("TLS established")]
    assert len(notes) == 1, notes
    return notes[0]


def _check(settings):
    result = check_without_sending(settings, None, RCPT)
    assert result.ok, result.to_dict()
    return result


def test_the_second_check_of_a_server_resumes_the_verified_session(serve):
    server = serve(tls="starttls", users={})
    settings = settings_for(server)
    with shared_contexts(), shared_names():
        first, second, third = (_check(settings) for _ in range(3))
    assert "session resumed" not in _tls_note(first)
    for later in (second, third):
        assert _tls_note(later).endswith("certificate verified; SHA-256 " + first.tls.sha256 + "; session resumed")
        assert later.tls.verified and later.tls.sha256 == first.tls.sha256 == server.sha256


def test_no_resumption_outside_a_bulk_run(serve):
    settings = settings_for(serve(tls="implicit", users={}), tls="implicit")
    for _ in range(2):
        assert "session resumed" not in _tls_note(_check(settings))


def test_a_pinned_certificate_is_checked_on_every_connection_never_resumed(serve):
    server = serve(tls="starttls", cert="other", users={})  # issued for another host name: verification fails
    settings = settings_for(server, pinned_sha256=server.sha256)
    with shared_contexts(), shared_names():
        results = [_check(settings) for _ in range(3)]
    for result in results:
        assert result.tls.trusted_by_pin and "session resumed" not in _tls_note(result)


def test_a_session_verified_with_one_ca_file_does_not_let_a_profile_without_it_in(serve):
    server = serve(tls="starttls", users={})
    with shared_contexts(), shared_names():
        _check(settings_for(server))  # verified with the test CA: its session is kept
        untrusting = check_without_sending(settings_for(server, ca_file=""), None, RCPT)  # system CAs only
        assert not untrusting.ok
        assert untrusting.failure.category is Category.CERTIFICATE_INVALID, untrusting.to_dict()
        assert "session resumed" not in untrusting.transcript_text()
        assert "session resumed" in _tls_note(_check(settings_for(server)))

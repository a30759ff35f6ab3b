"""Check server: capabilities before/after TLS, the certificate, the port matrix and its recommendation.

The probe never sends credentials: every test checks the server saw no AUTH command.
"""
from __future__ import annotations

import pytest

from swyxon_desktop.failures import Category
from swyxon_desktop.settings import AuthMechanism, Security, TlsMode
from swyxon_desktop.smtp import send_test_mail
from swyxon_desktop.smtp.probe import probe
from tests.smtp.helpers import PASSWORD, RECIPIENT, USER, free_port, settings_for

pytestmark = pytest.mark.network


def _no_auth_sent(*servers):
    for server in servers:
        assert all(s.auth_mechanisms == [] for s in server.sessions), "the probe must never authenticate"


def test_starttls_server_in_detail(serve, closed_ports):
    server = serve(tls="starttls")
    settings = settings_for(server, use_auth=True, username=USER)
    events = []
    result = probe(settings, ports=closed_ports, on_event=events.append)

    assert result.ok and result.failure is None
    row = result.configured
    assert (row.port, row.attempt, row.status, row.security) == (settings.port, Security.STARTTLS, "ok",
                                                               Security.STARTTLS)
    assert row.greeting.startswith("220 ")
    d = row.to_dict()
    assert d["starttls_offered"] is True
    before, after = d["capabilities_before_tls"], d["capabilities"]
    assert before["STARTTLS"] is True and "AUTH" not in before  # this server offers AUTH only behind TLS
    assert after["AUTH"] == ["CRAM-MD5", "LOGIN", "PLAIN"] or sorted(after["AUTH"]) == ["CRAM-MD5", "LOGIN", "PLAIN"]
    assert isinstance(after["SIZE"], int) and after["SMTPUTF8"] and after["8BITMIME"]
    tls = d["tls"]
    assert tls["version"].startswith("TLSv1.") and tls["cipher"] and tls["verified"] is True
    cert = tls["certificate"]
    assert cert["sha256"] == server.sha256
    assert "DNS:localhost" in cert["sans"] and "IP:127.0.0.1" in cert["sans"]
    assert cert["subject"] and cert["issuer"] and cert["not_before"] < cert["not_after"]
    assert not cert["expired"] and not cert["self_signed"]
    rec = result.recommendation
    assert rec.changes == {} and rec.apply(settings) == settings
    assert rec.text() == f"The configured settings work: port {settings.port} with STARTTLS and CRAM-MD5."
    assert [e.stage for e in events if e.status == "ok"] == ["resolve", "connect", "greeting", "ehlo", "tls",
                                                             "ehlo", "quit"]
    assert {(r.port, r.attempt) for r in result.matrix} == {(p, a) for p in (settings.port, *closed_ports)
                                                          for a in (Security.STARTTLS, Security.IMPLICIT)}
    _no_auth_sent(server)


def test_implicit_tls_configured_on_a_starttls_port_recommends_starttls_and_it_works(serve, closed_ports):
    server = serve(tls="starttls")
    settings = settings_for(server, tls="implicit", use_auth=True, username=USER)
    result = probe(settings, ports=closed_ports)
    assert not result.ok
    assert result.failure.category is Category.TLS_FAILED
    rec = result.recommendation
    assert rec.port == settings.port and rec.security is Security.STARTTLS
    assert rec.changes == {"tls_mode": TlsMode.AUTO}  # Automatic means STARTTLS on this port
    fixed = rec.apply(settings)
    assert fixed.security is Security.STARTTLS
    _no_auth_sent(server)
    assert send_test_mail(fixed, PASSWORD, RECIPIENT).ok


def test_starttls_configured_on_an_implicit_port_recommends_ssl_tls_without_waiting(serve, closed_ports):
    server = serve(tls="implicit")
    settings = settings_for(server, tls="starttls", use_auth=True, username=USER, timeout_s=30)
    result = probe(settings, ports=closed_ports)
    assert not result.ok
    row = result.configured
    assert row.status == "skipped"  # stopped as soon as the implicit-TLS attempt was greeted
    assert result.failure.category is Category.PROTOCOL_ERROR
    assert result.elapsed_s < 30  # not the plain attempt's full timeout
    rec = result.recommendation
    assert (rec.security, rec.changes) == (Security.IMPLICIT, {"tls_mode": TlsMode.IMPLICIT})
    _no_auth_sent(server)
    assert send_test_mail(rec.apply(settings), PASSWORD, RECIPIENT).ok


def test_another_port_that_works_is_recommended(serve):
    server = serve(tls="implicit")
    settings = settings_for(type("S", (), {"port": free_port()})(), tls="starttls", use_auth=True, username=USER,
                            ca_file=str(server.ca_file))
    result = probe(settings, ports=(server.port,))
    assert result.failure.category is Category.CONNECT_REFUSED
    rec = result.recommendation
    assert rec.changes == {"port": server.port, "tls_mode": TlsMode.IMPLICIT}
    assert rec.text() == f"Port {server.port} with SSL/TLS and CRAM-MD5 works."
    _no_auth_sent(server)
    assert send_test_mail(rec.apply(settings), PASSWORD, RECIPIENT).ok


def test_untrusted_certificate_is_shown_but_only_recommended_with_explicit_trust(serve, closed_ports):
    server = serve(tls="starttls", cert="self")
    settings = settings_for(server, use_auth=True, username=USER, ca_file="")
    result = probe(settings, ports=closed_ports)
    assert not result.ok and result.failure.category is Category.CERTIFICATE_INVALID
    row = result.configured
    assert row.tls is not None and not row.trusted
    assert "self" in row.tls.verify_error and row.tls.sha256 == server.sha256
    assert row.tls.certificate.self_signed
    assert row.auth_mechanisms  # learnt behind TLS, without trusting it for credentials
    rec = result.recommendation
    assert rec.needs_trust and rec.sha256 == server.sha256
    assert "pinned_sha256" not in rec.changes  # trusting is an explicit act, never part of "apply"
    _no_auth_sent(server)


def test_mechanism_not_offered(serve, closed_ports):
    server = serve(tls="starttls", auth_mechanisms=("LOGIN", "PLAIN"))
    settings = settings_for(server, use_auth=True, username=USER, mechanism="CRAM-MD5")
    result = probe(settings, ports=closed_ports)
    assert not result.ok and result.failure.category is Category.AUTH_UNAVAILABLE
    assert "LOGIN PLAIN" in result.failure.message_text()
    rec = result.recommendation
    assert rec.changes == {"mechanism": AuthMechanism.AUTO} and rec.mechanism == "PLAIN"
    _no_auth_sent(server)


def test_starttls_configured_but_not_offered_is_named_so(serve, closed_ports):
    """A server without STARTTLS behind a profile that requires it: the verdict says STARTTLS is not
    offered (as a test mail does), not that a certificate — which was never presented — is invalid."""
    server = serve(tls="none", users={})
    settings = settings_for(server, tls="starttls")
    result = probe(settings, ports=closed_ports)
    assert not result.ok and result.configured.tls is None
    assert result.failure.category is Category.STARTTLS_UNAVAILABLE
    sent = send_test_mail(settings, None, RECIPIENT)
    assert sent.failure.category is result.failure.category


def test_probe_to_dict_is_json_ready(serve, closed_ports):
    import json

    server = serve(tls="starttls")
    data = probe(settings_for(server, use_auth=True, username=USER), ports=closed_ports).to_dict("de")
    json.dumps(data)
    assert data["ok"] is True and data["recommendation_text"].startswith("Die eingestellten Werte funktionieren")


def test_a_cancelled_check_concludes_nothing(closed_ports):
    """Cancel: the result says cancelled, keeps the rows that finished, recommends nothing (issue 3 UAT)."""
    import threading

    from swyxon_desktop.checks.run import CancelToken
    from tests.smtp.helpers import RawServer

    token = CancelToken()
    greeting_started = threading.Event()

    def on_event(event):
        if (event.stage, event.status) == ("greeting", "started"):
            greeting_started.set()

    with RawServer(lambda conn, srv: srv.wait_closed(conn)) as raw:
        settings = settings_for(raw, tls="starttls", timeout_s=30)
        threading.Thread(target=lambda: greeting_started.wait(10) and token.cancel(), daemon=True).start()
        result = probe(settings, ports=closed_ports, on_event=on_event, cancel=token)
    assert result.cancelled and not result.ok
    assert result.failure.category is Category.CANCELLED and result.recommendation is None
    assert result.configured.status == "cancelled"
    others = [(r.status, r.failure.category) for r in result.matrix if r.port in closed_ports]
    # What finished before the cancel is kept as it was (refused); the rest says cancelled, nothing else.
    assert set(others) <= {("failed", Category.CONNECT_REFUSED), ("cancelled", Category.CANCELLED)}, others
    data = result.to_dict()
    assert data["cancelled"] is True and data["recommendation"] is None
    transcript = " ".join(data["transcript"])
    assert "connection closed by the server" not in transcript

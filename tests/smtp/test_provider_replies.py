"""Providers' own replies, sent by the local test server exactly as the provider words them, mapped by the
real engine to the hint that names the provider's rule (provider_hints.py)."""
from __future__ import annotations

import json

import pytest

from swyxon_desktop.failures import Category
from swyxon_desktop import provider_hints as ph
from swyxon_desktop.smtp import errors, send_test_mail
from tests.smtp.helpers import PASSWORD, RECIPIENT, USER, settings_for

pytestmark = pytest.mark.network

MS_GREETING_HOST = "AM0PR02CA0001.outlook.office365.com"


def _send(serve, fault, *, auth=True, hostname="localhost", **changes):
    server = serve(faults=(fault,), hostname=hostname, **({} if auth else {"users": {}}))
    settings = settings_for(server, use_auth=auth, username=USER if auth else "", **changes)
    return send_test_mail(settings, PASSWORD if auth else None, RECIPIENT)


@pytest.mark.parametrize("fault, stage, category, hint, rule", [
    ("auth-535:5.7.139 Authentication unsuccessful, basic authentication is disabled.",
     "auth", Category.AUTH_UNAVAILABLE, ph.HINT_MS_BASIC_DISABLED, "ms_basic_auth_disabled"),
    ("auth-535:5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. "
     "Visit https://aka.ms/smtp_auth_disabled for more information.",
     "auth", Category.AUTH_UNAVAILABLE, ph.HINT_MS_TENANT_DISABLED, "ms_tenant_smtp_auth_disabled"),
    ("auth-535:5.7.139 Authentication unsuccessful, the user credentials were incorrect.",
     "auth", Category.AUTH_FAILED, ph.HINT_MS_BAD_CREDENTIALS, "ms_bad_credentials"),
    ("auth-550:5.7.30 Basic authentication is not supported for Client Submission.",
     "auth", Category.AUTH_UNAVAILABLE, ph.HINT_MS_NOT_SUPPORTED, "ms_basic_auth_not_supported"),
    ("data-554:5.2.252 SendAsDenied; swyx@firma.de not allowed to send as info@firma.de; "
     "STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied",
     "data", Category.SENDER_REJECTED, ph.HINT_MS_SEND_AS, "ms_send_as_denied"),
    ("auth-534:5.7.9 Application-specific password required. Learn more at "
     "https://support.google.com/mail/?p=InvalidSecondFactor",
     "auth", Category.AUTH_FAILED, ph.HINT_GOOGLE_APP_PASSWORD, "google_app_password"),
    ("auth-535:5.7.8 Username and Password not accepted. For more information, go to "
     "https://support.google.com/mail/?p=BadCredentials",
     "auth", Category.AUTH_FAILED, ph.HINT_GOOGLE_NOT_ACCEPTED, "google_not_accepted"),
    ("mail-550:Requested action not taken: mailbox unavailable | Sender address is not allowed.",
     "mail_from", Category.SENDER_REJECTED, ph.HINT_IONOS_SENDER, "ionos_sender_not_allowed"),
])
def test_provider_reply_names_the_rule(serve, fault, stage, category, hint, rule):
    result = _send(serve, fault)
    f = result.failure
    assert (f.category, f.stage) == (category, stage)
    assert f.hint == hint and f.details["provider_rule"] == rule and f.details["recognised_by"] == "reply"
    assert f.server_text.startswith(fault.partition(":")[2][:20])
    assert result.to_dict()["details"]["provider_rule"] == rule
    assert result.hint_text("de") != result.hint_text("en")  # translated


def test_disabled_is_not_wrong_password(serve):
    disabled = _send(serve, "auth-535:5.7.139 Authentication unsuccessful, basic authentication is disabled.")
    wrong = _send(serve, "auth-535:5.7.139 Authentication unsuccessful, the user credentials were incorrect.")
    assert disabled.failure.category is Category.AUTH_UNAVAILABLE and "not the problem" in disabled.hint_text()
    assert wrong.failure.category is Category.AUTH_FAILED and "password is wrong" in wrong.hint_text()
    assert "connector relay" in disabled.hint_text() and "connector relay" not in wrong.hint_text()


def test_direct_send_blocked_without_auth(serve):
    result = _send(serve, "rcpt-550:5.7.68 TenantInboundAttribution; Direct Send not allowed for this organization "
                          "from unauthorized sources", auth=False)
    f = result.failure
    assert (f.category, f.stage) == (Category.RECIPIENT_REJECTED, "rcpt_to")
    assert f.hint == ph.HINT_MS_DIRECT_SEND and "inbound connector" in result.hint_text()


def test_generic_5_7_3_needs_the_provider_recognised(serve):
    fault = "auth-535:5.7.3 Authentication unsuccessful"
    # The server announces itself as Exchange Online in its greeting (we connect by IP address).
    ms = _send(serve, fault, hostname=MS_GREETING_HOST)
    assert ms.failure.hint == ph.HINT_MS_AUTH_UNSUCCESSFUL
    assert ms.failure.details["recognised_by"] == "greeting"
    # Another server with the same words: the generic authentication hint stays.
    other = _send(serve, fault)
    assert other.failure.category is Category.AUTH_FAILED and other.failure.hint is None
    assert "provider_rule" not in other.failure.details


def test_plain_5_7_8_from_another_server_keeps_the_generic_hint(serve):
    result = _send(serve, "auth-535")  # the test server's own "535 5.7.8 Authentication credentials invalid"
    assert result.failure.category is Category.AUTH_FAILED and result.failure.hint is None
    # The same code from a Gmail address's server is Google's rule.
    google = _send(serve, "auth-535", sender="swyx@gmail.com")
    assert google.failure.hint == ph.HINT_GOOGLE_NOT_ACCEPTED and google.failure.details["recognised_by"] == "address"


def test_google_534_is_not_mechanism_too_weak(serve):
    result = _send(serve, "auth-534:5.7.9 Application-specific password required.")
    assert result.failure.hint != errors.HINT_MECH_TOO_WEAK
    generic = _send(serve, "auth-534:5.7.9 Authentication mechanism is too weak")
    assert generic.failure.category is Category.AUTH_UNAVAILABLE and generic.failure.hint == errors.HINT_MECH_TOO_WEAK


def test_refine_unit_by_server_name():
    # Without a network: the mapping alone, with the provider known from the configured server name.
    ctx = errors.Context(host="smtp.office365.com", port=587, use_auth=True)
    f = errors.reply_failure(errors.AUTH, 535, b"5.7.3 Authentication unsuccessful [AM0PR02CA0001]", ctx)
    assert f.hint == ph.HINT_MS_AUTH_UNSUCCESSFUL and f.details["recognised_by"] == "server"
    f = errors.reply_failure(errors.AUTH, 535, b"5.7.3 Authentication unsuccessful", errors.Context(host="mx.firma.de"))
    assert f.hint is None


# -- Check server…: the provider known before anything fails, the recommendation from the table ---------

def test_probe_names_the_provider_and_warns_at_once(serve, closed_ports):
    from swyxon_desktop.smtp.probe import probe

    server = serve(tls="starttls", hostname=MS_GREETING_HOST)
    settings = settings_for(server, use_auth=True, username="swyx@firma.de", sender="swyx@firma.de")
    result = probe(settings, ports=closed_ports)
    assert result.ok  # the server works; the warning is there anyway
    assert result.provider.provider.id == "microsoft365" and result.provider.via == "greeting"
    assert [a.code for a in result.advice][:1] == ["ms_basic_auth"]
    data = result.to_dict("de")
    assert data["provider"]["id"] == "microsoft365"
    assert "Ende Dezember 2026" in data["advice"][0]["text"]
    # The recommendation uses the table and says so: this loopback port is not what Microsoft documents.
    rec = result.recommendation
    assert rec.provider.id == "microsoft365" and not rec.documented
    assert rec.text().endswith("Microsoft 365 / Exchange Online documents 587 STARTTLS instead "
                               "(providers table, checked 2026-12-04).")
    assert all(s.auth_mechanisms == [] for s in server.sessions)


def test_probe_without_provider_says_nothing_extra(serve, closed_ports):
    from swyxon_desktop.smtp.probe import probe

    server = serve(tls="starttls")
    result = probe(settings_for(server), ports=closed_ports)
    assert result.provider is None and result.advice == [] and "providers table" not in result.recommendation_text()


def test_recommend_prefers_what_the_table_documents():
    from swyxon_desktop import providers
    from swyxon_desktop.settings import MailSettings, Security
    from swyxon_desktop.smtp.probe import PortCheck, recommend
    from swyxon_desktop.smtp.tlsinfo import TlsInfo

    def row(port, attempt):
        return PortCheck(port=port, attempt=attempt, status="ok", features={"auth": "PLAIN LOGIN"},
                         tls=TlsInfo("TLSv1.3", "X", 256, verified=True))

    settings = MailSettings(server="smtp.web.de", port=2525, sender="max@web.de", use_auth=True, username="max")
    rows = [row(465, Security.IMPLICIT), row(587, Security.STARTTLS), row(25, Security.STARTTLS)]
    # Without the table 587 wins anyway; WEB.DE documents only 587 — with 465 first in the rows it still wins.
    rec = recommend(settings, rows, providers.WEB_DE)
    assert (rec.port, rec.security, rec.documented) == (587, Security.STARTTLS, True)
    assert rec.text().endswith("WEB.DE documents this way (providers table, checked 2026-12-04).")
    # A table that documents only 465 moves the choice there.
    only_465 = providers.Provider("x", "X Mail", (providers.Submission("smtp.x.example", 465, "implicit"),), ())
    rec = recommend(settings, rows, only_465)
    assert (rec.port, rec.security, rec.documented) == (465, Security.IMPLICIT, True)
    assert recommend(settings, rows).port == 587


def _oauth_only_server(greeting_host):
    from tests.smtp.helpers import RawServer, ehlo_reply

    def script(conn, srv):
        conn.sendall(f"220 {greeting_host} Microsoft ESMTP MAIL Service ready\r\n".encode())
        srv.readline(conn)
        conn.sendall(ehlo_reply("SIZE 157286400", "AUTH XOAUTH2", "8BITMIME"))
        while True:
            line = srv.readline(conn)
            if not line or line.upper().startswith("QUIT"):
                conn.sendall(b"221 2.0.0 Bye\r\n")
                return
            conn.sendall(b"502 5.5.2 not here\r\n")

    return RawServer(script)


@pytest.mark.parametrize("host, expected", [(MS_GREETING_HOST, ph.HINT_MS_OAUTH_ONLY), ("mail.firma.de", None)])
def test_only_xoauth2_offered_by_microsoft_names_the_rule(host, expected):
    """Exchange Online with basic authentication off offers only XOAUTH2: not "choose another method"."""
    with _oauth_only_server(host) as server:
        settings = settings_for(server, tls="none", use_auth=True, username="swyx@firma.de", allow_insecure_auth=True)
        result = send_test_mail(settings, PASSWORD, RECIPIENT)
        from swyxon_desktop.smtp.probe import probe

        checked = probe(settings, ports=())
    for f in (result.failure, checked.failure):
        assert (f.category, f.stage) == (Category.AUTH_UNAVAILABLE, "auth")
        if expected is None:
            assert "provider_rule" not in f.details  # another server: the generic hint (hostile's branch)
        else:
            assert f.hint == expected and f.details["recognised_by"] == "greeting"
    assert not any(line.upper().startswith("AUTH") for line in server.lines)  # nothing was tried


def test_cli_probe_prints_the_provider_advice_first(serve):
    from tests.smtp.test_cli import cli, save

    server = serve(tls="starttls", users={"max.muster@web.de": PASSWORD})
    save("Kunde", settings_for(server, sender="max.muster@web.de", use_auth=True, username="max.muster@web.de"))
    proc = cli("probe", "--timeout", "5")
    out = proc.stdout
    assert out.startswith("Provider: WEB.DE (recognised by the sender address's domain web.de)\n"), out[:300]
    assert "  ! WEB.DE: the user name is the part of the address before the @ (here \"max.muster\")" in out
    assert out.index("Provider: WEB.DE") < out.index("Recommendation:")
    proc = cli("probe", "--json", "--timeout", "5", lang="de")
    data = json.loads(proc.stdout)
    assert data["provider"]["id"] == "webde" and data["provider"]["via"] == "address"
    assert any(a["code"] == "username" and "vor dem @" in a["text"] for a in data["advice"])

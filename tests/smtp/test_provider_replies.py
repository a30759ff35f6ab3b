"""Providers' own replies, sent by the local test server exactly as the provider words them, mapped by the
real engine to the hint that names the provider's rule (provider_hints.py)."""
from __future__ import annotations

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

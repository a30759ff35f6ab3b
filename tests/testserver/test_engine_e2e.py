"""The project's own test mail (swyxon_desktop.smtp.send_test_mail) against the local test server, with the
settings "Use in a new profile" produces: the app's main job end to end, no mail server needed."""
from __future__ import annotations

import dataclasses

import pytest

from swyxon_desktop.failures import Category
from swyxon_desktop.settings import AuthMechanism, validate
from swyxon_desktop.smtp import engine
from swyxon_desktop.testserver.profile import profile_settings

from .helpers import PASSWORD, USER

RECIPIENT = "kunde@example.org"


@pytest.mark.parametrize("tls", ["none", "starttls", "implicit"])
@pytest.mark.parametrize("mechanism", ["LOGIN", "PLAIN", "CRAM-MD5"])
def test_send_test_mail_with_the_generated_profile(serve, tls, mechanism):
    server = serve(tls=tls, users={USER: PASSWORD}, auth_mechanisms=(mechanism,), sender_domains=("firma.de",))
    settings, password = profile_settings(server)
    assert validate(settings, has_password=True) == [] and password == PASSWORD
    assert settings.mechanism is AuthMechanism(mechanism)
    result = engine.send_test_mail(settings, password, RECIPIENT, profile="Testserver", timeout_s=10)
    assert result.ok, result.failure
    [message] = server.wait_for_messages(1)
    assert message.mail_from == "SwyxWare@firma.de" and message.rcpt_tos == [RECIPIENT]
    assert message.auth_user == USER and message.tls is (tls != "none")
    assert server.sessions[0].auth_mechanism == mechanism


def test_automatic_mechanism_picks_the_strongest_offered(serve):
    server = serve(tls="starttls", users={USER: PASSWORD})
    settings, password = profile_settings(server)
    assert settings.mechanism is AuthMechanism.AUTO
    result = engine.send_test_mail(settings, password, RECIPIENT, timeout_s=10)
    assert result.ok, result.failure
    assert server.sessions[0].auth_mechanism == "CRAM-MD5"


def test_without_auth_and_tls(serve):
    server = serve()
    settings, password = profile_settings(server)
    assert password is None and not settings.use_auth and not settings.use_ssl
    assert engine.send_test_mail(settings, None, RECIPIENT, timeout_s=10).ok
    server.wait_for_messages(1)


@pytest.mark.parametrize("policy, change, category, code", [
    ({"sender_domains": ("firma.de",)}, {"sender": "SwyxWare@andere-firma.de"}, Category.SENDER_REJECTED, 550),
    ({"users": {USER: PASSWORD}}, {}, Category.AUTH_FAILED, 535),  # wrong password, see below
    ({"faults": ("greeting-421",)}, {}, Category.SERVER_UNAVAILABLE, 421),
    ({"faults": ("rcpt-550",)}, {}, Category.RECIPIENT_REJECTED, 550),
    ({"faults": ("data-554",)}, {}, Category.MESSAGE_REJECTED, 554),
])
def test_reproduced_incidents_are_reported_by_the_engine(serve, policy, change, category, code):
    server = serve(tls="starttls", **policy)
    settings, password = profile_settings(server)
    settings = dataclasses.replace(settings, **change)
    if category is Category.AUTH_FAILED:
        password = "falsch"
    result = engine.send_test_mail(settings, password, RECIPIENT, timeout_s=10)
    assert not result.ok and result.failure.category is category
    assert result.failure.smtp_code == code
    assert not server.received

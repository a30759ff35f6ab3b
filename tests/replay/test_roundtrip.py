"""From a report to a local replica and back: a server with a known policy is tested and checked, the
report saved, a replica served from it, and the replica tested and checked — the same capabilities, the
same category, stage, code, enhanced status, server text and hint."""
from __future__ import annotations

import pytest

from swyxon_desktop import replica
from swyxon_desktop.checks import record as diagnostics
from swyxon_desktop.settings import AuthMechanism, Security
from tests.replay.helpers import check, outcome, replica_of, save_report, seen, send
from tests.smtp.helpers import PASSWORD, RECIPIENT, USER, assert_no_password, settings_for

pytestmark = pytest.mark.network


def test_550_at_mail_from_for_a_foreign_domain(serve, closed_ports, tmp_path):
    server = serve(tls="starttls", sender_domains=("firma.de",), auth_mechanisms=("PLAIN", "LOGIN"))
    settings = settings_for(server, use_auth=True, username=USER, sender="SwyxWare@fremd.de")
    sent = send(settings, PASSWORD)
    checked = check(settings, closed_ports)
    assert outcome(sent)[:3] == ("sender_rejected", "mail_from", 550)
    path = save_report(tmp_path, settings, password=PASSWORD, send=sent, probe_result=checked)
    assert_no_password(path.read_text(encoding="utf-8"))
    with replica_of(path, tmp_path) as (twin, twin_settings, twin_password):
        assert twin_password != PASSWORD  # the replica never knows the customer's password
        again = send(twin_settings, twin_password)
        assert outcome(again) == outcome(sent)
        assert seen(check(twin_settings, closed_ports)) == seen(checked)
        # The support engineer changes the sender to a managed domain: that is what fixes it.
        fixed = send(twin_settings.replace(sender="SwyxWare@firma.de"), twin_password)
        assert fixed.ok, fixed.failure
        assert twin.wait_for_messages(1)[0].mail_from == "SwyxWare@firma.de"


def test_535_at_auth_is_answered_for_any_credentials(serve, closed_ports, tmp_path):
    server = serve(tls="starttls")
    settings = settings_for(server, use_auth=True, username=USER, mechanism="PLAIN")
    sent = send(settings, "wrong-" + PASSWORD)
    assert outcome(sent)[:3] == ("auth_failed", "auth", 535)
    path = save_report(tmp_path, settings, password="wrong-" + PASSWORD, send=sent)
    with replica_of(path, tmp_path) as (twin, twin_settings, twin_password):
        assert outcome(send(twin_settings, twin_password)) == outcome(sent)
        assert outcome(send(twin_settings, "anything else")) == outcome(sent)
        # One connection a run: the imitation of the (loopback) certificate verifies, as the original did.
        authenticating = [r for r in twin.wait_for_sessions_closed(2) if r.auth_mechanisms]
        assert [r.auth_mechanisms for r in authenticating] == [["PLAIN"], ["PLAIN"]]
        assert not any(r.authenticated for r in authenticating)


@pytest.mark.parametrize("fault, stage", [
    ("greeting-554", "greeting"), ("greeting-421", "greeting"), ("auth-454", "auth"), ("mail-550", "mail_from"),
    ("rcpt-550", "rcpt_to"), ("rcpt-450", "rcpt_to"), ("data-554", "data"), ("data-451", "data"),
])
def test_a_failure_at_each_stage_without_a_probe_part(serve, tmp_path, fault, stage):
    server = serve(tls="starttls", faults=(fault,))
    settings = settings_for(server, use_auth=True, username=USER)
    sent = send(settings, PASSWORD)
    assert outcome(sent)[1] == stage, outcome(sent)
    path = save_report(tmp_path, settings, password=PASSWORD, send=sent)
    with replica_of(path, tmp_path) as (twin, twin_settings, twin_password):
        assert outcome(send(twin_settings, twin_password)) == outcome(sent)
        if stage == "rcpt_to":  # only the customer's recipient is refused
            assert send(twin_settings, twin_password, "other@example.com").ok


def test_a_timeout_at_data(serve, tmp_path):
    server = serve(tls="none", users={}, faults=("delay:data:4",))
    settings = settings_for(server, tls="none", timeout_s=1.0)
    sent = send(settings, None)
    assert outcome(sent)[:2] == ("timeout", "data")
    with replica_of(save_report(tmp_path, settings, send=sent), tmp_path) as (_twin, twin_settings, pw):
        assert outcome(send(twin_settings, pw)) == outcome(sent)


@pytest.mark.parametrize("cert", ["other", "self", "expired"])
def test_an_untrusted_certificate_is_imitated(serve, closed_ports, tmp_path, cert):
    server = serve(tls="starttls", cert=cert)
    settings = settings_for(server, use_auth=True, username=USER)
    sent = send(settings, PASSWORD)
    checked = check(settings, closed_ports)
    assert outcome(sent)[:2] == ("certificate_invalid", "tls")
    path = save_report(tmp_path, settings, password=PASSWORD, send=sent, probe_result=checked)
    with replica_of(path, tmp_path) as (twin, twin_settings, twin_password):
        again = send(twin_settings, twin_password)
        assert outcome(again) == outcome(sent)
        ours, theirs = again.failure.details["certificate"], sent.failure.details["certificate"]
        for key in ("subject", "issuer", "sans", "not_after", "self_signed", "expired"):
            assert ours[key] == theirs[key], key
        assert ours["sha256"] != theirs["sha256"]  # an imitation, with a key of its own
        assert seen(check(twin_settings, closed_ports)) == seen(checked)
        assert twin.certificate is not None


def test_a_probe_only_report_offering_only_cram_md5(serve, closed_ports, tmp_path):
    server = serve(tls="starttls", auth_mechanisms=("CRAM-MD5",))
    settings = settings_for(server, use_auth=True, username=USER, mechanism="LOGIN")
    checked = check(settings, closed_ports)
    assert checked.failure.category.value == "auth_unavailable"
    path = save_report(tmp_path, settings, probe_result=checked)
    with replica_of(path, tmp_path) as (_twin, twin_settings, twin_password):
        again = check(twin_settings, closed_ports)
        assert seen(again) == seen(checked)
        assert outcome(again) == outcome(checked)
        # Automatic would pick CRAM-MD5, which the replica runs (with its own password).
        assert send(twin_settings.replace(mechanism=AuthMechanism.AUTO), twin_password).ok


def test_no_starttls_offered(serve, tmp_path):
    server = serve(tls="none")
    settings = settings_for(server, tls="starttls", use_auth=True, username=USER)
    sent = send(settings, PASSWORD)
    assert outcome(sent)[:2] == ("starttls_unavailable", "tls")
    with replica_of(save_report(tmp_path, settings, password=PASSWORD, send=sent), tmp_path) as (twin, s, pw):
        assert twin.policy.tls is Security.PLAIN
        assert outcome(send(s, pw)) == outcome(sent)


def test_implicit_tls_with_a_rejected_recipient(serve, closed_ports, tmp_path):
    server = serve(tls="implicit", faults=("rcpt-550",))
    settings = settings_for(server, tls="implicit", use_auth=True, username=USER)
    sent, checked = send(settings, PASSWORD), check(settings, closed_ports)
    assert outcome(sent)[:3] == ("recipient_rejected", "rcpt_to", 550)
    path = save_report(tmp_path, settings, password=PASSWORD, send=sent, probe_result=checked)
    with replica_of(path, tmp_path) as (twin, twin_settings, twin_password):
        assert twin.policy.tls is Security.IMPLICIT
        assert outcome(send(twin_settings, twin_password)) == outcome(sent)
        assert seen(check(twin_settings, closed_ports)) == seen(checked)


def test_ssl_off_with_auth_is_refused_on_the_replica_too(serve, closed_ports, tmp_path):
    server = serve(tls="none")
    settings = settings_for(server, tls="none", use_auth=True, username=USER)
    sent = send(settings, PASSWORD)
    assert outcome(sent)[:2] == ("insecure_auth_refused", "auth")
    probed = check(settings, closed_ports)  # the check says what the test mail would meet
    assert (probed.failure.category.value, probed.failure.stage) == ("insecure_auth_refused", "auth")
    assert check(settings.replace(allow_insecure_auth=True), closed_ports).ok
    path = save_report(tmp_path, settings, password=PASSWORD, send=sent)
    assert "unencrypted" in path.read_text(encoding="utf-8")  # the warning is in the report
    with replica_of(path, tmp_path) as (twin, s, pw):
        assert outcome(send(s, pw)) == outcome(sent)
        assert send(s, pw, allow_insecure_auth=True).ok
        assert twin.wait_for_messages(1)[0].rcpt_tos == [RECIPIENT]
    # The customer allowed it for one run: the report says so, and the replica's notes tell support.
    once = send(settings, PASSWORD, allow_insecure_auth=True)
    assert once.ok, once.failure
    record = diagnostics.build_record("Kunde", settings, send=once, allowed_insecure_once=True)
    assert record["run"] == {"allow_insecure_auth": True} and record["settings"]["allow_insecure_auth"] is False
    diagnostics.write_record(tmp_path / "once.json", record)
    plan = replica.load_plan(tmp_path / "once.json")
    assert any("for that run only" in note for note in plan.note_texts("en"))

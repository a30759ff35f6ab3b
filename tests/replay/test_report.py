"""The diagnostics record: its content, that it never carries a password (in any encoding), and that a
damaged or hostile report is a clear error with nothing started."""
from __future__ import annotations

import base64
import json
import socket

import pytest

from swyxon_desktop import replica
from swyxon_desktop.checks import record as diagnostics
from swyxon_desktop.checks.stages import AUTH, MAIL_FROM
from swyxon_desktop.checks.record import ReportError
from swyxon_desktop.settings import AuthMechanism, Security
from tests.replay.helpers import load_json, replica_of, save_report, send
from tests.smtp.helpers import PASSWORD, USER, RawServer, assert_no_password, ehlo_reply, password_forms, settings_for

pytestmark = pytest.mark.network


def test_the_record_has_what_support_needs(serve, closed_ports, tmp_path):
    from swyxon_desktop.smtp.probe import probe

    server = serve(tls="starttls", sender_domains=("firma.de",))
    settings = settings_for(server, use_auth=True, username=USER, sender="SwyxWare@fremd.de")
    sent = send(settings, PASSWORD)
    checked = probe(settings, ports=closed_ports)
    data = load_json(save_report(tmp_path, settings, password=PASSWORD, send=sent, probe_result=checked))
    assert (data["schema"], data["version"], data["kind"]) == ("swyxon-desktop-report", 1, "test-mail")
    assert "password" not in data["settings"] and data["settings"]["username"] == USER
    seen = data["observed"]
    assert seen["greeting"] == ["localhost ESMTP SwyxON Desktop test server"]
    assert "STARTTLS" in seen["ehlo_before_tls"] and "STARTTLS" not in seen["ehlo_after_tls"]
    assert seen["auth_mechanisms"] == ["CRAM-MD5", "LOGIN", "PLAIN"] and seen["starttls_offered"] is True
    cert = seen["tls"]["certificate"]
    assert seen["tls"]["version"].startswith("TLSv1.") and seen["tls"]["verified"] is True
    assert {"subject", "issuer", "sans", "not_before", "not_after", "sha256"} <= set(cert)
    assert "DNS:localhost" in cert["sans"] and len(cert["sha256"]) == 64
    f = data["failure"]
    assert (f["category"], f["stage"], f["smtp_code"], f["enhanced_status"]) == ("sender_rejected", "mail_from",
                                                                                  550, "5.7.1")
    assert "fremd.de" in f["server_text"] and f["hint"]
    assert any(line.startswith("C: MAIL FROM:") for line in data["transcript"])
    assert data["probe"]["matrix"] and data["test_mail"]["category"] == "sender_rejected"
    assert {"app", "python", "openssl", "platform"} <= set(data["versions"])


def test_a_check_without_sending_is_recorded_as_one_and_read_back_as_one(serve, tmp_path):
    from swyxon_desktop.smtp.preflight import check_without_sending

    server = serve(tls="starttls")
    settings = settings_for(server, use_auth=True, username=USER)
    checked = check_without_sending(settings, PASSWORD, "admin@example.com")
    assert checked.ok and checked.sent is False
    path = save_report(tmp_path, settings, password=PASSWORD, send=checked)
    data = load_json(path)
    assert data["kind"] == "preflight" and data["test_mail"]["ok"] is True  # not "test-mail": nothing was sent
    assert not any(line.startswith("C: DATA") for line in data["transcript"])
    assert diagnostics.load_record(path)["kind"] == "preflight"


@pytest.mark.parametrize("mechanism", ["PLAIN", "LOGIN"])
def test_no_password_in_any_encoding_after_a_success(serve, tmp_path, mechanism):
    server = serve(tls="starttls")
    settings = settings_for(server, use_auth=True, username=USER, mechanism=mechanism)
    sent = send(settings, PASSWORD)
    assert sent.ok, sent.failure
    text = save_report(tmp_path, settings, password=PASSWORD, send=sent).read_text(encoding="utf-8")
    assert_no_password(text)
    assert set(password_forms()) >= {"plain", "base64", "plain-triple"}  # the forms checked


def test_no_password_even_when_the_server_echoes_it(tmp_path):
    """A hostile server that echoes the AUTH PLAIN blob and its decoded form back: not in the record."""
    def script(conn: socket.socket, srv: RawServer) -> None:
        conn.sendall(b"220 evil ESMTP\r\n")
        srv.readline(conn)
        conn.sendall(ehlo_reply("AUTH PLAIN"))
        auth = srv.readline(conn)
        blob = auth.split()[-1]
        conn.sendall(f"535 5.7.8 no: {blob} {base64.b64decode(blob).decode('latin-1')!r}".encode() + b"\r\n")
        srv.wait_closed(conn)

    with RawServer(script) as raw:
        settings = settings_for(raw, tls="none", use_auth=True, username=USER, allow_insecure_auth=True,
                                mechanism=AuthMechanism.PLAIN)
        sent = send(settings, PASSWORD)
    assert sent.failure.category.value == "auth_failed"
    path = save_report(tmp_path, settings, password=PASSWORD, send=sent)
    text = path.read_text(encoding="utf-8")
    assert_no_password(text)
    raw_json = json.dumps(json.loads(text), ensure_ascii=True)  # \u-escaped forms too
    assert_no_password(raw_json)
    plan = replica.load_plan(path)  # still a usable report
    assert plan.replies[AUTH][0].startswith("535 ")


# -- damaged and hostile reports ---------------------------------------------------------------------------

GOOD = {"schema": "swyxon-desktop-report", "version": 1, "profile": "Kunde",
        "settings": {"server": "mail.kunde.de", "port": 587, "sender": "SwyxWare@kunde.de"},
        "observed": {"greeting": ["mail.kunde.de ESMTP"], "ehlo_before_tls": ["mail.kunde.de", "STARTTLS"]},
        "failure": {"category": "sender_rejected", "stage": "mail_from", "smtp_code": 550,
                    "enhanced_status": "5.7.1", "server_text": "5.7.1 not allowed"}}


def _write(tmp_path, data) -> str:
    path = tmp_path / "report.json"
    text = data if isinstance(data, str) else json.dumps(data)
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    return str(path)


def _with(**changes):
    data = json.loads(json.dumps(GOOD))
    for dotted, value in changes.items():
        target = data
        *parents, last = dotted.split("__")
        for key in parents:
            target = target[key]
        if value is KeyError:
            del target[last]
        else:
            target[last] = value
    return data


BAD = {
    "not json": "{\"schema\": ",
    "not an object": "[1, 2]",
    "nested a million deep": "[" * 1_000_000,
    "not UTF-8": "\udcff",
    "wrong schema": _with(schema="something-else"),
    "newer version": _with(version=2),
    "version not a number": _with(version="1"),
    "settings missing": _with(settings=KeyError),
    "settings of the wrong type": _with(settings__port="587"),
    "CR/LF in a reply text": _with(failure__server_text="5.7.1 no\r\n250 2.1.0 OK"),
    "CR in a greeting": _with(observed__greeting=["mail.kunde.de ESMTP\r250 OK"]),
    "LF in an EHLO line": _with(observed__ehlo_before_tls=["mail.kunde.de", "AUTH PLAIN\n250 OK"]),
    "NUL in the sender": _with(settings__sender="a@kunde.de\x00"),
    "huge reply line": _with(failure__server_text="5.7.1 " + "x" * 100_000),
    "huge EHLO": _with(observed__ehlo_before_tls=["x"] * 10_000),
    "unknown category": _with(failure__category="made_up"),
    "unknown stage": _with(failure__stage="after_lunch"),
    "bad enhanced status": _with(failure__enhanced_status="9.9.9 hello"),
    "code not a number": _with(failure__smtp_code="550"),
    "certificate without dates": _with(observed__tls={"certificate": {"subject": "CN=x", "issuer": "CN=x",
                                                                       "sans": []}}),
    "bad SAN": _with(observed__tls={"certificate": {"subject": "CN=x", "issuer": "CN=x", "sans": ["URI:x"],
                                                     "not_before": "2020-01-01T00:00:00+00:00",
                                                     "not_after": "2030-01-01T00:00:00+00:00"}}),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_damaged_or_hostile_report_is_a_clear_error(tmp_path, case):
    path = _write(tmp_path, BAD[case])
    with pytest.raises(ReportError) as info:
        replica.load_plan(path)
    text = info.value.text("en")
    assert path in text or "report" in text.lower()
    assert info.value.text("de") != text  # translated


def test_a_huge_file_is_refused_before_it_is_parsed(tmp_path):
    path = tmp_path / "huge.json"
    path.write_bytes(b" " * (diagnostics.MAX_FILE_BYTES + 10))
    with pytest.raises(ReportError, match="larger than"):
        diagnostics.load_record(path)


def test_a_missing_file(tmp_path):
    with pytest.raises(ReportError, match="cannot be read"):
        diagnostics.load_record(tmp_path / "nope.json")


def test_a_certificate_name_that_cannot_be_imitated_starts_nothing(tmp_path):
    data = _with(observed__tls={"verified": False, "verify_error": "self-signed certificate",
                                "certificate": {"subject": "not a name", "issuer": "not a name", "sans": [],
                                                "self_signed": True, "not_before": "2020-01-01T00:00:00+00:00",
                                                "not_after": "2030-01-01T00:00:00+00:00"}})
    plan = replica.load_plan(_write(tmp_path, data))
    with pytest.raises(ReportError, match="cannot be imitated"):
        replica.make_server(plan, directory=tmp_path / "replica")


def test_a_report_without_observations_still_gives_a_replica(tmp_path):
    """A report with no probe part and no transcript (e.g. the run failed before connecting)."""
    data = {"schema": "swyxon-desktop-report", "version": 1, "settings": GOOD["settings"],
            "failure": {"category": "dns_failed", "stage": "resolve"}}
    plan = replica.load_plan(_write(tmp_path, data))
    assert plan.tls is Security.STARTTLS and plan.replies == {}
    assert any("before a server answered" in note for note in plan.note_texts("en"))


def test_a_multi_line_reply_is_sent_line_by_line_with_its_code(tmp_path):
    """"\\n" in a server text is a multi-line reply (as the engine records one): each line gets the code,
    so "250 …" in the text cannot become a reply of its own."""
    data = _with(failure__server_text="5.7.1 first line\n250 2.1.0 Sender OK")
    path = _write(tmp_path, data)
    assert replica.load_plan(path).replies[MAIL_FROM] == ("550-5.7.1 first line", "550 250 2.1.0 Sender OK")
    settings_dict = dict(GOOD["settings"], server="127.0.0.1", use_ssl=False)
    data["settings"] = settings_dict
    data["observed"] = {"greeting": ["mail.kunde.de ESMTP"], "ehlo_before_tls": ["mail.kunde.de", "8BITMIME"]}
    path = _write(tmp_path, data)
    with replica_of(path, tmp_path) as (_twin, settings, password):
        result = send(settings, password)
    assert (result.failure.category.value, result.failure.smtp_code) == ("sender_rejected", 550)
    assert result.failure.server_text == "5.7.1 first line\n250 2.1.0 Sender OK"


def test_a_trusted_certificate_of_a_real_host_is_imitated_and_pinned(tmp_path):
    """The customer's certificate (mail.kunde.de) verified there; here the imitation names the same host
    and issuer, so the replica profile trusts it by its fingerprint — the run passes TLS as the customer's did."""
    data = _with(
        settings__server="127.0.0.1", settings__tls_mode="starttls",
        observed__ehlo_after_tls=["mail.kunde.de", "8BITMIME", "AUTH PLAIN LOGIN"],
        observed__tls={"verified": True, "version": "TLSv1.3", "certificate": {
            "subject": "CN=mail.kunde.de,O=Kunde GmbH", "issuer": "CN=R11,O=Let's Encrypt,C=US",
            "sans": ["DNS:mail.kunde.de", "DNS:smtp.kunde.de"], "self_signed": False,
            "not_before": "2025-01-01T00:00:00+00:00", "not_after": "2035-01-01T00:00:00+00:00"}})
    plan = replica.load_plan(_write(tmp_path, data))
    assert plan.cert_mode == "pinned" and plan.tls is Security.STARTTLS
    with replica_of(tmp_path / "report.json", tmp_path) as (twin, settings, password):
        assert settings.pinned_sha256 == twin.certificate.sha256 and not settings.ca_file
        result = send(settings, password)
        assert (result.failure.category.value, result.failure.smtp_code) == ("sender_rejected", 550)
        assert result.tls.trusted_by_pin
        cert = result.tls.certificate
        assert (cert.subject, cert.issuer, cert.sans) == (
            "CN=mail.kunde.de,O=Kunde GmbH", "CN=R11,O=Let's Encrypt,C=US", ("DNS:mail.kunde.de", "DNS:smtp.kunde.de"))

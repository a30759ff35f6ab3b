"""`profile set --imap-…`, `profile show` and `test-mail --confirm` as a user runs them (real Dovecot)."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from swyxon_desktop import cli, secrets
from swyxon_desktop.store import Store
from tests.delivery.dovecot import PASSWORD, RELAY_IP, USER
from tests.smtp.helpers import PASSWORD as SMTP_PASSWORD
from tests.smtp.helpers import USER as SMTP_USER
from tests.smtp.helpers import settings_for


def run(capsys, monkeypatch, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def make_profile(capsys, monkeypatch, relay, dovecot, imap_pki, name="Kunde A", *extra: str):
    server = relay()
    bundle = imap_pki / "both.pem"
    bundle.write_bytes(Path(server.ca_file).read_bytes() + (imap_pki / "ca.pem").read_bytes())
    Store().save(name, settings_for(server, use_auth=True, username=SMTP_USER, ca_file=str(bundle)))
    secrets.set_password(name, SMTP_PASSWORD)
    code, out, err = run(capsys, monkeypatch, "profile", "set", name, "--imap-server", "127.0.0.1",
                         "--imap-tls", "implicit", "--imap-port", str(dovecot.imaps_port), "--imap-user", USER,
                         "--imap-password-stdin", *extra, stdin=PASSWORD + "\n")
    assert code == 0, err
    return server


def test_profile_set_and_show(capsys, monkeypatch, relay, dovecot, imap_pki, memory_keyring):
    make_profile(capsys, monkeypatch, relay, dovecot, imap_pki, "Kunde A", "--imap-folders", "INBOX, Spam")
    assert memory_keyring.data[("swyxon-desktop", "imap:Kunde A")] == PASSWORD  # its own entry
    assert memory_keyring.data[("swyxon-desktop", "smtp:Kunde A")] == SMTP_PASSWORD
    code, out, _ = run(capsys, monkeypatch, "profile", "show", "Kunde A", "--json")
    data = json.loads(out)
    assert (data["imap_server"], data["imap_port"], data["imap_tls"], data["imap_username"], data["imap_folders"]) \
        == ("127.0.0.1", dovecot.imaps_port, "implicit", USER, "INBOX, Spam")
    assert data["imap_password_stored"] is True
    assert PASSWORD not in out
    assert PASSWORD not in Store().path.read_text(encoding="utf-8")
    # STARTTLS without a port: the mode's usual port
    code, out, err = run(capsys, monkeypatch, "profile", "set", "Kunde A", "--imap-tls", "starttls")
    assert code == 0, err
    assert Store().get("Kunde A").imap_port == 143
    # invalid input: a clear message, nothing saved
    code, out, err = run(capsys, monkeypatch, "profile", "set", "Kunde A", "--imap-port", "0")
    assert code == 2 and "imap_port: The IMAP port must be a number from 1 to 65535." in err
    assert Store().get("Kunde A").imap_port == 143


def test_new_profile_needs_the_imap_password(capsys, monkeypatch):
    code, _, err = run(capsys, monkeypatch, "profile", "set", "Neu", "--server", "mail.firma.de", "--sender",
                       "SwyxWare@firma.de", "--imap-server", "imap.firma.de", "--imap-user", "pruef@firma.de")
    assert code == 2 and "imap_password:" in err
    assert "Neu" not in Store()


def test_test_mail_confirm_json(capsys, monkeypatch, relay, dovecot, imap_pki, receiver):
    make_profile(capsys, monkeypatch, relay, dovecot, imap_pki)
    code, out, err = run(capsys, monkeypatch, "test-mail", "--to", "confirm@example.org", "--confirm",
                         "--confirm-timeout", "30", "--json")
    data = json.loads(out)
    assert code == 0, out + err
    delivery = data["delivery"]
    assert list(delivery)[:7] == ["status", "folder", "elapsed_s", "authentication_results", "relay_ip",
                                  "category", "hint"]
    assert delivery["status"] == "delivered" and delivery["folder"] == "INBOX"
    assert delivery["relay_ip"] == RELAY_IP and delivery["category"] is None
    assert delivery["authentication_results"]["spf"] == "pass"
    assert data["ok"] is True
    assert [s["stage"] for s in data["stages"]][-1] == "delivery"  # after QUIT, in the one list
    assert data["stages"][-1]["status"] == "ok"
    assert any("LOGOUT" in line for line in data["transcript"])  # the IMAP dialogue joins the transcript
    for secret in (PASSWORD, SMTP_PASSWORD):
        assert secret not in out


def test_test_mail_confirm_text_junk_german(capsys, monkeypatch, relay, dovecot, imap_pki, receiver):
    make_profile(capsys, monkeypatch, relay, dovecot, imap_pki)
    code, out, err = run(capsys, monkeypatch, "--lang", "de", "test-mail", "--to", "confirm+junk@example.org",
                         "--confirm", "--confirm-timeout", "30", "--transcript", "--confirm-delete")
    assert code == 1, out + err
    assert "Junk" in out and RELAY_IP in out
    assert "spf=softfail" in out
    assert "AUTHENTICATE" in out and PASSWORD not in out
    assert "Zugestellt in den Junk-Ordner" in out  # German
    assert "Zustellung (IMAP)" in out  # the stage, by its German title
    # not the plain test mail's "accepted is not yet delivered: look in the inbox and the spam folder"
    assert "Angenommen heißt noch nicht zugestellt" not in out


def test_test_mail_confirm_not_configured(capsys, monkeypatch, serve):
    server = serve(users={})
    Store().save("Ohne", settings_for(server))
    code, out, err = run(capsys, monkeypatch, "test-mail", "--to", "a@example.org", "--confirm")
    assert code == 2
    assert "names no mailbox to confirm delivery in" in err
    assert server.received == []  # nothing was sent


def test_test_mail_confirm_no_imap_password(capsys, monkeypatch, relay, dovecot, imap_pki, receiver):
    make_profile(capsys, monkeypatch, relay, dovecot, imap_pki)
    secrets.delete_password("Kunde A", secrets.IMAP)
    code, out, err = run(capsys, monkeypatch, "test-mail", "--to", "confirm@example.org", "--confirm", "--json")
    data = json.loads(out)
    assert data["ok"] is True  # the mail went out …
    assert data["delivery"]["status"] == "failed"  # … the confirmation could not log in
    assert data["delivery"]["category"] == "invalid_settings" and code == 2


def test_without_confirm_nothing_of_it_is_imported(serve):
    """test-mail without --confirm stays as fast as before: no imaplib, no delivery engine."""
    server = serve(users={})
    Store().save("Kunde", settings_for(server))
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "swyxon_desktop", "test-mail", "--to",
                           "a@example.org"], capture_output=True, text=True, timeout=60, env={**os.environ})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    imported = {line.split("|")[-1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")}
    assert "smtplib" in imported  # the measurement works
    assert not {m for m in imported if m.split(".")[0] == "imaplib" or m.startswith(
        ("swyxon_desktop.delivery", "swyxon_desktop.commands.confirm"))}


@pytest.mark.keychain
def test_confirm_with_the_real_keychain(relay, dovecot, imap_pki, receiver, real_keychain):
    """A whole process: both passwords from the real Secret Service, delivery confirmed."""
    server = relay()
    bundle = imap_pki / "both.pem"
    bundle.write_bytes(Path(server.ca_file).read_bytes() + (imap_pki / "ca.pem").read_bytes())
    settings = settings_for(server, use_auth=True, username=SMTP_USER, ca_file=str(bundle)).replace(
        imap_server="127.0.0.1", imap_port=dovecot.imaps_port, imap_username=USER)
    Store().save("Echt", settings)
    secrets.set_password("Echt", SMTP_PASSWORD)
    secrets.set_password("Echt", PASSWORD, secrets.IMAP)
    try:
        proc = subprocess.run([sys.executable, "-m", "swyxon_desktop", "test-mail", "--to", "confirm@example.org",
                               "--confirm", "--confirm-timeout", "30", "--json"], capture_output=True, text=True,
                              timeout=90, env={**os.environ})
    finally:
        secrets.delete_password("Echt")
        secrets.delete_password("Echt", secrets.IMAP)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["delivery"]["status"] == "delivered"


def test_test_mail_confirm_untrusted_imap_certificate(capsys, monkeypatch, relay, dovecot, imap_pki, receiver):
    server = make_profile(capsys, monkeypatch, relay, dovecot, imap_pki)
    Store().save("Kunde A", Store().get("Kunde A").replace(ca_file=str(server.ca_file)))  # the relay's CA only
    code, out, err = run(capsys, monkeypatch, "test-mail", "--to", "confirm@example.org", "--confirm",
                         "--confirm-timeout", "5")
    assert code == 1, out + err
    assert "The server's certificate is not trusted" in out
    pin = [line for line in out.splitlines() if "--imap-pin-sha256" in line][0].split()[-1]
    assert len(pin) == 64
    code, out, err = run(capsys, monkeypatch, "profile", "set", "Kunde A", "--imap-pin-sha256", pin)
    assert code == 0, err
    code, out, err = run(capsys, monkeypatch, "test-mail", "--to", "confirm@example.org", "--confirm",
                         "--confirm-timeout", "30")
    assert code == 0 and "Delivered: The test message arrived in INBOX" in out, out + err


def test_the_report_carries_the_delivery_confirmation(capsys, monkeypatch, relay, dovecot, imap_pki, receiver,
                                                      tmp_path):
    """`test-mail --confirm --report FILE`: the record is written after the confirmation and carries it (the
    support report's "accepted, delivered to Junk after 0.3 s; SPF softfail for 192.0.2.10") — it was written
    before the confirmation began, without it; serve --from-report still reads it."""
    from swyxon_desktop.checks import record as diagnostics

    make_profile(capsys, monkeypatch, relay, dovecot, imap_pki)
    report = tmp_path / "report.json"
    code, out, err = run(capsys, monkeypatch, "test-mail", "--to", "confirm+junk@example.org", "--confirm",
                         "--confirm-timeout", "30", "--report", str(report))
    assert code == 1, out + err
    text = report.read_text(encoding="utf-8")
    record = json.loads(text)
    delivery = record["delivery"]
    assert (delivery["status"], delivery["folder"], delivery["category"], delivery["relay_ip"]) == (
        "junk", "Junk", "delivered_to_junk", RELAY_IP)
    assert delivery["authentication_results"]["spf"] == "softfail" and delivery["elapsed_s"] is not None
    assert any("LOGOUT" in line for line in delivery["transcript"])  # its own (redacted) IMAP dialogue
    assert record["test_mail"]["ok"] is True
    for secret in (PASSWORD, SMTP_PASSWORD):
        assert secret not in text
    assert diagnostics.load_record(report)["failure"] is None  # the replica's reader takes it as before

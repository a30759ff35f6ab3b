"""The command line: `test-mail --report`, `probe --report` and `serve --from-report` as whole processes
against real local servers."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from swyxon_desktop.store import Store
from tests.smtp.helpers import RECIPIENT, assert_no_password, settings_for

pytestmark = pytest.mark.network
ENV = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "LC_ALL": "C.UTF-8"}


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "swyxon_desktop", *args], capture_output=True, text=True,
                          timeout=60, env={**os.environ, **ENV})


def test_test_mail_and_probe_write_the_same_record(serve, closed_ports, tmp_path):
    server = serve(users={}, faults=("rcpt-550",))
    Store().save("Kunde", settings_for(server), has_password=True)
    report = tmp_path / "mail.json"
    proc = cli("test-mail", "--to", RECIPIENT, "--json", "--report", str(report))
    assert proc.returncode == 1, proc.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["schema"] == "swyxon-desktop-report" and data["version"] == 1 and data["kind"] == "test-mail"
    assert data["failure"]["smtp_code"] == 550 and data["failure"]["stage"] == "rcpt_to"
    assert data["test_mail"]["category"] == json.loads(proc.stdout)["category"] == "recipient_rejected"
    assert oct(report.stat().st_mode & 0o777) == "0o600"
    probe_report = tmp_path / "probe.json"
    proc = cli("probe", "--report", str(probe_report))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    data = json.loads(probe_report.read_text(encoding="utf-8"))
    assert data["kind"] == "probe" and data["probe"]["configured"]["greeting"].startswith("220 ")
    assert data["observed"]["ehlo_before_tls"][0] == "localhost"
    (tmp_path / "a-file").write_text("x")
    proc = cli("probe", "--report", str(tmp_path / "a-file" / "r.json"))
    assert proc.returncode == 1 and "could not be written" in proc.stderr


def test_serve_from_report_is_a_replica_the_profile_reproduces(serve, tmp_path):
    server = serve(tls="none", users={}, faults=("rcpt-550",))
    Store().save("Kunde", settings_for(server, tls="none"), has_password=True)
    report = tmp_path / "kunde.json"
    original = json.loads(cli("test-mail", "--to", RECIPIENT, "--json", "--report", str(report)).stdout)
    server.stop()
    replica = subprocess.Popen([sys.executable, "-m", "swyxon_desktop", "serve", "--from-report", str(report),
                                "--port", "0", "--json", "--mailbox", str(tmp_path / "mb")],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, **ENV})
    try:
        info = json.loads(replica.stdout.readline())
        assert info["replica_profile"] == "Kunde (replica)" and info["tls"] == "none"
        assert info["replica"]["replies"]["rcpt"][0].startswith("550 5.1.1")
        again = json.loads(cli("test-mail", "--profile", "Kunde (replica)", "--to", RECIPIENT, "--json").stdout)
        for key in ("ok", "category", "stage", "smtp_code", "enhanced_status", "server_text", "hint"):
            assert again[key] == original[key], key
        other = json.loads(cli("test-mail", "--profile", "Kunde (replica)", "--to", "x@example.org", "--json").stdout)
        assert other["ok"] is True  # only the customer's recipient is refused
    finally:
        replica.send_signal(signal.SIGTERM)
        out, errors = replica.communicate(timeout=20)
    assert replica.returncode == 0, errors
    assert_no_password(out, errors)


@pytest.mark.parametrize("content, words", [
    ("{", "not valid JSON"),
    ('{"schema": "swyxon-desktop-report", "version": 9, "settings": {}}', "newer version"),
    ('{"schema": "swyxon-desktop-report", "version": 1}', "\"settings\" is missing"),
    ('{"schema": "swyxon-desktop-report", "version": 1, "settings": {}, "observed": {"greeting": '
     '["x\\r\\n250 OK"]}}', "control character"),
    ('{"schema": "other"}', "not a SwyxON Desktop diagnostics report"),
])
def test_serve_from_a_damaged_report_starts_nothing(tmp_path, content, words):
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    proc = cli("serve", "--from-report", str(bad), "--port", "0")
    assert proc.returncode == 2 and words in proc.stderr, proc.stderr
    assert "listening" not in proc.stdout and "Traceback" not in proc.stderr
    assert "(replica)" not in " ".join(Store().names())


def test_serve_from_report_refuses_conflicting_options(tmp_path):
    proc = cli("serve", "--from-report", str(tmp_path / "r.json"), "--fault", "rcpt-550")
    assert proc.returncode == 2 and "--fault" in proc.stderr


def test_german_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    proc = cli("--lang", "de", "serve", "--from-report", str(bad))
    assert proc.returncode == 2 and "kein gültiges JSON" in proc.stderr


@pytest.mark.parametrize("mechanism", ["PLAIN", "LOGIN"])
def test_the_cli_report_never_carries_the_password(serve, tmp_path, capsys, mechanism):
    """In-process, so the tests' in-memory keychain holds the password (the keychain-free path)."""
    from swyxon_desktop import cli as app_cli
    from swyxon_desktop.profiles import Profiles
    from tests.smtp.helpers import PASSWORD, USER

    server = serve(tls="starttls", auth_mechanisms=(mechanism,))
    Profiles().save("Kunde", settings_for(server, use_auth=True, username=USER, mechanism=mechanism), PASSWORD)
    for password_ok, name in ((True, "ok.json"), (False, "bad.json")):
        if not password_ok:
            Profiles().save("Kunde", Store().get("Kunde"), "wrong-" + PASSWORD)
        report = tmp_path / name
        rc = app_cli.main(["test-mail", "--profile", "Kunde", "--to", RECIPIENT, "--json", "--report", str(report)])
        assert rc == (0 if password_ok else 1)
        text = report.read_text(encoding="utf-8")
        assert f"AUTH {mechanism}" in text
        assert_no_password(text, capsys.readouterr().out)
        from tests.smtp.helpers import password_forms

        for form in password_forms(USER, "wrong-" + PASSWORD).values():
            assert form not in text

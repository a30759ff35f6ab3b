"""`swyxon-desktop test-mail` and `probe` as whole processes against a real local server."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from swyxon_desktop import secrets
from swyxon_desktop.settings import MailSettings
from swyxon_desktop.store import Store
from tests.smtp.helpers import PASSWORD, RECIPIENT, USER, free_port, settings_for

pytestmark = pytest.mark.network
ISSUE_FIELDS = ["ok", "category", "stage", "smtp_code", "message", "hint", "message_id", "elapsed_s", "transcript"]


def cli(*args: str, lang: str = "en", env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "LANGUAGE": lang, "LC_ALL": "C.UTF-8", **(env or {})}
    return subprocess.run([sys.executable, "-m", "swyxon_desktop", *args], capture_output=True, text=True,
                          timeout=60, env=environment)


def save(name: str, settings: MailSettings) -> None:
    Store().save(name, settings, has_password=True)


def test_test_mail_json_without_auth(serve):
    server = serve(users={})
    save("Kunde", settings_for(server))
    proc = cli("test-mail", "--to", RECIPIENT, "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert list(data)[:len(ISSUE_FIELDS)] == ISSUE_FIELDS
    assert data["ok"] is True and data["category"] is None and data["stage"] is None
    assert data["smtp_code"] == 250 and data["elapsed_s"] > 0
    [received] = server.wait_for_messages(1)
    assert received.message["Message-ID"] == data["message_id"]
    assert any(line.startswith("C: MAIL FROM:") for line in data["transcript"])


def test_failure_exit_code_category_and_german_hint():
    save("Kunde", MailSettings(server="127.0.0.1", port=free_port(), sender="a@firma.de"))
    proc = cli("--lang", "de", "test-mail", "--to", RECIPIENT, "--json")
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert (data["ok"], data["category"], data["stage"]) == (False, "connect_refused", "connect")
    assert data["hint"].startswith("Auf diesem Port")
    assert "abgelehnt" in data["message"]


def test_a_run_that_ends_before_tls_leaves_cleanly():
    """SSL on, nothing listening: the TLS context is still being built in its thread when the run fails.
    The process ends at once (no interpreter tear-down under OpenSSL), with its whole output and exit 1."""
    save("Kunde", MailSettings(server="127.0.0.1", port=free_port(), sender="a@firma.de", use_ssl=True))
    for _ in range(3):
        proc = cli("test-mail", "--to", RECIPIENT, "--transcript")
        assert proc.returncode == 1, (proc.returncode, proc.stderr)
        assert "refused the connection" in proc.stdout and "Stage: Connect" in proc.stdout
        assert proc.stdout.rstrip().splitlines()[-1] == "Transcript (passwords removed):"  # nothing cut off
        assert proc.stderr == ""


def test_text_summary_with_transcript(serve):
    server = serve(users={}, faults=("rcpt-550",))
    save("Kunde", settings_for(server))
    proc = cli("test-mail", "--profile", "Kunde", "--to", RECIPIENT, "--transcript")
    assert proc.returncode == 1
    out = proc.stdout
    assert "The server rejected the recipient" in out and "Stage: Recipient (RCPT TO)" in out and "550 5.1.1" in out
    assert "Transcript (passwords removed):" in out and "C: RCPT TO:<admin@example.com>" in out


@pytest.mark.parametrize("args,message", [
    (["test-mail", "--to", RECIPIENT], "There is no profile yet"),
    (["test-mail", "--profile", "nope", "--to", RECIPIENT], "There is no profile named"),
    (["probe", "--profile", "nope"], "There is no profile named"),
])
def test_usage_errors_exit_2(args, message):
    proc = cli(*args)
    assert proc.returncode == 2 and message in proc.stderr


def test_several_profiles_need_profile_and_are_listed():
    for name in ("Alpha", "Beta"):
        save(name, MailSettings(server="127.0.0.1", port=25, sender="a@firma.de"))
    proc = cli("test-mail", "--to", RECIPIENT)
    assert proc.returncode == 2 and "Alpha, Beta" in proc.stderr


def test_bad_timeout_and_bad_recipient_are_usage_errors():
    save("Kunde", MailSettings(server="127.0.0.1", port=25, sender="a@firma.de"))
    assert cli("test-mail", "--to", RECIPIENT, "--timeout", "0").returncode == 2
    proc = cli("test-mail", "--to", "not-an-address", "--json")
    assert proc.returncode == 2 and json.loads(proc.stdout)["category"] == "invalid_settings"


def test_missing_to_is_an_argparse_usage_error():
    assert cli("test-mail").returncode == 2


def test_keychain_unavailable_exits_1(serve):
    server = serve()
    save("Kunde", settings_for(server, use_auth=True, username=USER))
    proc = cli("test-mail", "--to", RECIPIENT, "--json",
               env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    assert data["ok"] is False and data["category"] == "keyring_unavailable" and "{}" not in data["message"]
    assert data["stage"] == "keychain"
    # The lookup ran while the connection was set up; without a password nothing more was sent.
    session = server.wait_for_sessions_closed(1)[0]
    assert session.auth_mechanisms == [] and not any(c.upper().startswith("MAIL") for c in session.commands)


def test_probe_json_and_text(serve):
    server = serve(tls="implicit")
    save("Kunde", settings_for(server, tls="starttls", use_auth=True, username=USER))
    proc = cli("probe", "--json", "--timeout", "5")
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    assert data["recommendation"]["changes"] == {"tls_mode": "implicit"}
    assert data["configured"]["status"] == "skipped"
    proc = cli("probe", "--timeout", "5")
    assert proc.returncode == 1
    assert "Recommendation: Port" in proc.stdout and "--tls-mode implicit" in proc.stdout
    assert all(s.auth_mechanisms == [] for s in server.sessions)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_test_mail_stays_off_heavy_imports(serve, lang):
    """The fast path: no Qt, aiosmtpd, email-validator or cryptography in a test-mail process; in German
    no XML parser either (i18n reads only the contexts it needs from the .ts text)."""
    server = serve(users={})
    save("Kunde", settings_for(server))
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "swyxon_desktop", "--lang", lang, "test-mail",
                           "--to", RECIPIENT], capture_output=True, text=True, timeout=60, env={**os.environ})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    imported = {line.split("|")[-1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")}
    assert "smtplib" in imported  # the measurement works
    heavy = {m for m in imported if m.split(".")[0] in ("PySide6", "shiboken6", "aiosmtpd", "email_validator",
                                                         "cryptography", "keyring", "dns", "spf", "xml",
                                                         "pyexpat")}
    assert heavy == set()
    ours = {"swyxon_desktop.verdict", "swyxon_desktop.commands.verdict", "swyxon_desktop.dnscheck",
            "swyxon_desktop.commands.dnscheck", "swyxon_desktop.commands.confirm", "swyxon_desktop.delivery"}
    assert "swyxon_desktop.cli" in imported and imported & ours == set()  # --dns-check, --confirm: lazy


@pytest.mark.keychain
@pytest.mark.parametrize("mechanism", ["LOGIN", "PLAIN", "CRAM-MD5"])
def test_test_mail_with_the_password_from_the_real_keychain(serve, real_keychain, mechanism):
    server = serve(tls="starttls")
    save("Kunde", settings_for(server, use_auth=True, username=USER, mechanism=mechanism))
    secrets.set_password("Kunde", PASSWORD)
    try:
        proc = cli("test-mail", "--to", RECIPIENT, "--json")
    finally:
        secrets.delete_password("Kunde")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["mechanism"] == mechanism
    assert server.wait_for_sessions_closed(1)[0].auth_mechanisms == [mechanism]


@pytest.mark.keychain
def test_the_keychain_read_path_of_test_mail_skips_keyring(real_keychain):
    """secrets.get_password reads the Secret Service directly in a fresh process (keyring costs ~30 ms to import)."""
    secrets.set_password("Kunde", PASSWORD)
    try:
        code = ("import sys; from swyxon_desktop import secrets; "
                "print(secrets.get_password('Kunde') == sys.argv[1], 'keyring' in sys.modules, "
                "secrets.get_password('none') is None)")
        proc = subprocess.run([sys.executable, "-c", code, PASSWORD], capture_output=True, text=True, timeout=60,
                              env={**os.environ})
    finally:
        secrets.delete_password("Kunde")
    # Found: read directly, keyring not imported. Not found: keyring has the last word.
    assert proc.stdout.split() == ["True", "False", "True"], proc.stderr


def test_german_cli_names_stages_by_title_and_translates_the_keychain_message(serve):
    from swyxon_desktop.i18n import translate
    from swyxon_desktop.secrets import MSG_INSECURE

    server = serve(users={})
    save("Kunde", settings_for(server))
    proc = cli("--lang", "de", "test-mail", "--to", RECIPIENT)
    assert proc.returncode == 0, proc.stderr
    [stages] = [line for line in proc.stdout.splitlines() if "Absender (MAIL FROM)" in line]
    for stage_id in ("resolve", "connect", "greeting", "ehlo", "mail_from", "rcpt_to", "quit"):
        assert stage_id not in stages.split(), stages

    save("Kunde", settings_for(server, use_auth=True, username=USER))
    proc = cli("--lang", "de", "test-mail", "--to", RECIPIENT,
               env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert proc.returncode == 1, proc.stderr
    german = translate("Keychain", MSG_INSECURE, "de").format("keyring.backends.fail.Keyring")
    assert german != MSG_INSECURE.format("keyring.backends.fail.Keyring") and german in proc.stdout, proc.stdout
    assert "keeps passwords" not in proc.stdout


@pytest.mark.keychain
def test_the_keychain_wait_is_named_once_in_the_summary(serve, real_keychain):
    server = serve(tls="starttls")
    save("Kunde", settings_for(server, use_auth=True, username=USER))
    secrets.set_password("Kunde", PASSWORD)
    try:
        proc = cli("test-mail", "--to", RECIPIENT)
    finally:
        secrets.delete_password("Kunde")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    [stages] = [line for line in proc.stdout.splitlines() if "Stages:" in line]
    assert stages.count("Authentication ") == 1 and stages.count("Password from the keychain ") == 1, stages


@pytest.mark.parametrize("args,message", [
    (["test-mail", "--to", RECIPIENT, "--json"], "There is no profile yet"),
    (["test-mail", "--profile", "nope", "--to", RECIPIENT, "--json"], "There is no profile named"),
    (["probe", "--profile", "nope", "--json"], "There is no profile named"),
    (["test-mail", "--to", RECIPIENT, "--timeout", "0", "--json"], "timeout"),
])
def test_usage_errors_with_json_are_one_json_object(args, message):
    if "--timeout" in args:
        save("Kunde", MailSettings(server="127.0.0.1", port=25, sender="a@firma.de"))
    proc = cli(*args)
    assert proc.returncode == 2, proc.stderr
    data = json.loads(proc.stdout)
    assert data["ok"] is False and data["category"] == "invalid_settings"
    assert message in data["message"] and data["hint"]


def test_a_bad_recipient_in_the_terminal_names_the_to_option():
    save("Kunde", MailSettings(server="127.0.0.1", port=25, sender="a@firma.de"))
    proc = cli("test-mail", "--to", "kaputt")
    assert proc.returncode == 2
    assert "--to (kaputt)" in proc.stdout and "marked fields" not in proc.stdout
    data = json.loads(cli("test-mail", "--to", "kaputt", "--json").stdout)
    assert "--to" in data["hint"]


def test_ctrl_c_with_json_still_prints_one_object_and_exits_130():
    import signal

    from tests.smtp.helpers import RawServer

    import threading

    accepted = threading.Event()

    def script(conn, srv):
        accepted.set()
        srv.wait_closed(conn)

    with RawServer(script) as raw:
        save("Kunde", settings_for(raw, tls="none", timeout_s=30))
        environment = {**os.environ, "LANGUAGE": "en", "LC_ALL": "C.UTF-8"}
        proc = subprocess.Popen([sys.executable, "-m", "swyxon_desktop", "test-mail", "--to", RECIPIENT, "--json"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)
        try:
            assert accepted.wait(30), "the CLI never connected"
            proc.send_signal(signal.SIGINT)
            out, errout = proc.communicate(timeout=30)
        finally:
            proc.kill()
    assert proc.returncode == 130, errout
    data = json.loads(out)
    assert data["ok"] is False and data["category"] == "cancelled" and data["message"] and data["hint"]
    assert "Traceback" not in errout


def test_a_closed_pipe_ends_quietly(serve):
    server = serve(users={})
    save("Kunde", settings_for(server))
    environment = {**os.environ, "LANGUAGE": "en", "LC_ALL": "C.UTF-8"}
    proc = subprocess.Popen([sys.executable, "-m", "swyxon_desktop", "test-mail", "--to", RECIPIENT, "--transcript"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment)
    proc.stdout.close()  # like `| head -0`: the reader is gone before anything is written
    try:
        errout = proc.stderr.read().decode()
        proc.wait(timeout=30)
    finally:
        proc.kill()
        proc.stderr.close()
    assert "BrokenPipe" not in errout and "Traceback" not in errout and "Exception ignored" not in errout, errout
    assert proc.returncode == 141


def test_ssl_off_with_auth_stops_at_auth_unless_allowed_for_the_run(serve):
    """A stored profile with SSL off and AUTH on: refused at AUTH without asking the keychain (this
    process has none: asking it would be keyring_unavailable); --allow-insecure-auth goes on to the
    keychain for the password."""
    server = serve(tls="none")
    save("Kunde", settings_for(server, tls="none", use_auth=True, username=USER))
    no_keychain = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    proc = cli("test-mail", "--to", RECIPIENT, "--json", env=no_keychain)
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    assert (data["category"], data["stage"]) == ("insecure_auth_refused", "auth")
    assert "allow unencrypted authentication" in data["hint"]
    assert not any(line.startswith("C: AUTH") for line in data["transcript"])
    assert server.wait_for_sessions_closed(1)[0].auth_mechanisms == []
    proc = cli("test-mail", "--to", RECIPIENT, "--json", "--allow-insecure-auth", env=no_keychain)
    data = json.loads(proc.stdout)
    assert (data["category"], data["stage"]) == ("keyring_unavailable", "keychain"), data

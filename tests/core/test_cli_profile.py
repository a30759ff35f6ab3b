"""`swyxon-desktop profile …` as a user runs it: a real process, real files."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from swyxon_desktop import cli, paths, secrets
from swyxon_desktop.store import Store


NO_KEYCHAIN = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def run(*args, stdin=None, real_keychain=False):
    """The CLI in its own process. Without ``real_keychain`` it gets no keychain at all, so a test can
    never touch the developer's real one."""
    env = {**os.environ, **({} if real_keychain else NO_KEYCHAIN)}
    return subprocess.run([sys.executable, "-m", "swyxon_desktop", *args], input=stdin, capture_output=True,
                          text=True, timeout=60, env=env)


def test_version_and_help():
    out = run("--version")
    assert out.returncode == 0 and "swyxon-desktop 0.1.0" in out.stdout
    out = run("--help")
    assert out.returncode == 0 and "profile" in out.stdout


def test_set_show_list_export_import_delete(tmp_path):
    r = run("profile", "set", "Plattform", "--server", "mail.müller.de", "--port", "465", "--sender",
            "SwyxWare@firma.de", "--tls-mode", "implicit")
    assert r.returncode == 0, r.stderr
    r = run("profile", "show", "Plattform", "--json")
    data = json.loads(r.stdout)
    assert (data["server"], data["port"], data["tls_mode"]) == ("mail.müller.de", 465, "implicit")
    r = run("profile", "set", "Plattform", "--port", "587")  # only the options given change
    assert r.returncode == 0
    assert json.loads(run("profile", "show", "Plattform", "--json").stdout)["tls_mode"] == "implicit"
    assert run("profile", "list").stdout.split("\n")[0] == "Plattform"
    export = tmp_path / "p.json"
    assert run("profile", "export", "Plattform", str(export)).returncode == 0
    r = run("profile", "import", str(export))
    assert r.returncode == 2 and "exists already" in r.stderr
    r = run("profile", "import", str(export), "--name", "Kopie")
    assert r.returncode == 0 and r.stdout.strip() == "Kopie"
    assert run("profile", "delete", "Kopie").returncode == 0
    assert run("profile", "show", "Kopie").returncode == 2


def test_invalid_settings_exit_2_with_field_messages():
    r = run("profile", "set", "X", "--server", "bad host", "--sender", "nope", "--port", "0")
    assert r.returncode == 2
    assert "server:" in r.stderr and "sender:" in r.stderr and "port:" in r.stderr
    assert not paths.config_file().exists()


def test_german_messages_with_lang():
    r = run("--lang", "de", "profile", "set", "X", "--server", "bad host", "--sender", "a@firma.de")
    assert r.returncode == 2 and "Leerzeichen" in r.stderr


def test_usage_error_exit_2():
    assert run("profile", "set").returncode == 2
    assert run("nonsense").returncode == 2


def test_password_stdin_goes_to_the_keychain_only(memory_keyring, monkeypatch, capsys):
    """In-process so the in-memory keychain is used; the real keychain is tested below."""
    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO("pa55word\n"))
    rc = cli.main(["profile", "set", "T", "--server", "mail.firma.de", "--sender", "a@firma.de", "--auth",
                   "--username", "u", "--password-stdin"])
    assert rc == 0
    assert memory_keyring.data[(secrets.SERVICE, "smtp:T")] == "pa55word"
    assert "pa55word" not in paths.config_file().read_text()
    out = capsys.readouterr()
    assert "pa55word" not in out.out + out.err


def test_auth_without_password_is_refused(memory_keyring):
    rc = cli.main(["profile", "set", "T", "--server", "mail.firma.de", "--sender", "a@firma.de", "--auth",
                   "--username", "u"])
    assert rc == 2 and "T" not in Store()


def test_locked_keychain_saves_settings_and_exits_1(memory_keyring, monkeypatch, capsys):
    memory_keyring.locked = True
    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO("pa55word\n"))
    rc = cli.main(["profile", "set", "T", "--server", "mail.firma.de", "--sender", "a@firma.de", "--auth",
                   "--username", "u", "--password-stdin"])
    assert rc == 1
    assert "keychain" in capsys.readouterr().err.lower()
    assert Store().get("T").username == "u"


def test_corrupted_config_is_reported_by_the_cli():
    paths.config_file().parent.mkdir(parents=True)
    paths.config_file().write_text("{broken")
    r = run("profile", "list")
    assert r.returncode == 0 and "moved aside" in r.stderr


@pytest.mark.keychain
def test_cli_with_the_real_keychain(real_keychain):
    r = run("profile", "set", "CLI-Keychain", "--server", "mail.firma.de", "--sender", "a@firma.de", "--auth",
            "--username", "u", "--password-stdin", stdin="real-pa55\n", real_keychain=True)
    assert r.returncode == 0, r.stderr
    assert real_keychain.get_password(secrets.SERVICE, "smtp:CLI-Keychain") == "real-pa55"
    shown = json.loads(run("profile", "show", "CLI-Keychain", "--json", real_keychain=True).stdout)
    assert shown["password_stored"] is True
    assert run("profile", "delete", "CLI-Keychain", real_keychain=True).returncode == 0
    assert real_keychain.get_password(secrets.SERVICE, "smtp:CLI-Keychain") is None


def test_a_customer_export_without_ssl_but_with_auth_is_imported_and_warned_about(tmp_path, memory_keyring, capsys):
    """SSL verwenden off, SMTP-Authentifizierung on: what the vendor's dialog allows is stored as it is."""
    export = tmp_path / "kunde.json"
    export.write_text(json.dumps({"format": "swyxon-desktop-profile", "schema_version": 1, "name": "Kunde",
                                  "settings": {"server": "mail.kunde.de", "port": 25, "sender": "SwyxWare@kunde.de",
                                               "use_ssl": False, "use_auth": True, "username": "swyx"}}))
    assert cli.main(["profile", "import", str(export)]) == 0
    out = capsys.readouterr()
    assert out.out.strip() == "Kunde" and "password would travel unencrypted" in out.err
    stored = Store().get("Kunde")
    assert (stored.use_ssl, stored.use_auth, stored.allow_insecure_auth) == (False, True, False)
    assert cli.main(["profile", "show", "Kunde", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["use_ssl"] is False and "unencrypted" in data["warnings"][0]
    assert cli.main(["profile", "show", "Kunde"]) == 0
    assert "!! Warning: SSL is off" in capsys.readouterr().out


def test_profile_set_stores_ssl_off_with_auth(memory_keyring, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO("pa55word\n"))
    rc = cli.main(["profile", "set", "T", "--server", "mail.firma.de", "--sender", "a@firma.de", "--no-ssl",
                   "--auth", "--username", "u", "--password-stdin"])
    out = capsys.readouterr()
    assert rc == 0 and "saved" in out.out and "unencrypted" in out.err
    assert (Store().get("T").use_ssl, Store().get("T").allow_insecure_auth) == (False, False)

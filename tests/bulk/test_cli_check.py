"""`swyxon-desktop check`: JSON, CSV, text, exit codes, Ctrl+C — against real loopback servers."""
from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from swyxon_desktop import cli, secrets
from swyxon_desktop.checks import last as last_checks
from tests.bulk.conftest import write_profiles
from tests.smtp.helpers import PASSWORD, USER, RawServer, settings_for

pytestmark = pytest.mark.network
FIELDS = ["profile", "ok", "category", "stage", "smtp_code", "message", "hint", "elapsed_s"]


def _store(serve, black_hole=None):
    good = serve(tls="starttls")
    entries = {"a-good": settings_for(good, use_auth=True, username=USER),
               "b-wrong": settings_for(good, use_auth=True, username=USER)}
    if black_hole:
        hole = type("Hole", (), {"port": black_hole, "ca_file": None})()
        entries["c-hole"] = settings_for(hole, tls="none", timeout_s=1.0)
    write_profiles(entries)
    secrets.set_password("a-good", PASSWORD)
    secrets.set_password("b-wrong", "nope")
    return good


def test_json_is_one_array_with_the_test_mail_names_in_profile_order(serve, black_hole, capsys):
    good = _store(serve, black_hole)
    code = cli.main(["check", "--all", "--json"])
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert code == 1 and err == "", "no progress on stderr when it is not a terminal"
    assert [d["profile"] for d in data] == ["a-good", "b-wrong", "c-hole"]
    assert all(list(d)[:8] == FIELDS for d in data)
    assert data[0]["ok"] is True and data[0]["smtp_code"] == 250 and data[0]["category"] is None
    assert (data[1]["category"], data[1]["stage"], data[1]["smtp_code"]) == ("auth_failed", "auth", 535)
    assert (data[2]["category"], data[2]["stage"]) == ("timeout", "greeting")
    assert PASSWORD not in out and "nope" not in out
    assert good.received == []
    assert set(last_checks.load()) == {"a-good", "b-wrong", "c-hole"}


def test_exit_0_when_every_profile_passed_and_the_text_summary(serve, capsys):
    _store(serve)
    assert cli.main(["check", "--profile", "a-good"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("passed   a-good") and "1 profile(s) checked" in out and "1 passed, 0 failed" in out


def test_german_text(serve, capsys):
    _store(serve)
    assert cli.main(["--lang", "de", "check", "--profile", "b-wrong"]) == 1
    out = capsys.readouterr().out
    assert "Authentifizierung" in out and "Was tun:" in out and "Es wurde nichts gesendet" in out


def test_to_overrides_the_recipient(serve, capsys):
    good = _store(serve)
    assert cli.main(["check", "--profile", "a-good", "--to", "it@kunde.de", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["recipient"] == "it@kunde.de"
    (session,) = good.wait_for_sessions_closed(1)
    assert "RCPT TO:<it@kunde.de>" in session.commands


def test_csv_file(serve, tmp_path, capsys):
    _store(serve)
    target = tmp_path / "ergebnis.csv"
    assert cli.main(["check", "--all", "--csv", str(target)]) == 1
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0])[:8] == FIELDS
    assert [(r["profile"], r["ok"], r["category"], r["smtp_code"]) for r in rows] == [
        ("a-good", "true", "", "250"), ("b-wrong", "false", "auth_failed", "535")]


@pytest.mark.parametrize("args, message", [
    ([], "--all"), (["--all", "--profile", "x"], "not both"), (["--profile", "nope"], "no profile named"),
    (["--all", "--jobs", "0"], "--jobs"), (["--all", "--timeout", "0"], "1"), (["--all", "--to", "kein"], "--to"),
])
def test_usage_errors_exit_2(serve, capsys, args, message):
    _store(serve)
    assert cli.main(["check", *args]) == 2
    out, err = capsys.readouterr()
    assert out == "" and message in err


def test_invalid_stored_profile_is_a_row_and_the_others_go_on(serve, capsys):
    good = serve(tls="starttls", users={})
    write_profiles({"bad": settings_for(good).to_dict() | {"sender": "kaputt"}, "fine": settings_for(good)})
    assert cli.main(["check", "--all", "--json"]) == 1
    data = {d["profile"]: d for d in json.loads(capsys.readouterr().out)}
    assert data["bad"]["category"] == "invalid_settings" and data["fine"]["ok"] is True


def test_ctrl_c_prints_what_is_done_and_exits_130(serve, isolated_home):
    good = serve(tls="starttls", users={})

    def silent(conn, srv):
        srv.wait_closed(conn)

    with RawServer(silent) as hole:
        write_profiles({"a-fine": settings_for(good),
                        **{f"hole-{i}": settings_for(hole, tls="none", timeout_s=60.0) for i in range(3)}})
        env = {**os.environ, "LANGUAGE": "en", "LC_ALL": "C.UTF-8", "SWYXON_DESKTOP_HOME": str(isolated_home)}
        proc = subprocess.Popen([sys.executable, "-m", "swyxon_desktop", "check", "--all", "--json", "--jobs", "4"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        deadline = time.monotonic() + 20
        while (len(hole.connections) < 3 or not good.sessions or not good.sessions[-1].closed) \
                and time.monotonic() < deadline:
            time.sleep(0.02)  # polling what the servers recorded
        assert len(hole.connections) == 3
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    assert proc.returncode == 130, err
    data = json.loads(out)
    assert [d["profile"] for d in data] == ["a-fine"] and data[0]["ok"]
    assert "Interrupted" in err and "1 of 4" in err and "Traceback" not in err


def test_progress_goes_to_stderr_only_when_it_is_a_terminal(serve, isolated_home):
    """stderr a terminal (a pty): a progress line there; stdout (a pipe) has the rows only."""
    import pty

    good = serve(tls="starttls", users={})
    write_profiles({"a": settings_for(good), "b": settings_for(good)})
    master, slave = pty.openpty()
    env = {**os.environ, "LANGUAGE": "en", "LC_ALL": "C.UTF-8", "SWYXON_DESKTOP_HOME": str(isolated_home)}
    try:
        proc = subprocess.run([sys.executable, "-m", "swyxon_desktop", "check", "--all"], stdout=subprocess.PIPE,
                              stderr=slave, env=env, timeout=60, text=True)
        os.close(slave)
        seen = b""
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # EIO: the terminal's other end is closed
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(master)
    assert proc.returncode == 0
    assert b"2 of 2 checked, 0 failed" in seen
    assert "checked, 0 failed" not in proc.stdout and proc.stdout.count("passed ") == 2


def test_no_keychain_makes_the_signing_in_rows_keyring_unavailable(serve, isolated_home):
    good = serve(tls="starttls")
    write_profiles({"signs-in": settings_for(good, use_auth=True, username=USER),
                    "plain": settings_for(good)})
    env = {**os.environ, "LANGUAGE": "en", "LC_ALL": "C.UTF-8", "SWYXON_DESKTOP_HOME": str(isolated_home),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    proc = subprocess.run([sys.executable, "-m", "swyxon_desktop", "check", "--all", "--json"], capture_output=True,
                          text=True, env=env, timeout=60)
    rows = {r["profile"]: r for r in json.loads(proc.stdout)}
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert (rows["signs-in"]["category"], rows["signs-in"]["stage"]) == ("keyring_unavailable", "keychain")
    assert rows["plain"]["stage"] == "rcpt_to"  # reached the server: relaying needs AUTH there

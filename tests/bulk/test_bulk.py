"""BulkCheck against real loopback servers: a mixed set of working, refusing, black-holed, invalid and
keychain-less profiles; cancel; the shared TLS context; the last-results state file."""
from __future__ import annotations

import threading
import time

import pytest

from swyxon_desktop import secrets
from swyxon_desktop.checks import bulk
from swyxon_desktop.checks import last as last_checks
from swyxon_desktop.failures import Category
from swyxon_desktop.smtp import tlsinfo
from swyxon_desktop.store import Store
from tests.bulk.conftest import write_profiles
from tests.smtp.helpers import PASSWORD, USER, RawServer, settings_for

pytestmark = pytest.mark.network


def _auth(server, **changes):
    return settings_for(server, use_auth=True, username=USER, timeout_s=2.0, **changes)


def _mixed(serve, black_hole, closed_ports):
    good = serve(tls="starttls")
    picky = serve(tls="starttls", sender_domains=("other.example",))
    hole = type("Hole", (), {"port": black_hole, "ca_file": None})()
    refused = type("Closed", (), {"port": closed_ports[0], "ca_file": None})()
    entries = {f"ok-{i}": _auth(good) for i in range(6)}
    entries.update({
        "wrong-password": _auth(good),
        "foreign-sender": _auth(picky),
        "black-hole": _auth(hole),
        "refused": settings_for(refused, timeout_s=2.0),
        "bad-sender": _auth(good).to_dict() | {"sender": "not an address"},
        "unreadable": {"server": "127.0.0.1", "port": "twenty-five"},
        "no-password": _auth(good),
    })
    write_profiles(entries)
    for name in entries:
        if name.startswith("ok-") or name in ("foreign-sender", "black-hole"):
            secrets.set_password(name, PASSWORD)
    secrets.set_password("wrong-password", "nope")
    return good, picky


def test_a_mixed_set_gives_one_row_per_profile_with_the_test_mails_vocabulary(serve, black_hole, closed_ports):
    good, picky = _mixed(serve, black_hole, closed_ports)
    store = Store()
    seen = []
    result = bulk.BulkCheck(store, jobs=8, on_row=seen.append).run()
    rows = {r.profile: r for r in result.rows}
    assert sorted(rows) == sorted(store.names() + ["unreadable"]) and len(seen) == len(rows) == result.total
    for i in range(6):
        assert rows[f"ok-{i}"].ok and rows[f"ok-{i}"].smtp_code == 250, rows[f"ok-{i}"].to_dict()
    expect = {
        "wrong-password": ("auth_failed", "auth", 535),
        "foreign-sender": ("sender_rejected", "mail_from", 550),
        "black-hole": ("timeout", "greeting", None),
        "refused": ("connect_refused", "connect", None),
        "bad-sender": ("invalid_settings", "prepare", None),
        "unreadable": ("invalid_settings", "prepare", None),
        "no-password": ("invalid_settings", "auth", None),
    }
    for name, (category, stage, code) in expect.items():
        assert (rows[name].category, rows[name].stage, rows[name].smtp_code) == (category, stage, code), name
        assert rows[name].hint_text() and rows[name].message_text()
    assert "sender" in rows["bad-sender"].message_text()
    assert not result.ok
    # Nothing was sent anywhere: no DATA in any session, no mail in any mailbox.
    for server in (good, picky):
        assert server.received == []
        assert all("DATA" not in [c.split()[0].upper() for c in s.commands if c] for s in server.sessions)
    data = rows["ok-0"].to_dict()
    assert list(data)[:8] == ["profile", "ok", "category", "stage", "smtp_code", "message", "hint", "elapsed_s"]


def test_a_locked_keychain_makes_those_rows_keyring_unavailable_and_the_others_go_on(serve, memory_keyring):
    server = serve(tls="starttls")
    write_profiles({"signs-in": _auth(server), "no-auth": settings_for(server, timeout_s=2.0)})
    memory_keyring.locked = True
    result = bulk.BulkCheck(Store()).run()
    rows = {r.profile: r for r in result.rows}
    assert rows["signs-in"].category == "keyring_unavailable" and rows["signs-in"].stage == "keychain"
    # the profile without AUTH reached the server (which relays only after AUTH: refused at RCPT)
    assert rows["no-auth"].stage == "rcpt_to" and rows["no-auth"].smtp_code == 530


def test_a_keychain_that_never_answers_fails_its_rows_instead_of_hanging(serve):
    server = serve(tls="starttls")
    write_profiles({f"p{i}": _auth(server) for i in range(5)})
    never = threading.Event()
    calls = []

    def silent(name):
        calls.append(name)
        never.wait(30)

    started = time.monotonic()
    result = bulk.BulkCheck(Store(), jobs=1, password_lookup=silent, keychain_timeout_s=0.3).run()
    never.set()
    assert time.monotonic() - started < 10, "a silent keychain must never hang the run"
    assert [r.category for r in result.rows] == ["keyring_unavailable"] * 5
    assert calls == ["p0"], "after one silent read the keychain is not asked again"
    assert "did not answer" in result.rows[0].message_text()


def test_one_keychain_read_per_profile(serve):
    server = serve(tls="starttls")
    write_profiles({f"p{i}": _auth(server) for i in range(10)})
    calls = []

    def lookup(name):
        calls.append(name)
        return PASSWORD

    result = bulk.BulkCheck(Store(), jobs=4, password_lookup=lookup).run()
    assert all(r.ok for r in result.rows) and sorted(calls) == sorted(f"p{i}" for i in range(10))


def test_cancel_ends_the_checks_in_flight_and_starts_no_more():
    def silent(conn, srv):
        srv.wait_closed(conn)

    with RawServer(silent) as hole:
        write_profiles({f"hole-{i}": settings_for(hole, tls="none", timeout_s=30.0) for i in range(6)})
        run = bulk.BulkCheck(Store(), jobs=2)
        thread = threading.Thread(target=run.run)
        thread.start()
        deadline = time.monotonic() + 10
        while len(hole.connections) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)  # polling the server's own record of connections, not a sync by sleep
        assert len(hole.connections) == 2
        run.cancel()
        thread.join(5)
        assert not thread.is_alive()
    assert run.result.cancelled and not run.result.ok
    assert [r.category for r in run.result.rows] == ["cancelled", "cancelled"]
    assert len(hole.connections) == 2, "no check started after cancel"


def test_black_holes_overlap_each_under_its_own_timeout(black_hole):
    hole = type("Hole", (), {"port": black_hole, "ca_file": None})()
    write_profiles({f"hole-{i}": settings_for(hole, tls="none", timeout_s=1.0) for i in range(8)})
    result = bulk.BulkCheck(Store(), jobs=8).run()
    assert [r.category for r in result.rows] == ["timeout"] * 8
    # Each row waited its own timeout; together they took about one (a loose guard against adding up).
    assert all(r.elapsed_s >= 0.9 for r in result.rows) and result.elapsed_s < 6


def test_the_run_shares_one_verifying_context_per_trust_set(serve, pki, monkeypatch):
    server = serve(tls="starttls")
    write_profiles({f"p{i}": _auth(server) for i in range(6)})
    for i in range(6):
        secrets.set_password(f"p{i}", PASSWORD)
    built = []
    real = tlsinfo._build_context
    monkeypatch.setattr(tlsinfo, "_build_context", lambda ca: built.append(ca) or real(ca))
    result = bulk.BulkCheck(Store(), jobs=3).run()
    assert all(r.ok for r in result.rows)
    assert built == [str(pki.ca_file)]
    # Verification is not weakened: a server whose certificate is for another name still fails.
    other = serve(tls="starttls", cert="other")
    write_profiles({"other": _auth(other)})
    secrets.set_password("other", PASSWORD)
    (row,) = bulk.BulkCheck(Store()).run().rows
    assert row.category == "certificate_invalid"
    assert tlsinfo._shared is None, "outside a run each check builds its own context again"


def test_a_changed_ca_file_gets_a_new_context(pki, tmp_path):
    import shutil

    ca = tmp_path / "ca.pem"
    shutil.copy(pki.ca_file, ca)
    cache = tlsinfo.ContextCache()
    first = cache.get(str(ca))
    assert cache.get(str(ca)) is first
    ca.write_text(pki.ca_file.read_text() + "\n")
    assert cache.get(str(ca)) is not first


def test_last_results_are_remembered_per_profile_outside_profiles_json(serve, isolated_home):
    server = serve(tls="starttls")
    write_profiles({"good": _auth(server), "bad": _auth(server)})
    secrets.set_password("good", PASSWORD)
    secrets.set_password("bad", "nope")
    result = bulk.BulkCheck(Store()).run()
    state = last_checks.record(result.rows)
    assert last_checks.state_file().parent == isolated_home / "data"
    loaded = last_checks.load()
    assert loaded == state
    assert loaded["good"].ok and loaded["bad"].category == "auth_failed" and loaded["bad"].smtp_code == 535
    before = (isolated_home / "config" / "profiles.json").read_bytes()
    assert "auth_failed" not in before.decode() and "checked" not in before.decode()
    assert PASSWORD not in last_checks.state_file().read_text() and "nope" not in last_checks.state_file().read_text()
    # merged: a later run of one profile keeps the other's entry; deleted profiles are dropped with keep
    last_checks.record([r for r in result.rows if r.profile == "bad"])
    assert sorted(last_checks.load()) == ["bad", "good"]
    last_checks.record([r for r in result.rows if r.profile == "bad"], keep=["bad"])
    assert list(last_checks.load()) == ["bad"]
    assert (isolated_home / "config" / "profiles.json").read_bytes() == before


def test_a_damaged_state_file_is_an_empty_history(isolated_home):
    path = last_checks.state_file()
    path.parent.mkdir(parents=True)
    path.write_text("{not json")
    assert last_checks.load() == {}
    path.write_text('{"profiles": {"a": {"at": 3, "ok": "yes"}, "b": {"at": "2026-01-01T00:00:00+00:00", "ok": true}}}')
    assert list(last_checks.load()) == ["b"]


def test_csv_has_the_json_names_and_defuses_formulas(tmp_path):
    from swyxon_desktop.failures import Failure

    rows = [bulk.CheckRow("=cmd|' /C calc'!A0", False, Failure(Category.TIMEOUT, "slow", stage="greeting"), 1.0,
                          "2026-01-01T00:00:00+00:00")]
    target = tmp_path / "out.csv"
    bulk.write_csv(rows, target)
    text = target.read_text("utf-8-sig")
    header, line = text.splitlines()[:2]
    assert header.split(",")[:8] == ["profile", "ok", "category", "stage", "smtp_code", "message", "hint",
                                     "elapsed_s"]
    assert line.startswith("'=cmd") and ",false,timeout,greeting," in line


def test_silent_servers_do_not_take_the_places_of_the_others():
    """jobs=2 and four servers that never answer: after a second of silence more workers start beside
    them (up to 4 x jobs), so all four wait at once — and the working profile is not stuck behind them."""
    open_now, most = [0], [0]
    lock = threading.Lock()

    def silent(conn, srv):
        with lock:
            open_now[0] += 1
            most[0] = max(most[0], open_now[0])
        try:
            srv.wait_closed(conn)
        finally:
            with lock:
                open_now[0] -= 1

    def answers(conn, srv):
        conn.sendall(b"220 ok\r\n")
        srv.readline(conn)
        conn.sendall(b"250 ok\r\n")
        while (line := srv.readline(conn)):
            verb = line.split()[0].upper()
            conn.sendall(b"221 bye\r\n" if verb == "QUIT" else b"250 ok\r\n")
            if verb == "QUIT":
                return

    with RawServer(silent) as hole, RawServer(answers) as good:
        profiles = {f"a-hole-{i}": settings_for(hole, tls="none", timeout_s=4.0) for i in range(4)}
        profiles["z-good"] = settings_for(good, tls="none", timeout_s=4.0)
        write_profiles(profiles)
        result = bulk.BulkCheck(Store(), jobs=2).run()
    rows = {r.profile: r for r in result.rows}
    assert most[0] == 4, "the silent checks waited side by side"
    assert rows["z-good"].ok, rows["z-good"].to_dict()
    assert rows["z-good"].elapsed_s < 1.0 and [rows[f"a-hole-{i}"].category for i in range(4)] == ["timeout"] * 4

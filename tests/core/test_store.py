"""The profiles file: atomic, locked, conflict-aware, corruption-tolerant, never a password."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from swyxon_desktop import paths
from swyxon_desktop.profiles import Profiles
from swyxon_desktop.settings import MailSettings
from swyxon_desktop.store import (
    ANY, InvalidSettings, ProfileConflict, ProfileExists, ReadOnlyStore, SCHEMA_VERSION, Store, StoreError,
    UnknownProfile)

GOOD = MailSettings(server="mail.firma.de", port=587, sender="SwyxWare@firma.de")


def test_file_lives_in_the_isolated_config_dir(isolated_home):
    store = Store()
    store.save("Plattform", GOOD)
    assert store.path == paths.config_file()
    assert str(store.path).startswith(str(isolated_home))
    data = json.loads(store.path.read_text())
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["profiles"]["Plattform"]["settings"]["server"] == "mail.firma.de"


def test_platformdirs_honours_xdg_config_home(monkeypatch, tmp_path):
    monkeypatch.delenv("SWYXON_DESKTOP_HOME")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert paths.config_file() == tmp_path / "xdg" / "swyxon-desktop" / "profiles.json"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_mode_0600():
    store = Store()
    store.save("Plattform", GOOD)
    assert (store.path.stat().st_mode & 0o777) == 0o600


def test_round_trip_through_a_new_store():
    Store().save("Tenant A", GOOD.replace(port=465, use_auth=True, username="u"))
    again = Store()
    assert again.names() == ["Tenant A"]
    assert again.get("Tenant A") == GOOD.replace(port=465, use_auth=True, username="u")


def test_invalid_settings_change_nothing_on_disk():
    store = Store()
    store.save("Plattform", GOOD)
    before = store.path.read_bytes()
    with pytest.raises(InvalidSettings) as info:
        store.save("Plattform", GOOD.replace(server="bad host", port=0))
    assert {e.field for e in info.value.errors} == {"server", "port"}
    assert store.path.read_bytes() == before


def test_second_writer_is_detected():
    mine, theirs = Store(), Store()
    mine.save("Plattform", GOOD)
    theirs.reload()
    base = theirs.revision("Plattform")
    mine.save("Plattform", GOOD.replace(port=25), expected_revision=mine.revision("Plattform"))
    with pytest.raises(ProfileConflict):
        theirs.save("Plattform", GOOD.replace(port=2525), expected_revision=base)
    assert Store().get("Plattform").port == 25
    theirs.save("Plattform", GOOD.replace(port=2525), expected_revision=ANY)  # the user chose overwrite
    assert Store().get("Plattform").port == 2525


def test_new_profile_does_not_overwrite_an_existing_one():
    Store().save("Plattform", GOOD)
    with pytest.raises(ProfileExists):
        Store().save("Plattform", GOOD.replace(port=25), expected_revision=None)


def test_other_profiles_written_meanwhile_are_kept():
    a, b = Store(), Store()
    a.save("A", GOOD)
    b.save("B", GOOD)  # b never loaded A, but writes after re-reading the disk under the lock
    assert Store().names() == ["A", "B"]


def test_rename_and_delete():
    store = Store()
    store.save("A", GOOD)
    store.rename("A", "B")
    assert Store().names() == ["B"]
    store.save("C", GOOD)
    with pytest.raises(ProfileExists):
        store.rename("B", "C")
    store.delete("B")
    assert Store().names() == ["C"]
    with pytest.raises(UnknownProfile):
        store.delete("B")
    with pytest.raises(UnknownProfile):
        store.get("nope")


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00", b"[]", b'{"profiles": {}}',
                                     b'{"schema_version": 1, "profiles": []}', b""])
def test_corrupted_file_is_moved_aside_and_never_overwritten(content):
    path = paths.config_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    store = Store()
    assert store.names() == []
    assert store.report.moved_to is not None and store.report.moved_to.read_bytes() == content
    assert "moved aside" in store.report.problems[0].text("en")
    assert not path.exists()
    store.save("Plattform", GOOD)
    assert store.report.moved_to.read_bytes() == content


def test_one_damaged_profile_keeps_the_others_and_a_backup():
    path = paths.config_file()
    path.parent.mkdir(parents=True)
    raw = json.dumps({"schema_version": 1, "profiles": {
        "good": {"settings": GOOD.to_dict()}, "bad": {"settings": {"port": "x"}}}}).encode()
    path.write_bytes(raw)
    store = Store()
    assert store.names() == ["good"]
    backups = list(path.parent.glob("profiles.json.damaged-*"))
    assert len(backups) == 1 and backups[0].read_bytes() == raw
    assert "bad" in store.report.problems[0].text("en")


def test_newer_schema_is_read_only():
    path = paths.config_file()
    path.parent.mkdir(parents=True)
    raw = json.dumps({"schema_version": 99, "profiles": {"p": {"settings": GOOD.to_dict()}}}).encode()
    path.write_bytes(raw)
    store = Store()
    assert store.report.read_only and store.names() == ["p"]
    with pytest.raises(ReadOnlyStore):
        store.save("p", GOOD.replace(port=25))
    assert path.read_bytes() == raw


def test_crash_mid_save_leaves_the_old_file(tmp_path):
    """A process killed while writing leaves the old or the new file — never a broken one."""
    Store().save("Plattform", GOOD)
    before = paths.config_file().read_bytes()
    script = textwrap.dedent("""
        import os, swyxon_desktop.store as st
        real_replace = os.replace
        def crash(*a, **k):
            os._exit(9)  # the process dies after writing the temporary file, before the rename
        st.os.replace = crash
        from swyxon_desktop.settings import MailSettings
        st.Store().save("Plattform", MailSettings(server="other.firma.de", sender="a@firma.de"))
    """)
    proc = subprocess.run([sys.executable, "-c", script], env=os.environ.copy(), timeout=60)
    assert proc.returncode == 9
    assert paths.config_file().read_bytes() == before
    assert Store().get("Plattform") == GOOD
    Store().save("Plattform", GOOD.replace(port=25))  # a leftover temp file does not get in the way
    assert Store().get("Plattform").port == 25


def test_export_import_without_password(tmp_path):
    store = Store()
    store.save("Kunde", GOOD.replace(use_auth=True, username="admin"))
    target = tmp_path / "kunde.json"
    store.export_profile("Kunde", target)
    data = json.loads(target.read_text())
    assert "password" not in json.dumps(data).lower()
    profiles = Profiles(store)  # imports go through the service (it also handles the keychain)
    with pytest.raises(ProfileExists):
        profiles.import_profile(target)
    assert profiles.import_profile(target, name="Kunde (Kopie)").name == "Kunde (Kopie)"
    assert store.get("Kunde (Kopie)") == store.get("Kunde")
    profiles.import_profile(target, overwrite=True)


def test_import_drops_a_password_and_rejects_bad_files(tmp_path):
    f = tmp_path / "x.json"
    f.write_text(json.dumps({"format": "swyxon-desktop-profile", "schema_version": 1, "name": "X",
                             "settings": {**GOOD.to_dict(), "password": "geheim"}}))
    name, settings, dropped = Store.read_export(f)
    assert (name, dropped) == ("X", ["password"])
    Profiles().import_profile(f)
    assert "geheim" not in paths.config_file().read_text()
    for content in ("nonsense", json.dumps({"format": "other"}),
                    json.dumps({"format": "swyxon-desktop-profile", "settings": {"port": 0, "server": "x"}})):
        f.write_text(content)
        with pytest.raises(StoreError):
            Store.read_export(f)
    with pytest.raises(StoreError):
        Store.read_export(tmp_path / "missing.json")


def test_a_file_damaged_after_loading_loses_nothing_on_the_next_save():
    """Three profiles loaded; the file is then truncated by something else; the next save writes what
    this program read plus the change — not just the change — and the damaged file is kept aside."""
    store = Store()
    for name in ("A", "B", "C"):
        store.save(name, GOOD)
    paths.config_file().write_text('{"schema_version": 1, "prof')
    store.save("New", GOOD.replace(port=25))
    assert Store().names() == ["A", "B", "C", "New"]
    assert any("moved aside" in p.text("en") for p in store.report.problems)
    assert len(list(paths.config_file().parent.glob("profiles.json.corrupt-*"))) == 1


def test_unreadable_profiles_stay_in_the_file_and_one_backup_is_made():
    path = paths.config_file()
    path.parent.mkdir(parents=True)
    odd = {"settings": {**GOOD.to_dict(), "tls_mode": "STARTTLS"}}  # a hand edit or a newer version
    path.write_text(json.dumps({"schema_version": 1, "profiles": {"good": {"settings": GOOD.to_dict()},
                                                                  "odd": odd}}))
    for _ in range(3):
        store = Store()
    assert store.names() == ["good"]
    store.save("good", GOOD.replace(port=25))
    assert json.loads(path.read_text())["profiles"]["odd"] == odd
    backups = list(path.parent.glob("profiles.json.damaged-*"))
    assert len(backups) == 1
    if os.name == "posix":
        assert backups[0].stat().st_mode & 0o777 == 0o600


def test_a_byte_order_mark_is_not_damage():
    path = paths.config_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"schema_version": 1, "profiles": {
        "p": {"settings": GOOD.to_dict()}}}).encode())
    store = Store()
    assert store.names() == ["p"] and store.report.problems == []


def test_names_differing_only_in_case_are_refused():
    store = Store()
    store.save("Tenant", GOOD)
    with pytest.raises(ProfileExists):
        store.save("tenant", GOOD)
    store.save("Other", GOOD)
    with pytest.raises(ProfileExists):
        store.rename("Other", "TENANT")
    store.rename("Tenant", "TENANT")  # a profile may change the case of its own name
    assert Store().names() == ["Other", "TENANT"]


def test_why_a_file_was_moved_aside_is_said_in_plain_words_and_german():
    path = paths.config_file()
    path.parent.mkdir(parents=True)
    path.write_text("{not json")
    problem = Store().report.problems[0]
    assert "not valid JSON: line 1, column 2" in problem.text("en")
    assert "Expecting" not in problem.text("en")
    assert "kein gültiges JSON" in problem.text("de")

"""``--self-check`` from source: every check holds on a working install, and each one fails with its reason
when its part is broken. (The frozen bundle runs the same self-check in .ci/build-bundle.)"""
from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from swyxon_desktop import paths, secrets
from swyxon_desktop.gui import selfcheck

ROOT = Path(__file__).resolve().parents[2]

EXPECTED_LABELS = [
    'Qt platform plugin "offscreen"', "Python modules", "Layout files (.ui)", "Translations (de)",
    "Translations (en)", "Qt's own translation (de)", "Main window", "Keychain backends (entry points)",
    "Keychain", "Configuration directory",
]
EXPECTED_LABELS[1:1] = {
    "linux": ['Desktop platform plugin "xcb"', 'Desktop platform plugin "wayland"'],
    "win32": ['Desktop platform plugin "windows"'],
    "darwin": ['Desktop platform plugin "cocoa"'],
}.get(sys.platform, [])


@pytest.fixture
def app(qapp):
    yield qapp
    from swyxon_desktop.gui.i18n_qt import install_translators

    install_translators(qapp, "en")  # the self-check installs the translators of its language


def run(lang: str = "en") -> tuple[int, list[str]]:
    out = io.StringIO()
    code = selfcheck.run_self_check(lang, out=out)
    return code, out.getvalue().splitlines()


def line_of(lines: list[str], label: str) -> str:
    found = [line for line in lines if line[6:].startswith(label + ":")]
    assert len(found) == 1, f"no single line for {label!r} in:\n" + "\n".join(lines)
    return found[0]


def test_everything_holds_on_a_working_install(app, memory_keyring):
    code, lines = run("en")
    assert code == 0, "\n".join(lines)
    assert lines[0].startswith("Versions: swyxon-desktop ")
    for token in ("Python ", "Qt ", "PySide6 ", "OpenSSL"):
        assert token in lines[0]
    for label in EXPECTED_LABELS:
        assert line_of(lines, label).startswith("OK    ")
    assert lines[-1] == f"All {len(EXPECTED_LABELS)} checks passed."
    # the round trip left nothing behind in the keychain
    assert memory_keyring.data == {}
    assert "installer_de.qm" in line_of(lines, "Translations (de)")
    assert "General settings" in line_of(lines, "Main window")


def test_the_report_is_german_with_lang_de(app):
    code, lines = run("de")
    assert code == 0, "\n".join(lines)
    assert lines[0].startswith("Versionen: ")
    assert any(line.startswith("OK    Hauptfenster: ") and "Allgemeine Einstellungen" in line for line in lines)
    assert any(line.startswith("OK    Konfigurationsordner: ") and "beschreibbar" in line for line in lines)
    assert lines[-1].startswith("Alle ") and lines[-1].endswith(" Prüfungen bestanden.")


def test_a_backend_that_is_no_keychain_fails(app, monkeypatch):
    from keyring.backends.null import Keyring as NullKeyring

    secrets.set_backend(NullKeyring())
    code, lines = run()
    assert code == 1
    line = line_of(lines, "Keychain")
    assert line.startswith("FAIL  ") and "keyring.backends.null.Keyring is not a keychain" in line
    assert lines[-1] == f"1 of {len(EXPECTED_LABELS)} checks failed."
    # an explicit opt-in lets the app use it, but it still is no keychain
    monkeypatch.setenv(secrets.INSECURE_OPT_IN, "1")
    check = selfcheck.check_keychain()
    assert not check.ok and "is not a keychain" in check.line()


def test_a_locked_keychain_fails_with_its_reason(memory_keyring):
    memory_keyring.locked = True
    check = selfcheck.check_keychain()
    assert not check.ok
    assert "KeyringLocked" in check.line() and "the collection is locked" in check.line()


def test_a_keychain_that_loses_entries_fails(memory_keyring, monkeypatch):
    monkeypatch.setattr(memory_keyring, "get_password", lambda service, username: "something else")
    check = selfcheck.check_keychain()
    assert not check.ok and "differs from the one stored" in check.line()


def test_a_keychain_that_keeps_deleted_entries_fails(memory_keyring, monkeypatch):
    monkeypatch.setattr(memory_keyring, "delete_password", lambda service, username: None)
    check = selfcheck.check_keychain()
    assert not check.ok and "still there after deleting it" in check.line()


def test_a_keychain_that_never_answers_fails_instead_of_hanging(memory_keyring, monkeypatch):
    release = threading.Event()

    def hang(service, username, password):
        release.wait(30)

    monkeypatch.setattr(memory_keyring, "set_password", hang)
    try:
        check = selfcheck.check_keychain(timeout=0.3)
    finally:
        release.set()
    assert not check.ok
    assert "no answer within 0.3 s" in check.line() and "locked" in check.line()


def test_lost_keyring_entry_points_fail(monkeypatch):
    try:
        from keyring.compat.py312 import metadata
    except ImportError:  # pragma: no cover
        import importlib.metadata as metadata
    monkeypatch.setattr(metadata, "entry_points", lambda **kwargs: [])
    check = selfcheck.check_keyring_discovery()
    assert not check.ok
    assert "is not among the entry points found" in check.line() or "0 found" in check.line()


def test_an_unwritable_config_directory_fails(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the home folder should be")
    monkeypatch.setenv("SWYXON_DESKTOP_HOME", str(blocker))
    check = selfcheck.check_config_dir()
    assert not check.ok and "is not writable" in check.line() and str(blocker) in check.line()


def test_missing_empty_or_unpaired_translations_fail(app, tmp_path, monkeypatch):
    shipped = paths.translations_dir()
    (tmp_path / "core_de.qm").write_bytes((shipped / "core_de.qm").read_bytes())
    (tmp_path / "core_en.qm").write_bytes((shipped / "core_en.qm").read_bytes())
    (tmp_path / "gui_de.qm").write_bytes((shipped / "gui_de.qm").read_bytes())  # no gui_en.qm
    (tmp_path / "broken_de.qm").write_bytes(b"")
    (tmp_path / "broken_en.qm").write_bytes(b"not a catalogue")
    monkeypatch.setattr(paths, "translations_dir", lambda: tmp_path)
    checks = {c.label_arg: c for c in selfcheck.check_translations() if c.label == selfcheck.L_TRANSLATIONS}
    assert not checks["de"].ok and "broken_de.qm" in checks["de"].line()
    assert not checks["en"].ok and "broken_en.qm" in checks["en"].line()
    (tmp_path / "broken_de.qm").unlink()
    (tmp_path / "broken_en.qm").unlink()
    checks = {c.label_arg: c for c in selfcheck.check_translations() if c.label == selfcheck.L_TRANSLATIONS}
    assert checks["de"].ok
    assert not checks["en"].ok and "areas without both languages: gui" in checks["en"].line()


def test_a_broken_ui_file_fails(app, tmp_path, monkeypatch):
    (tmp_path / "good.ui").write_bytes((paths.ui_dir() / "about.ui").read_bytes())
    (tmp_path / "broken.ui").write_text("<ui version=\"4.0\"><widget class=")
    monkeypatch.setattr(paths, "ui_dir", lambda: tmp_path)
    check = selfcheck.check_ui_files()
    assert not check.ok and "broken.ui" in check.line() and "good.ui" not in check.line()
    (tmp_path / "broken.ui").unlink()
    (tmp_path / "good.ui").unlink()
    check = selfcheck.check_ui_files()
    assert not check.ok and "no .ui file found" in check.line()


def test_a_missing_platform_plugin_fails_without_aborting(app, monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "nosuchplatform")
    code, lines = run()
    assert code == 1
    assert line_of(lines, 'Qt platform plugin "nosuchplatform"').startswith("FAIL  ")
    assert "not found in" in line_of(lines, 'Qt platform plugin "nosuchplatform"')
    for label in ("Layout files (.ui)", "Main window"):
        assert "not checked: the Qt platform plugin did not start" in line_of(lines, label)
    assert line_of(lines, "Keychain").startswith("OK    ")  # the Qt-free checks still run


def test_a_window_that_asks_while_opening_fails_and_nothing_waits(app, monkeypatch):
    from PySide6.QtWidgets import QMainWindow

    from swyxon_desktop.gui.shared import ask

    from swyxon_desktop.gui.settings import main_window

    original = ask.choose

    class AskingWindow(QMainWindow):
        def __init__(self):
            super().__init__()
            self.setWindowTitle("asking")
            self.answer = ask.choose(self, "Broken configuration", "Move it aside?",
                                     [("move", "Move"), ("cancel", "Cancel")], escape="cancel")

    monkeypatch.setattr(main_window, "MainWindow", AskingWindow)
    check = selfcheck.check_main_window(app)
    assert not check.ok and "Broken configuration: Move it aside?" in check.line()
    assert ask.choose is original


def test_without_standard_output_the_report_goes_to_the_log_directory(app, monkeypatch):
    monkeypatch.setattr(sys, "stdout", None)  # a windowed Windows executable
    code = selfcheck.run_self_check("en")
    report = paths.log_dir() / "self-check.txt"
    assert code == 0
    text = report.read_text(encoding="utf-8")
    assert "OK    Main window" in text and text.rstrip().endswith("checks passed.")


@pytest.mark.keychain
def test_the_command_passes_against_the_real_keychain(real_keychain, tmp_path):
    """`python -m swyxon_desktop --self-check` in a fresh process: offscreen by default, real Secret Service."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "PYTHON_KEYRING_BACKEND")}
    env["SWYXON_DESKTOP_HOME"] = str(tmp_path / "home")
    proc = subprocess.run([sys.executable, "-m", "swyxon_desktop", "--self-check"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert 'OK    Qt platform plugin "offscreen"' in proc.stdout
    keychain = [line for line in proc.stdout.splitlines() if line.startswith("OK    Keychain: ")]
    assert keychain and type(real_keychain).__module__ in keychain[0]
    assert proc.stdout.rstrip().endswith("checks passed.")

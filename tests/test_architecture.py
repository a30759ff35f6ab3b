"""The split the design depends on: nothing outside swyxon_desktop/gui/ imports Qt."""
from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import swyxon_desktop

PACKAGE = Path(swyxon_desktop.__file__).parent
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _qt_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        found += [f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {n}" for n in names
                  if n.split(".")[0] in QT_MODULES]
    return found


def test_no_qt_outside_gui_package():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        offenders += _qt_imports(path)
    assert offenders == []


def test_the_scan_would_catch_a_qt_import(tmp_path):
    probe = PACKAGE / "_probe_for_test.py"
    probe.write_text("def f():\n    from PySide6.QtCore import QObject\n")
    try:
        assert _qt_imports(probe) == ["swyxon_desktop/_probe_for_test.py:2 PySide6.QtCore"]
    finally:
        probe.unlink()


def test_import_linter_contract():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    proc = subprocess.run([exe, "--no-cache"], cwd=PACKAGE.parent, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Contracts: 1 kept, 0 broken" in proc.stdout


def test_cli_process_does_not_load_qt():
    code = ("import sys; from swyxon_desktop import cli; cli.main(['profile', 'list']); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'aiosmtpd')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={**__import__("os").environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"

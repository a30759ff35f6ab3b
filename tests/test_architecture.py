"""The split the design depends on: nothing outside swyxon_desktop/gui/ imports Qt; no import circles."""
from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import grimp

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
    assert "Contracts: 3 kept, 0 broken" in proc.stdout  # Qt only in gui, the package's layers, the gui rooms


def test_the_layers_contract_would_catch_an_import_upwards():
    """An engine importing a command, a shared widget importing a window: both contracts break."""
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    probes = {PACKAGE / "smtp" / "_probe_for_test.py": "from swyxon_desktop.commands import common\n",
              PACKAGE / "gui" / "shared" / "_probe_for_test.py":
                  "from swyxon_desktop.gui.settings import main_window\n"}
    try:
        for path, text in probes.items():
            path.write_text(text)
        proc = subprocess.run([exe, "--no-cache"], cwd=PACKAGE.parent, capture_output=True, text=True, timeout=120)
    finally:
        for path in probes:
            path.unlink()
    out = " ".join(proc.stdout.split())  # lint-imports wraps long lines
    assert proc.returncode != 0
    assert "Contracts: 1 kept, 2 broken" in out, proc.stdout
    assert "swyxon_desktop.smtp._probe_for_test -> swyxon_desktop.commands.common" in out
    assert "swyxon_desktop.gui.shared._probe_for_test -> swyxon_desktop.gui.settings.main_window" in out


def test_cli_process_does_not_load_qt():
    code = ("import sys; from swyxon_desktop import cli; cli.main(['profile', 'list']); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'aiosmtpd')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={**__import__("os").environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


def _import_circles(package: str) -> list[list[str]]:
    """Every import circle inside ``package``: the strongly connected components (Tarjan, iterative) of more than
    one module in grimp's graph — module-level AND function-local imports, ``if TYPE_CHECKING:`` imports left
    out (they never run). Each circle as its sorted modules, followed by the imports that close it."""
    graph = grimp.build_graph(package, exclude_type_checking_imports=True, cache_dir=None)
    modules = sorted(graph.modules)
    inside = set(modules)
    edges = {m: sorted(x for x in graph.find_modules_directly_imported_by(m) if x in inside) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles = []
    for root in modules:
        if root in index:
            continue
        work = [(root, iter(edges[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(edges[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    members = set(component)
                    circles.append(sorted(component) + sorted(
                        f"{a} -> {b}" for a in component for b in edges[a] if b in members))
    return sorted(circles)


def test_no_import_circle():
    """No module of the package imports (directly or through others) a module that imports it back — not even
    inside a function: a circle makes the import order matter and hides which layer depends on which."""
    circles = _import_circles("swyxon_desktop")
    assert circles == [], "import circles:\n" + "\n\n".join("\n".join(circle) for circle in circles)


def test_the_circle_check_would_catch_a_circle(tmp_path, monkeypatch):
    """A probe package: a -> b at module level, b -> a inside a function (a circle); c <-> d only under
    TYPE_CHECKING (not one); e -> a (no circle)."""
    probe = tmp_path / "circle_probe"
    probe.mkdir()
    (probe / "__init__.py").write_text("")
    (probe / "a.py").write_text("from circle_probe import b\n")
    (probe / "b.py").write_text("def f():\n    from circle_probe import a\n    return a\n")
    (probe / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from circle_probe import d\n")
    (probe / "d.py").write_text("from circle_probe import c\n")
    (probe / "e.py").write_text("import circle_probe.a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert _import_circles("circle_probe") == [
        ["circle_probe.a", "circle_probe.b", "circle_probe.a -> circle_probe.b", "circle_probe.b -> circle_probe.a"]]

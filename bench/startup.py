"""Start-up of the window against a bare PySide6 window, whole process, paired runs, median ratio.

    python bench/startup.py [--pairs 20] [--lang de] [--check]

Each run is a fresh Python process on the offscreen platform that imports what it needs, builds the
window, shows it and runs one event-loop turn, then exits:

* app:      ``create_app`` (translations), ``MainWindow()`` (ui/main_window.ui, the profiles store with a
            realistic profile: authentication on), ``show()``, ``processEvents()``
* baseline: ``QApplication``, a bare ``QMainWindow``, ``show()``, ``processEvents()``
* floor:    ``QApplication``, ``QUiLoader`` building ui/main_window.ui as it is, ``show()``,
            ``processEvents()`` — the window's layout with no Python behind it: no translations, no
            model, no profiles, no bindings. Not a target; it shows how much of the ratio the layout
            itself costs (every widget's type, fonts, painting) and how much is left for the app.

The two alternate (app first in even pairs, baseline first in odd ones) so drift and caches hit both
alike; the ratio of each pair is taken and the median printed. Target <= 1.25x, aim 1.1x (issue 2).
``--check`` exits 1 when the median ratio is above the target.

Checked for fairness: both sides really paint within the measured event-loop turn (the window gets
its Paint events there, ~50, the bare window 2); the children run from the source tree (PYTHONPATH), so
an editable install's finder in site-packages is imported by both sides alike (callgrind instruction
counts of either side are the same in an editable and a non-editable venv, within 0.1%).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 1.25
BASELINE_NAME = "bare PySide6 QMainWindow (QApplication + QMainWindow + show + one event-loop turn)"

APP = """
import sys
from swyxon_desktop.gui import create_app, MainWindow
app = create_app([sys.argv[0], "--lang", sys.argv[1]])
window = MainWindow()
window.show()
app.processEvents()
"""

BASELINE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([sys.argv[0]])
window = QMainWindow()
window.show()
app.processEvents()
"""

FLOOR = """
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
paths = QCoreApplication.libraryPaths()
QCoreApplication.setLibraryPaths([])  # as the app's loader: no designer plugin scan
loader = QUiLoader()
QCoreApplication.setLibraryPaths(paths)
window = loader.load(sys.argv[2], None)
window.show()
app.processEvents()
"""


def _prepare_home(home: Path) -> None:
    """A realistic store: the platform's profile and a tenant, authentication on."""
    os.environ["SWYXON_DESKTOP_HOME"] = str(home)
    sys.path.insert(0, str(ROOT))
    from swyxon_desktop.settings import MailSettings, TlsMode
    from swyxon_desktop.store import Store

    store = Store()
    platform = MailSettings(server="mail.firma.de", port=587, sender="SwyxWare@firma.de", use_ssl=True,
                            tls_mode=TlsMode.AUTO, use_auth=True, username="swyxware@firma.de")
    store.save("Plattform", platform, has_password=True)
    store.save("Tenant Müller GmbH", platform.replace(server="mail.mueller-gmbh.de"), has_password=True)


def _run(code: str, lang: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, lang, str(ROOT / "ui" / "main_window.ui")], env=env,
                          cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"run failed ({proc.returncode}):\n{proc.stderr}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=20)
    parser.add_argument("--lang", default="de", choices=["de", "en"])
    parser.add_argument("--check", action="store_true", help=f"exit 1 when the median ratio exceeds {TARGET}")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="swyxon-bench-") as tmp:
        home = Path(tmp) / "home"
        _prepare_home(home)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SWYXON_DESKTOP_HOME": str(home),
               "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
               # Like an installed app: compiled bytecode is cached (kept out of the source tree).
               "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for _ in range(2):  # warm the file cache for all three
            _run(APP, args.lang, env)
            _run(BASELINE, args.lang, env)
            _run(FLOOR, args.lang, env)
        app_times, base_times, floor_times, ratios, floor_ratios = [], [], [], [], []
        for i in range(args.pairs):
            if i % 2 == 0:
                a = _run(APP, args.lang, env)
                b = _run(BASELINE, args.lang, env)
                f = _run(FLOOR, args.lang, env)
            else:
                f = _run(FLOOR, args.lang, env)
                b = _run(BASELINE, args.lang, env)
                a = _run(APP, args.lang, env)
            app_times.append(a)
            base_times.append(b)
            floor_times.append(f)
            ratios.append(a / b)
            floor_ratios.append(f / b)

    ratio = statistics.median(ratios)
    print(f"start-up: swyxon-desktop window (create_app --lang {args.lang}, MainWindow with 2 stored profiles, "
          f"show, one event-loop turn)")
    print(f"baseline: {BASELINE_NAME}")
    print(f"median ratio {ratio:.2f}x over {args.pairs} paired runs "
          f"(app median {statistics.median(app_times) * 1000:.0f} ms, "
          f"baseline median {statistics.median(base_times) * 1000:.0f} ms; target <= {TARGET}x, aim 1.10x)")
    print(f"floor (ui/main_window.ui through QUiLoader, nothing else): median ratio "
          f"{statistics.median(floor_ratios):.2f}x (median {statistics.median(floor_times) * 1000:.0f} ms)")
    return 1 if args.check and ratio > TARGET else 0


if __name__ == "__main__":
    raise SystemExit(main())

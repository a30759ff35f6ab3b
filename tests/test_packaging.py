"""An installed wheel carries ui/ and resources/ inside the package, where paths.py finds them."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_contains_ui_translations_and_every_module(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                           "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    wheel = next(tmp_path.glob("swyxon_desktop-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"swyxon_desktop/ui/{p.name}" for p in (ROOT / "ui").glob("*.ui")}
    expected |= {f"swyxon_desktop/resources/translations/{p.name}"
                 for p in (ROOT / "resources" / "translations").glob("*.qm")}
    expected |= {"swyxon_desktop/" + p.relative_to(ROOT / "swyxon_desktop").as_posix()
                 for p in (ROOT / "swyxon_desktop").rglob("*.py")}
    assert expected - names == set()
    assert any(n.startswith("swyxon_desktop/resources/translations/") and n.endswith("_de.qm") for n in names)

"""Bundle size: the SwyxON Desktop bundle against a bare PySide6 hello-world bundle, built in the same run.

Both are built by the same PyInstaller from the same spec (build_installer.spec; the baseline with
``-- --baseline``), so they share one exclusion policy (Qt modules, plugins, translations, stripping).
Prints the size of each folder bundle (bytes on disk of its files, and zip-deflated: roughly what a user
downloads) and the ratio ours/baseline. Target <= 1.15x, aim <= 1.0x.

    /work/venv/bin/python bench/bundle_size.py [--python PY] [--out DIR] [--check]

--check exits 1 when the ratio exceeds the target. Sizes are deterministic, so one pair of builds is enough;
``--runs N`` builds N pairs and reports the median anyway.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build_installer.spec"
APP = "swyxon-desktop"
BASELINE = "hello-baseline"
TARGET, AIM = 1.15, 1.0


def build(python: str, out: Path, name: str) -> tuple[Path, float]:
    work = out / f"build-{name}"
    cmd = [python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(out / "dist"),
           "--workpath", str(work), str(SPEC)]
    if name != APP:
        cmd += ["--", "--baseline", name]
    started = time.monotonic()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=1800)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-8000:])
        raise SystemExit(f"bundle_size: building {name} failed (exit {proc.returncode})")
    return out / "dist" / name, time.monotonic() - started


def files(bundle: Path) -> dict[str, int]:
    sizes = {}
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            sizes[str(path.relative_to(bundle))] = path.stat().st_size
    return sizes


def deflated(bundle: Path, out: Path) -> int:
    archive = out / f"{bundle.name}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for path in sorted(bundle.rglob("*")):
            if path.is_file() and not path.is_symlink():
                zf.write(path, path.relative_to(bundle.parent))
    size = archive.stat().st_size
    archive.unlink()
    return size


def mib(n: float) -> str:
    return f"{n / 2**20:7.1f} MiB"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--python", default=sys.executable, help="the Python with PyInstaller and the app's deps")
    ap.add_argument("--out", type=Path, help="build folder (default: a temporary one, removed afterwards)")
    ap.add_argument("--runs", type=int, default=1, help="pairs of builds (sizes are deterministic)")
    ap.add_argument("--check", action="store_true", help=f"exit 1 when the ratio exceeds {TARGET}")
    args = ap.parse_args()

    tmp = None
    if args.out is None:
        tmp = tempfile.TemporaryDirectory(prefix="swyxon-bundle-size-")
        out = Path(tmp.name)
    else:
        out = args.out.resolve()
        out.mkdir(parents=True, exist_ok=True)
    try:
        ratios, pairs = [], []
        for run in range(args.runs):
            base_dir, base_s = build(args.python, out, BASELINE)  # baseline first, then ours: paired
            app_dir, app_s = build(args.python, out, APP)
            base, app = files(base_dir), files(app_dir)
            pair = (sum(base.values()), sum(app.values()), len(base), len(app), base_s, app_s)
            pairs.append(pair)
            ratios.append(pair[1] / pair[0])
            print(f"run {run + 1}: baseline {mib(pair[0])} ({pair[2]} files, built in {base_s:.0f} s), "
                  f"{APP} {mib(pair[1])} ({pair[3]} files, built in {app_s:.0f} s), ratio {ratios[-1]:.3f}")
        base_zip, app_zip = deflated(base_dir, out), deflated(app_dir, out)
        ratio = statistics.median(ratios)
        base_total, app_total = pairs[-1][0], pairs[-1][1]

        print()
        print(f"baseline  {BASELINE:16s} {mib(base_total)}  zip {mib(base_zip)}  (bare PySide6 QLabel hello-world)")
        print(f"ours      {APP:16s} {mib(app_total)}  zip {mib(app_zip)}")
        print(f"ratio ours/baseline: {ratio:.3f}x on disk (median of {len(ratios)}), {app_zip / base_zip:.3f}x zipped"
              f"  [target <= {TARGET}x, aim <= {AIM}x]")
        extra = sorted(((size - base.get(name, 0), name) for name, size in app.items()
                        if size != base.get(name, 0)), reverse=True)
        print(f"\nwhat ours adds over the baseline ({mib(app_total - base_total).strip()}), largest first:")
        groups: dict[str, int] = {}
        for delta, name in extra:
            parts = Path(name).parts
            key = "/".join(parts[:2]) if parts[0] == "_internal" and len(parts) > 2 else name
            groups[key] = groups.get(key, 0) + delta
        for key, delta in sorted(groups.items(), key=lambda kv: -kv[1])[:15]:
            print(f"  {mib(delta)}  {key}")
        missing = sorted(set(base) - set(app))
        if missing:
            print(f"  (in the baseline only: {', '.join(missing[:8])}{' ...' if len(missing) > 8 else ''})")
        if args.check and ratio > TARGET:
            print(f"FAIL: ratio {ratio:.3f} exceeds the target {TARGET}", file=sys.stderr)
            return 1
        return 0
    finally:
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    os.environ.pop("PYTHONPATH", None)
    raise SystemExit(main())

"""German and English ship complete: every marked string is in a catalogue, translated, and compiled."""
from __future__ import annotations

import re

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from swyxon_desktop import paths

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).with_name(name))


def _messages(ts: Path):
    root = ET.parse(ts).getroot()
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            yield ctx.findtext("name"), msg.findtext("source"), tr


def _catalogues(lang: str) -> list[Path]:
    return sorted(TS_DIR.glob(f"*_{lang}.ts"))


def test_every_area_ships_both_languages():
    de = {p.name[:-6] for p in _catalogues("de")}
    en = {p.name[:-6] for p in _catalogues("en")}
    assert de and de == en


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_unfinished_or_empty_translation(lang):
    problems = []
    for ts in _catalogues(lang):
        for ctx, source, tr in _messages(ts):
            if tr is None or tr.get("type") in ("unfinished",) or not (tr.text or "").strip():
                problems.append(f"{ts.name}: [{ctx}] {source}")
            elif lang == "en" and tr.get("type") is None and tr.text != source:
                problems.append(f"{ts.name}: English differs from the source: {source}")
    assert problems == []


def test_german_placeholders_match():
    problems = []
    for ts in _catalogues("de"):
        for ctx, source, tr in _messages(ts):
            if tr is None or tr.get("type") in ("vanished", "obsolete"):
                continue
            for token in ("{}", "%1", "%2", "%3", "%n"):
                if source.count(token) != (tr.text or "").count(token):
                    problems.append(f"{ts.name}: [{ctx}] {source!r} -> {tr.text!r} ({token})")
            printf = re.compile(r"%(?:\([a-z_]+\))?[sr]")  # argparse's own texts (context "argparse")
            if sorted(printf.findall(source)) != sorted(printf.findall(tr.text or "")):
                problems.append(f"{ts.name}: [{ctx}] {source!r} -> {tr.text!r} (%-placeholders)")
    assert problems == []


def test_every_marked_string_is_in_a_catalogue(tmp_path):
    """Run lupdate over all sources and .ui files; every string it finds must be translated in German."""
    sources = [str(p) for p in sorted((ROOT / "swyxon_desktop").rglob("*.py"))]
    sources += [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]
    scratch = tmp_path / "all_de.ts"
    proc = subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(scratch)], capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    shipped = {}
    for ts in _catalogues("de"):
        for ctx, source, tr in _messages(ts):
            if tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete") and tr.text:
                shipped[(ctx, source)] = tr.text
    missing = [f"[{ctx}] {source}" for ctx, source, _ in _messages(scratch) if (ctx, source) not in shipped]
    assert missing == []


@pytest.mark.parametrize("ts", sorted(TS_DIR.glob("*.ts")), ids=lambda p: p.name)
def test_compiled_catalogue_is_up_to_date(ts, tmp_path):
    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"{qm.name} missing: run pyside6-lrelease"
    fresh = tmp_path / qm.name
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(fresh)], check=True, capture_output=True,
                   timeout=120)
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is stale: run pyside6-lrelease"


def test_the_cli_reads_the_shipped_catalogues():
    assert paths.translations_dir() == TS_DIR or paths.translations_dir().samefile(TS_DIR)
    from swyxon_desktop import i18n
    from swyxon_desktop.failures import HINTS, Category

    assert i18n.translate("Failure", HINTS[Category.AUTH_FAILED], "de").startswith("Prüfen Sie")

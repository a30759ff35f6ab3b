"""The CLI's catalogue reader (i18n._Catalogue, one context at a time) gives exactly what parsing every
.ts file with ElementTree gave: on every shipped catalogue, and on the markup lupdate may write."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from swyxon_desktop import i18n, paths


def _whole_file_parse(files: list[Path]) -> dict[tuple[str, str], str]:
    """The reader as it was before (every file, a whole XML tree): the reference."""
    table: dict[tuple[str, str], str] = {}
    for path in files:
        for ctx in ET.parse(path).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                source = msg.findtext("source")
                tr = msg.find("translation")
                if source is None or tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                if tr.text:
                    table[(name, source)] = tr.text
    return table


def _lazy(files: list[Path]) -> dict[tuple[str, str], str]:
    catalogue = i18n._Catalogue(files)
    names = {ctx.findtext("name") or "" for path in files for ctx in ET.parse(path).getroot().iter("context")}
    return {(name, source): text for name in names for source, text in catalogue.context(name).items()}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_same_translations_as_the_whole_file_parse_on_the_shipped_catalogues(lang):
    files = sorted(paths.translations_dir().glob(f"*_{lang}.ts"))
    assert len(files) >= 6
    reference = _whole_file_parse(files)
    if lang == "de":
        assert len(reference) > 900
    assert _lazy(files) == reference
    # and through the lookup the CLI uses
    catalogue = i18n._Catalogue(files)
    for (context, source), text in reference.items():
        assert catalogue.get((context, source), "MISSING") == text


TS_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de_DE">\n'


def _write(path: Path, body: str) -> Path:
    path.write_text(TS_HEAD + body + "</TS>\n", encoding="utf-8")
    return path


def test_markup_entities_kinds_and_order(tmp_path):
    a = _write(tmp_path / "a_de.ts", """<context>
    <name>Cli</name>
    <message>
        <location filename="../../x.py" line="3"/>
        <source>Tom &amp; Jerry &lt;b&gt; &quot;q&quot; &apos;a&apos; &#228;&#x2013;</source>
        <comment>a comment naming &lt;source&gt; and &lt;translation&gt;</comment>
        <translation>T &amp; J &lt;b&gt; &#x201e;q&#x201c;</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation type="unfinished">unfertig</translation>
    </message>
    <message>
        <source>vanished</source>
        <translation type="vanished">weg</translation>
    </message>
    <message>
        <source>obsolete</source>
        <translation type="obsolete">alt</translation>
    </message>
    <message>
        <source>empty</source>
        <translation/>
    </message>
    <message>
        <source>overridden</source>
        <translation>erste</translation>
    </message>
    <message>
        <source>multi
line</source>
        <translation>mehr
zeilig</translation>
    </message>
</context>
<context>
    <name>Clip</name>
    <message>
        <source>other context</source>
        <translation>anderer Kontext</translation>
    </message>
</context>
""")
    b = _write(tmp_path / "b_de.ts", """<context>
    <name>Byte</name>
    <message>
        <source>tab<byte value="x9"/>here</source>
        <translation>Tab<byte value="x9"/>hier</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>schlicht</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>overridden</source>
        <translation>zweite</translation>
    </message>
</context>
""")
    files = [a, b]
    catalogue = i18n._Catalogue(files)
    assert catalogue.context("Cli") == {
        "Tom & Jerry <b> \"q\" 'a' \u00e4\u2013": "T & J <b> \u201eq\u201c",
        "overridden": "zweite", "multi\nline": "mehr\nzeilig"}
    assert catalogue.get(("Clip", "other context"), "x") == "anderer Kontext"
    assert catalogue.get(("Cli", "other context"), "x") == "x"
    assert catalogue.get(("Nowhere", "plain"), "plain") == "plain"
    assert catalogue.context("Byte")["plain"] == "schlicht"
    assert _lazy(files) == _whole_file_parse(files)


def test_translate_reads_only_the_contexts_it_is_asked_for(monkeypatch, tmp_path):
    files = sorted(paths.translations_dir().glob("*_de.ts"))
    catalogue = i18n._Catalogue(files)
    monkeypatch.setattr(i18n, "_catalogue", lambda lang: catalogue)
    assert i18n.translate("argparse", "usage: ", "de") != "usage: "
    assert set(catalogue._contexts) == {"argparse"}

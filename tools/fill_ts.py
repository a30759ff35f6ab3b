"""Fill a Qt .ts catalogue from a Python dict of translations (source -> translation).

    python tools/fill_ts.py resources/translations/core_de.ts translations.py  # dict named DE
    python tools/fill_ts.py resources/translations/core_en.ts --source         # English = source text

Leaves no message unfinished: a source without a translation is an error (exit 1, listed), so a
catalogue is either complete or visibly not. Then compile with pyside6-lrelease.
"""
from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET


def fill(ts_path: str, table: dict[str, str] | None) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for msg in tree.getroot().iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        if tr.get("type") in ("vanished", "obsolete"):
            continue
        text = source if table is None else table.get(source)
        if text is None:
            if tr.text and tr.get("type") is None:
                continue  # already translated by hand
            missing.append(source)
            continue
        tr.text = text
        tr.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def main(argv: list[str]) -> int:
    ts_path = argv[0]
    table = None if argv[1] == "--source" else runpy.run_path(argv[1])["DE"]
    missing = fill(ts_path, table)
    for source in missing:
        print("untranslated:", source, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

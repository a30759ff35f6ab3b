"""Translation for Qt-free code (settings model, engine, CLI).

Every user-visible string goes through Qt's translation machinery: the source text is English and is
marked with ``QT_TRANSLATE_NOOP(context, text)`` (pyside6-lupdate extracts it into the .ts catalogues in
resources/translations/). The GUI translates such strings with ``QCoreApplication.translate`` and the
compiled .qm files; the CLI, which must never import Qt, reads the same .ts catalogues here.

Catalogues: ``resources/translations/<area>_<lang>.ts`` — all areas of one language are loaded.
"""
from __future__ import annotations

import os
from functools import lru_cache

SUPPORTED_LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "en"

_language: str | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name is what lupdate looks for
    """Mark ``text`` for extraction in ``context``; returns it unchanged (translate later)."""
    return text


def system_language() -> str:
    """'de' or 'en' from the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) or the OS locale."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            code = value.split(":")[0][:2].lower()
            if code in SUPPORTED_LANGUAGES:
                return code
            if code not in ("", "c", "po"):
                return DEFAULT_LANGUAGE
    import locale  # only when the environment does not say (Windows, macOS GUI sessions)

    try:
        code = (locale.getlocale()[0] or "")[:2].lower()
    except ValueError:
        code = ""
    return code if code in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def language_from_argv(argv: list[str]) -> str | None:
    """The ``--lang de|en`` (or ``--lang=…``) of a command line, before any parser runs; None if absent."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1] if argv[i + 1] in SUPPORTED_LANGUAGES else None
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
            return value if value in SUPPORTED_LANGUAGES else None
    return None


def set_language(lang: str | None) -> str:
    """Choose the language for Qt-free translation; None = the system's. Returns the one in force."""
    global _language
    if lang is not None and lang not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; choose one of {', '.join(SUPPORTED_LANGUAGES)}")
    _language = lang or system_language()
    return _language


def language() -> str:
    return _language or set_language(None)


@lru_cache(maxsize=4)
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET

    from swyxon_desktop.paths import translations_dir

    table: dict[tuple[str, str], str] = {}
    try:
        files = sorted(translations_dir().glob(f"*_{lang}.ts"))
    except FileNotFoundError:
        return table
    for path in files:
        root = ET.parse(path).getroot()
        for ctx in root.iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                source = msg.findtext("source")
                tr = msg.find("translation")
                if source is None or tr is None:
                    continue
                if tr.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                text = tr.text or ""
                if text:
                    table[(name, source)] = text
    return table


def translate(context: str, text: str, lang: str | None = None) -> str:
    """The translation of a marked source text, or the text itself."""
    lang = lang or language()
    if lang == "en":
        return text
    return _catalogue(lang).get((context, text), text)

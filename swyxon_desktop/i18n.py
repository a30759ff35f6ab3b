"""Translation for Qt-free code (settings model, engine, CLI).

Every user-visible string goes through Qt's translation machinery: the source text is English and is
marked with ``QT_TRANSLATE_NOOP(context, text)`` (pyside6-lupdate extracts it into the .ts catalogues in
resources/translations/). The GUI translates such strings with ``QCoreApplication.translate`` and the
compiled .qm files; the CLI, which must never import Qt, reads the same .ts catalogues here.

Catalogues: ``resources/translations/<area>_<lang>.ts`` — all areas of one language, each context read
when its first text is looked up.
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
def _catalogue(lang: str) -> "_Catalogue":
    from swyxon_desktop.paths import translations_dir

    try:
        files = sorted(translations_dir().glob(f"*_{lang}.ts"))
    except FileNotFoundError:
        files = []
    return _Catalogue(files)


class _Catalogue:
    """The finished translations of one language's ``.ts`` files, read one context at a time.

    A command prints texts of a handful of contexts (``Cli``, ``Failure``, ``Stage``, ``argparse`` …)
    out of the ~25 that all areas hold, so only those are parsed: the files are read as text once, and
    the first lookup in a context reads that context's ``<context>`` blocks (in every file holding one,
    in file order: a later file's translation of the same source wins, as with the whole-file parse)
    with three regular expressions instead of building an XML tree of every file. A block with markup
    inside a source or translation (``<byte>``, ``<numerusform>``, CDATA; lupdate writes none for this
    project's strings) goes to ElementTree, so the result is what parsing every file gave
    (``tests/core/test_i18n_catalogue.py`` compares the two on every shipped catalogue).
    """

    def __init__(self, files: list) -> None:
        self._files = files
        self._texts: list[str] | None = None
        self._contexts: dict[str, dict[str, str]] = {}

    def get(self, key: tuple[str, str], default: str) -> str:
        context, source = key
        table = self._contexts.get(context)
        if table is None:
            table = self._contexts[context] = self.context(context)
        return table.get(source, default)

    def context(self, name: str) -> dict[str, str]:
        """source → translation in the context ``name`` (finished translations only)."""
        if self._texts is None:
            self._texts = [path.read_text(encoding="utf-8") for path in self._files]
        needle = f"<name>{_xml_escape(name)}</name>"
        table: dict[str, str] = {}
        for text in self._texts:
            at = text.find(needle)
            while at != -1:
                start = text.rfind("<context>", 0, at)
                end = text.find("</context>", at)
                if start == -1 or end == -1:
                    break
                end += len("</context>")
                table.update(_context_block(text[start:end]))
                at = text.find(needle, end)
        return table


_SKIPPED = ("unfinished", "obsolete", "vanished")
_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_patterns: tuple | None = None


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _entity(match) -> str:  # noqa: ANN001 - re.Match
    name = match.group(1)
    if name[0] == "#":
        return chr(int(name[2:], 16) if name[1] in "xX" else int(name[1:]))
    return _ENTITIES[name]


def _context_block(block: str) -> dict[str, str]:
    """The finished translations of one ``<context>…</context>`` block."""
    global _patterns
    if _patterns is None:
        import re

        _patterns = (re.compile(r"<message\b[^>]*>(.*?)</message>", re.S),
                     re.compile(r"<source>(.*?)</source>", re.S),
                     re.compile(r"<translation\b([^>]*?)(/?)>", re.S),
                     re.compile(r"\btype=\"([^\"]*)\""),
                     re.compile(r"&(#[xX][0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);"))
    message_re, source_re, translation_re, type_re, entity_re = _patterns
    table: dict[str, str] = {}
    for message in message_re.finditer(block):
        body = message.group(1)
        source = source_re.search(body)
        tr = translation_re.search(body)
        if source is None or tr is None:
            if source is None and "<source" in body:
                return _context_block_xml(block)
            continue
        if tr.group(2):
            text = ""
        else:
            close = body.find("</translation>", tr.end())
            if close == -1:
                return _context_block_xml(block)
            text = body[tr.end():close]
        src = source.group(1)
        if "<" in text or "<" in src:
            return _context_block_xml(block)
        kind = type_re.search(tr.group(1))
        if kind is not None and kind.group(1) in _SKIPPED:
            continue
        if text:
            if "&" in text:
                text = entity_re.sub(_entity, text)
            if "&" in src:
                src = entity_re.sub(_entity, src)
            table[src] = text
    return table


def _context_block_xml(block: str) -> dict[str, str]:
    """The same as :func:`_context_block`, through ElementTree (blocks with markup in their texts)."""
    import xml.etree.ElementTree as ET

    table: dict[str, str] = {}
    for msg in ET.fromstring(block).iter("message"):
        source = msg.findtext("source")
        tr = msg.find("translation")
        if source is None or tr is None:
            continue
        if tr.get("type") in _SKIPPED:
            continue
        text = tr.text or ""
        if text:
            table[source] = text
    return table


def translate(context: str, text: str, lang: str | None = None) -> str:
    """The translation of a marked source text, or the text itself."""
    lang = lang or language()
    if lang == "en":
        return text
    return _catalogue(lang).get((context, text), text)

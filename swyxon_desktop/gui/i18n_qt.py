"""Translator loading for the GUI: every ``resources/translations/*_<lang>.qm`` plus Qt's own ``qtbase``.

The Qt-free code (settings model, store, keychain) marks its strings with ``QT_TRANSLATE_NOOP`` and the
GUI translates them with ``QCoreApplication.translate(context, text)``, so the same catalogues serve
both. :func:`install_translators` also switches :mod:`swyxon_desktop.i18n` to the same language so that
Qt-free strings formatted outside Qt match the window.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from swyxon_desktop import i18n, paths

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, lang: str) -> list[str]:
    """Replace the translators installed earlier by this module with those of ``lang``.

    Returns the names of the catalogues loaded (for the log and the self-check).
    """
    i18n.set_language(lang)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    try:
        catalogues = sorted(paths.translations_dir().glob(f"*_{lang}.qm"))
    except FileNotFoundError:
        catalogues = []
    for qm in catalogues:
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(qm.name)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
        loaded.append(f"qtbase_{lang}.qm")
    QLocale.setDefault(QLocale(lang))
    return loaded

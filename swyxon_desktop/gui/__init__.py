"""The graphical user interface: the only package that imports PySide6.

Public entry points (usable from tests and other tools without entering the event loop):

* ``create_app(argv) -> QApplication`` – the application object with the translations for the system
  language or ``--lang de|en`` installed (see :mod:`swyxon_desktop.gui.app`).
* ``MainWindow(profiles=None)`` – the settings window built from the default store
  (see :mod:`swyxon_desktop.gui.settings.main_window`).

Importing this package is cheap: PySide6 is loaded only when one of the names above is first used.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from swyxon_desktop.gui.app import create_app
    from swyxon_desktop.gui.settings.main_window import MainWindow

__all__ = ["create_app", "MainWindow"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from swyxon_desktop.gui.app import create_app

        return create_app
    if name == "MainWindow":
        from swyxon_desktop.gui.settings.main_window import MainWindow

        return MainWindow
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

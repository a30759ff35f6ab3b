"""Loading the Qt Designer files in ui/ (the single description of each layout).

``load_ui(name, base)`` builds the layout of ``ui/<name>`` into an existing widget (composition: the
Python class adds behaviour, the .ui file owns the layout). ``UiRefs`` gives attribute access to the
named children (widgets, layouts and actions) without code generation.

For a QMainWindow the file is loaded as it is and its parts (central widget, menu bar, actions) move into
``base``: no Python code runs per created widget, which keeps the window's start-up short. Other widgets
(dialogs) are built directly into ``base``.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QMainWindow, QWidget

from swyxon_desktop import paths


class _IntoBaseLoader(QUiLoader):
    """A QUiLoader that uses ``base`` as the top-level widget instead of creating a new one."""

    def __init__(self, base: QWidget):
        super().__init__(base)
        self._base = base

    def createWidget(self, class_name: str, parent: QWidget | None = None, name: str = "") -> QWidget:  # noqa: N802
        if parent is None:
            return self._base
        return super().createWidget(class_name, parent, name)


def _loader(base: QWidget) -> QUiLoader:
    # QUiLoader scans every "designer" plugin folder when it is constructed (PySide's own plugin starts
    # Python machinery: ~10 ms); the layouts use standard widgets only, so it sees no library paths then.
    library_paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        return QUiLoader(base) if isinstance(base, QMainWindow) else _IntoBaseLoader(base)
    finally:
        QCoreApplication.setLibraryPaths(library_paths)


def load_ui(name: str, base: QWidget) -> QWidget:
    """Build ``ui/<name>`` into ``base`` (whose class must match the .ui's top-level class)."""
    path = paths.ui_dir() / name
    if not path.is_file():
        raise FileNotFoundError(f"the layout file {path} is missing")
    loader = _loader(base)
    loaded = loader.load(str(path), None)
    if loaded is None:
        raise RuntimeError(f"{path} could not be loaded: {loader.errorString()}")
    if loaded is not base:
        _move_main_window(loaded, base)
    return base


def _move_main_window(source: QMainWindow, target: QMainWindow) -> None:
    from PySide6.QtGui import QAction

    # (children() would wrap Qt-internal objects too, which makes PySide initialise every type it has.)
    for action in source.findChildren(QAction):
        if action.parent() is source:
            action.setParent(target)
    target.setObjectName(source.objectName())
    target.setWindowTitle(source.windowTitle())
    target.resize(source.size())
    target.setMenuBar(source.menuBar())
    target.setCentralWidget(source.takeCentralWidget())
    source.deleteLater()


class UiRefs:
    """``refs.serverEdit`` → the child object named ``serverEdit`` (looked up once, then cached)."""

    def __init__(self, root: QObject):
        self._root = root

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        child = self._root.findChild(QObject, name)
        if child is None:
            raise AttributeError(f"the layout has no element named {name!r}")
        setattr(self, name, child)
        return child

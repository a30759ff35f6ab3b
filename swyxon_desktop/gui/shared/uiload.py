"""Loading the Qt Designer files in ui/ (the single description of each layout).

``load_ui(name, base)`` builds the layout of ``ui/<name>`` into an existing widget (composition: the
Python class adds behaviour, the .ui file owns the layout). ``UiRefs`` gives attribute access to the
named children (widgets, layouts and actions) without code generation.

For a QMainWindow the file is loaded as it is and its parts (central widget, menu bar, actions) move into
``base``: no Python code runs per created widget, which keeps the window's start-up short. Other widgets
(dialogs) are built directly into ``base``.

Start-up cost notes (measured, PySide6 6.11): ``QUiLoader.load`` already hands every *named* child to
Python (as attributes of the loaded widget); walking the tree again (``findChild``/``findChildren``)
would also wrap Qt's internal objects (a combo box's list view, a tab bar's buttons, scroll bars …) and
initialise their Python types and enums – several milliseconds. So the named children of a loaded main
window are kept (``UiRefs`` and ``UiRefs.named`` use them) and nothing searches the tree.
"""
from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QMainWindow, QWidget

from swyxon_desktop import paths

_T = TypeVar("_T")
#: Named children of a main window loaded by :func:`load_ui` (attribute name of the base widget).
_NAMED_ATTRIBUTE = "_ui_named_children"


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
        # PySide's loader made every named child an attribute of the loaded window (see the module notes).
        named = {key: value for key, value in vars(loaded).items() if isinstance(value, QObject)}
        _move_main_window(loaded, base, named)
        setattr(base, _NAMED_ATTRIBUTE, named)
    return base


def _move_main_window(source: QMainWindow, target: QMainWindow, named: dict[str, QObject]) -> None:
    from PySide6.QtGui import QAction

    # (children() or findChildren() would wrap Qt-internal objects too, which makes PySide initialise
    # every type it has; the actions of a .ui file are all named.)
    for action in named.values():
        if isinstance(action, QAction) and action.parent() is source:
            action.setParent(target)
    target.setObjectName(source.objectName())
    target.setWindowTitle(source.windowTitle())
    target.resize(source.size())
    target.setMenuBar(source.menuBar())
    target.setCentralWidget(source.takeCentralWidget())
    source.deleteLater()


class UiRefs:
    """``refs.serverEdit`` → the child object named ``serverEdit`` (looked up once, then cached).

    For a main window built by :func:`load_ui` the named children are known already; other roots are
    searched with ``findChild``.
    """

    def __init__(self, root: QObject):
        self._root = root
        self._named: dict[str, QObject] | None = getattr(root, _NAMED_ATTRIBUTE, None)

    def named(self, cls: type[_T]) -> list[_T]:
        """The named children of the layout that are ``cls`` instances (in the order of the .ui file)."""
        if self._named is None:
            return [child for child in self._root.findChildren(cls) if child.objectName()]
        return [child for child in self._named.values() if isinstance(child, cls)]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if self._named is not None:
            child = self._named.get(name)
        else:
            child = self._root.findChild(QObject, name)
        if child is None:
            raise AttributeError(f"the layout has no element named {name!r}")
        setattr(self, name, child)
        return child

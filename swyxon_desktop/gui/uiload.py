"""Loading the Qt Designer files in ui/ (the single description of each layout).

``load_ui(name, base)`` builds the layout of ``ui/<name>`` *into* an existing widget (composition: the
Python class adds behaviour, the .ui file owns the layout). ``UiRefs`` gives attribute access to the
named children (widgets, layouts and actions) without code generation.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

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


def load_ui(name: str, base: QWidget) -> QWidget:
    """Build ``ui/<name>`` into ``base`` (whose class must match the .ui's top-level class)."""
    path = paths.ui_dir() / name
    if not path.is_file():
        raise FileNotFoundError(f"the layout file {path} is missing")
    loader = _IntoBaseLoader(base)
    loaded = loader.load(str(path), None)
    if loaded is None:
        raise RuntimeError(f"{path} could not be loaded: {loader.errorString()}")
    return base


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

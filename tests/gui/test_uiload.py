"""uiload: the main window's named children come from the loader itself, and they are all of them."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLayout, QWidget

from swyxon_desktop import paths


def _names_in_ui(file: str) -> set[str]:
    root = ET.parse(paths.ui_dir() / file).getroot()
    names = {e.get("name") for tag in ("widget", "layout", "action") for e in root.iter(tag)}
    top = root.find("widget")
    return {n for n in names if n} - {top.get("name")}


def test_every_element_of_the_ui_file_is_reachable_by_name_and_is_the_window_s_own(make_window):
    w = make_window()
    expected = _names_in_ui("main_window.ui")
    assert len(expected) > 60
    for name in sorted(expected):
        obj = getattr(w.ui, name)
        assert obj.objectName() == name
        assert w.findChild(QObject, name) is obj, f"{name} is not the window's child"
        if isinstance(obj, QAction):
            assert obj.parent() is w, f"the action {name} did not move into the window"


def test_named_lists_the_layout_s_widgets_of_a_class_without_qt_internals(make_window):
    w = make_window()
    labels = w.ui.named(QLabel)
    in_tree = {label for label in w.findChildren(QLabel) if label.objectName()}
    assert set(labels) == in_tree and len(labels) == len(in_tree) > 20
    assert {a.objectName() for a in w.ui.named(QAction)} >= {"actionSave", "actionQuit", "actionAbout"}
    layouts = w.ui.named(QLayout)
    assert all(isinstance(x, QLayout) for x in layouts) and w.ui.buttonRow in layouts
    widgets = w.ui.named(QWidget)
    assert w.ui.serverEdit in widgets and w.ui.buttonRow not in widgets

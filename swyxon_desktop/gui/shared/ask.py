"""Modal questions behind one small, replaceable seam.

The window never builds a QMessageBox, QInputDialog or QFileDialog itself; it calls the functions below
through the module (``ask.choose(...)``). Tests and automation replace them, e.g.
``monkeypatch.setattr(ask, "choose", lambda *a, **k: "discard")``, so no nested event loop ever runs
where a test drives the window. The default implementations are modal Qt dialogs.

* ``choose(parent, title, text, choices, *, default=None, escape=None, icon="question") -> str``
  ``choices`` is a sequence of ``(key, button label)``; returns the key of the button pressed
  (``escape`` when the dialog is closed without a choice).
* ``get_text(parent, title, label, text="") -> str | None`` (None = cancelled)
* ``get_password(parent, title, label) -> str | None`` (masked input; None = cancelled)
* ``open_file(parent, title, filter="") -> str | None``
* ``save_file(parent, title, suggested="", filter="") -> str | None``
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:  # the dialogs are loaded when a question is asked, not at start-up
    from PySide6.QtWidgets import QWidget

def choose(parent: QWidget | None, title: str, text: str, choices: Sequence[tuple[str, str]], *,
           default: str | None = None, escape: str | None = None, icon: str = "question") -> str:
    from PySide6.QtWidgets import QMessageBox

    icons = {"question": QMessageBox.Icon.Question, "warning": QMessageBox.Icon.Warning,
             "error": QMessageBox.Icon.Critical, "info": QMessageBox.Icon.Information}
    box = QMessageBox(icons.get(icon, QMessageBox.Icon.Question), title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    buttons = {}
    for key, label in choices:
        if key == escape:
            role = QMessageBox.ButtonRole.RejectRole
        elif key == default:
            role = QMessageBox.ButtonRole.AcceptRole
        else:
            role = QMessageBox.ButtonRole.ActionRole
        buttons[key] = box.addButton(label, role)
    if default in buttons:
        box.setDefaultButton(buttons[default])
    if escape in buttons:
        box.setEscapeButton(buttons[escape])
    box.exec()
    clicked = box.clickedButton()
    for key, button in buttons.items():
        if button is clicked:
            return key
    return escape if escape is not None else choices[-1][0]


def get_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def get_password(parent: QWidget | None, title: str, label: str) -> str | None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password, "")
    return value if ok else None


def open_file(parent: QWidget | None, title: str, filter: str = "") -> str | None:  # noqa: A002
    from PySide6.QtWidgets import QFileDialog

    path, _selected = QFileDialog.getOpenFileName(parent, title, "", filter)
    return path or None


def save_file(parent: QWidget | None, title: str, suggested: str = "", filter: str = "") -> str | None:  # noqa: A002
    from PySide6.QtWidgets import QFileDialog

    path, _selected = QFileDialog.getSaveFileName(parent, title, suggested, filter)
    return path or None

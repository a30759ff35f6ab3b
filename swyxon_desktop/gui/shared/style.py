"""The colours of the program, in one place: status texts, coloured panels, error texts.

Panels (message bar, result panel, warnings) set a dark text colour of their own, so they read the same
in light and dark desktop themes; the status colours are chosen to be readable on both.
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

ERROR_TEXT = "#b3261e"  # error texts and failed statuses (one red everywhere)
DARK_TEXT = "#1f1f1f"  # text on a coloured panel

#: a status word's colour (stage lists, port table, detect table)
STATUS_TEXT = {
    "ok": "#1e7b34",
    "failed": ERROR_TEXT,
    "warning": "#8a6100",
    "cancelled": "#8a6100",
    "running": "#1f5fa8",
    "pending": "#7a7a7a",
    "skipped": "#7a7a7a",
}

#: panel level -> (background, border)
PANELS = {
    "info": ("#e8f1fb", "#9cc2e8"),
    "success": ("#e6f4ea", "#8ccf9f"),
    "warning": ("#fff4ce", "#e3c35b"),
    "error": ("#fde7e9", "#e8a0a8"),
    "note": ("#eef4fb", "#9bb8d8"),  # a provider's rules: information beside the result
}


def status_color(status: str) -> QColor:
    return QColor(STATUS_TEXT.get(status, DARK_TEXT))


def paint_panel(frame: QWidget, level: str) -> None:
    """A coloured panel (message bar, warning) through its palette."""
    background, border = PANELS.get(level, PANELS["info"])
    palette = frame.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(background))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(DARK_TEXT))
    palette.setColor(QPalette.ColorRole.Dark, QColor(border))
    palette.setColor(QPalette.ColorRole.Light, QColor(border))
    palette.setColor(QPalette.ColorRole.Mid, QColor(border))
    frame.setPalette(palette)
    frame.setAutoFillBackground(True)


def label_panel_css(level: str) -> str:
    """The same panel for a single QLabel, as a style sheet (padding included)."""
    background, border = PANELS.get(level, PANELS["info"])
    return f"QLabel {{ background: {background}; border: 1px solid {border}; padding: 6px; }}"


def error_palette(widget: QWidget) -> QPalette:
    """A copy of ``widget``'s palette with the error text colour, for error labels."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_TEXT))
    return palette


def error_text_css() -> str:
    return f"color: {ERROR_TEXT};"


def result_panel_css() -> str:
    """The check dialogs' result panel (``resultFrame`` with a ``level`` property) and their error labels."""
    rules = [f'QLabel[role="error"] {{ color: {ERROR_TEXT}; }}', "QFrame#resultFrame { border-radius: 3px; }"]
    for level in ("info", "success", "warning", "error"):
        background, border = PANELS[level]
        rules.append(f'QFrame#resultFrame[level="{level}"] {{ background-color: {background}; '
                     f'border: 1px solid {border}; }}')
    rules.append(f"QFrame#resultFrame QLabel {{ color: {DARK_TEXT}; background: transparent; border: none; }}")
    return "\n".join(rules) + "\n"

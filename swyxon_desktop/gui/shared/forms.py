"""Form helpers every window with a QFormLayout uses: hiding a whole row, fitting wrapped labels."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

QWIDGETSIZE_MAX = (1 << 24) - 1


def show_row(widget: QWidget, visible: bool) -> None:
    """Show or hide a widget; a whole QFormLayout row when it is one, so no empty spacing remains."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, QFormLayout):
        row, _role = layout.getWidgetPosition(widget)
        if row >= 0:
            layout.setRowVisible(row, visible)
            return
    widget.setVisible(visible)


class FitWrappedLabels(QObject):
    """Gives word-wrapped labels exactly the height their text needs at their current width.

    QLabel reports a size hint for a guessed width, which leaves gaps or clips text in a QFormLayout
    row; following the real width keeps the rows tight in every language and window size.
    """

    def watch(self, label: QLabel) -> None:
        label.installEventFilter(self)  # (top alignment: set in the .ui)

    @staticmethod
    def fit(label: QLabel) -> None:
        """Call after changing the text of a watched label."""
        if not label.isVisible():
            return  # not laid out yet: its Show event fits it
        fixed = (label.minimumHeight(), label.maximumHeight())
        label.setMinimumHeight(0)  # heightForWidth is clamped to the current limits
        label.setMaximumHeight(QWIDGETSIZE_MAX)
        height = label.heightForWidth(label.width())
        label.setMinimumHeight(fixed[0])
        label.setMaximumHeight(fixed[1])
        if height > 0 and (label.minimumHeight(), label.maximumHeight()) != (height, height):
            label.setFixedHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and isinstance(watched, QLabel):
            self.fit(watched)
        return False

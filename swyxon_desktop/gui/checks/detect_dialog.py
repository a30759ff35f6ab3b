"""*Detect settings…* beside the sender address: ``install(main_window)``.

Start-up cost is one button: the dialog (gui/checks/detect_window.py, whose item views make PySide6 build
their enums — ~30 ms) is imported on the first click, the engine (detect.py, dnspython) when a
detection starts. The dialog looks up SRV, autoconfig over HTTPS and the providers table by MX, checks
the candidates without credentials, and fills the form unsaved.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

CONTEXT = "DetectDialog"
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def install(window) -> QPushButton:
    """Put *Detect settings…* right of the sender address field (one per window)."""
    edit: QLineEdit = window.ui.senderEdit
    button = QPushButton(translate("DetectDialog", "Detect settings…"), edit.parentWidget())
    button.setObjectName("detectButton")
    button.setToolTip(translate("DetectDialog", "Find the SMTP server for this address (DNS, autoconfig, "
                                                "the providers table) and check what answers"))
    button.setAutoDefault(False)
    button.setMinimumWidth(button.sizeHint().width())  # never clipped: the sender field gives way instead
    box = QHBoxLayout()
    box.setContentsMargins(0, 0, 0, 0)
    for form in edit.parentWidget().findChildren(QFormLayout):
        row, role = form.getWidgetPosition(edit)
        if row < 0:
            continue
        form.removeWidget(edit)
        box.addWidget(edit, 1)
        box.addWidget(button)
        form.setLayout(row, role, box)
        QWidget.setTabOrder(edit, button)
        break
    else:  # the layout changed: the button still exists, after the field
        edit.parentWidget().layout().addWidget(button)
    window.detect_button = button
    window.detect_dialog = None

    def open_dialog() -> None:
        if window.detect_dialog is None:
            from swyxon_desktop.gui.checks.detect_window import DetectDialog

            window.detect_dialog = DetectDialog(window)
        dialog = window.detect_dialog
        dialog.set_address(window.form.settings.sender)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        if dialog.ui_address.text().strip():
            dialog.start()

    button.clicked.connect(open_dialog)
    return button


__all__ = ["install"]

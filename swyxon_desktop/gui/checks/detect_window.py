"""The *Detect settings* dialog (imported on the first click of *Detect settings…*; see detect_dialog.py).

It runs :func:`swyxon_desktop.detect.detect` for the address in an
:class:`~swyxon_desktop.gui.shared.worker.Operation` and shows every look-up with its outcome, the recognised
provider with its rules, and the candidates with where each came from and whether it answered. *Use
these settings* fills the main window's form through ``apply_settings`` — unsaved; nothing is saved or
trusted here.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from swyxon_desktop.gui.shared.style import label_panel_css, status_color

CONTEXT = "DetectDialog"
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

_STATUS_COLOURS = {"confirmed": "ok", "answers": "warning", "no_answer": "failed", "unresolved": "failed",
                   "unchecked": "skipped"}


class _Failed:
    """A detection that did not start: the input's message (DetectError.text())."""

    def __init__(self, text: str):
        self.text = text


class DetectDialog(QDialog):
    detectFinished = Signal(object)  # noqa: N815 - DetectResult or _Failed

    def __init__(self, window, nameserver: str | None = None, ca_file: str = "", https_port: int | None = None):
        super().__init__(window)
        self.window_ = window
        self.nameserver, self.ca_file, self.https_port = nameserver, ca_file, https_port  # tests set these
        self.operation = None
        self.result = None
        self.setWindowTitle(translate("DetectDialog", "Detect settings"))
        self.setModal(False)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(translate("DetectDialog", "Sender &address:"), self)
        self.ui_address = QLineEdit(self)
        self.ui_address.setObjectName("detectAddress")
        label.setBuddy(self.ui_address)
        self.ui_start = QPushButton(translate("DetectDialog", "&Detect"), self)
        self.ui_cancel = QPushButton(translate("DetectDialog", "Cancel"), self)
        self.ui_cancel.setEnabled(False)
        for w in (label, self.ui_address, self.ui_start, self.ui_cancel):
            top.addWidget(w, 1 if w is self.ui_address else 0)
        layout.addLayout(top)
        intro = QLabel(translate("DetectDialog", "Looks up DNS SRV records (RFC 6186), the domain's autoconfig "
                                                 "file (HTTPS only) and the providers table by MX, then asks "
                                                 "each candidate server what it offers. No user name, password "
                                                 "or message is sent; nothing is saved."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(translate("DetectDialog", "Where it looked:"), self))
        self.ui_steps = QListWidget(self)
        self.ui_steps.setObjectName("detectSteps")
        self.ui_steps.setWordWrap(True)
        self.ui_steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.ui_steps, 1)
        self.ui_provider = QLabel(self)
        self.ui_provider.setObjectName("detectProvider")
        self.ui_provider.setWordWrap(True)
        self.ui_provider.setTextFormat(Qt.TextFormat.PlainText)
        self.ui_provider.setVisible(False)
        layout.addWidget(self.ui_provider)
        layout.addWidget(QLabel(translate("DetectDialog", "Candidates:"), self))
        self.ui_table = QTableWidget(0, 5, self)
        self.ui_table.setObjectName("detectCandidates")
        self.ui_table.setHorizontalHeaderLabels([
            translate("DetectDialog", "Server"), translate("DetectDialog", "Port"),
            translate("DetectDialog", "Security"), translate("DetectDialog", "From"),
            translate("DetectDialog", "Check")])
        self.ui_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ui_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ui_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.ui_table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.ui_table, 2)
        self.ui_summary = QLabel(self)
        self.ui_summary.setObjectName("detectSummary")
        self.ui_summary.setWordWrap(True)
        layout.addWidget(self.ui_summary)
        bottom = QHBoxLayout()
        self.ui_apply = QPushButton(translate("DetectDialog", "&Use these settings"), self)
        self.ui_apply.setObjectName("detectApply")
        self.ui_apply.setEnabled(False)
        close = QPushButton(translate("DetectDialog", "Close"), self)
        bottom.addStretch(1)
        bottom.addWidget(self.ui_apply)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.ui_start.clicked.connect(self.start)
        self.ui_address.returnPressed.connect(self.start)
        self.ui_cancel.clicked.connect(self.cancel)
        self.ui_apply.clicked.connect(self.apply)
        close.clicked.connect(self.close)
        self.ui_table.itemSelectionChanged.connect(self._selection_changed)
        self.resize(900, 640)

    # -- running ---------------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.operation is not None and self.operation.running

    def set_address(self, address: str) -> None:
        if not self.running:
            self.ui_address.setText(address or "")

    def start(self) -> bool:
        if self.running:
            return False
        from swyxon_desktop.gui.shared.worker import Operation

        address = self.ui_address.text().strip()
        nameserver, ca_file, https_port = self.nameserver, self.ca_file, self.https_port
        self.result = None
        self.ui_steps.clear()
        self.ui_table.setRowCount(0)
        self.ui_provider.setVisible(False)
        self.ui_apply.setEnabled(False)
        self.ui_summary.setText(translate("DetectDialog", "Detecting settings for {0}…").format(address))

        def job(ctx):  # worker thread: no widgets
            from swyxon_desktop.detect import DetectError, detect

            try:
                return detect(address, nameserver=nameserver, ca_file=ca_file, https_port=https_port,
                              cancel=ctx.token, on_step=ctx.on_event)
            except DetectError as exc:
                return _Failed(exc.text())

        op = Operation(job, name="detect")
        op.progress.connect(self._on_step)
        op.finished.connect(self._on_finished)
        op.crashed.connect(self._on_crashed)
        self.operation = op
        op.start()
        self.ui_start.setEnabled(False)
        self.ui_cancel.setEnabled(True)
        return True

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt
        self.cancel()
        super().closeEvent(event)

    def _on_step(self, step) -> None:
        self.ui_steps.addItem(step.text())

    def _on_crashed(self, error: str) -> None:
        self._done()
        self.ui_summary.setText(translate("DetectDialog", "Detection failed unexpectedly: {0}").format(error))

    def _done(self) -> None:
        self.ui_start.setEnabled(True)
        self.ui_cancel.setEnabled(False)

    def _on_finished(self, result) -> None:
        self._done()
        if isinstance(result, _Failed):
            self.ui_summary.setText(result.text)
            self.detectFinished.emit(result)
            return
        self.result = result
        self.ui_steps.clear()
        for step in result.steps:
            self.ui_steps.addItem(step.text())
        if result.provider is not None:
            p = result.provider.provider
            rules = [translate("Providers", r) for r in (*p.rules, *p.limits)]
            self.ui_provider.setText("\n".join([result.provider.text(), *("• " + r for r in rules)]))
            self.ui_provider.setStyleSheet(label_panel_css("note"))
            self.ui_provider.setVisible(True)
        from swyxon_desktop.detect import SECURITY_LABELS, SOURCE_TITLES

        table = self.ui_table
        for c in result.candidates:
            row = table.rowCount()
            table.insertRow(row)
            data = c.to_dict()
            check = data["status_text"]
            extra = [x for x in (c.tls_text(), ("AUTH " + " ".join(c.auth_mechanisms)) if c.auth_mechanisms else "",
                                 data["note"] or "") if x]
            if extra:
                check += " (" + "; ".join(extra) + ")"
            source = translate("Detect", SOURCE_TITLES[c.source])
            for column, text in enumerate((c.host, str(c.port), SECURITY_LABELS[c.security], source, check)):
                item = QTableWidgetItem(text)
                item.setToolTip(c.origin if column == 3 else (
                    c.failure.message_text() if c.failure is not None else c.greeting))
                table.setItem(row, column, item)
            table.item(row, 4).setForeground(QBrush(status_color(_STATUS_COLOURS.get(c.status, ""))))
        table.resizeRowsToContents()
        if result.best is not None:
            table.selectRow(result.candidates.index(result.best))
        self.ui_summary.setText(result.summary())
        self.ui_apply.setEnabled(result.best is not None)
        self.detectFinished.emit(result)

    # -- applying -------------------------------------------------------------------------------------------
    def selected(self):
        if self.result is None:
            return None
        rows = self.ui_table.selectionModel().selectedRows()
        if not rows:
            return self.result.best
        return self.result.candidates[rows[0].row()]

    def _selection_changed(self) -> None:
        self.ui_apply.setEnabled(self.selected() is not None)

    def apply(self) -> bool:
        candidate = self.selected()
        if candidate is None:
            return False
        window = self.window_
        window.apply_settings(self.result.apply(window.form.settings, candidate))
        window.show_message(translate("DetectDialog", "The detected settings for {0} are in the form (not saved yet). "
                                                      "Check them, enter the password and save.").format(
            self.result.address), "info")
        self.ui_summary.setText(translate("DetectDialog", "The settings are in the form (not saved yet)."))
        return True


__all__ = ["DetectDialog"]

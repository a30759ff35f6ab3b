"""The window stays responsive while a server accepts the connection and never answers (issue 3):
no event-loop stall over 50 ms, and Cancel takes effect — the dialog shows "cancelled" and the worker
has finished — within 200 ms of the click. The only timing assertions in this suite; the issue demands
them. The margins are the issue's own numbers: the work done in the GUI thread per event is tiny
(a tree row, a transcript line), and cancel closes the socket, which wakes the worker at once."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer

from swyxon_desktop.failures import Category

from tests.gui.conftest import type_into
from tests.smtp.helpers import RECIPIENT, RawServer, settings_for

from .conftest import WAIT_MS

pytestmark = pytest.mark.network

MAX_STALL_S = 0.050
CANCEL_LIMIT_S = 0.200


class GapMeter:
    """A 10 ms QTimer in the GUI thread; the longest time between two of its ticks is the worst stall."""

    def __init__(self) -> None:
        self.ticks = 0
        self.max_gap = 0.0
        self._last = time.monotonic()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def start(self) -> "GapMeter":
        self._last = time.monotonic()
        self.timer.start()
        return self

    def _tick(self) -> None:
        now = time.monotonic()
        self.max_gap = max(self.max_gap, now - self._last)
        self._last = now
        self.ticks += 1

    def stop(self) -> None:
        self.timer.stop()


def silent(conn, srv):
    srv.wait_closed(conn)  # accepts the connection, never says a word


def test_test_mail_against_a_silent_server_never_stalls_and_cancels_in_time(qtbot, mail_window):
    with RawServer(silent) as raw:
        window = mail_window(settings_for(raw, tls="none", timeout_s=30))
        qtbot.mouseClick(window.mail_actions.test_mail_button, Qt.MouseButton.LeftButton)
        dialog = window.mail_actions.test_mail_dialog
        type_into(qtbot, dialog.ui.recipientEdit, RECIPIENT)
        finished_at: list[float] = []
        dialog.runFinished.connect(lambda _result: finished_at.append(time.monotonic()))
        meter = GapMeter().start()
        qtbot.waitUntil(lambda: meter.ticks >= 3, timeout=WAIT_MS)  # settle after the dialog's first paint
        meter.max_gap = 0.0
        qtbot.mouseClick(dialog.ui.sendButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: ("greeting", "running") in [(s, st) for s, st, _ in dialog.stage_rows()],
                        timeout=WAIT_MS)
        start = meter.ticks
        qtbot.waitUntil(lambda: meter.ticks >= start + 50, timeout=WAIT_MS)  # ≥ 0.5 s waiting for the greeting
        assert dialog.running
        clicked = time.monotonic()
        qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(finished_at), timeout=WAIT_MS)
        meter.stop()
    took = finished_at[0] - clicked
    print(f"cancel {took * 1000:.1f} ms, worst gap {meter.max_gap * 1000:.1f} ms")
    assert dialog.operation.done and dialog.operation.finished_at - clicked <= CANCEL_LIMIT_S
    assert dialog.result.failure.category is Category.CANCELLED and dialog.result.failure.stage == "greeting"
    assert dialog.ui.resultTitle.text() == "Cancelled" and dialog.ui.resultFrame.isVisible()
    # Cancelled says cancelled: the row, and the transcript (not "connection closed by the server").
    assert [st for s, st, _ in dialog.stage_rows() if s == "greeting"] == ["cancelled"]
    transcript = dialog.ui.transcriptView.toPlainText()
    assert "cancelled: connection closed by this program" in transcript and "by the server" not in transcript
    assert took <= CANCEL_LIMIT_S, f"cancel took {took * 1000:.0f} ms"
    assert meter.max_gap <= MAX_STALL_S, f"the event loop stalled for {meter.max_gap * 1000:.0f} ms"
    assert dialog.ui.sendButton.isEnabled()


def test_escape_cancels_a_running_test_and_closing_the_dialog_ends_the_worker(qtbot, mail_window):
    with RawServer(silent) as raw:
        window = mail_window(settings_for(raw, tls="none", timeout_s=30))
        dialog = window.mail_actions.open_test_mail()
        type_into(qtbot, dialog.ui.recipientEdit, RECIPIENT)
        assert dialog.send()
        qtbot.waitUntil(lambda: ("greeting", "running") in [(s, st) for s, st, _ in dialog.stage_rows()],
                        timeout=WAIT_MS)
        with qtbot.waitSignal(dialog.runFinished, timeout=2000):
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # cancels, keeps the dialog open
        assert dialog.isVisible() and dialog.result.failure.category is Category.CANCELLED
        assert dialog.send()
        qtbot.waitUntil(lambda: ("greeting", "running") in [(s, st) for s, st, _ in dialog.stage_rows()],
                        timeout=WAIT_MS)
        op = dialog.operation
        dialog.close()  # closing mid-run cancels; the operation finishes on its own
        qtbot.waitUntil(lambda: op.done, timeout=2000)
    assert op.result.result.failure.category is Category.CANCELLED


def test_check_server_against_a_silent_server_never_stalls_and_cancels_in_time(qtbot, mail_window):
    with RawServer(silent) as raw:
        window = mail_window(settings_for(raw, tls="starttls", timeout_s=30))
        dialog = window.mail_actions.open_probe()  # builds the dialog (GUI work, not measured) and checks
        with qtbot.waitSignal(dialog.checkFinished, timeout=WAIT_MS):
            dialog.cancel()
        meter = GapMeter().start()
        qtbot.waitUntil(lambda: meter.ticks >= 3, timeout=WAIT_MS)
        meter.max_gap = 0.0
        qtbot.mouseClick(dialog.ui.checkButton, Qt.MouseButton.LeftButton)  # "Check again": the measured run
        # The other ports refuse at once (closed: see conftest's probe_ports); the configured port stays silent.
        qtbot.waitUntil(lambda: sum("refused" in row[2] for row in dialog.matrix_rows()) >= 6, timeout=WAIT_MS)
        start = meter.ticks
        qtbot.waitUntil(lambda: meter.ticks >= start + 30, timeout=WAIT_MS)
        assert dialog.running
        finished_at: list[float] = []
        dialog.checkFinished.connect(lambda _r: finished_at.append(time.monotonic()))
        clicked = time.monotonic()
        qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(finished_at), timeout=WAIT_MS)
        meter.stop()
    took = finished_at[0] - clicked
    print(f"cancel {took * 1000:.1f} ms, worst gap {meter.max_gap * 1000:.1f} ms")
    assert dialog.result.failure.category is Category.CANCELLED
    # Only that it was cancelled (issue 3 UAT): no verdict, no recommendation, no server details it never
    # learnt ("After TLS: no TLS"); the rows that finished (refused) are real, the others say cancelled.
    ui = dialog.ui
    assert ui.resultTitle.text() == "The check was cancelled"
    assert "do not work" not in ui.resultTitle.text() and ui.recommendationLabel.text() == ""
    assert not ui.applyButton.isVisible()
    assert ui.capsAfterValue.text() == "—" and ui.tlsValue.text() == "—"
    results = [row[2] for row in dialog.matrix_rows()]
    assert sum("refused" in r for r in results) == 6 and results.count("– cancelled") == 2, results
    assert dialog.result.recommendation is None and dialog.result.cancelled
    assert took <= CANCEL_LIMIT_S, f"cancel took {took * 1000:.0f} ms"
    assert meter.max_gap <= MAX_STALL_S, f"the event loop stalled for {meter.max_gap * 1000:.0f} ms"

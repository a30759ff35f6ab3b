"""The op object: the job runs in another thread, everything it reports arrives queued in the GUI thread,
in order, with exactly one final signal; a crash is reported, not lost; cancel reaches the job's token."""
from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from swyxon_desktop.gui.shared.worker import Operation


def test_events_arrive_in_the_gui_thread_in_order_then_finished(qtbot, app):
    seen, threads = [], []
    gui_thread = QThread.currentThread()

    def job(ctx):
        threads.append(threading.current_thread().name)
        for i in range(50):
            ctx.on_event(("event", i))
            ctx.on_line(("line", i))
        ctx.on_row("row")
        return "result"

    op = Operation(job, name="unit-op")
    for signal in (op.progress, op.line, op.row):
        signal.connect(lambda value: seen.append((value, QThread.currentThread() is gui_thread)))
    with qtbot.waitSignal(op.finished, timeout=5000) as done:
        op.start()
    assert done.args == ["result"] and op.done and not op.running and op.result == "result"
    assert threads == ["unit-op"]
    assert all(in_gui for _value, in_gui in seen)
    values = [value for value, _ in seen]
    assert values[:4] == [("event", 0), ("line", 0), ("event", 1), ("line", 1)] and values[-1] == "row"
    assert len(values) == 101
    assert op not in Operation._live


def test_a_crashing_job_is_reported(qtbot, app):
    op = Operation(lambda ctx: 1 / 0)
    with qtbot.waitSignal(op.crashed, timeout=5000) as crashed:
        op.start()
    assert crashed.args == ["ZeroDivisionError: division by zero"] and op.error and op.done


def test_cancel_reaches_the_jobs_token(qtbot, app):
    started = threading.Event()

    def job(ctx):
        started.set()
        return "cancelled" if ctx.token.wait(5) else "not cancelled"  # a str: see worker.py on bools

    op = Operation(job)
    op.start()
    assert started.wait(5)
    with qtbot.waitSignal(op.finished, timeout=5000) as done:
        op.cancel()
    assert done.args == ["cancelled"] and op.cancel_requested


def test_an_operation_runs_once(app):
    op = Operation(lambda ctx: "done")
    op.start()
    try:
        op.start()
    except RuntimeError:
        pass
    else:
        raise AssertionError("a second start() must fail")
    assert op.wait(5)

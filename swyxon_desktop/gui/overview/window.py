"""The overview window: every profile in a table, checked without sending (``swyxon_desktop.checks.bulk``).

* Rows: every stored profile (and those the store cannot read); on opening, each shows its last check
  (``swyxon_desktop.checks.last``). *Check all* runs :class:`~swyxon_desktop.checks.bulk.BulkCheck` in a worker
  (``gui.worker.Operation``): keychain reads and sockets never touch the GUI thread.
* Results arrive in a thread-safe queue and are taken by a timer (:data:`BATCH_MS`) in chunks, one
  ``dataChanged`` per chunk, until the tick's time budget (:data:`BATCH_BUDGET_S`) is spent — by time,
  not by count, so a loaded machine gets shorter ticks; the rest waits for the next tick, also after
  the worker has ended. A thousand results never flood the event loop with a thousand signals.
* Opening it imports no engine (``checks/stages.py`` names the stages): the table of the store and the
  last results is painted first; the engine loads in a thread :data:`PRELOAD_AFTER_MS` later.
* Status is an icon *and* a word (never colour alone); columns sort; "Only failures" filters;
  *Export CSV…* writes what the table shows (in its order); a double-click opens the profile in the
  main window (``profileActivated``).
"""
from __future__ import annotations

import collections
import functools
import threading
import time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDateTime, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from swyxon_desktop.checks import last as last_checks
from swyxon_desktop.failures import TITLES, Category
from swyxon_desktop.gui.shared import ask
from swyxon_desktop.gui.shared.report import failure_texts, stage_title
from swyxon_desktop.smtp.preflight import HINT_CHECKED, MSG_CHECKED

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
GUI_JOBS = 16  # checks at once in the window: half the CLI's, so the GUI thread waits less for the GIL
NICE = 0  # the workers keep the GUI thread's priority: at nice 10 a worker holding the GIL is starved by
# other processes on a loaded machine, and the GUI thread waits for it (priority inversion: 70-310 ms gaps)
PRELOAD_AFTER_MS = 300  # when the engine's imports start after the window opened
BATCH_MS = 15  # how often arrived results are put into the table
BEHIND_S = 0.025  # the batch timer later than this: the GUI thread is behind
BATCH_BUDGET_S = 0.008  # a tick puts results in until this much time is spent (then the event loop paints)
CHUNK_ROWS = 16  # results put in between two looks at the clock (one dataChanged each)

COLUMNS = ("profile", "status", "category", "stage", "code", "time", "checked")
UNCHECKED, WAITING, PASSED, FAILED, CANCELLED = "unchecked", "waiting", "passed", "failed", "cancelled"
_STATUS_ORDER = {FAILED: 0, CANCELLED: 1, WAITING: 2, UNCHECKED: 3, PASSED: 4}


def _status_text(status: str) -> str:
    return {UNCHECKED: translate("Overview", "Not checked"), WAITING: translate("Overview", "Waiting…"),
            PASSED: translate("Overview", "Passed"), FAILED: translate("Overview", "Failed"),
            CANCELLED: translate("Overview", "Cancelled")}[status]


def _header_text(column: str) -> str:
    return {"profile": translate("Overview", "Profile"), "status": translate("Overview", "Status"),
            "category": translate("Overview", "Category"), "stage": translate("Overview", "Stage"),
            "code": translate("Overview", "Code"), "time": translate("Overview", "Time"),
            "checked": translate("Overview", "Last checked")}[column]


class _Row:
    __slots__ = ("name", "status", "before", "category", "stage", "code", "elapsed_s", "at", "failure", "recipient")

    def __init__(self, name: str):
        self.name = name
        self.status = UNCHECKED
        self.before = UNCHECKED  # the status before this run (shown again when the run never got here)
        self.category: str | None = None
        self.stage: str | None = None
        self.code: int | None = None
        self.elapsed_s: float | None = None
        self.at: str | None = None
        self.failure = None  # this session's failure (the last-results file keeps no texts)
        self.recipient = ""

    def texts(self) -> tuple[str, str]:
        """(message, hint) translated — only when asked (tooltip, export), never in the batch."""
        if self.failure is not None:
            _, message, hint = failure_texts(self.failure)
            return message, hint
        if self.status == PASSED and self.recipient:
            return translate("Failure", MSG_CHECKED).format(self.recipient), translate("Failure", HINT_CHECKED)
        return "", ""

    def take_last(self, last: last_checks.LastCheck) -> None:
        self.status = PASSED if last.ok else FAILED
        self.category, self.stage, self.code = last.category, last.stage, last.smtp_code
        self.elapsed_s, self.at = last.elapsed_s, last.at
        self.failure = None

    def take_result(self, row: Any) -> None:
        if row.cancelled:
            self.status = CANCELLED
            return
        self.status = PASSED if row.ok else FAILED
        self.category, self.stage, self.code = row.category, row.stage, row.smtp_code
        self.elapsed_s, self.at, self.recipient = row.elapsed_s, row.checked_at, row.recipient
        self.failure = row.failure

    def to_dict(self) -> dict:
        message, hint = self.texts()
        return {"profile": self.name, "ok": self.status == PASSED, "category": self.category, "stage": self.stage,
                "smtp_code": self.code, "message": message, "hint": hint,
                "elapsed_s": round(self.elapsed_s, 3) if self.elapsed_s is not None else None,
                "recipient": self.recipient, "checked_at": self.at}


@functools.lru_cache(maxsize=4096)  # many rows share a second; parsing it a thousand times costs ~20 ms
def _local_time(iso: str | None) -> str:
    """An ISO 8601 time in local time, the way the user's language writes date and time (short)."""
    if not iso:
        return ""
    when = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not when.isValid():
        return iso
    return QLocale().toString(when.toLocalTime(), QLocale.FormatType.ShortFormat)


class OverviewModel(QAbstractTableModel):
    """One row per profile; the results are put in by :meth:`apply` (a batch at a time).

    Sorting and the "only failures" filter live here, not in a QSortFilterProxyModel: a proxy re-sorting
    after every batch calls Python ``lessThan``/``data`` thousands of times; here it is one keyed
    ``sorted`` of a list, and each row's display texts are made once, when the row changes (a paint
    then only reads a tuple).
    """

    def __init__(self, names: list[str], last: dict[str, last_checks.LastCheck], parent=None):
        super().__init__(parent)
        self.all = [_Row(n) for n in names]
        self.by_name = {r.name: r for r in self.all}
        for row in self.all:
            if row.name in last:
                row.take_last(last[row.name])
        self.cells: dict[str, tuple[str, ...]] = {}  # display texts, made when a row is first shown
        self.sort_column, self.sort_order = -1, Qt.SortOrder.AscendingOrder
        self.only_failures = False
        self.rows = list(self.all)
        self.pos = {r.name: i for i, r in enumerate(self.rows)}
        style = QWidget().style() if parent is None else parent.style()
        self._icons = {PASSED: style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                       FAILED: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                       CANCELLED: style.standardIcon(QStyle.StandardPixmap.SP_DialogCancelButton),
                       WAITING: style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload)}
        self._right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    # -- Qt's questions ---------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header_text(COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r, c = index.row(), index.column()
        if not 0 <= r < len(self.rows):
            return None
        row = self.rows[r]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells_of(row)[c]
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(row.status) if c == 1 else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._right if c in (4, 5) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n\n".join(t for t in row.texts() if t) or None
        return None

    # -- the rows ------------------------------------------------------------------------------------
    def cells_of(self, row: _Row) -> tuple[str, ...]:
        cells = self.cells.get(row.name)
        if cells is None:
            cells = self.cells[row.name] = self._cells(row)
        return cells

    @staticmethod
    def _cells(row: _Row) -> tuple[str, ...]:
        if row.category:
            try:
                category = translate("Failure", TITLES[Category(row.category)])
            except ValueError:
                category = row.category
        else:
            category = ""
        return (row.name, _status_text(row.status), category, stage_title(row.stage) if row.stage else "",
                str(row.code) if row.code is not None else "",
                QLocale().toString(row.elapsed_s, "f", 2) + " s" if row.elapsed_s is not None else "",
                _local_time(row.at))

    def _key(self, column: str):
        if column == "status":
            return lambda r: (_STATUS_ORDER[r.status], r.name.casefold())
        if column == "code":
            return lambda r: (r.code if r.code is not None else -1, r.name.casefold())
        if column == "time":
            return lambda r: (r.elapsed_s if r.elapsed_s is not None else -1.0, r.name.casefold())
        if column == "checked":
            return lambda r: (r.at or "", r.name.casefold())
        if column == "profile":
            return lambda r: r.name.casefold()
        i = COLUMNS.index(column)
        return lambda r: (self.cells_of(r)[i].casefold(), r.name.casefold())

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # the view's header asks
        self.sort_column, self.sort_order = column, order
        self.refresh()

    def set_only_failures(self, on: bool) -> None:
        self.only_failures = on
        self.refresh()

    def refresh(self) -> None:
        """Apply the filter and the sort order: a layout change when only the order changed, a reset when
        rows come or go (the filter)."""
        rows = [r for r in self.all if r.status == FAILED] if self.only_failures else list(self.all)
        if self.sort_column >= 0:
            rows.sort(key=self._key(COLUMNS[self.sort_column]),
                      reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        if rows == self.rows:
            return
        if len(rows) != len(self.rows) or set(map(id, rows)) != set(map(id, self.rows)):
            self.beginResetModel()
            self.rows, self.pos = rows, {r.name: i for i, r in enumerate(rows)}
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_rows = [self.rows[i.row()] for i in old]
        self.rows, self.pos = rows, {r.name: i for i, r in enumerate(rows)}
        self.changePersistentIndexList(old, [self.index(self.pos[r.name], i.column()) for r, i in zip(old_rows, old)])
        self.layoutChanged.emit()

    def _order_depends_on_results(self) -> bool:
        """Whether a result can move rows: the filter, or a sort by anything but the profile's name."""
        return self.only_failures or (self.sort_column >= 0 and COLUMNS[self.sort_column] != "profile")

    def _update(self, changed: list[_Row], *, cells_done: bool = False) -> None:
        if not cells_done:
            for row in changed:
                self.cells.pop(row.name, None)  # made again when shown
        if self._order_depends_on_results():  # else the order stays: no re-sort of every row per chunk
            self.refresh()
        shown = [self.pos[r.name] for r in changed if r.name in self.pos]
        if shown:
            self.dataChanged.emit(self.index(min(shown), 0), self.index(max(shown), len(COLUMNS) - 1))

    def mark_waiting(self, names: list[str]) -> None:
        changed = [self.by_name[n] for n in names if n in self.by_name]
        waiting = _status_text(WAITING)
        for row in changed:
            row.before, row.status = row.status, WAITING
            cells = self.cells.get(row.name)
            if cells is not None:
                self.cells[row.name] = cells[:1] + (waiting,) + cells[2:]  # only the status changes
        self._update(changed, cells_done=True)

    def apply(self, results: list) -> None:
        """Put a batch of ``bulk.CheckRow`` in: one ``dataChanged`` for the rows it touches."""
        changed = []
        for result in results:
            row = self.by_name.get(result.profile)
            if row is not None:
                row.take_result(result)
                changed.append(row)
        if changed:
            self._update(changed)

    def reset_waiting(self) -> None:
        """After a cancel: rows the run never reached show what they showed before it."""
        changed = [r for r in self.all if r.status == WAITING]
        for row in changed:
            row.status = row.before
        if changed:
            self._update(changed)


_frozen = False


def _freeze_heap() -> None:
    """Once per process, before the first run: what the application has built so far (Qt bindings, the
    window, the store) moves to the garbage collector's permanent generation. A run allocates many
    short-lived objects; the full collections they trigger would otherwise scan the whole heap on
    whichever thread is allocating — 50-180 ms during which the GUI thread cannot run. What is frozen
    is still freed by reference counting; only cycles among it are never collected. (No full collection
    first: on a big heap that alone would stall the click for ~50 ms.)"""
    global _frozen
    if not _frozen:
        import gc

        gc.freeze()
        _frozen = True


_switch_interval: float | None = None
GIL_TURN_S = 0.001  # during a run: a worker hands the GIL on after 1 ms (Python's default: 5 ms)


def _short_gil_turns(on: bool) -> None:
    """While a run's workers are busy, the GUI thread waits at most ~1 ms for the GIL instead of 5 ms
    each time it wakes (a timer, a paint); restored when the run ends."""
    import sys

    global _switch_interval
    if on and _switch_interval is None:
        _switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(_switch_interval, GIL_TURN_S))
    elif not on and _switch_interval is not None:
        sys.setswitchinterval(_switch_interval)
        _switch_interval = None


class OverviewWindow(QMainWindow):
    """Check all profiles, see which work (see the module docstring)."""

    profileActivated = Signal(str)  # a double-click: open this profile in the main window
    runFinished = Signal(object)  # the BulkResult, after the table shows every row of it

    def __init__(self, store: Any, parent: QWidget | None = None, *, jobs: int | None = None):
        super().__init__(parent)
        self.setObjectName("overviewWindow")
        self.setWindowTitle(translate("Overview", "All profiles"))
        self.store = store
        self.jobs = jobs
        self.operation = None
        self.run = None
        self._arrived: collections.deque = collections.deque()
        self._pending_result = None  # the worker's BulkResult while queued results are still going in
        self._heartbeat = time.monotonic()
        self._busy = False
        self._done = 0
        self._failed = 0
        self._total = 0

        central = QWidget(self)
        layout = QVBoxLayout(central)
        top = QHBoxLayout()
        self.check_button = QPushButton(translate("Overview", "&Check all"), central)
        self.check_button.setObjectName("checkButton")
        self.check_button.setToolTip(translate("Overview", "Connect, encrypt, sign in and offer sender and "
                                                           "recipient for every profile — no mail is sent"))
        self.cancel_button = QPushButton(translate("Overview", "C&ancel"), central)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setEnabled(False)
        self.only_failures = QCheckBox(translate("Overview", "&Only failures"), central)
        self.only_failures.setObjectName("onlyFailures")
        self.export_button = QPushButton(translate("Overview", "&Export CSV…"), central)
        self.export_button.setObjectName("exportButton")
        for w in (self.check_button, self.cancel_button, self.only_failures):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout.addLayout(top)

        self.progress = QProgressBar(central)
        self.progress.setObjectName("progress")
        self.progress.setFormat(translate("Overview", "%v of %m checked"))
        layout.addWidget(self.progress)

        self.table = QTableView(central)
        self.table.setObjectName("table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        self.summary = QLabel(central)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.setCentralWidget(central)

        # The engine's imports while the user looks at the table — after the first paint, not beside it.
        self.preloaded = False
        QTimer.singleShot(PRELOAD_AFTER_MS, self._start_preload)
        self.model = None
        self.load()
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for column, width in zip(range(len(COLUMNS)), (180, 140, 330, 170, 60, 80)):
            self.table.setColumnWidth(column, width)

        self.timer = QTimer(self)
        self.timer.setInterval(BATCH_MS)
        self.timer.timeout.connect(self._take_batch)

        self.check_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.only_failures.toggled.connect(lambda on: self.model.set_only_failures(on))
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.table.doubleClicked.connect(self._activated)
        self.resize(1040, 560)

    def _start_preload(self) -> None:
        from swyxon_desktop.checks import bulk

        def work() -> None:
            bulk.preload()
            self.preloaded = True  # a plain attribute: read by tests, never a widget from this thread

        threading.Thread(target=work, name="overview-preload", daemon=True).start()

    # -- rows ------------------------------------------------------------------------------------------
    def names(self) -> list[str]:
        return list(self.store.names()) + list(self.store.unreadable_names())

    def load(self) -> None:
        """The table of every profile with its last check (cheap: the store in memory, one small file)."""
        previous = self.model
        self.model = OverviewModel(self.names(), last_checks.load(), self)
        if previous is not None:
            self.model.only_failures = previous.only_failures
            self.model.sort(previous.sort_column, previous.sort_order)
        self.table.setModel(self.model)
        self._total = len(self.model.rows)
        self.progress.setRange(0, max(1, self._total))
        self.progress.setValue(0)
        self._show_summary()

    def profiles_changed(self, _names: list) -> None:
        """The settings window's list of profiles changed: the table follows (not during a run, which
        ends with a reload anyway)."""
        if not self.running:
            self.load()

    def visible_rows(self) -> list[dict]:
        """What the table shows, in its order (filter and sort applied)."""
        return [row.to_dict() for row in self.model.rows]

    # -- the run -----------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.operation is not None and self.operation.running

    def start(self) -> None:
        """Check every profile now (a worker; results fill in as they arrive)."""
        from swyxon_desktop.checks import bulk
        from swyxon_desktop.gui.shared.worker import Operation

        if self.running:
            return
        _freeze_heap()
        _short_gil_turns(True)
        if hasattr(self.store, "reload"):
            self.store.reload()  # what is stored now (the main window or the CLI may have changed it)
        names = self.names()
        if [r.name for r in self.model.all] != names:
            self.load()
        self._arrived.clear()
        self._done = self._failed = 0
        self._total = len(names)
        self.progress.setRange(0, max(1, self._total))
        self.progress.setValue(0)
        self.model.mark_waiting(names)
        arrived = self._arrived
        store, jobs = self.store, self.jobs or GUI_JOBS

        def job(ctx):  # the worker thread: no widget is touched here
            bulk.preload()  # the engine's imports in this one thread (usually done since the window opened)
            run = bulk.BulkCheck(store, names, jobs=jobs, on_row=arrived.append, cancel=ctx.token,
                                 behind=self._behind, nice=NICE)
            result = run.run()
            try:
                last_checks.record(result.rows, keep=names)
            except OSError:
                pass  # the history is a convenience; the table shows the results anyway
            return result

        self.operation = Operation(job, name="overview")
        self.operation.finished.connect(self._finished)
        self.operation.crashed.connect(self._crashed)
        self.operation.start()
        self._heartbeat = time.monotonic()
        self.timer.start()
        self.check_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._show_summary()

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            self.cancel_button.setEnabled(False)

    def _behind(self) -> bool:
        """(worker threads) The GUI thread is busy with a batch, or its timer is late: the workers give way
        (bulk.BulkCheck), so the GUI thread gets the GIL at once instead of after dozens of workers."""
        return self._busy or time.monotonic() - self._heartbeat > BEHIND_S

    def _take_batch(self) -> None:
        self._busy = True  # until the event loop has painted what this batch changed (a 0 ms timer)
        try:
            self._take_some()
        finally:
            self._heartbeat = time.monotonic()
            QTimer.singleShot(0, self._idle)
        if self._pending_result is not None and not self._arrived:
            self._complete()

    def _idle(self) -> None:
        self._busy = False
        self._heartbeat = time.monotonic()

    def _take_some(self, budget_s: float = BATCH_BUDGET_S) -> None:
        """Put arrived results in, a chunk at a time, until the tick's time budget is spent — not a fixed
        count: on a loaded machine (or a slow paint) a tick stays short, on an idle one it takes more.
        The rest waits for the next tick."""
        limit = time.perf_counter() + budget_s
        taken = 0
        while self._arrived and (taken == 0 or time.perf_counter() < limit):
            batch = []
            while self._arrived and len(batch) < CHUNK_ROWS:
                batch.append(self._arrived.popleft())
            self.model.apply(batch)
            taken += len(batch)
            for row in batch:
                if not row.cancelled:
                    self._done += 1
                    self._failed += 0 if row.ok else 1
        if not taken:
            return
        self.progress.setValue(self._done)
        self._show_summary()

    def _finished(self, result) -> None:
        """The worker is done; results still queued go in tick by tick (never all at once: a backlog of
        hundreds in one go would stall the event loop), then the run ends in :meth:`_complete`."""
        self._pending_result = result
        if not self._arrived:
            self._complete()

    def _complete(self) -> None:
        result, self._pending_result = self._pending_result, None
        _short_gil_turns(False)
        self.timer.stop()
        self.model.reset_waiting()
        self.check_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self._show_summary(result)
        self.runFinished.emit(result)

    def _crashed(self, text: str) -> None:
        _short_gil_turns(False)
        self.timer.stop()
        self.model.reset_waiting()
        self.check_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.summary.setText(translate("Overview", "The check stopped unexpectedly: {0}").format(text))

    def _show_summary(self, result=None) -> None:
        if self.running:
            text = translate("Overview", "Checking {0} profile(s): {1} done, {2} failed. Nothing is sent.").format(
                self._total, self._done, self._failed)
        elif result is not None:
            text = translate("Overview", "{0} of {1} profile(s) checked in {2} s: {3} failed.").format(
                self._done, self._total, QLocale().toString(result.elapsed_s, "f", 1), self._failed)
            if result.cancelled:
                text += " " + translate("Overview", "Cancelled: the others were not checked.")
        else:
            text = translate("Overview", "{0} profile(s). The table shows each profile's last check; "
                                         "“Check all” checks them again without sending a mail.").format(self._total)
        self.summary.setText(text)

    # -- actions -------------------------------------------------------------------------------------------
    def _activated(self, index) -> None:
        if index.isValid() and index.row() < len(self.model.rows):
            self.profileActivated.emit(self.model.rows[index.row()].name)

    def export_csv(self, path: str | None = None) -> bool:
        from swyxon_desktop.checks.bulk import write_csv

        if path is None:
            path = ask.save_file(self, translate("Overview", "Export results"), "profile-checks.csv",
                                 translate("Overview", "CSV files (*.csv)"))
            if not path:
                return False
        try:
            write_csv(self.visible_rows(), path)
        except OSError as exc:
            self.summary.setText(translate("Overview", "The file {0} could not be written: {1}").format(
                path, exc.strerror or exc))
            return False
        self.summary.setText(translate("Overview", "Exported {0} row(s) to {1}.").format(len(self.model.rows), path))
        return True

    def closeEvent(self, event) -> None:  # noqa: N802
        self.cancel()  # the checks in flight end within milliseconds; the worker finishes on its own
        super().closeEvent(event)

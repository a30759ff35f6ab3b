"""Fixtures for the mail dialogs: the main window with ``mail_actions.install`` applied, real servers.

The window fixtures and the scripted ``gui.ask`` come from tests/gui/conftest.py, the trustme PKI and
the LocalServer factory from tests/smtp/conftest.py (imported here, so they are the same fixtures).
"""
from __future__ import annotations

import sys

import PySide6
import pytest

from swyxon_desktop.gui import mail_actions
from swyxon_desktop.gui.worker import Operation
from tests.gui.conftest import app, asker, make_window, set_language  # noqa: F401 - fixtures
from tests.smtp.conftest import pki, serve  # noqa: F401 - fixtures

WAIT_MS = 15_000


def _survive_pyside_612_on_old_python() -> None:
    """PySide6 6.12.0 on Python < 3.12 also drops a reference to ``True`` on every call of a Python slot
    (any signal; measured: 100 emissions, 100 references lost; 6.11.3 loses none). tests/gui/conftest.py
    guards ``None`` the same way; the dependency pin must exclude 6.12.0 on that Python — this only keeps
    a long test run from aborting at exit ("bool_dealloc")."""
    if sys.version_info >= (3, 12) or not PySide6.__version__.startswith("6.12."):
        return
    import ctypes

    for singleton in (True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40  # ob_refcnt, immortal from 3.12 on


_survive_pyside_612_on_old_python()


@pytest.fixture
def mail_window(make_window):
    """make(settings=None, password=None, name="Kunde"): a shown MainWindow with the mail actions
    installed and (optionally) a saved profile ``name`` with ``settings`` and its keychain password."""

    def make(settings=None, password=None, name="Kunde", **kwargs):
        if settings is not None:
            from swyxon_desktop.profiles import Profiles

            Profiles().save(name, settings, password)
        window = make_window(**kwargs)
        if settings is not None and window.form.name != name:
            assert window.select_profile(name)
        mail_actions.install(window)
        return window

    return make


@pytest.fixture(autouse=True)
def no_operation_left():
    """Every test ends with its worker threads finished (a dialog closed mid-run cancels them)."""
    yield
    for op in list(Operation._live):
        op.cancel()
        assert op.wait(5), "a worker thread did not end"

"""Fixtures for the mail dialogs: the main window (which installs ``mail_actions`` itself), real servers.

The window fixtures and the scripted ``gui.ask`` come from tests/gui/conftest.py, the trustme PKI and
the LocalServer factory from tests/smtp/conftest.py (imported here, so they are the same fixtures).
"""
from __future__ import annotations

import pytest

from swyxon_desktop.gui.settings import mail_actions
from swyxon_desktop.gui.shared.worker import Operation
from tests.gui.conftest import app, asker, make_window, set_language  # noqa: F401 - fixtures
from tests.smtp.conftest import closed_ports, pki, serve  # noqa: F401 - fixtures

WAIT_MS = 15_000


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
        assert window.mail_actions is mail_actions.install(window)  # installed once, by the window
        return window

    return make


@pytest.fixture(autouse=True)
def no_operation_left():
    """Every test ends with its worker threads finished (a dialog closed mid-run cancels them)."""
    yield
    for op in list(Operation._live):
        op.cancel()
        assert op.wait(5), "a worker thread did not end"


@pytest.fixture(autouse=True)
def probe_ports(closed_ports, monkeypatch):
    """Check server's matrix uses ports certainly closed (never 25/465/587, which a local MTA may serve)."""
    from swyxon_desktop.gui.checks.probe_dialog import ProbeDialog

    monkeypatch.setattr(ProbeDialog, "ports", closed_ports)
    return closed_ports

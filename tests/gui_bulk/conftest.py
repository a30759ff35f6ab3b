"""Fixtures for the overview window: the GUI fixtures (window, scripted gui.ask) and the real servers."""
from __future__ import annotations

import pytest

from swyxon_desktop.gui.shared.worker import Operation
from tests.bulk.conftest import black_hole, write_profiles  # noqa: F401 - fixtures / helper
from tests.gui.conftest import app, asker, make_window, set_language  # noqa: F401 - fixtures
from tests.smtp.conftest import closed_ports, pki, serve  # noqa: F401 - fixtures


@pytest.fixture(autouse=True)
def no_operation_left():
    """Every test ends with its worker threads finished."""
    yield
    for op in list(Operation._live):
        op.cancel()
        assert op.wait(10), "a worker thread did not end"

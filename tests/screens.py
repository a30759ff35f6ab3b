"""The one wait of the screenshot scripts (tools/screenshots*.py, tests/*/screenshots.py): a script driving
real windows under Xvfb, not a test — so it may sleep."""
from __future__ import annotations

import time


def settle(app, predicate=lambda: True, timeout: float = 30.0, *, frames: int = 30) -> None:
    """Process events until ``predicate()`` holds (TimeoutError after ``timeout`` s: a screenshot of the wrong
    state must not be taken silently), then ``frames`` more turns so the window lays out and paints."""
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(frames):
        app.processEvents()
        time.sleep(0.01)

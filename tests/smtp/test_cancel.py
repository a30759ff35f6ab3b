"""Cancel from another thread ends a run within 200 ms, at any blocking point; the deadline does too."""
from __future__ import annotations

import socket
import threading
import time

import pytest

from swyxon_desktop.failures import Category
from swyxon_desktop.checks.run import CancelToken
from swyxon_desktop.smtp import send_test_mail
from tests.smtp.helpers import PASSWORD, RECIPIENT, USER, RawServer, settings_for

pytestmark = pytest.mark.network
CANCEL_LIMIT_S = 0.2  # the requirement; the engine needs a few milliseconds of it


def _run_and_cancel_at(settings, stage: str, password=None):
    """Start a run in a worker thread, cancel it once ``stage`` has started; (result, seconds to end)."""
    token = CancelToken()
    reached = threading.Event()
    box = []

    def on_event(event):
        if event.stage == stage and event.status == "started":
            reached.set()

    worker = threading.Thread(target=lambda: box.append(
        send_test_mail(settings, password, RECIPIENT, cancel=token, on_event=on_event)), daemon=True)
    worker.start()
    assert reached.wait(10), f"the run never reached {stage}"
    t0 = time.monotonic()
    token.cancel()
    worker.join(5)
    elapsed = time.monotonic() - t0
    assert not worker.is_alive()
    return box[0], elapsed


def test_cancel_while_waiting_for_a_greeting():
    with RawServer(lambda conn, srv: srv.wait_closed(conn)) as server:
        result, elapsed = _run_and_cancel_at(settings_for(server, timeout_s=30), "greeting")
    assert (result.failure.category, result.failure.stage) == (Category.CANCELLED, "greeting")
    assert elapsed < CANCEL_LIMIT_S


def test_cancel_during_the_tls_handshake():
    with RawServer(lambda conn, srv: srv.wait_closed(conn)) as server:  # never answers the ClientHello
        result, elapsed = _run_and_cancel_at(settings_for(server, tls="implicit", timeout_s=30), "tls")
    assert (result.failure.category, result.failure.stage) == (Category.CANCELLED, "tls")
    assert elapsed < CANCEL_LIMIT_S


def test_cancel_while_the_server_ponders_the_message(serve):
    server = serve(faults=("delay:data:30",))
    settings = settings_for(server, use_auth=True, username=USER, timeout_s=60)
    result, elapsed = _run_and_cancel_at(settings, "data", PASSWORD)
    assert (result.failure.category, result.failure.stage) == (Category.CANCELLED, "data")
    assert elapsed < CANCEL_LIMIT_S


def test_cancel_during_name_resolution(monkeypatch):
    """Name resolution cannot be interrupted; it runs in a helper thread the run stops waiting for."""
    release = threading.Event()
    real = socket.getaddrinfo

    def slow_getaddrinfo(host, *args, **kwargs):
        if host == "slow.example" and not kwargs.get("flags", 0) & socket.AI_NUMERICHOST:
            release.wait(10)
            raise socket.gaierror(socket.EAI_NONAME, "not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", slow_getaddrinfo)
    settings = settings_for(type("S", (), {"port": 25})(), server="slow.example", timeout_s=30)
    try:
        result, elapsed = _run_and_cancel_at(settings, "resolve")
    finally:
        release.set()
    assert (result.failure.category, result.failure.stage) == (Category.CANCELLED, "resolve")
    assert elapsed < CANCEL_LIMIT_S


def test_a_token_cancelled_before_the_start_ends_at_once():
    token = CancelToken()
    token.cancel()
    with RawServer(lambda conn, srv: srv.wait_closed(conn)) as server:
        result = send_test_mail(settings_for(server), None, RECIPIENT, cancel=token)
    assert result.failure.category is Category.CANCELLED
    assert result.failure.stage == "resolve"

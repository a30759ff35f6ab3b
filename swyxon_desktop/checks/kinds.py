"""The kinds of check, by one name each: what a diagnostics record, a report file and the windows call them.

Pure data. A test mail (``smtp.engine.send_test_mail``: the whole dialogue with DATA), the check without
sending (``smtp.preflight.check_without_sending``: up to RCPT TO, then RSET — the same engine and
result type, ``SendResult.sent`` False) and the server check (``smtp.probe``: the usual ports, no
envelope). Delivery confirmation and the DNS check are stages after a test mail, not kinds of their own.
"""
from __future__ import annotations

from typing import Any

TEST_MAIL, PREFLIGHT, PROBE = "test-mail", "preflight", "probe"
KINDS = (TEST_MAIL, PREFLIGHT, PROBE)


def of_result(send: Any = None, probe: Any = None) -> str:
    """The kind of a run from its result: a SendResult (sent or not) or else a ProbeResult."""
    if send is not None:
        return TEST_MAIL if getattr(send, "sent", True) else PREFLIGHT
    return PROBE

"""Send test mail… against a hostile server (issue 14): the transcript view shows control characters
escaped, holds the engine's bounds (head, a note, tail) and the result panel shows no raw server text."""
from __future__ import annotations

import re

import pytest

from swyxon_desktop.smtp import limits
from swyxon_desktop.smtp.transcript import HEAD_LINES, TAIL_LINES

from tests.smtp.helpers import RECIPIENT, RawServer, settings_for

from .test_test_mail import run_test_mail

pytestmark = pytest.mark.network

NASTY = "\x1b]0;pwned\x07\x1b[2J\x00\rover\u202e"
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]")


def _hostile(conn, srv):
    filler = limits.MAX_REPLY_LINES - 2  # two replies at the limit: together more than the transcript keeps
    conn.sendall(f"220-evil.example {NASTY}\r\n".encode() + b"220-filler\r\n" * filler + b"220 ready\r\n")
    srv.readline(conn)
    conn.sendall(b"250-evil.example\r\n" + b"250-FILLER\r\n" * filler + b"250 8BITMIME\r\n")
    srv.readline(conn)
    conn.sendall(f"554 5.7.1 go away {NASTY}\r\n".encode())
    srv.readline(conn)
    srv.wait_closed(conn)


def test_the_transcript_view_is_escaped_and_bounded(qtbot, mail_window):
    with RawServer(_hostile) as raw:
        window = mail_window(settings_for(raw, tls="none", timeout_s=5))
        dialog, result = run_test_mail(qtbot, window, RECIPIENT)
    assert (result.failure.category.value, result.failure.stage) == ("sender_rejected", "mail_from")
    view = dialog.ui.transcriptView
    text = view.toPlainText()
    assert RAW_CONTROL.search(text) is None
    assert r"S: 220-evil.example \x1b]0;pwned\x07\x1b[2J\x00\rover\u202e" in text
    assert "line(s) left out" in text
    assert text.splitlines()[-1].startswith("S: 554 5.7.1 go away")  # the tail is there, to the end
    assert view.document().blockCount() == HEAD_LINES + 1 + TAIL_LINES == len(result.transcript)
    for label in (dialog.ui.resultMessage, dialog.ui.resultDetails, dialog.ui.resultHint):
        assert RAW_CONTROL.search(label.text()) is None
    assert r"go away \x1b]0;pwned" in dialog.ui.resultDetails.text()
    assert RAW_CONTROL.search(dialog.report_text()) is None

"""What the engine accepts from a server at most, and the failures when a server goes beyond it.

A hostile or broken server must not exhaust memory or outlast the run's time limit (issue 14):

* one reply line: :data:`MAX_LINE` octets with its CRLF. RFC 5321 §4.5.3.1.5 allows 512 for a reply
  line; 1000 (its limit for a text line) leaves room for servers that overshoot. Longer:
  ``protocol_error``, and nothing more is read.
* one reply: :data:`MAX_REPLY_LINES` lines (a real EHLO answer has about 10–20).
* the transcript: its head and tail (``transcript.HEAD_LINES`` / ``TAIL_LINES``), the middle cut.
* time: every read gets at most the time left to the run's deadline (``session.Wire``); a reply still
  unfinished at the deadline is a ``timeout`` (:class:`SlowReply`), never taken as a reply.

Server text is escaped where it enters (``transcript.printable``).
"""
from __future__ import annotations

from swyxon_desktop.failures import Category, Failure
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP

MAX_LINE = 1000  # octets of one reply line, CRLF included
MAX_REPLY_LINES = 300

LINE, LINES = "line", "lines"

MSG_LINE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Failure", "The server sent a line of more than {} octets without a line end (stage {}).")
MSG_TOO_MANY_LINES = QT_TRANSLATE_NOOP(
    "Failure", "The server sent a reply of more than {} lines (stage {}).")
HINT_OVER_LIMIT = QT_TRANSLATE_NOOP(
    "Failure", "The server does not keep to the limits of SMTP (a reply line has at most 512 octets, a reply "
    "a few lines): it sends an endless or over-long reply, so this program stopped reading. The server, or "
    "a filter or proxy in front of it, is faulty; show the mail administrator the transcript (its middle is "
    "left out).")
HINT_SLOW_REPLY = QT_TRANSLATE_NOOP(
    "Failure", "The server sent its answer extremely slowly and had not finished it when the time ran out. "
    "The server may be overloaded, or slow down this client on purpose (a tarpit against "
    "spam); ask the mail administrator.")


class OverLimit(Exception):
    """A reply beyond :data:`MAX_LINE` / :data:`MAX_REPLY_LINES`; ``first``: its first line (escaped)."""

    def __init__(self, kind: str, first: str = ""):
        super().__init__(f"reply over the limit ({kind})")
        self.kind = kind
        self.first = first

    def failure(self, stage: str) -> Failure:
        if self.kind == LINE:
            message, limit = MSG_LINE_TOO_LONG, MAX_LINE
        else:
            message, limit = MSG_TOO_MANY_LINES, MAX_REPLY_LINES
        return Failure(Category.PROTOCOL_ERROR, message, stage=stage, hint=HINT_OVER_LIMIT,
                       server_text=self.first[:200] or None, message_args=(limit, stage))


class SlowReply(TimeoutError):
    """The time ran out while a reply was arriving (part of it received): a server that drips.
    ``partial``: the unfinished line so far (raw octets)."""

    def __init__(self, partial: bytes = b""):
        super().__init__(f"reply unfinished when the time ran out ({len(partial)} octet(s) of a line)")
        self.partial = partial

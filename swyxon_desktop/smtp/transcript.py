"""The SMTP transcript: every line sent (``C:``) and received (``S:``), redacted as it is recorded.

Two layers keep the password out of every transcript, report and message:

1. **At the source.** The AUTH exchange never reaches the transcript as sent: the engine records a
   label instead of each client payload (``AUTH PLAIN [redacted: user "alice", password]``,
   ``[base64 of user name "alice"]``, ``[password redacted]``, ``[CRAM-MD5 response for "alice"
   redacted]``). The user name stays visible, the password never.
2. **A scrubber** (:class:`Redactor`) knows the password in every form that could travel — plain, UTF-8
   and Latin-1 base64 (with and without padding), base64 of PLAIN's ``authzid\\0user\\0password`` and
   ``\\0user\\0password``, the CRAM-MD5 response once computed — and replaces any occurrence in any text
   (server replies that echo input, exception texts, details) with ``***``.

The message body is abbreviated: headers, the first lines of the body and a count of the rest.
"""
from __future__ import annotations

import base64
import time
from dataclasses import dataclass, field
from typing import Callable

REDACTED = "***"
BODY_LINES_SHOWN = 6


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class Redactor:
    """Replaces every known form of the secret in a text. Thread-safe for reading after set-up."""

    def __init__(self, password: str | None = None, username: str = ""):
        self._forms: list[str] = []
        if password:
            self.add_password(password, username)

    def add_password(self, password: str, username: str = "") -> None:
        forms = {password}
        raw_forms = []
        for enc in ("utf-8", "latin-1"):
            try:
                pw = password.encode(enc)
                user = username.encode(enc)
            except UnicodeEncodeError:
                continue
            raw_forms += [pw, b"\0" + user + b"\0" + pw, user + b"\0" + user + b"\0" + pw]
        for raw in raw_forms:
            encoded = _b64(raw)
            forms.add(encoded)
            forms.add(encoded.rstrip("="))
        self.add(*forms)

    def add(self, *forms: str) -> None:
        """More secret texts (e.g. a CRAM-MD5 response once computed)."""
        for form in forms:
            if form and form not in self._forms:
                self._forms.append(form)
        # Longest first, so that a form containing another is replaced whole.
        self._forms.sort(key=len, reverse=True)

    def __call__(self, text: str | None) -> str | None:
        if not text or not self._forms:
            return text
        for form in self._forms:
            if form in text:
                text = text.replace(form, REDACTED)
        return text


@dataclass(frozen=True)
class TranscriptLine:
    direction: str  # "C" (client), "S" (server) or "*" (a note: TLS established, connection closed, …)
    text: str
    at_ms: float  # since the run started

    def __str__(self) -> str:
        return f"{self.direction}: {self.text}"

    def to_dict(self) -> dict:
        return {"direction": self.direction, "text": self.text, "at_ms": round(self.at_ms, 1)}


@dataclass
class Transcript:
    """The redacted lines of one run. ``on_line`` (optional) is called for each line as it is added."""

    redactor: Redactor = field(default_factory=Redactor)
    on_line: Callable[[TranscriptLine], None] | None = None
    started: float = field(default_factory=time.monotonic)
    lines: list[TranscriptLine] = field(default_factory=list)

    def add(self, direction: str, text: str) -> None:
        line = TranscriptLine(direction, self.redactor(text) or "", (time.monotonic() - self.started) * 1000)
        self.lines.append(line)
        if self.on_line is not None:
            self.on_line(line)

    def client(self, text: str) -> None:
        self.add("C", text)

    def server(self, text: str) -> None:
        self.add("S", text)

    def note(self, text: str) -> None:
        self.add("*", text)

    def client_bytes(self, data: bytes) -> None:
        for line in _split_lines(data):
            self.client(line)

    def body(self, data: bytes) -> None:
        """The message content after DATA: headers, the first body lines, then a count of the rest."""
        lines = _split_lines(data)
        try:
            blank = lines.index("")
        except ValueError:
            blank = len(lines)
        shown = lines[: blank + 1 + BODY_LINES_SHOWN]
        rest = lines[len(shown):]
        for line in shown:
            self.client(line)
        if rest:
            final = rest[-1] == "."
            hidden = rest[:-1] if final else rest
            if hidden:
                self.note(f"[{len(hidden)} more line(s) of the message body not shown]")
            if final:
                self.client(".")

    def as_text(self) -> str:
        return "\n".join(str(line) for line in self.lines)

    def as_list(self) -> list[str]:
        return [str(line) for line in self.lines]


def _split_lines(data: bytes) -> list[str]:
    text = data.decode("utf-8", errors="replace")
    if text.endswith("\r\n"):
        text = text[:-2]
    return text.split("\r\n") if text else []

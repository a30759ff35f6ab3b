"""The SMTP transcript: every line sent (``C:``) and received (``S:``), redacted as it is recorded.

Two layers keep the password out of every transcript, report and message:

1. **At the source.** The AUTH exchange never reaches the transcript as sent: the engine records a
   label instead of each client payload (``AUTH PLAIN [redacted: user "alice", password]``,
   ``[base64 of user name "alice"]``, ``[password redacted]``, ``[CRAM-MD5 response for "alice"
   redacted]``). The user name stays visible, the password never.
2. **A scrubber** (:class:`Redactor`) knows the password in every form that could travel — plain, UTF-8
   and Latin-1 base64 (with and without padding, and upper-cased: some servers echo it so), base64 of
   PLAIN's ``authzid\0user\0password`` and ``\0user\0password``, the CRAM-MD5 response once computed.
   It never replaces a form *inside* a word: stars next to the rest of a word ("***ce" for "alice",
   "250 Sender ***") would give a short password away. In server text a form of 8+ characters standing
   as a whole token becomes ``***``; any other occurrence withholds the whole line
   (``[line withheld: it may contain the password]``). Engine-built labels and ``*:`` notes are not
   scrubbed (they never carry a secret); this program's own C: lines lose long forms only.

The message body is abbreviated: headers, the first lines of the body and a count of the rest.

Server text is never shown raw: :func:`printable` escapes control characters (NUL, BEL, ESC, CR, DEL,
the C1 range) and the Unicode characters that reorder or break lines (bidi overrides, U+2028/9) as
``\\x1b``, ``\\r``, ``\\u202e``. The engine applies it where server text enters — each reply line as
it is read (``session.Wire.getreply``) and a certificate's names — so the transcript, the greeting,
the capabilities, failure texts, the terminal, the window and reports all carry the escaped form.

A transcript is bounded (a hostile server may send without end): it keeps the first
:data:`HEAD_LINES` lines and the last :data:`TAIL_LINES`, and one ``*:`` note in their place says how
many lines between were left out. ``on_line`` sees the head as it comes; the whole (bounded)
transcript is :attr:`Transcript.lines` at the end.
"""
from __future__ import annotations

import base64
import re
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Callable

REDACTED = "***"
BODY_LINES_SHOWN = 6


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


HEAD_LINES = 400  # a whole test mail needs ~40 lines; a probe row ~25
TAIL_LINES = 100

# C0 (TAB aside: plain white space), DEL, C1, and the characters that reorder text or break a line.
# Compiled on first need (~2.6M instructions): printable ASCII — nearly every server line — never needs it.
_UNSAFE_CHARS = "[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]"
_unsafe: "re.Pattern[str] | None" = None
_NAMED = {"\r": "\\r", "\n": "\\n"}


def _escape(match: "re.Match[str]") -> str:
    char = match.group()
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def printable(text: str) -> str:
    """``text`` with every control character escaped (``\\x1b``, ``\\r``, ``\\u202e`` …): safe for a
    terminal and a text widget. For text from a server (or any peer); see the module docstring."""
    global _unsafe
    if text.isascii() and text.isprintable():  # 0x20-0x7e only: nothing to escape
        return text
    if _unsafe is None:
        _unsafe = re.compile(_UNSAFE_CHARS)
    return _unsafe.sub(_escape, text)


WITHHELD = "[line withheld: it may contain the password]"
SHORT_FORM = 8  # a form shorter than this may occur by chance in other text: never starred in place

# A form counts as a whole token when nothing but these (or the start/end of the line) surround it.
_TOKEN_EDGE = " \t<>()[]{}\"',;"


class Redactor:
    """Removes every known form of the secret from text; see the module docstring for the rules.

    ``__call__`` / :meth:`server` — text that may come from the server or from an exception (S: lines,
    failure texts, stage details): per line, a form of 8 or more characters standing as a whole token
    becomes ``***``; any other occurrence (a short form anywhere, a long one inside a longer word)
    withholds the whole line. So the stars never stand next to the rest of a word — their place gives
    nothing away. :meth:`client` — lines this program composed (C: lines other than AUTH, the report's
    own lines): long forms are removed wherever they occur; a short form there is a coincidence
    ("ESMTP", "OK", one letter) and starring it would reveal the password. Engine-built labels
    (the ``[redacted …]`` AUTH lines, ``*:`` notes) are not scrubbed at all.
    """

    def __init__(self, password: str | None = None, username: str = ""):
        self._forms: list[str] = []
        if password:
            self.add_password(password, username)

    def add_password(self, password: str, username: str = "") -> None:
        forms = {password, printable(password)}  # as sent, and as an escaped server echo shows it
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
            for form in (encoded, encoded.rstrip("=")):
                forms.add(form)
                forms.add(form.upper())  # some servers echo base64 upper-cased
        self.add(*forms)

    def add(self, *forms: str) -> None:
        """More secret texts (e.g. a CRAM-MD5 response once computed)."""
        for form in forms:
            if form and form not in self._forms:
                self._forms.append(form)
        # Longest first, so that a form containing another is replaced whole.
        self._forms.sort(key=len, reverse=True)

    def __call__(self, text: str | None) -> str | None:
        return self.server(text)

    def server(self, text: str | None) -> str | None:
        if not text or not self._forms:
            return text
        return "\n".join(self._server_line(line) for line in text.split("\n"))

    def client(self, text: str | None) -> str | None:
        if not text or not self._forms:
            return text
        for form in self._forms:
            if len(form) >= SHORT_FORM and form in text:
                text = text.replace(form, REDACTED)
        return text

    def _server_line(self, line: str) -> str:
        for form in self._forms:
            if form not in line:
                continue
            if len(form) < SHORT_FORM:
                return WITHHELD
            line = _replace_tokens(line, form)
            if form in line:
                return WITHHELD
        return line


def _replace_tokens(line: str, form: str) -> str:
    out, i = [], 0
    while True:
        j = line.find(form, i)
        if j < 0:
            out.append(line[i:])
            return "".join(out)
        k = j + len(form)
        whole = (j == 0 or line[j - 1] in _TOKEN_EDGE) and (k == len(line) or line[k] in _TOKEN_EDGE)
        out.append(line[i:j])
        out.append(REDACTED if whole else form)
        i = k


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
    """The redacted lines of one run, bounded (see the module docstring). ``on_line`` (optional) is
    called for each line of the head as it is added."""

    redactor: Redactor = field(default_factory=Redactor)
    on_line: Callable[[TranscriptLine], None] | None = None
    started: float = field(default_factory=time.monotonic)
    head_lines: int = HEAD_LINES
    tail_lines: int = TAIL_LINES
    _head: list[TranscriptLine] = field(default_factory=list, init=False, repr=False)
    _tail: deque = field(init=False, repr=False)
    _cut_at_ms: float = field(default=0.0, init=False, repr=False)
    left_out: int = field(default=0, init=False)  # lines between head and tail that were not kept

    def __post_init__(self) -> None:
        self._tail = deque(maxlen=self.tail_lines)

    @property
    def lines(self) -> list[TranscriptLine]:
        """The head, a note on how many lines were left out (if any), the tail."""
        if not self.left_out:
            return self._head + list(self._tail)
        note = TranscriptLine("*", f"[{self.left_out} line(s) left out: the transcript keeps the first "
                                   f"{self.head_lines} and the last {self.tail_lines}]", self._cut_at_ms)
        return [*self._head, note, *self._tail]

    def add(self, direction: str, text: str) -> None:
        """A line as given: only for text this program built that never carries a secret."""
        line = TranscriptLine(direction, text, (time.monotonic() - self.started) * 1000)
        if len(self._head) < self.head_lines:
            self._head.append(line)
            if self.on_line is not None:
                self.on_line(line)
            return
        if len(self._tail) == self._tail.maxlen:
            if not self.left_out:
                self._cut_at_ms = self._tail[0].at_ms
            self.left_out += 1
        self._tail.append(line)

    def client(self, text: str) -> None:
        self.add("C", self.redactor.client(text) or "")

    def label(self, text: str) -> None:
        """A C: line replaced whole by an engine-built label (an AUTH payload): not scrubbed."""
        self.add("C", text)

    def server(self, text: str) -> None:
        self.add("S", self.redactor.server(text) or "")

    def note(self, text: str) -> None:
        """An engine-built note (connected, TLS established …): not scrubbed, never server text."""
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


def _split_lines(data: bytes) -> list[str]:
    text = data.decode("utf-8", errors="replace")
    if text.endswith("\r\n"):
        text = text[:-2]
    return text.split("\r\n") if text else []

"""What the local test server emulates: a customer's mail-server policy (Qt-free, no I/O).

A :class:`ServerPolicy` names the TLS mode, the AUTH mechanisms and accounts, the sender domains the
server manages and the faults to reproduce. Faults are written as short strings (the CLI's ``--fault``)
and parsed by :func:`parse_fault`:

``STAGE-CODE``
    reject at STAGE with reply CODE: ``greeting-421`` (then close), ``auth-454``, ``mail-550``,
    ``rcpt-550``, ``rcpt-450``, ``data-554`` (after the message content), ``data-451`` …
``STAGE-CODE:TEXT``
    the same with the server's exact reply text after the code, e.g. a provider's own reply:
    ``auth-535:5.7.139 Authentication unsuccessful, basic authentication is disabled``
``delay:STAGE:SECONDS``
    wait SECONDS before the reply at STAGE: ``delay:greeting:5``, ``delay:data:30`` …

Stages: greeting, ehlo (delay only), auth, mail, rcpt, data.

The server speaks the client's vocabulary: its TLS mode is the client's :class:`~swyxon_desktop.settings.
Security` (plain, STARTTLS, implicit) and its stages are the client's (``checks/stages.py``: a fault at
``mail`` is a fault at ``MAIL_FROM``), so a report's failed stage and TLS mode become a replica's without a
translation table. What users type and read keeps its short words — ``--tls none``, ``mail-550``, the
``"tls": "none"`` and ``"stage": "mail"`` of ``serve --json`` — written and read here only
(:func:`tls_word`, :func:`parse_tls`, :func:`stage_word`, :func:`parse_stage`).
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from pathlib import Path

from swyxon_desktop.checks.stages import AUTH, DATA, EHLO, GREETING, MAIL_FROM, RCPT_TO, TLS
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP, translate
from swyxon_desktop.settings import Security, idna_encode

CONTEXT = "TestServer"

TLS_MODES = (Security.PLAIN, Security.STARTTLS, Security.IMPLICIT)  # in this order in the window's list
MECHANISMS = ("LOGIN", "PLAIN", "CRAM-MD5")
STAGES = (GREETING, EHLO, AUTH, MAIL_FROM, RCPT_TO, DATA)  # where a fault can be
REJECT_STAGES = (GREETING, AUTH, MAIL_FROM, RCPT_TO, DATA)  # where a fault can reject
MAX_DELAY_S = 600.0

# The words of the CLI, the fault specs and the JSON lines, where they differ from the client's names.
_TLS_WORDS = {Security.PLAIN: "none", Security.STARTTLS: "starttls", Security.IMPLICIT: "implicit"}
_STAGE_WORDS = {MAIL_FROM: "mail", RCPT_TO: "rcpt", TLS: "starttls"}
_WORD_TLS = {word: mode for mode, word in _TLS_WORDS.items()} | {"plain": Security.PLAIN}
_WORD_STAGES = {word: stage for stage, word in _STAGE_WORDS.items()}


def tls_word(mode: Security) -> str:
    """``none``, ``starttls`` or ``implicit``: the TLS mode as ``serve --tls`` and its JSON spell it."""
    return _TLS_WORDS[Security(mode)]


def parse_tls(value: str | Security) -> Security:
    """A TLS mode from its word (``none``/``plain``, ``starttls``, ``implicit``); raises PolicyError."""
    if isinstance(value, Security):
        return value
    mode = _WORD_TLS.get(str(value).strip().lower())
    if mode is None:
        raise PolicyError(MSG_BAD_TLS, value)
    return mode


def stage_word(stage: str) -> str:
    """A stage as the fault specs and ``serve --json`` spell it (``mail``, ``rcpt``, ``starttls``, …)."""
    return _STAGE_WORDS.get(stage, stage)


def stage_of(word: str) -> str:
    """The stage a word names (``mail`` → MAIL_FROM, ``starttls`` → TLS; a stage's own name is itself)."""
    return _WORD_STAGES.get(word, word)


def parse_stage(word: str, allowed: tuple[str, ...] = STAGES) -> str:
    """The stage of a fault's word (``mail`` or ``mail_from``); raises PolicyError naming ``allowed``."""
    stage = stage_of(word)
    if stage not in allowed:
        raise PolicyError(MSG_BAD_STAGE, word, ", ".join(stage_word(s) for s in allowed))
    return stage


# Ports the CLI and the window suggest per TLS mode: 25/587/465 with a 2 in front (no root needed).
DEFAULT_PORTS = {Security.PLAIN: 2525, Security.STARTTLS: 2587, Security.IMPLICIT: 2465}

# The enhanced status and text of a simulated rejection, by stage and reply class (4 = temporary, 5 = permanent).
_REJECT_TEXT = {
    (GREETING, 4): ("4.3.2", "Service not available, closing transmission channel"),
    (GREETING, 5): ("5.3.2", "No SMTP service here"),
    (AUTH, 4): ("4.7.0", "Temporary authentication failure"),
    (AUTH, 5): ("5.7.8", "Authentication credentials invalid"),
    (MAIL_FROM, 4): ("4.3.0", "Sender temporarily rejected, try again later"),
    (MAIL_FROM, 5): ("5.7.1", "Sender address rejected by policy"),
    (RCPT_TO, 4): ("4.2.1", "Mailbox temporarily unavailable, try again later"),
    (RCPT_TO, 5): ("5.1.1", "Recipient address rejected: mailbox unavailable"),
    (DATA, 4): ("4.3.0", "Message temporarily deferred, try again later"),
    (DATA, 5): ("5.6.0", "Message rejected by content policy"),
}
FAULT_MARK = "(simulated fault)"

MSG_BAD_FAULT = QT_TRANSLATE_NOOP(
    "TestServer", "\"{}\" is not a fault. Write STAGE-CODE (e.g. greeting-421, rcpt-550, data-554) or "
    "delay:STAGE:SECONDS (e.g. delay:data:5).")
MSG_BAD_STAGE = QT_TRANSLATE_NOOP("TestServer", "\"{}\" is not a stage; choose one of: {}.")
MSG_BAD_CODE = QT_TRANSLATE_NOOP(
    "TestServer", "\"{}\" is not a rejection code; use a 4xx (temporary) or 5xx (permanent) SMTP reply code.")
MSG_GREETING_CODE = QT_TRANSLATE_NOOP("TestServer", "At the greeting only 421 and 554 are allowed.")
MSG_BAD_TEXT = QT_TRANSLATE_NOOP(
    "TestServer", "A fault's reply text must be printable ASCII on one line, at most 400 characters.")
MSG_BAD_DELAY = QT_TRANSLATE_NOOP("TestServer", "The delay must be a number of seconds from 0 to 600, not \"{}\".")
MSG_BAD_TLS = QT_TRANSLATE_NOOP("TestServer", "\"{}\" is not a TLS mode; choose none, starttls or implicit.")
MSG_BAD_MECHANISM = QT_TRANSLATE_NOOP(
    "TestServer", "\"{}\" is not an authentication method; choose from LOGIN, PLAIN, CRAM-MD5.")
MSG_BAD_PORT = QT_TRANSLATE_NOOP("TestServer", "The port must be a number from 0 to 65535 (0 = any free port).")
MSG_BAD_DOMAIN = QT_TRANSLATE_NOOP("TestServer", "\"{}\" is not a domain name.")
MSG_BAD_USER = QT_TRANSLATE_NOOP(
    "TestServer", "A user name must not be empty or contain spaces or control characters.")
MSG_EMPTY_PASSWORD = QT_TRANSLATE_NOOP("TestServer", "The user \"{}\" needs a password.")
MSG_NO_MECHANISM = QT_TRANSLATE_NOOP("TestServer", "With users, choose at least one authentication method.")
MSG_BAD_HOST = QT_TRANSLATE_NOOP("TestServer", "\"{}\" is not an address to listen on.")
MSG_NOT_LOOPBACK = QT_TRANSLATE_NOOP(
    "TestServer", "Warning: the test server listens on {}, not only on this computer. Other machines can "
    "connect to it; it accepts mail for anyone who knows the test credentials.")


class PolicyError(ValueError):
    """Bad policy input; ``text()`` is the translated message."""

    def __init__(self, message: str, *args: object):
        super().__init__(message.format(*args))
        self.message = message
        self.args_ = args

    def text(self, lang: str | None = None) -> str:
        return translate(CONTEXT, self.message, lang).format(*self.args_)


@dataclass(frozen=True)
class Fault:
    """A reproduced incident: a rejection (``code``) or a delay (``delay_s``) at one stage.

    ``stage`` is the client's stage (``checks/stages.py``); its word (``mail``) is accepted too."""

    stage: str
    code: int | None = None  # reject with this reply code
    delay_s: float | None = None  # wait this long before replying
    text: str | None = None  # the exact reply text after the code (None: a generic text, marked simulated)

    def __post_init__(self) -> None:
        if self.text is not None and (self.code is None or not self.text.strip() or len(self.text) > 400
                                      or not all(" " <= ch <= "~" for ch in self.text)):
            raise PolicyError(MSG_BAD_TEXT)
        object.__setattr__(self, "stage", parse_stage(self.stage))
        if (self.code is None) == (self.delay_s is None):
            raise PolicyError(MSG_BAD_FAULT, str(self))
        if self.code is not None:
            parse_stage(stage_word(self.stage), REJECT_STAGES)
            if not 400 <= self.code <= 599:
                raise PolicyError(MSG_BAD_CODE, str(self.code))
            if self.stage == GREETING and self.code not in (421, 554):
                raise PolicyError(MSG_GREETING_CODE)
        if self.delay_s is not None and not 0 <= self.delay_s <= MAX_DELAY_S:
            raise PolicyError(MSG_BAD_DELAY, str(self.delay_s))

    @property
    def is_delay(self) -> bool:
        return self.delay_s is not None

    def reply(self) -> str:
        """The SMTP reply line of a rejection fault."""
        assert self.code is not None
        if self.text is not None:
            return f"{self.code} {self.text.strip()}"
        enhanced, text = _REJECT_TEXT[(self.stage, self.code // 100)]
        return f"{self.code} {enhanced} {text} {FAULT_MARK}"

    def spec(self) -> str:
        """The string form, as parse_fault reads it."""
        if self.delay_s is not None:
            seconds = int(self.delay_s) if float(self.delay_s).is_integer() else self.delay_s
            return f"delay:{stage_word(self.stage)}:{seconds}"
        if self.text is not None:
            return f"{stage_word(self.stage)}-{self.code}:{self.text}"
        return f"{stage_word(self.stage)}-{self.code}"

    def __str__(self) -> str:
        return self.spec()


def parse_fault(text: str) -> Fault:
    """``greeting-421``, ``rcpt-550``, ``data-554``, ``delay:data:5`` … (see the module docstring)."""
    raw = text.strip().lower()
    if not raw.startswith("delay:") and ":" in raw:
        head, _, reply = text.strip().partition(":")
        fault = parse_fault(head)
        return Fault(fault.stage, code=fault.code, text=reply)
    if raw.startswith("delay:"):
        parts = raw.split(":")
        if len(parts) != 3:
            raise PolicyError(MSG_BAD_FAULT, text)
        _, word, seconds = parts
        stage = parse_stage(word)
        try:
            delay = float(seconds)
        except ValueError:
            raise PolicyError(MSG_BAD_DELAY, seconds) from None
        if delay != delay:  # NaN
            raise PolicyError(MSG_BAD_DELAY, seconds)
        return Fault(stage, delay_s=delay)
    word, sep, code = raw.rpartition("-")
    if not sep or not word:
        raise PolicyError(MSG_BAD_FAULT, text)
    stage = parse_stage(word, REJECT_STAGES)
    if not (code.isascii() and code.isdigit() and len(code) == 3):
        raise PolicyError(MSG_BAD_CODE, code)
    return Fault(stage, code=int(code))


def normalise_domain(domain: str) -> str:
    """Lower-case ASCII (IDNA) form of a sender domain; raises PolicyError."""
    value = domain.strip().lstrip("@").rstrip(".").lower()
    if not value or any(ch.isspace() or ch in "@<>,;" for ch in value):
        raise PolicyError(MSG_BAD_DOMAIN, domain)
    if any(not label for label in value.split(".")):
        raise PolicyError(MSG_BAD_DOMAIN, domain)
    try:
        return idna_encode(value)
    except ValueError:
        raise PolicyError(MSG_BAD_DOMAIN, domain) from None


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class ServerPolicy:
    """The behaviour of one emulated server. AUTH is on when ``users`` is not empty.

    ``sender_domains`` empty = any sender domain. ``mailbox`` None = ``paths.data_dir()/mailbox``.
    ``cert_file``/``key_file`` (PEM) replace the local CA's server certificate (e.g. trustme in tests);
    ``ca_file`` is then what clients should trust (reported as ``LocalServer.ca_file``).
    """

    host: str = "127.0.0.1"
    port: int = 0
    tls: Security = Security.PLAIN  # its word (``none``, ``starttls``, ``implicit``) is accepted too
    auth_mechanisms: tuple[str, ...] = MECHANISMS
    users: dict[str, str] = field(default_factory=dict, repr=False)  # name -> password; never printed
    sender_domains: tuple[str, ...] = ()
    faults: tuple[Fault, ...] = ()
    mailbox: Path | None = None
    cert_file: Path | None = None
    key_file: Path | None = None
    ca_file: Path | None = None
    hostname: str = "localhost"  # the name in the greeting and EHLO reply

    def __post_init__(self) -> None:
        object.__setattr__(self, "tls", parse_tls(self.tls))
        if isinstance(self.port, bool) or not isinstance(self.port, int) or not 0 <= self.port <= 65535:
            raise PolicyError(MSG_BAD_PORT)
        if not self.host or any(ch.isspace() for ch in self.host):
            raise PolicyError(MSG_BAD_HOST, self.host)
        mechs = []
        for mech in ([self.auth_mechanisms] if isinstance(self.auth_mechanisms, str) else self.auth_mechanisms):
            upper = str(mech).strip().upper()
            if upper not in MECHANISMS:
                raise PolicyError(MSG_BAD_MECHANISM, mech)
            if upper not in mechs:
                mechs.append(upper)
        object.__setattr__(self, "auth_mechanisms", tuple(mechs))
        users = dict(self.users or {})
        for name, password in users.items():
            if not isinstance(name, str) or not name or any(ch.isspace() or ord(ch) < 32 for ch in name):
                raise PolicyError(MSG_BAD_USER)
            if not isinstance(password, str) or not password:
                raise PolicyError(MSG_EMPTY_PASSWORD, name)
        if users and not mechs:
            raise PolicyError(MSG_NO_MECHANISM)
        object.__setattr__(self, "users", users)
        domains = ([self.sender_domains] if isinstance(self.sender_domains, str) else self.sender_domains)
        object.__setattr__(self, "sender_domains", tuple(dict.fromkeys(normalise_domain(d) for d in domains)))
        faults = tuple(f if isinstance(f, Fault) else parse_fault(str(f)) for f in (self.faults or ()))
        object.__setattr__(self, "faults", faults)
        for name in ("mailbox", "cert_file", "key_file", "ca_file"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, Path):
                object.__setattr__(self, name, Path(value))

    @property
    def auth_enabled(self) -> bool:
        return bool(self.users) and bool(self.auth_mechanisms)

    @property
    def loopback_only(self) -> bool:
        return is_loopback(self.host)

    def reject_at(self, stage: str) -> Fault | None:
        for fault in self.faults:
            if fault.stage == stage and fault.code is not None:
                return fault
        return None

    def delay_at(self, stage: str) -> float:
        return sum(f.delay_s or 0.0 for f in self.faults if f.stage == stage and f.is_delay)

    def accepts_sender(self, address: str) -> bool:
        if not self.sender_domains:
            return True
        domain = address.rpartition("@")[2].strip().rstrip(".").lower()
        if not domain:
            return False
        try:
            domain = normalise_domain(domain)
        except PolicyError:
            return False
        return domain in self.sender_domains

    def warning_texts(self, lang: str | None = None) -> list[str]:
        """What the user should see before the server starts (translated)."""
        if self.loopback_only:
            return []
        return [translate(CONTEXT, MSG_NOT_LOOPBACK, lang).format(self.host)]

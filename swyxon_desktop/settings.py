"""The settings model: what an SMTP profile is and what is valid. No Qt, no I/O.

Mirrors the vendor's dialog (Plattform › Allgemeine Einstellungen › E-Mail): SMTP-Server, SMTP-Port,
Absenderadresse, SSL verwenden, SMTP-Authentifizierung, Benutzername, Kennwort — plus what "SSL verwenden"
alone leaves ambiguous (the TLS mode), an extra CA file, a pinned certificate fingerprint and the explicit
opt-in for authentication without encryption. The password is not part of the model: it lives in the
keychain (secrets.py).
"""
from __future__ import annotations

import dataclasses
import ipaddress
import re
from dataclasses import dataclass
from enum import Enum
from typing import Any

from swyxon_desktop.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Validation"

DEFAULT_PORT = 587
DEFAULT_TIMEOUT_S = 30.0
MAX_HOSTNAME = 253
MAX_LABEL = 63
MAX_PROFILE_NAME = 80


class TlsMode(str, Enum):
    AUTO = "auto"  # implicit TLS on 465, STARTTLS on every other port
    STARTTLS = "starttls"  # required: never a plaintext fallback
    IMPLICIT = "implicit"  # TLS from the first byte


class ImapTls(str, Enum):
    """The security of the delivery-confirmation mailbox: never plaintext (its password travels)."""

    IMPLICIT = "implicit"  # SSL/TLS from the first byte, usually port 993
    STARTTLS = "starttls"  # required, usually port 143


DEFAULT_IMAP_PORT = 993
#: The usual port of each IMAP security mode (the window and the CLI switch to it with the mode).
IMAP_USUAL_PORTS = {ImapTls.IMPLICIT: 993, ImapTls.STARTTLS: 143}


class AuthMechanism(str, Enum):
    AUTO = "auto"  # the strongest both sides support: CRAM-MD5 > PLAIN > LOGIN
    LOGIN = "LOGIN"
    PLAIN = "PLAIN"
    CRAM_MD5 = "CRAM-MD5"


class Security(str, Enum):
    """What actually happens on the wire for a settings value."""

    PLAIN = "plain"
    STARTTLS = "starttls"
    IMPLICIT = "implicit"


@dataclass(frozen=True)
class MailSettings:
    server: str = ""
    port: int = DEFAULT_PORT
    sender: str = ""
    use_ssl: bool = True
    tls_mode: TlsMode = TlsMode.AUTO
    ca_file: str = ""  # an extra trusted CA bundle (PEM), besides the system's
    pinned_sha256: str = ""  # an explicitly trusted server certificate (hex SHA-256 of the DER)
    use_auth: bool = False
    mechanism: AuthMechanism = AuthMechanism.AUTO
    username: str = ""
    allow_insecure_auth: bool = False  # explicit opt-in: credentials without encryption
    timeout_s: float = DEFAULT_TIMEOUT_S
    last_recipient: str = ""  # remembered for "Send test mail"
    # The mailbox that confirms delivery (IMAP); its password is a keychain entry of its own (secrets.py).
    imap_server: str = ""  # empty: no confirmation mailbox
    imap_port: int = DEFAULT_IMAP_PORT
    imap_tls: ImapTls = ImapTls.IMPLICIT
    imap_username: str = ""
    imap_folders: str = ""  # comma-separated; empty: INBOX and the folder marked \Junk (SPECIAL-USE)
    imap_pinned_sha256: str = ""  # an explicitly trusted IMAP server certificate (the CA file is shared)

    def replace(self, **changes: Any) -> "MailSettings":
        return dataclasses.replace(self, **changes)

    @property
    def security(self) -> Security:
        if not self.use_ssl:
            return Security.PLAIN
        if self.tls_mode is TlsMode.IMPLICIT or (self.tls_mode is TlsMode.AUTO and self.port == 465):
            return Security.IMPLICIT
        return Security.STARTTLS

    @property
    def confirms_delivery(self) -> bool:
        """A mailbox to confirm delivery in is configured."""
        return bool(self.imap_server.strip())

    @property
    def insecure_auth(self) -> bool:
        """Authentication is on and would travel without encryption."""
        return self.use_auth and not self.use_ssl

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["tls_mode"] = self.tls_mode.value
        data["mechanism"] = self.mechanism.value
        data["imap_tls"] = self.imap_tls.value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "MailSettings":
        """Build from stored/imported JSON; unknown keys are ignored, wrong types raise ValueError."""
        if not isinstance(data, dict):
            raise ValueError("settings must be a JSON object")
        kwargs: dict[str, Any] = {}
        for name, kind in _field_kinds(cls):  # in field order: the first wrong field is the one reported
            if name not in data:
                continue
            value = data[name]
            if kind is str:
                if not isinstance(value, str):
                    raise ValueError(f"{name} must be a string, not {value!r}")
            elif kind is bool:
                if not isinstance(value, bool):
                    raise ValueError(f"{name} must be true or false, not {value!r}")
            elif kind is int:
                if isinstance(value, bool) or not isinstance(value, int):
                    raise ValueError(f"{name} must be an integer, not {value!r}")
            elif kind is float:
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise ValueError(f"{name} must be a number, not {value!r}")
                value = float(value)
            elif kind is not None:  # an Enum: its member by value (the call only for a wrong value: its error)
                try:
                    value = _ENUM_MEMBERS[kind][value]
                except (KeyError, TypeError):
                    value = kind(value)
            kwargs[name] = value
        return cls(**kwargs)


_FIELD_KINDS: dict[type, tuple[tuple[str, Any], ...]] = {}
_ENUM_MEMBERS: dict[type, dict[Any, Enum]] = {}  # Enum(value) is a slow call; a dict look-up is not


def _field_kinds(cls: type) -> tuple[tuple[str, Any], ...]:
    """(name, check) for each field of ``cls``, worked out once (a store of 1,000 profiles reads each
    profile through :meth:`MailSettings.from_dict`): str/bool = that type required, int = an integer
    (port, imap_port), float = a number (timeout_s), an Enum class = converted, None = taken as is."""
    kinds = _FIELD_KINDS.get(cls)
    if kinds is None:
        enums = {"tls_mode": TlsMode, "mechanism": AuthMechanism, "imap_tls": ImapTls}
        checked = {"str": str, "bool": bool}
        numbers = {"port": int, "imap_port": int, "timeout_s": float}
        for enum in enums.values():
            _ENUM_MEMBERS[enum] = {member.value: member for member in enum}
        kinds = _FIELD_KINDS[cls] = tuple(
            (f.name, enums.get(f.name) or numbers.get(f.name) or checked.get(f.type)) for f in dataclasses.fields(cls))
    return kinds


# ---------------------------------------------------------------------------------------------------
# Validation


@dataclass(frozen=True)
class FieldError:
    """One problem with one field. ``message`` is an English source text with ``{}`` placeholders."""

    field: str
    message: str
    args: tuple = ()

    def text(self, lang: str | None = None) -> str:
        return translate(CONTEXT, self.message, lang).format(*self.args)


_LABEL_RE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")

MSG_SERVER_EMPTY = QT_TRANSLATE_NOOP("Validation", "Enter the SMTP server: a name, DNS name or IP address.")
MSG_SERVER_SPACE = QT_TRANSLATE_NOOP("Validation", "The server name must not contain spaces.")
MSG_SERVER_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "The server name is longer than 253 characters.")
MSG_SERVER_EMPTY_LABEL = QT_TRANSLATE_NOOP(
    "Validation", "The server name has an empty part (two dots in a row, or a leading dot).")
MSG_SERVER_LABEL_TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation", "The part \"{}\" of the server name is longer than 63 characters.")
MSG_SERVER_BAD_LABEL = QT_TRANSLATE_NOOP(
    "Validation", "The part \"{}\" of the server name may only contain letters, digits and hyphens, and "
    "must not start or end with a hyphen.")
MSG_SERVER_BAD_IP = QT_TRANSLATE_NOOP("Validation", "\"{}\" is not a valid IP address.")
MSG_SERVER_BAD_IDN = QT_TRANSLATE_NOOP("Validation", "The international server name cannot be encoded: {}")
MSG_PORT_RANGE = QT_TRANSLATE_NOOP("Validation", "The SMTP port must be a number from 1 to 65535.")
MSG_SENDER_EMPTY = QT_TRANSLATE_NOOP("Validation", "Enter the sender address, e.g. SwyxWare@firma.de.")
MSG_SENDER_INVALID = QT_TRANSLATE_NOOP("Validation", "The sender address is not valid: {}")
# email-validator's (English) reasons, mapped to our translatable texts: (prefix of its message, ours).
MSG_ADDR_NO_AT = QT_TRANSLATE_NOOP("Validation", "The address needs an @ sign, e.g. SwyxWare@firma.de.")
MSG_ADDR_NOTHING_AFTER = QT_TRANSLATE_NOOP("Validation", "Enter the domain after the @ sign, e.g. @firma.de.")
MSG_ADDR_NOTHING_BEFORE = QT_TRANSLATE_NOOP("Validation", "Enter the name before the @ sign.")
MSG_ADDR_DOTS = QT_TRANSLATE_NOOP(
    "Validation", "The address must not contain two dots in a row, or a dot or hyphen at the start or end of "
    "a part.")
MSG_ADDR_NO_PERIOD = QT_TRANSLATE_NOOP("Validation", "The domain after the @ sign needs a dot, e.g. firma.de.")
MSG_ADDR_TLD = QT_TRANSLATE_NOOP(
    "Validation", "The domain after the @ sign does not end in a valid top-level domain (such as .de).")
MSG_ADDR_RESERVED = QT_TRANSLATE_NOOP(
    "Validation", "The domain after the @ sign is a reserved name that cannot be used for mail.")
MSG_ADDR_CHARS = QT_TRANSLATE_NOOP("Validation", "The address contains characters that are not allowed.")
MSG_ADDR_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "The address is too long.")
MSG_ADDR_DISPLAY_NAME = QT_TRANSLATE_NOOP(
    "Validation", "Enter only the address, without a name or angle brackets.")
MSG_ADDR_LITERAL = QT_TRANSLATE_NOOP(
    "Validation", "An IP address after the @ sign is not allowed here; use the domain name.")
MSG_ADDR_AT_SIGN = QT_TRANSLATE_NOOP("Validation", "Use a normal @ sign.")
MSG_ADDR_QUOTES = QT_TRANSLATE_NOOP("Validation", "Quotation marks are not allowed in the address.")
MSG_ADDR_UNICODE_LOCAL = QT_TRANSLATE_NOOP(
    "Validation", "International characters before the @ sign are not supported.")
_ADDRESS_REASONS = (
    ("An email address must have an @-sign", MSG_ADDR_NO_AT),
    ("There must be something after the @-sign", MSG_ADDR_NOTHING_AFTER),
    ("There must be something before the @-sign", MSG_ADDR_NOTHING_BEFORE),
    ("An email address cannot have two periods", MSG_ADDR_DOTS),
    ("An email address cannot start with", MSG_ADDR_DOTS),
    ("An email address cannot end with", MSG_ADDR_DOTS),
    ("An email address cannot have a period and a hyphen", MSG_ADDR_DOTS),
    ("The part after the @-sign is not valid. It should have a period", MSG_ADDR_NO_PERIOD),
    ("The part after the @-sign is not valid. It is not within a valid top-level domain", MSG_ADDR_TLD),
    ("The part after the @-sign is a special-use or reserved name", MSG_ADDR_RESERVED),
    ("The email address is too long", MSG_ADDR_TOO_LONG),
    ("A display name and angle brackets", MSG_ADDR_DISPLAY_NAME),
    ("A bracketed IP address", MSG_ADDR_LITERAL),
    ("The email address has the", MSG_ADDR_AT_SIGN),
    ("Quoting the part before the @-sign", MSG_ADDR_QUOTES),
    ("Internationalized characters before the @-sign", MSG_ADDR_UNICODE_LOCAL),
    ("The email address contains", MSG_ADDR_CHARS),
    ("The part after the @-sign contains invalid characters", MSG_ADDR_CHARS),
    ("There can't be anything after the email address", MSG_ADDR_DISPLAY_NAME),
)
MSG_USER_EMPTY = QT_TRANSLATE_NOOP("Validation", "Enter the user name for SMTP authentication.")
MSG_PASSWORD_EMPTY = QT_TRANSLATE_NOOP("Validation", "Enter the password for SMTP authentication.")
MSG_INSECURE_AUTH_ALLOWED = QT_TRANSLATE_NOOP(
    "Validation", "Warning: SSL is off and unencrypted authentication is allowed: the user name and password "
    "travel unencrypted to this server. Use it only on a trusted network.")
MSG_INSECURE_AUTH_STORED = QT_TRANSLATE_NOOP(
    "Validation", "Warning: SSL is off and SMTP authentication is on, so the password would travel "
    "unencrypted. A test mail does not send it unless unencrypted authentication is allowed (in the profile "
    "or for one run).")
MSG_CA_FILE_MISSING = QT_TRANSLATE_NOOP("Validation", "The CA file {} does not exist.")
MSG_CA_FILE_NOT_REGULAR = QT_TRANSLATE_NOOP(
    "Validation", "The CA file {} is not a regular file (it is a folder, a pipe or a device).")
MSG_TIMEOUT_RANGE = QT_TRANSLATE_NOOP("Validation", "The timeout must be between 1 and 600 seconds.")
MSG_FINGERPRINT = QT_TRANSLATE_NOOP(
    "Validation", "The pinned fingerprint must be 64 hexadecimal digits (SHA-256).")
MSG_CONTROL_CHARS = QT_TRANSLATE_NOOP("Validation", "Line breaks and control characters are not allowed.")
MSG_IMAP_PORT_RANGE = QT_TRANSLATE_NOOP("Validation", "The IMAP port must be a number from 1 to 65535.")
MSG_IMAP_USER_EMPTY = QT_TRANSLATE_NOOP("Validation", "Enter the user name of the confirmation mailbox.")
MSG_IMAP_PASSWORD_EMPTY = QT_TRANSLATE_NOOP("Validation", "Enter the password of the confirmation mailbox.")
MSG_IMAP_FOLDERS = QT_TRANSLATE_NOOP(
    "Validation", "Separate the folder names with commas; a name must not be empty or contain quotation marks.")
MSG_NAME_EMPTY = QT_TRANSLATE_NOOP("Validation", "Enter a profile name.")
MSG_NAME_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "The profile name is longer than 80 characters.")
MSG_NAME_CHARS = QT_TRANSLATE_NOOP(
    "Validation", "The profile name must not contain control characters or start or end with a space.")

CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")  # CR/LF, NUL …: never in a field or a header value


def idna_encode(name: str) -> str:
    """The ASCII form of an internationalised domain name, IDNA 2008 with UTS #46 mapping (what browsers
    and mail servers use; Python's own "idna" codec is IDNA 2003 and maps mail.straße.de to another
    host, mail.strasse.de). Raises ValueError."""
    if name.isascii():
        return name
    import idna  # a dependency of email-validator; lazily: not on the ASCII fast path

    try:
        return idna.encode(name, uts46=True, transitional=False).decode("ascii")
    except idna.IDNAError as exc:
        raise ValueError(str(exc)) from exc


def ascii_hostname(server: str) -> str:
    """The ASCII (IDNA) form of a host name; IP addresses and ASCII names unchanged. Raises ValueError."""
    host = server.strip().rstrip(".")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    return idna_encode(host)


def validate_server(server: str) -> FieldError | None:
    """A symbolic name, DNS name (internationalised names allowed), IPv4 or IPv6 address."""
    if not server or not server.strip():
        return FieldError("server", MSG_SERVER_EMPTY)
    if CONTROL_CHARS.search(server):
        return FieldError("server", MSG_CONTROL_CHARS)
    if any(ch.isspace() for ch in server):
        return FieldError("server", MSG_SERVER_SPACE)
    host = server
    bracketed = host.startswith("[") and host.endswith("]")
    if bracketed:
        host = host[1:-1]
    # An address literal: [v6] or anything with ":" is IPv6, digits and dots IPv4; valid or not, it is no name.
    address = (ipaddress.IPv6Address if bracketed or ":" in host
               else ipaddress.IPv4Address if re.fullmatch(r"[0-9.]+", host) else None)
    if address is not None:
        try:
            address(host)
        except ValueError:
            return FieldError("server", MSG_SERVER_BAD_IP, (host,))
        return None
    if host.endswith("."):
        host = host[:-1]  # a fully-qualified name with its root dot
    if not host.isascii():
        if any(not label for label in host.split(".")):
            return FieldError("server", MSG_SERVER_EMPTY_LABEL)
        try:
            host = idna_encode(host)
        except ValueError as exc:
            return FieldError("server", MSG_SERVER_BAD_IDN, (str(exc),))
    if len(host) > MAX_HOSTNAME:
        return FieldError("server", MSG_SERVER_TOO_LONG)
    for label in host.split("."):
        if not label:
            return FieldError("server", MSG_SERVER_EMPTY_LABEL)
        if len(label) > MAX_LABEL:
            return FieldError("server", MSG_SERVER_LABEL_TOO_LONG, (label[:20] + "…",))
        if not _LABEL_RE.match(label):
            return FieldError("server", MSG_SERVER_BAD_LABEL, (label,))
    return None


def validate_port(port: Any) -> FieldError | None:
    if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
        return FieldError("port", MSG_PORT_RANGE)
    return None


def validate_timeout(seconds: float) -> FieldError | None:
    """Seconds per network operation: 1 to 600 (the profile's field, the CLI's --timeout, the engine)."""
    if not 1 <= seconds <= 600:
        return FieldError("timeout_s", MSG_TIMEOUT_RANGE)
    return None


# -- the address rule ---------------------------------------------------------------------------------
# One rule, two strengths (each caller keeps its own messages and contexts):
#
# * address_syntax(addr) — the cheap rule: control characters, one "@" with something on both sides, at
#   most 254 characters, no white space or <>,; and a domain that is a valid server name
#   (validate_server); it also gives the address as sent (the domain in its IDNA form) and whether it needs
#   SMTPUTF8. No email-validator: the SMTP engine checks sender and recipient with it on the test-mail fast
#   path (smtp/engine.py), and the server has the last word on an address anyway.
# * address_strict(addr) — for what is stored or typed in the window: empty, control characters, then
#   email-validator (imported lazily; no DNS). validate_address (the sender field, ``check --to``) and the
#   test-mail dialog's recipient field (gui/checks/test_mail_dialog.recipient_error) use it. It does not run
#   the cheap rule first: email-validator's reasons are more precise, and each caller's verdict stays what
#   it was (the two rules differ at the edges, e.g. "a@localhost": the cheap rule lets it through).
# Both live here, beside validate_server, because validate() needs the strict rule and the cheap rule needs
# validate_server and idna_encode: anywhere else (checks/) the module and settings would import each other.


class AddressProblem(str, Enum):
    """What is wrong with an address's syntax."""

    EMPTY = "empty"
    CONTROL = "control"  # a line break, NUL or another control character
    INVALID = "invalid"  # see AddressCheck.reason (the strict rule)

    __str__ = str.__str__


class AddressCheck:
    """The verdict on one address. ``problem`` None: the address passes.

    ``address``: the address without surrounding white space. ``reason``: email-validator's (English) words
    for an invalid address (the strict rule only). ``encoded`` and ``utf8`` (the cheap rule only, when it
    passes): the address as sent — its domain in IDNA form — and whether its local part needs SMTPUTF8.

    A plain class, not a dataclass: this module is on every path (start-up, test-mail, ``profile list``),
    and a dataclass compiles its methods when the module is imported (~2M instructions each time).
    """

    __slots__ = ("problem", "address", "reason", "encoded", "utf8")

    def __init__(self, problem: AddressProblem | None, address: str = "", reason: str = "", encoded: str = "",
                 utf8: bool = False):
        self.problem, self.address, self.reason, self.encoded, self.utf8 = problem, address, reason, encoded, utf8

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AddressCheck) and all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return "AddressCheck(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__) + ")"

    @property
    def ok(self) -> bool:
        return self.problem is None


def address_syntax(address: str) -> AddressCheck:
    """The cheap rule (no email-validator): see the notes above."""
    if CONTROL_CHARS.search(address):
        return AddressCheck(AddressProblem.CONTROL, address.strip())
    addr = address.strip()
    if not addr:
        return AddressCheck(AddressProblem.EMPTY, addr)
    local, at, domain = addr.rpartition("@")
    if (not at or not local or not domain or len(addr) > 254 or any(c.isspace() for c in addr)
            or any(c in addr for c in "<>,;") or validate_server(domain) is not None):
        return AddressCheck(AddressProblem.INVALID, addr)
    try:
        domain = idna_encode(domain)  # IDNA 2008 (UTS #46), the same as the server name
    except ValueError:
        return AddressCheck(AddressProblem.INVALID, addr)
    return AddressCheck(None, addr, encoded=f"{local}@{domain}", utf8=not local.isascii())


def address_strict(address: str, *, trim: bool = False) -> AddressCheck:
    """The strict rule: empty, control characters (anywhere, white space around included), email-validator.

    ``trim``: email-validator sees the address without surrounding white space (the window's recipient
    field: what is sent is trimmed); else as given (a stored sender: " a@b.de" is not valid there).
    """
    value = address.strip()
    if not value:
        return AddressCheck(AddressProblem.EMPTY, value)
    if CONTROL_CHARS.search(address):
        return AddressCheck(AddressProblem.CONTROL, value)
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(value if trim else address, check_deliverability=False, allow_smtputf8=True)
    except EmailNotValidError as exc:
        return AddressCheck(AddressProblem.INVALID, value, reason=str(exc))
    return AddressCheck(None, value)


def validate_address(address: str, field: str = "sender") -> FieldError | None:
    """Address syntax only (address_strict: email-validator, lazily imported, no DNS)."""
    check = address_strict(address)
    if check.problem is AddressProblem.EMPTY:
        return FieldError(field, MSG_SENDER_EMPTY)
    if check.problem is AddressProblem.CONTROL:
        return FieldError(field, MSG_CONTROL_CHARS)
    if check.problem is AddressProblem.INVALID:
        for prefix, message in _ADDRESS_REASONS:
            if check.reason.startswith(prefix):
                return FieldError(field, message)
        return FieldError(field, MSG_SENDER_INVALID, (check.reason,))  # a rare reason: email-validator's words
    return None


def validate_profile_name(name: str) -> FieldError | None:
    if not name or not name.strip():
        return FieldError("name", MSG_NAME_EMPTY)
    if len(name) > MAX_PROFILE_NAME:
        return FieldError("name", MSG_NAME_TOO_LONG)
    if CONTROL_CHARS.search(name) or name != name.strip():
        return FieldError("name", MSG_NAME_CHARS)
    return None


def validate(settings: MailSettings, *, has_password: bool = True,
             has_imap_password: bool = True) -> list[FieldError]:
    """Every problem of a settings value, field by field (empty list = valid).

    ``has_password``: a password is stored in the keychain or was typed; required when auth is on.
    ``has_imap_password``: the same for the confirmation mailbox (required when an IMAP server is set).
    """
    errors: list[FieldError] = []
    for err in (validate_server(settings.server), validate_port(settings.port),
                validate_address(settings.sender, "sender")):
        if err:
            errors.append(err)
    if settings.use_auth:
        if not settings.username.strip():
            errors.append(FieldError("username", MSG_USER_EMPTY))
        elif CONTROL_CHARS.search(settings.username):
            errors.append(FieldError("username", MSG_CONTROL_CHARS))
        if not has_password:
            errors.append(FieldError("password", MSG_PASSWORD_EMPTY))
        # SSL off with AUTH on is what the vendor's dialog allows: it is stored as it is (see
        # warnings()); the refusal to send the password in clear happens when sending (smtp/engine.py).
    if settings.ca_file and CONTROL_CHARS.search(settings.ca_file):
        errors.append(FieldError("ca_file", MSG_CONTROL_CHARS))
    errors += _pin_errors("pinned_sha256", settings.pinned_sha256)
    timeout_error = validate_timeout(settings.timeout_s)
    if timeout_error:
        errors.append(timeout_error)
    errors += validate_imap(settings, has_password=has_imap_password)
    return errors


def imap_folder_list(text: str) -> list[str]:
    """The folder names of ``imap_folders`` ("INBOX, Junk" -> ["INBOX", "Junk"]); [] = the default."""
    return [name.strip() for name in text.split(",") if name.strip()]


def validate_imap(settings: MailSettings, *, has_password: bool = True) -> list[FieldError]:
    """The confirmation mailbox's fields; nothing to check while no IMAP server is set.

    ``has_password``: an IMAP password is stored in the keychain or was typed."""
    if not settings.imap_server.strip():
        return []
    errors: list[FieldError] = []
    err = validate_server(settings.imap_server)
    if err:
        errors.append(FieldError("imap_server", err.message, err.args))
    if validate_port(settings.imap_port):
        errors.append(FieldError("imap_port", MSG_IMAP_PORT_RANGE))
    if not settings.imap_username.strip():
        errors.append(FieldError("imap_username", MSG_IMAP_USER_EMPTY))
    elif CONTROL_CHARS.search(settings.imap_username):
        errors.append(FieldError("imap_username", MSG_CONTROL_CHARS))
    if not has_password:
        errors.append(FieldError("imap_password", MSG_IMAP_PASSWORD_EMPTY))
    folders = settings.imap_folders
    if CONTROL_CHARS.search(folders):
        errors.append(FieldError("imap_folders", MSG_CONTROL_CHARS))
    elif folders.strip() and ('"' in folders or "\\" in folders
                              or any(not part.strip() for part in folders.split(","))):
        errors.append(FieldError("imap_folders", MSG_IMAP_FOLDERS))
    errors += _pin_errors("imap_pinned_sha256", settings.imap_pinned_sha256)
    return errors


def _pin_errors(field: str, pin: str) -> list[FieldError]:
    """A trusted certificate's fingerprint (SMTP or IMAP): empty, or 64 hex digits (colons allowed)."""
    if pin and not re.fullmatch(r"[0-9a-fA-F]{64}", pin.replace(":", "")):
        return [FieldError(field, MSG_FINGERPRINT)]
    return []


def warnings(settings: MailSettings) -> list[FieldError]:
    """What a valid profile should still show prominently (window, ``profile show``, the report)."""
    if settings.insecure_auth and not settings.allow_insecure_auth:
        return [FieldError("allow_insecure_auth", MSG_INSECURE_AUTH_STORED)]
    if settings.insecure_auth:
        return [FieldError("allow_insecure_auth", MSG_INSECURE_AUTH_ALLOWED)]
    return []

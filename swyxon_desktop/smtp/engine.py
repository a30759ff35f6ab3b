"""Send a test mail along the real send path: resolve … AUTH, MAIL FROM, RCPT TO, DATA, QUIT.

See the package docstring (``swyxon_desktop/smtp/__init__.py``) for the API and how the GUI uses it.
"""
from __future__ import annotations

import email.utils
import quopri
import time
from dataclasses import dataclass, field
from email.header import Header
from typing import Callable

from swyxon_desktop import APP_DISPLAY_NAME, __version__
from swyxon_desktop.checks.run import CancelToken, PasswordFetch, StageEvent
from swyxon_desktop.failures import Category, Failure, FailureError
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP, translate
from swyxon_desktop.settings import (CONTROL_CHARS, AddressProblem, MailSettings, Security, address_syntax,
                                     validate_timeout)
from swyxon_desktop.smtp import errors
from swyxon_desktop.smtp.session import Run, Session, Target, establish
from swyxon_desktop.smtp.tlsinfo import TlsInfo
from swyxon_desktop.smtp.transcript import Redactor, TranscriptLine

CONTEXT = "Smtp"

SUBJECT = QT_TRANSLATE_NOOP("Smtp", "{} test mail (profile \"{}\")")
BODY_INTRO = QT_TRANSLATE_NOOP(
    "Smtp", "This is a test message from {}. It was sent with the following settings:")
BODY_OUTRO = QT_TRANSLATE_NOOP(
    "Smtp", "If you can read this, the settings deliver mail. No reply is needed.")
LABEL_PROFILE = QT_TRANSLATE_NOOP("Smtp", "Profile")
LABEL_SERVER = QT_TRANSLATE_NOOP("Smtp", "SMTP server")
LABEL_PORT = QT_TRANSLATE_NOOP("Smtp", "SMTP port")
LABEL_SENDER = QT_TRANSLATE_NOOP("Smtp", "Sender address")
LABEL_SECURITY = QT_TRANSLATE_NOOP("Smtp", "Security")
LABEL_AUTH = QT_TRANSLATE_NOOP("Smtp", "SMTP authentication")
LABEL_SENT = QT_TRANSLATE_NOOP("Smtp", "Sent")
SECURITY_NAMES = {
    Security.PLAIN: QT_TRANSLATE_NOOP("Smtp", "none (unencrypted)"),
    Security.STARTTLS: QT_TRANSLATE_NOOP("Smtp", "STARTTLS"),
    Security.IMPLICIT: QT_TRANSLATE_NOOP("Smtp", "SSL/TLS (implicit)"),
}
AUTH_OFF = QT_TRANSLATE_NOOP("Smtp", "off")
AUTH_AS = QT_TRANSLATE_NOOP("Smtp", "{} as user \"{}\"")

MSG_SENDER_CONTROL = QT_TRANSLATE_NOOP(
    "Failure", "The sender address contains a line break, NUL or another control character.")
MSG_RECIPIENT_CONTROL = QT_TRANSLATE_NOOP(
    "Failure", "The recipient address contains a line break, NUL or another control character.")
MSG_SENDER_BAD = QT_TRANSLATE_NOOP("Failure", "The sender address \"{}\" is not an e-mail address.")
MSG_RECIPIENT_BAD = QT_TRANSLATE_NOOP("Failure", "The recipient address \"{}\" is not an e-mail address.")
MSG_PROFILE_CONTROL = QT_TRANSLATE_NOOP(
    "Failure", "The profile name contains a line break, NUL or another control character.")
MSG_USER_EMPTY = QT_TRANSLATE_NOOP("Failure", "SMTP authentication is on, but no user name is set.")



def default_deadline(timeout_s: float) -> float:
    """The overall deadline for a per-operation timeout: twice it, at least 10 s more."""
    return max(2 * timeout_s, timeout_s + 10)


def planned_stages(settings: MailSettings, *, send: bool = True) -> list[str]:
    """The stages a test mail with these settings passes, in order (for a stage list shown in advance).

    ``send=False``: the check without sending (``smtp.preflight``) — no DATA. The plan is
    ``checks.plan.stage_plan`` (loaded here, not on the run's path)."""
    from swyxon_desktop.checks.plan import network_stages

    return network_stages(settings, send=send)


@dataclass
class SendResult:
    """What a test mail run produced. Plain data: safe to pass from a worker thread to the GUI."""

    ok: bool
    failure: Failure | None
    recipient: str
    elapsed_s: float
    events: list[StageEvent] = field(default_factory=list)
    transcript: list[TranscriptLine] = field(default_factory=list)
    message_id: str | None = None
    tls: TlsInfo | None = None
    mechanism: str | None = None
    smtp_code: int | None = None  # on success the answer to DATA (a check without sending: to RCPT TO)
    server_text: str | None = None
    sent: bool = True  # False: the check without sending (no DATA; smtp.preflight)
    ok_message: str = errors.MSG_SENT  # the success texts (English sources, context "Failure")
    ok_hint: str = errors.HINT_SENT

    @property
    def stage(self) -> str | None:
        return self.failure.stage if self.failure else None

    def message_text(self, lang: str | None = None) -> str:
        if self.failure:
            return self.failure.message_text(lang)
        return translate("Failure", self.ok_message, lang).format(self.recipient)

    def hint_text(self, lang: str | None = None) -> str:
        if self.failure:
            return self.failure.hint_text(lang)
        return translate("Failure", self.ok_hint, lang)

    def transcript_text(self) -> str:
        return "\n".join(str(line) for line in self.transcript)

    def to_dict(self, lang: str | None = None) -> dict:
        """The ``test-mail --json`` object: the issue's fields first, then extras."""
        f = self.failure
        data = {
            "ok": self.ok,
            "category": f.category.value if f else None,
            "stage": f.stage if f else None,
            "smtp_code": f.smtp_code if f else self.smtp_code,
            "message": self.message_text(lang),
            "hint": self.hint_text(lang),
            "message_id": self.message_id,
            "elapsed_s": round(self.elapsed_s, 3),
            "transcript": [str(line) for line in self.transcript],
            "title": f.title_text(lang) if f else None,
            "enhanced_status": f.enhanced_status if f else None,
            "server_text": f.server_text if f else self.server_text,
            "recipient": self.recipient,
            "mechanism": self.mechanism,
            "tls": self.tls.to_dict(details=False) if self.tls else None,
            "stages": [e.to_dict() for e in self.events],
            "sent": self.sent,
        }
        if f and f.details:
            data["details"] = f.details
        return data


# ---------------------------------------------------------------------------------------------------


def _check_address(address: str, control_msg: str, bad_msg: str, stage: str) -> tuple[str, bool]:
    """(the address as sent, whether it needs SMTPUTF8): ``settings.address_syntax``, the cheap rule (no
    email-validator on this path). A non-ASCII domain goes out in its IDNA form."""
    check = address_syntax(address)
    if check.problem is AddressProblem.CONTROL:
        raise FailureError(Failure(Category.INVALID_SETTINGS, control_msg, stage=stage))
    if check.problem is not None:  # empty or invalid
        raise FailureError(Failure(Category.INVALID_SETTINGS, bad_msg, stage=stage, message_args=(check.address,)))
    return check.encoded, check.utf8


def _prepare(settings: MailSettings, password: "str | None | PasswordFetch", recipient: str, profile: str,
             refuse_auth: bool = False) -> tuple:
    def invalid(message: str, *args: object, stage: str = errors.PREPARE, hint: str | None = None):
        return FailureError(Failure(Category.INVALID_SETTINGS, message, stage=stage, hint=hint,
                                    message_args=args))

    failure = errors.invalid_connection(settings)
    if failure:
        raise FailureError(failure)
    if validate_timeout(settings.timeout_s):
        raise invalid(errors.MSG_INVALID, "timeout_s: 1–600")
    if CONTROL_CHARS.search(profile):
        raise invalid(MSG_PROFILE_CONTROL)
    sender, sender_utf8 = _check_address(settings.sender, MSG_SENDER_CONTROL, MSG_SENDER_BAD, errors.MAIL_FROM)
    rcpt, rcpt_utf8 = _check_address(recipient, MSG_RECIPIENT_CONTROL, MSG_RECIPIENT_BAD, errors.RCPT_TO)
    if settings.use_auth:
        if not settings.username.strip() or CONTROL_CHARS.search(settings.username):
            raise invalid(MSG_USER_EMPTY, stage=errors.AUTH)
        if not isinstance(password, PasswordFetch) and not password and not refuse_auth:
            raise invalid(errors.MSG_NO_PASSWORD, stage=errors.AUTH, hint=errors.HINT_NO_PASSWORD)
    try:
        target = Target.from_settings(settings)
    except ValueError as exc:
        raise invalid(errors.MSG_INVALID, f"server: {exc}") from None
    return target, sender, sender_utf8, rcpt, rcpt_utf8


def compose(settings: MailSettings, sender: str, recipient: str, *, profile: str, utf8: bool,
            lang: str | None = None) -> tuple[bytes, str]:
    """The test message (bytes with CRLF) and its Message-ID. Names profile and settings, never the password."""
    def tr(text: str) -> str:
        return translate(CONTEXT, text, lang)

    domain = sender.rpartition("@")[2]
    message_id = email.utils.make_msgid(idstring="swyxon-test", domain=domain)
    date = email.utils.formatdate(localtime=True)
    subject = tr(SUBJECT).format(APP_DISPLAY_NAME, profile or "—")
    auth = (tr(AUTH_AS).format(settings.mechanism.value, settings.username) if settings.use_auth
            else tr(AUTH_OFF))
    rows = [(LABEL_PROFILE, profile or "—"), (LABEL_SERVER, settings.server), (LABEL_PORT, str(settings.port)),
            (LABEL_SENDER, settings.sender), (LABEL_SECURITY, tr(SECURITY_NAMES[settings.security])),
            (LABEL_AUTH, auth), (LABEL_SENT, date)]
    body = "\n".join([tr(BODY_INTRO).format(f"{APP_DISPLAY_NAME} {__version__}"), ""]
                     + [f"  {tr(label)}: {value}" for label, value in rows] + ["", tr(BODY_OUTRO), ""])
    encoded_body = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    # CR/LF or NUL in a header value would let a value inject headers: check the raw values, before
    # encoding (an encoded Subject is folded over several lines on purpose).
    for value in (sender, recipient, subject):
        if CONTROL_CHARS.search(value):
            raise FailureError(Failure(Category.INVALID_SETTINGS, MSG_PROFILE_CONTROL, stage=errors.PREPARE))
    if utf8 or subject.isascii():
        subject_header = subject
    else:
        subject_header = Header(subject, "utf-8").encode(linesep="\r\n")  # RFC 2047, folded with CRLF SP
    headers = [
        f"From: {sender}", f"To: {recipient}", f"Subject: {subject_header}", f"Date: {date}",
        f"Message-ID: {message_id}", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable", f"X-Mailer: {APP_DISPLAY_NAME} {__version__}",
    ]
    text = "\r\n".join(headers) + "\r\n\r\n" + encoded_body.replace("\n", "\r\n")
    return text.encode("utf-8"), message_id


def _resolve_password(run: Run, fetch: PasswordFetch, username: str) -> str:
    password = fetch.get(run)  # a KeychainError is the run's failure as it is (stage "keychain")
    if not password:
        raise FailureError(Failure(Category.INVALID_SETTINGS, errors.MSG_NO_PASSWORD, stage=errors.KEYCHAIN,
                                   hint=errors.HINT_NO_PASSWORD))
    run.redactor.add_password(password, username)
    return password


def send_test_mail(settings: MailSettings, password: str | None | Callable[[], str | None] | PasswordFetch,
                   recipient: str, *,
                   profile: str = "",
                   on_event: Callable[[StageEvent], None] | None = None,
                   on_line: Callable[[TranscriptLine], None] | None = None,
                   cancel: CancelToken | None = None, timeout_s: float | None = None,
                   deadline_s: float | None = None, lang: str | None = None,
                   without_data: bool = False, allow_insecure_auth: bool = False) -> SendResult:
    """Send one test message with ``settings``; never raises for a mail problem (see SendResult.failure).

    Blocking: call it from a worker thread. ``on_event``/``on_line`` are called from that thread.
    ``timeout_s``: per network operation (default ``settings.timeout_s``); ``deadline_s``: the whole run
    (default :func:`default_deadline`). ``cancel.cancel()`` from any thread ends the run within
    milliseconds with category ``cancelled``. ``password``: the password, or a callable that looks it
    up (see :class:`PasswordFetch`; called only when authentication is on). ``without_data``: stop
    after RCPT TO with RSET and QUIT — nothing is sent (use ``smtp.preflight.check_without_sending``).
    ``allow_insecure_auth``: the user allowed unencrypted authentication for this one run (else only the
    profile's opt-in counts).
    """
    started = time.monotonic()
    timeout_s = float(timeout_s or settings.timeout_s)
    username = settings.username.strip() if settings.use_auth else ""
    fetch: str | None | PasswordFetch = password  # type: ignore[assignment]
    refuse_auth = (settings.use_auth and settings.security is Security.PLAIN
                   and not (settings.allow_insecure_auth or allow_insecure_auth))
    if callable(password) and not isinstance(password, PasswordFetch):
        fetch = PasswordFetch(password) if settings.use_auth and not refuse_auth else None
    redactor = Redactor(fetch if isinstance(fetch, str) else None, username)
    run = Run(timeout_s=timeout_s, deadline_s=deadline_s or default_deadline(timeout_s), cancel=cancel,
              on_event=on_event, on_line=on_line, redactor=redactor,
              ctx=errors.Context(timeout_s=timeout_s, use_auth=settings.use_auth,
                                 sender=settings.sender.strip()))
    result = SendResult(ok=False, failure=None, recipient=recipient.strip(), elapsed_s=0.0, sent=not without_data)
    session: Session | None = None
    try:
        target, sender, sender_utf8, rcpt, rcpt_utf8 = _prepare(settings, fetch, recipient, profile, refuse_auth)
        utf8 = sender_utf8 or rcpt_utf8
        if not without_data:
            message, message_id = compose(settings, sender, rcpt, profile=profile, utf8=utf8, lang=lang)
        starttls = "never" if target.security is Security.PLAIN else "require"
        session = establish(run, target, starttls=starttls)
        result.tls = session.tls
        wire = session.wire
        if settings.use_auth:
            if refuse_auth or session.tls is None and not (settings.allow_insecure_auth or allow_insecure_auth):
                # A stored profile may have SSL off and AUTH on (the vendor's dialog allows it); the
                # credentials still never travel in clear without an explicit act: refused here, at the
                # AUTH stage, before the keychain is asked and before any AUTH line is sent.
                with run.stage(errors.AUTH, settings.mechanism.value):
                    run.transcript.note("AUTH not sent: the connection is not encrypted and unencrypted "
                                        "authentication is not allowed")
                    raise FailureError(Failure(Category.INSECURE_AUTH_REFUSED, errors.MSG_INSECURE,
                                               stage=errors.AUTH))
            if isinstance(fetch, PasswordFetch):
                with run.stage(errors.KEYCHAIN):
                    fetch = _resolve_password(run, fetch, username)
            result.mechanism = session.authenticate(settings.mechanism.value, username, fetch or "")
        with run.stage(errors.MAIL_FROM, sender, sock_owner=wire):
            if sender_utf8 and not wire.has_extn("smtputf8"):
                raise FailureError(Failure(Category.SENDER_REJECTED, errors.MSG_SMTPUTF8, stage=errors.MAIL_FROM,
                                           hint=errors.HINT_SMTPUTF8, message_args=(sender,)))
            if rcpt_utf8 and not wire.has_extn("smtputf8"):
                raise FailureError(Failure(Category.RECIPIENT_REJECTED, errors.MSG_SMTPUTF8, stage=errors.RCPT_TO,
                                           hint=errors.HINT_SMTPUTF8, message_args=(rcpt,)))
            options = ""
            if utf8:
                options = " SMTPUTF8"
                wire.command_encoding = "utf-8"
            wire.putcmd("MAIL", f"FROM:<{sender}>{options}")
            code, msg = wire.getreply()
            if code != 250:
                raise FailureError(errors.reply_failure(errors.MAIL_FROM, code, msg, run.ctx))
        with run.stage(errors.RCPT_TO, rcpt, sock_owner=wire):
            wire.putcmd("RCPT", f"TO:<{rcpt}>")
            code, msg = wire.getreply()
            if code not in (250, 251):
                raise FailureError(errors.reply_failure(errors.RCPT_TO, code, msg, run.ctx))
        if without_data:  # the check without sending: the envelope was accepted; nothing is sent
            result.smtp_code = code
            result.server_text = run.redactor(msg.decode("utf-8", "replace"))
            result.ok = True
            session.quit(reset=True)
        else:
            result.message_id = message_id
            with run.stage(errors.DATA, message_id, sock_owner=wire) as st:
                code, msg = wire.data(message)
                if code != 250:
                    raise FailureError(errors.reply_failure(errors.DATA, code, msg, run.ctx))
                result.smtp_code = code
                result.server_text = run.redactor(msg.decode("utf-8", "replace"))
                st.detail = f"{code} {result.server_text}"[:200]
            result.ok = True
            session.quit()
    except FailureError as exc:
        result.failure = run.scrub(exc.failure)
    finally:
        if session is not None:
            session.close()
        run.finish()
    result.elapsed_s = time.monotonic() - started
    result.events = list(run.events)
    result.transcript = list(run.transcript.lines)
    return result

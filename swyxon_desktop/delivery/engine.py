"""Confirm that a test mail arrived: wait for its Message-ID in the profile's IMAP mailbox.

See the package docstring (``swyxon_desktop/delivery/__init__.py``) for the API.
"""
from __future__ import annotations

import dataclasses
import email
import email.policy
import time
from dataclasses import dataclass, field
from typing import Callable

from swyxon_desktop.delivery import errors
from swyxon_desktop.delivery.client import ImapSession, Mailbox, decode_mailbox, encode_mailbox
from swyxon_desktop.delivery.headers import HeaderFindings, analyse
from swyxon_desktop.failures import Category, Failure, FailureError
from swyxon_desktop.i18n import translate
from swyxon_desktop.settings import MailSettings, ascii_hostname, imap_folder_list, validate_imap
from swyxon_desktop.smtp import errors as smtp_errors
from swyxon_desktop.checks.run import CancelToken, StageEvent, Status
from swyxon_desktop.smtp.session import _Cancelled, Run
from swyxon_desktop.smtp.tlsinfo import TlsInfo, normalise_fingerprint
from swyxon_desktop.smtp.transcript import Redactor, TranscriptLine

DEFAULT_TIMEOUT_S = 120.0
IDLE_WINDOW_S = 2.0  # with IDLE on INBOX, the other folders are looked at this often
POLL_INTERVALS_S = (1.0, 1.0, 2.0, 3.0, 5.0)  # without IDLE: the pause before each look (then the last)

DELIVERED, JUNK, NOT_DELIVERED, FAILED_STATUS, CANCELLED_STATUS = (
    "delivered", "junk", "not_delivered", "failed", "cancelled")


@dataclass
class DeliveryResult:
    """What a confirmation found. Plain data: safe to pass from a worker thread to the GUI."""

    status: str  # delivered, junk, not_delivered, failed, cancelled
    message_id: str | None
    folder: str | None = None  # where it arrived (readable form)
    elapsed_s: float | None = None  # from the relay's 250 to the moment it was seen in the mailbox
    findings: HeaderFindings | None = None
    failure: Failure | None = None  # not delivered, junk (a warning) or why the mailbox could not be checked
    folders: list[str] = field(default_factory=list)  # the folders searched
    junk_folder: str | None = None
    wait_mode: str | None = None  # "idle" or "poll"
    login_method: str | None = None
    deleted: bool = False
    tls: TlsInfo | None = None
    events: list[StageEvent] = field(default_factory=list)
    transcript: list[TranscriptLine] = field(default_factory=list)

    @property
    def delivered(self) -> bool:
        return self.status in (DELIVERED, JUNK)

    @property
    def ok(self) -> bool:
        return self.status == DELIVERED

    @property
    def relay_ip(self) -> str | None:
        return self.findings.relay_ip if self.findings else None

    def message_text(self, lang: str | None = None) -> str:
        if self.status == DELIVERED:
            return translate("Failure", errors.MSG_DELIVERED, lang).format(self.folder, _s(self.elapsed_s))
        return self.failure.message_text(lang) if self.failure else ""

    def hint_text(self, lang: str | None = None) -> str:
        if self.status == DELIVERED:
            return translate("Failure", errors.HINT_DELIVERED, lang)
        return self.failure.hint_text(lang) if self.failure else ""

    def transcript_text(self) -> str:
        return "\n".join(str(line) for line in self.transcript)

    def to_dict(self, lang: str | None = None) -> dict:
        """The ``delivery`` object of ``test-mail --confirm --json``: the issue's fields first."""
        f = self.failure
        findings = self.findings
        data = {
            "status": self.status,
            "folder": self.folder,
            "elapsed_s": round(self.elapsed_s, 3) if self.elapsed_s is not None else None,
            "authentication_results": findings.verdicts if findings else None,
            "relay_ip": self.relay_ip,
            "category": f.category.value if f else None,
            "hint": self.hint_text(lang),
            "message": self.message_text(lang),
            "message_id": self.message_id,
            "received_spf": findings.received_spf.to_dict() if findings and findings.received_spf else None,
            "spam_headers": ([{"name": n, "value": v} for n, v in findings.spam_headers] if findings else []),
            "spam_flagged": findings.spam_flagged if findings else None,
            "authentication_results_headers": (
                [a.to_dict() for a in findings.authentication_results] if findings else []),
            "received": findings.received if findings else [],
            "folders": list(self.folders),
            "junk_folder": self.junk_folder,
            "wait": self.wait_mode,
            "login_method": self.login_method,
            "deleted": self.deleted,
            "title": f.title_text(lang) if f else None,
            "step": f.details.get("step") if f else None,
            "server_text": f.server_text if f else None,
            "tls": self.tls.to_dict(details=False) if self.tls else None,
            "stages": [e.to_dict() for e in self.events],
            "transcript": [str(line) for line in self.transcript],
        }
        if f and "certificate" in f.details:
            data["details"] = {k: v for k, v in f.details.items() if k != "step"}
        return data


def _s(value: float | None) -> str:
    return f"{value:.1f}" if value is not None else "?"


def accepted_at(send_result, returned_at: float) -> float:
    """The monotonic time of the relay's ``250`` after DATA, from a SendResult and when the call returned."""
    for event in send_result.events:
        if event.stage == smtp_errors.DATA and event.status == Status.OK:
            return returned_at - max(0.0, send_result.elapsed_s - event.at_ms / 1000)
    return returned_at


def mailbox_of(settings: MailSettings) -> Mailbox:
    return Mailbox(server=settings.imap_server.strip(), host=ascii_hostname(settings.imap_server),
                   port=settings.imap_port, security=settings.imap_tls.value,
                   username=settings.imap_username.strip(), ca_file=settings.ca_file,
                   pin=normalise_fingerprint(settings.imap_pinned_sha256))


class _Confirmation:
    def __init__(self, settings: MailSettings, password, message_id: str, *, accepted: float, timeout_s: float,
                 delete: bool, run: Run, result: DeliveryResult):
        self.settings, self.password, self.message_id = settings, password, message_id
        self.accepted, self.timeout_s, self.delete = accepted, timeout_s, delete
        self.run, self.result = run, result
        self.box = mailbox_of(settings)
        self.session: ImapSession | None = None

    # -- connection with the trust sequence (tlsinfo.py) ---------------------------------------------
    def _fail(self, session: ImapSession, exc: BaseException) -> Failure:
        run = self.run
        if isinstance(exc, FailureError):
            return exc.failure
        if run.token.cancelled or isinstance(exc, _Cancelled):
            return smtp_errors.cancelled(errors.DELIVERY)
        return errors.exception_failure(session.step, exc, host=self.box.server, port=self.box.port,
                                        timeout_s=run.timeout_s, username=self.box.username,
                                        security=self.box.security)

    def connect(self) -> ImapSession:
        run, box = self.run, self.box
        session = ImapSession(run, box)
        try:
            session.open()
            return session
        except Exception as exc:  # noqa: BLE001 - every failure maps to a category
            session.close()
            failure = self._fail(session, exc)
            if failure.category is not Category.CERTIFICATE_INVALID or "verify_code" not in failure.details:
                raise FailureError(failure) from None
        verify_error = failure.details.get("verify_error", "")
        if box.pin:
            run.transcript.note("IMAP: certificate not verified; second connection to compare it with the "
                                "pinned fingerprint")
            second = ImapSession(run, box, trust="pin", first_verify_error=verify_error)
            try:
                second.open()
            except Exception as exc:  # noqa: BLE001
                second.close()
                raise FailureError(self._fail(second, exc)) from None
            return second
        run.transcript.note("IMAP: certificate not verified; fetching it for inspection (nothing is sent over it)")
        inspect = ImapSession(run, box, trust="inspect", first_verify_error=verify_error)
        try:
            inspect.open(until_tls=True)
        except Exception:  # noqa: BLE001 - the original failure stands; the details are a bonus
            pass
        finally:
            inspect.close()
        if inspect.tls is not None:
            cert = inspect.tls.certificate
            failure = dataclasses.replace(failure, details={
                **failure.details, "certificate": cert.to_dict() if cert else None, "sha256": inspect.tls.sha256})
            self.result.tls = inspect.tls
        raise FailureError(failure)

    # -- the whole confirmation ----------------------------------------------------------------------
    def __call__(self) -> None:
        run, result = self.run, self.result
        session = self.connect()
        self.session = session
        result.tls = session.tls
        password = self.password() if callable(self.password) else self.password
        if not password:
            raise FailureError(Failure(Category.INVALID_SETTINGS, errors.MSG_NO_PASSWORD, stage=errors.DELIVERY,
                                       hint=errors.HINT_IMAP_PASSWORD, details={"step": "keychain"}))
        run.redactor.add_password(password, self.box.username)
        try:
            result.login_method = session.login(password)
            folders = self._folders(session)
        except FailureError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise FailureError(self._fail(session, exc)) from None
        wait_until = self.accepted + self.timeout_s
        idle = "IDLE" in session.capabilities
        result.wait_mode = "idle" if idle else "poll"
        run.emit(errors.DELIVERY, Status.STARTED, 0.0,
                 (errors.DETAIL_WAITING, ", ".join(f for f, _ in folders), result.wait_mode))
        polls = 0
        try:
            while True:
                hit = self._look(session, folders)
                if hit is not None:
                    self._found(session, *hit)
                    return
                left = wait_until - time.monotonic()
                if left <= 0:
                    break
                if idle:
                    window = min(left, IDLE_WINDOW_S if len(folders) > 1 else left)
                    if not session.select(folders[0][1], readonly=not self.delete):
                        idle = False
                        continue
                    if session.idle(window) is None:
                        # IDLE refused although offered: poll from now on
                        idle = False
                        result.wait_mode = "poll"
                else:
                    pause = POLL_INTERVALS_S[min(polls, len(POLL_INTERVALS_S) - 1)]
                    polls += 1
                    if run.token.wait(min(pause, left)):
                        raise _Cancelled()
        except FailureError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise FailureError(self._fail(session, exc)) from None
        result.status = NOT_DELIVERED
        result.failure = Failure(Category.NOT_DELIVERED, errors.MSG_NOT_DELIVERED, stage=errors.DELIVERY,
                                 message_args=(", ".join(result.folders), f"{self.timeout_s:g}"),
                                 details={"step": "wait"})

    def _folders(self, session: ImapSession) -> list[tuple[str, str]]:
        """(readable name, name on the wire) of each folder to search; the junk folder marked."""
        result = self.result
        named = imap_folder_list(self.settings.imap_folders)
        junk = session.special_use_junk()
        result.junk_folder = decode_mailbox(junk) if junk else None
        if named:
            wanted = [(name, encode_mailbox(name)) for name in named]
        else:
            wanted = [("INBOX", "INBOX")] + ([(decode_mailbox(junk), junk)] if junk else [])
        usable = []
        for readable, wire_name in wanted:
            if session.select(wire_name, readonly=not self.delete):
                usable.append((readable, wire_name))
            else:
                self.run.transcript.note(f"IMAP: folder {readable} does not exist; not searched")
        result.folders = [r for r, _ in usable]
        if not usable:
            raise FailureError(Failure(Category.INVALID_SETTINGS, errors.MSG_NO_FOLDER, stage=errors.DELIVERY,
                                       hint=errors.HINT_NO_FOLDER, message_args=(", ".join(r for r, _ in wanted),),
                                       details={"step": "select"}))
        return usable

    def _look(self, session: ImapSession, folders: list[tuple[str, str]]) -> tuple[str, str, bytes] | None:
        for readable, wire_name in folders:
            self.run.check_cancel()
            if not session.select(wire_name, readonly=not self.delete):
                continue
            uids = session.search(self.message_id)
            if uids:
                return readable, wire_name, uids[-1]
        return None

    def _found(self, session: ImapSession, readable: str, wire_name: str, uid: bytes) -> None:
        result = self.result
        result.elapsed_s = max(0.0, time.monotonic() - self.accepted)
        result.folder = readable
        header = session.fetch_header(uid)
        result.findings = analyse(email.message_from_bytes(header, policy=email.policy.compat32))
        is_junk = (result.junk_folder is not None and wire_name == _wire_junk(result)) or (
            readable.casefold() in ("junk", "spam", "junk-e-mail", "junk e-mail", "spam-verdacht"))
        if is_junk:
            result.status = JUNK
            result.failure = Failure(Category.DELIVERED_TO_JUNK, errors.MSG_JUNK, stage=errors.DELIVERY,
                                     message_args=(readable, _s(result.elapsed_s)), details={"step": "search"})
        else:
            result.status = DELIVERED
        if self.delete:
            try:
                result.deleted = session.delete(uid)
            except Exception as exc:  # noqa: BLE001 - it arrived; that it stays is only worth a note
                self.run.check_cancel()
                self.run.transcript.note(f"IMAP: the test message could not be deleted ({type(exc).__name__})")


def _wire_junk(result: DeliveryResult) -> str:
    return encode_mailbox(result.junk_folder or "")


def confirm_delivery(settings: MailSettings, password: "str | Callable[[], str | None] | None",
                     message_id: str | None, *, accepted: float | None = None,
                     timeout_s: float = DEFAULT_TIMEOUT_S, delete: bool = False,
                     on_event: Callable[[StageEvent], None] | None = None,
                     on_line: Callable[[TranscriptLine], None] | None = None,
                     cancel: CancelToken | None = None, op_timeout_s: float | None = None) -> DeliveryResult:
    """Wait for ``message_id`` in the profile's mailbox; never raises for a mail or mailbox problem.

    Blocking: call it from a worker thread. ``accepted``: ``time.monotonic()`` of the relay's 250
    (see :func:`accepted_at`; default now) — ``timeout_s`` counts from there. ``op_timeout_s``: per
    IMAP operation (default the profile's timeout). ``password``: the IMAP password or a callable that
    looks it up (a KeychainError becomes the result's failure). ``delete``: remove the test mail once
    found (STORE \\Deleted + UID EXPUNGE).
    """
    op_timeout = float(op_timeout_s or settings.timeout_s)
    accepted = time.monotonic() if accepted is None else accepted
    wait_left = max(0.0, accepted + timeout_s - time.monotonic())
    run = Run(timeout_s=op_timeout, deadline_s=wait_left + 3 * op_timeout + 5, cancel=cancel,
              on_event=on_event, on_line=on_line, redactor=Redactor())
    result = DeliveryResult(status=FAILED_STATUS, message_id=message_id)
    t0 = time.monotonic()
    confirmation: _Confirmation | None = None
    interrupted = False
    try:
        run.check_cancel()
        run.emit(errors.DELIVERY, Status.STARTED, 0.0, settings.imap_server.strip())
        if not message_id:
            raise FailureError(Failure(Category.INVALID_SETTINGS, errors.MSG_NO_MESSAGE_ID, stage=errors.DELIVERY,
                                       details={"step": "prepare"}))
        if not settings.confirms_delivery:
            raise FailureError(Failure(Category.INVALID_SETTINGS, errors.MSG_NOT_CONFIGURED, stage=errors.DELIVERY,
                                       details={"step": "prepare"}))
        problems = validate_imap(settings, has_password=True)
        if problems:
            raise FailureError(Failure(Category.INVALID_SETTINGS, errors.MSG_INVALID, stage=errors.DELIVERY,
                                       message_args=("; ".join(f"{e.field}: {e.text('en')}" for e in problems),),
                                       details={"step": "prepare"}))
        if any(c in message_id for c in '"\\\r\n\0'):
            raise FailureError(Failure(Category.INVALID_SETTINGS, errors.MSG_NO_MESSAGE_ID, stage=errors.DELIVERY,
                                       details={"step": "prepare"}))
        confirmation = _Confirmation(settings, password, message_id, accepted=accepted, timeout_s=timeout_s,
                                     delete=delete, run=run, result=result)
        confirmation()
    except FailureError as exc:
        failure = exc.failure
        if run.token.cancelled and failure.category is not Category.CANCELLED:
            failure = smtp_errors.cancelled(errors.DELIVERY)
        result.failure = run.scrub(failure)
        result.status = CANCELLED_STATUS if failure.category is Category.CANCELLED else FAILED_STATUS
    except _Cancelled:
        result.failure = smtp_errors.cancelled(errors.DELIVERY)
        result.status = CANCELLED_STATUS
    except BaseException:  # Ctrl+C (KeyboardInterrupt) or the interpreter ending: no more talking
        interrupted = True
        raise
    finally:
        if confirmation is not None and confirmation.session is not None:
            # closed, not logged out, when it was cancelled or interrupted: the session may be in IDLE,
            # where a LOGOUT gets no answer and would wait for the network timeout
            if result.status in (CANCELLED_STATUS,) or run.token.cancelled or interrupted:
                confirmation.session.close()
            else:
                confirmation.session.logout()
        run.finish()
    elapsed_ms = (time.monotonic() - t0) * 1000
    if result.status == CANCELLED_STATUS:
        run.emit(errors.DELIVERY, Status.CANCELLED, elapsed_ms, "cancelled", category="cancelled")
    elif result.status in (DELIVERED, JUNK):
        run.emit(errors.DELIVERY, Status.OK, elapsed_ms,
                 (errors.DETAIL_FOUND, result.folder, _s(result.elapsed_s)))
    else:
        category = result.failure.category.value if result.failure else ""
        run.emit(errors.DELIVERY, Status.FAILED, elapsed_ms, category, category=category)
    result.events = list(run.events)
    result.transcript = list(run.transcript.lines)
    return result

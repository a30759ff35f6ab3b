"""The SMTP engine: send a test mail, check a server. Qt-free; blocking calls made for a worker thread.

Send a test mail
----------------
::

    from swyxon_desktop.checks.run import CancelToken
    from swyxon_desktop.smtp import send_test_mail, planned_stages

    token = CancelToken()                       # keep it; token.cancel() from the GUI thread
    result = send_test_mail(settings, password, "admin@firma.de", profile="Kunde A",
                            on_event=..., on_line=..., cancel=token)   # blocks: run in a worker

``send_test_mail(settings: MailSettings, password: str | None, recipient: str, *, profile: str = "",
on_event: Callable[[StageEvent], None] | None = None, on_line: Callable[[TranscriptLine], None] | None
= None, cancel: CancelToken | None = None, timeout_s: float | None = None, deadline_s: float | None =
None, lang: str | None = None) -> SendResult``

* Never raises for a mail problem: every failure is ``result.failure`` (a
  :class:`swyxon_desktop.failures.Failure`: category, stage, smtp_code, enhanced_status, server_text,
  hint; ``message_text(lang)`` / ``hint_text(lang)`` / ``title_text(lang)``; in the GUI translate
  ``failure.message`` with ``QCoreApplication.translate("Failure", …)`` and ``.format(*failure.message_args)``).
  Certificate failures carry ``failure.details["certificate"]`` (subject, issuer, sans, not_before,
  not_after, sha256, sha256_pretty, self_signed, expired) and ``details["sha256"]`` — what the
  "trust exactly this certificate" dialog shows; trusting = saving ``pinned_sha256`` in the profile.
* ``on_event(StageEvent)`` and ``on_line(TranscriptLine)`` are called **in the worker thread**; forward
  them to the GUI thread with a signal. ``StageEvent`` (``checks/run.py``: stage, status,
  elapsed_ms, detail, at_ms, category): ``status`` a ``checks.run.Status`` (STARTED, OK, FAILED,
  CANCELLED). Stages (``STAGES``; display names in ``STAGE_TITLES``, context "Smtp"): resolve,
  connect, greeting, ehlo, tls, auth, mail_from, rcpt_to, data, quit —
  ``planned_stages(settings)`` lists them in order for a list shown in advance. With STARTTLS, "ehlo"
  comes twice (before and after "tls"; the second has detail "after TLS"). With a pinned or
  untrusted certificate a second connection repeats the first stages (the transcript says why).
* Timeouts: ``timeout_s`` per network operation (default ``settings.timeout_s``), ``deadline_s`` for the
  whole run (default ``default_deadline(timeout_s)`` = max(2 × timeout, timeout + 10 s)).
* Cancel: ``token.cancel()`` (any thread) sets a flag and shuts down/closes the run's sockets; the
  blocking call returns within milliseconds with category ``cancelled``. Name resolution runs in a
  helper thread so it cannot hold a cancel up either.
* ``SendResult`` (plain dataclass): ok, failure, recipient, elapsed_s, events, transcript (redacted
  ``TranscriptLine(direction "C"/"S"/"*", text, at_ms)``), message_id, tls (``TlsInfo``: version,
  cipher, bits, sha256, verified, trusted_by_pin, verify_error, ``certificate`` → ``CertificateInfo``),
  mechanism, smtp_code, server_text; ``message_text(lang)``, ``hint_text(lang)``, ``transcript_text()``,
  ``to_dict(lang)`` (the ``test-mail --json`` object).

Check without sending
---------------------
``check_without_sending(settings, password, recipient=None, **same keywords)`` (``smtp/preflight.py``):
the send path up to ``RCPT TO``, then ``RSET`` and ``QUIT`` — never ``DATA``. The same events, stages,
categories and hints as ``send_test_mail``; a ``SendResult`` with ``sent`` False. Recipient None:
the profile's remembered recipient, else the sender address. Many at once: ``swyxon_desktop.checks.bulk``.

Check server
------------
``probe(settings, *, ports=(25, 465, 587), on_event=None, on_row=None, cancel=None, timeout_s=None)
-> ProbeResult`` (``from swyxon_desktop.smtp.probe import probe``). Never sends credentials. Tries the
configured port and 25/465/587, each with implicit TLS and with plain SMTP + STARTTLS, in parallel
threads. ``on_event``: stage events of the configured attempt; ``on_row(PortCheck)``: each attempt when
done (called from several threads). ``ProbeResult``: ok, configured (``PortCheck``), matrix
(``list[PortCheck]``), recommendation, failure, elapsed_s, ``recommendation_text(lang)``, ``to_dict(lang)``.
``PortCheck``: port, attempt/security (``settings.Security``), configured, status (``Status``: OK / FAILED /
SKIPPED / CANCELLED), greeting, features_before_tls / features (EHLO), ``starttls_offered``, ``auth_mechanisms``,
tls (``TlsInfo``, also when not trusted: ``trusted`` says), failure. ``Recommendation``: port, security,
mechanism, changes (``MailSettings`` field → value), needs_trust, sha256, ``text(lang)`` ("Port 587 with
STARTTLS and PLAIN works."), ``apply(settings) -> MailSettings`` (fills the form; never pins a
certificate — trusting stays an explicit act).

Trust (tlsinfo.py): ``ssl.create_default_context()`` + the profile's CA file, host name checked
(IDN → ASCII); only when that fails and the profile pins a SHA-256 fingerprint, a second connection
accepts exactly that certificate. Credentials are only sent over TLS — or over plain SMTP when the
profile explicitly allows it — and only with the one chosen AUTH mechanism (Automatic: CRAM-MD5 >
PLAIN > LOGIN). The transcript and every text the engine returns are redacted (transcript.py).

``password`` may also be a callable or a ``PasswordFetch(callable)`` (``swyxon_desktop.checks.run``):
the lookup then runs in a helper thread while the connection is set up, and its failure (e.g.
``KeychainError`` → keyring_unavailable) becomes the run's failure at the AUTH stage.
"""
from typing import TYPE_CHECKING

# The parts load on first use (PEP 562): importing the package costs nothing (the CLI starts the
# keychain lookup, ``checks.run.PasswordFetch``, before smtplib and ssl are imported).
_EXPORTS = {
    "SendResult": "engine", "default_deadline": "engine", "planned_stages": "engine", "send_test_mail": "engine",
    "STAGES": "swyxon_desktop.checks.stages", "STAGE_TITLES": "swyxon_desktop.checks.stages",
    "CertificateInfo": "tlsinfo", "TlsInfo": "tlsinfo", "TranscriptLine": "transcript",
    "check_without_sending": "preflight",
}
__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs
    from swyxon_desktop.smtp.engine import SendResult, default_deadline, planned_stages, send_test_mail
    from swyxon_desktop.checks.stages import STAGE_TITLES, STAGES
    from swyxon_desktop.smtp.preflight import check_without_sending
    from swyxon_desktop.smtp.tlsinfo import CertificateInfo, TlsInfo
    from swyxon_desktop.smtp.transcript import TranscriptLine


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    module = _EXPORTS[name]
    value = getattr(importlib.import_module(module if "." in module else f"{__name__}.{module}"), name)
    globals()[name] = value
    return value

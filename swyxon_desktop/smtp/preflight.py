"""The check without sending (the sender-domain pre-flight): a check kind beside the test mail and the probe.

The real send path up to the envelope — resolve, connect, greeting, EHLO, TLS, AUTH with the stored
password, ``MAIL FROM`` (does the server accept the sender address: its domain must be one the server
manages) and ``RCPT TO`` (does it relay for the recipient) — then ``RSET`` and ``QUIT``. ``DATA`` is never
sent: no mail leaves. The same engine as :func:`swyxon_desktop.smtp.engine.send_test_mail` runs it, so
the events, stages, categories and hints are the same; only success says "accepted, nothing sent".

``recipient_for(settings, to)``: ``--to`` when given, else the profile's remembered recipient, else the
sender address itself.
"""
from __future__ import annotations

from typing import Any, Callable

from swyxon_desktop.i18n import QT_TRANSLATE_NOOP
from swyxon_desktop.settings import MailSettings

MSG_CHECKED = QT_TRANSLATE_NOOP(
    "Failure", "The server accepts the sender and the recipient {}; nothing was sent (check without sending).")
HINT_CHECKED = QT_TRANSLATE_NOOP(
    "Failure", "Connection, encryption, sign-in, sender and recipient work. Whether mail arrives only a test "
    "mail shows.")


def recipient_for(settings: MailSettings, to: str | None = None) -> str:
    """The recipient of a check: ``to``, else the remembered recipient, else the sender address."""
    for candidate in (to, settings.last_recipient, settings.sender):
        if candidate and candidate.strip():
            return candidate.strip()
    return ""


def check_without_sending(settings: MailSettings, password: Any, recipient: str | None = None, *,
                          profile: str = "", on_event: Callable | None = None, on_line: Callable | None = None,
                          cancel: Any = None, timeout_s: float | None = None, deadline_s: float | None = None,
                          lang: str | None = None, allow_insecure_auth: bool = False) -> Any:
    """Run the send path up to ``RCPT TO``, then ``RSET`` and ``QUIT``; never ``DATA``.

    Arguments and result as :func:`~swyxon_desktop.smtp.engine.send_test_mail` (a ``SendResult`` with
    ``sent`` False and no message id); ``recipient`` None or empty: :func:`recipient_for`.
    Blocking: call it from a worker thread.
    """
    from swyxon_desktop.smtp.engine import send_test_mail

    result = send_test_mail(settings, password, recipient_for(settings, recipient), profile=profile,
                            on_event=on_event, on_line=on_line, cancel=cancel, timeout_s=timeout_s,
                            deadline_s=deadline_s, lang=lang, without_data=True,
                            allow_insecure_auth=allow_insecure_auth)
    result.ok_message, result.ok_hint = MSG_CHECKED, HINT_CHECKED
    return result


__all__ = ["HINT_CHECKED", "MSG_CHECKED", "check_without_sending", "recipient_for"]

"""Delivery confirmation: did the test mail reach a mailbox, which folder, and what did the receiver say?

Qt-free; blocking calls made for a worker thread. Imported only when a confirmation runs (never on
``test-mail``'s path without ``--confirm``, never at window start-up).

::

    from swyxon_desktop.delivery import confirm_delivery
    from swyxon_desktop.delivery.engine import accepted_at

    sent = send_test_mail(settings, password, "postfach@firma.de", ...)
    result = confirm_delivery(settings, imap_password, sent.message_id,
                              accepted=accepted_at(sent, time.monotonic()), timeout_s=120,
                              on_event=..., on_line=..., cancel=token)

``confirm_delivery`` logs in to the profile's IMAP mailbox (``imap_server``, ``imap_port``, ``imap_tls``
implicit/STARTTLS, ``imap_username``; trust as for SMTP: the system's CAs + the profile's CA file, else
``imap_pinned_sha256`` on a second connection, else ``certificate_invalid`` with the certificate's
details), finds the folders (``imap_folders``, or INBOX plus the folder marked ``\\Junk`` by
SPECIAL-USE), and waits for the Message-ID — IDLE on the first folder where the server offers it (the
others looked at every few seconds), polling otherwise — until ``timeout_s`` after the relay's 250.
``DeliveryResult``: status (delivered, junk, not_delivered, failed, cancelled), folder, elapsed_s,
findings (``headers.HeaderFindings``: Authentication-Results verdicts, Received-SPF, spam headers,
Received chain, relay_ip), failure (``Failure``, stage "delivery", ``details["step"]``), events (stage
"delivery"), redacted transcript; ``to_dict(lang)`` is the ``delivery`` object of ``test-mail --json``.
"""
from typing import TYPE_CHECKING

_EXPORTS = {"confirm_delivery": "engine", "DeliveryResult": "engine", "accepted_at": "engine",
            "DEFAULT_TIMEOUT_S": "engine", "DELIVERY": "errors"}
__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:  # pragma: no cover
    from swyxon_desktop.delivery.engine import DEFAULT_TIMEOUT_S, DeliveryResult, accepted_at, confirm_delivery
    from swyxon_desktop.delivery.errors import DELIVERY


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    globals()[name] = value
    return value

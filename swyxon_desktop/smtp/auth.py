"""SMTP authentication (RFC 4954): choosing the mechanism and answering the server's challenges.

Exactly one AUTH command is sent: the configured mechanism, or with *Automatic* the strongest both
sides support (CRAM-MD5 > PLAIN > LOGIN). Unlike ``smtplib.SMTP.login()`` nothing else is tried.

An :class:`Authenticator` is the ``authobject`` for ``smtplib.SMTP.auth``. Besides each payload it
leaves a *label* for the transcript (``last_label``) — the engine records the label, never the payload —
and it registers every secret form it produces with the run's :class:`~.transcript.Redactor`.
"""
from __future__ import annotations

import hmac

from swyxon_desktop.failures import Category, Failure, FailureError
from swyxon_desktop.smtp import errors
from swyxon_desktop.smtp.transcript import Redactor, _b64

PREFERENCE = ("CRAM-MD5", "PLAIN", "LOGIN")


def offered_mechanisms(esmtp_features: dict[str, str]) -> list[str]:
    """The AUTH mechanisms in an EHLO answer (``AUTH PLAIN LOGIN`` and the old ``AUTH=…`` form)."""
    return [m.upper() for m in esmtp_features.get("auth", "").split()]


def preferred(offered: list[str]) -> str | None:
    """Automatic's choice: the strongest supported mechanism the server offers (PREFERENCE), or None."""
    return next((mechanism for mechanism in PREFERENCE if mechanism in offered), None)


def choose_mechanism(configured: str, offered: list[str]) -> str:
    """The mechanism to use, or FailureError(auth_unavailable) naming what the server offers."""
    shown = " ".join(offered) or "—"
    if not offered:
        raise FailureError(Failure(Category.AUTH_UNAVAILABLE, errors.MSG_NO_AUTH, stage=errors.AUTH,
                                   details={"offered": []}))
    # None of LOGIN, PLAIN, CRAM-MD5 (e.g. only XOAUTH2 GSSAPI): choosing another method cannot help.
    hint = None if preferred(offered) else errors.HINT_NO_PASSWORD_MECH
    if configured.upper() == "AUTO":
        mechanism = preferred(offered)
        if mechanism:
            return mechanism
        raise FailureError(Failure(Category.AUTH_UNAVAILABLE, errors.MSG_NO_COMMON_MECH, stage=errors.AUTH,
                                   hint=hint, message_args=(shown,), details={"offered": offered}))
    if configured.upper() not in offered:
        raise FailureError(Failure(Category.AUTH_UNAVAILABLE, errors.MSG_MECH_NOT_OFFERED, stage=errors.AUTH,
                                   hint=hint, message_args=(configured.upper(), shown), details={"offered": offered}))
    return configured.upper()


class Authenticator:
    """``authobject(challenge) -> str`` for one mechanism; see the module docstring."""

    def __init__(self, mechanism: str, username: str, password: str, redactor: Redactor):
        self.mechanism = mechanism
        self.username = username
        self._password = password
        self._redactor = redactor
        self._step = 0
        self.last_label = ""

    @property
    def initial_response_ok(self) -> bool:
        # PLAIN with its initial response saves a round trip (RFC 4954). LOGIN is sent bare, as most
        # clients do: some servers do not accept LOGIN's initial response.
        return self.mechanism == "PLAIN"

    def __repr__(self) -> str:  # never the password
        return f"Authenticator({self.mechanism!r}, user={self.username!r})"

    def __call__(self, challenge: bytes | None = None) -> str:
        self._step += 1
        user = self.username
        if self.mechanism == "PLAIN":
            self.last_label = f'[redacted: user "{user}", password]'
            return f"\0{user}\0{self._password}"
        if self.mechanism == "LOGIN":
            if self._step == 1:
                self.last_label = f'[base64 of user name "{user}"]'
                return user
            self.last_label = "[password redacted]"
            return self._password
        if self.mechanism == "CRAM-MD5":
            digest = hmac.new(self._password.encode("utf-8"), challenge or b"", "md5").hexdigest()
            response = f"{user} {digest}"
            self._redactor.add(digest, _b64(response.encode("utf-8")))
            self.last_label = f'[CRAM-MD5 response for user "{user}" redacted]'
            return response
        raise ValueError(f"unsupported mechanism {self.mechanism}")

"""Translating the Qt-free messages (settings, store, keychain) for display in the GUI.

The Qt-free code keeps English source texts marked with QT_TRANSLATE_NOOP; here they go through
``QCoreApplication.translate`` with their context, then get their ``{}`` arguments.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from swyxon_desktop.secrets import KeychainError
from swyxon_desktop.settings import CONTEXT as VALIDATION_CONTEXT
from swyxon_desktop.settings import FieldError
from swyxon_desktop.store import CONTEXT as STORE_CONTEXT
from swyxon_desktop.store import InvalidSettings, Reason, StoreError


def field_error_text(error: FieldError) -> str:
    return QCoreApplication.translate(VALIDATION_CONTEXT, error.message).format(*error.args)


def store_error_text(error: StoreError) -> str:
    if isinstance(error, InvalidSettings):
        details = "; ".join(field_error_text(e) for e in error.errors)
        return QCoreApplication.translate(STORE_CONTEXT, error.message).format(details)
    args = [QCoreApplication.translate(STORE_CONTEXT, a.message).format(*a.args_) if isinstance(a, Reason) else a
            for a in error.args_]  # a nested phrase (why a file could not be read) is translated too
    return QCoreApplication.translate(STORE_CONTEXT, error.message).format(*args)


def keychain_error_text(error: KeychainError) -> str:
    """What the keychain said (never contains a password: secrets.py strips it)."""
    failure = error.failure
    return QCoreApplication.translate(failure.context, failure.message).format(*failure.message_args)


def implicit_tls_text() -> str:
    """"SSL/TLS (implicit)" — TLS from the first byte — as every window names it (the report, the test
    mail and probe dialogs). The test mail's body names it in its own language (``smtp/engine.py``)."""
    return QCoreApplication.translate("Security", "SSL/TLS (implicit)")

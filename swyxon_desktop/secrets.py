"""The keychain: the one place that touches passwords at rest.

Passwords live only in the OS keychain through ``keyring`` (Windows Credential Manager, Secret Service /
KWallet on Linux, macOS Keychain). A plaintext, file or null backend counts as *no keychain* unless the
user opted in explicitly (``SWYXON_DESKTOP_ALLOW_INSECURE_KEYRING=1``). Every failure — missing, locked,
refusing — becomes a :class:`KeychainError` with category ``keyring_unavailable``; nothing falls back
to plaintext.

``keyring`` is imported lazily, and the backend is chosen directly for the platform when the user has
not configured one: keyring's entry-point discovery costs ~190 ms, which start-up and ``test-mail``
must not pay.
"""
from __future__ import annotations

import os
import sys
from typing import Any, Callable

from swyxon_desktop.failures import Category, Failure, FailureError
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP

SERVICE = "swyxon-desktop"
INSECURE_OPT_IN = "SWYXON_DESKTOP_ALLOW_INSECURE_KEYRING"

# Backends that are not a keychain: they keep secrets in a file or nowhere.
_NOT_A_KEYCHAIN = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null", "keyrings.cryptfile")

_backend: Any = None


class KeychainError(FailureError):
    def __init__(self, message: str, detail: str = ""):
        super().__init__(Failure(Category.KEYRING_UNAVAILABLE, message, stage="keychain", context=CONTEXT,
                                 message_args=(detail,) if "{}" in message else (),
                                 details={"detail": detail} if detail else {}))
        self.detail = detail


CONTEXT = "Keychain"  # the translation context of the messages below
MSG_NO_KEYCHAIN = QT_TRANSLATE_NOOP("Keychain", "No system keychain is available ({}).")
MSG_INSECURE = QT_TRANSLATE_NOOP(
    "Keychain", "The keychain backend {} keeps passwords in a file or nowhere; it is refused.")
MSG_FAILED = QT_TRANSLATE_NOOP("Keychain", "The keychain refused the request: {}")


SMTP, IMAP = "smtp", "imap"  # a profile's keychain entries: the SMTP password, the confirmation mailbox's
KINDS = (SMTP, IMAP)


def account(profile: str, kind: str = SMTP) -> str:
    """The keychain user name of a profile's SMTP password (or, ``kind="imap"``, its IMAP password)."""
    if kind not in KINDS:
        raise ValueError(f"unknown keychain entry kind {kind!r}")
    return f"{kind}:{profile}"


def _allow_insecure() -> bool:
    return os.environ.get(INSECURE_OPT_IN, "") in ("1", "true", "yes")


def is_keychain(backend: Any) -> bool:
    """True for a real keychain; False for file, plaintext, null or fail backends."""
    module = type(backend).__module__
    if module.startswith(_NOT_A_KEYCHAIN):
        return False
    if module == "keyring.backends.chainer":
        return bool(getattr(backend, "backends", None))
    return True


def _platform_default() -> Any | None:
    """The platform's keychain without entry-point discovery, or None to let keyring decide."""
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return None
    try:
        if sys.platform == "win32":
            from keyring.backends.Windows import WinVaultKeyring as Backend
        elif sys.platform == "darwin":
            from keyring.backends.macOS import Keyring as Backend
        else:
            from keyring.backends.SecretService import Keyring as Backend
        Backend.priority  # noqa: B018 - raises when the backend cannot work here
        return Backend()
    except Exception:  # noqa: BLE001 - any failure: fall back to keyring's own discovery
        return None


def _config_file_exists() -> bool:
    """True when the user configured keyring (``keyringrc.cfg``): keyring then chooses, not this module.

    On Linux the path is computed as keyring does (``$XDG_CONFIG_HOME`` or ``~/.config``, then
    ``python_keyring``) without importing keyring, which costs ~30-80 ms on test-mail's fast path.
    """
    try:
        if sys.platform == "linux":
            root = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
            return os.path.exists(os.path.join(root, "python_keyring", "keyringrc.cfg"))
        from keyring.util import platform_ as kp

        return os.path.exists(os.path.join(kp.config_root(), "keyringrc.cfg"))
    except Exception:  # noqa: BLE001
        return False


def _keyring_properties_set() -> bool:
    """True when a ``KEYRING_PROPERTY_*`` variable changes what keyring's backend reads (scheme, collection)."""
    return any(key.startswith("KEYRING_PROPERTY_") for key in os.environ)


def backend() -> Any:
    """The keyring backend in use (chosen once per process). Raises KeychainError if it is not a keychain."""
    global _backend
    if _backend is None:
        try:
            import keyring
        except ImportError as exc:
            raise KeychainError(MSG_NO_KEYCHAIN, str(exc)) from exc
        chosen = None if _config_file_exists() else _platform_default()
        _backend = chosen or keyring.get_keyring()
    if not is_keychain(_backend) and not _allow_insecure():
        raise KeychainError(MSG_INSECURE, type(_backend).__module__ + "." + type(_backend).__name__)
    return _backend


def set_backend(new_backend: Any) -> None:
    """Use this backend (tests: an in-memory one; integration tests: the real Secret Service)."""
    global _backend
    _backend = new_backend


def backend_name() -> str:
    try:
        b = backend()
    except KeychainError as exc:
        return f"unavailable ({exc.detail})"
    return f"{type(b).__module__}.{type(b).__name__}"


def _call(method: str, *args: str) -> Any:
    b = backend()
    try:
        return getattr(b, method)(*args)
    except Exception as exc:  # noqa: BLE001 - keyring raises many types (KeyringLocked, DBus, OS errors)
        name = type(exc).__name__
        if method == "delete_password" and name == "PasswordDeleteError":
            return None
        # Never include the arguments: one of them may be the password.
        raise KeychainError(MSG_FAILED, f"{name}: {_safe_text(exc, args)}") from None


def _safe_text(exc: Exception, args: tuple[str, ...]) -> str:
    text = str(exc)
    for arg in args[2:]:  # the password, when there is one
        if arg:
            text = text.replace(arg, "***")
    return text[:300]


_UNSET: Any = object()


def _read_secret_service_applies() -> bool:
    """True when :func:`_read_secret_service` would ask the Secret Service itself (not hand to keyring)."""
    return not (sys.platform != "linux" or _backend is not None or os.environ.get("PYTHON_KEYRING_BACKEND")
                or _keyring_properties_set() or _config_file_exists())


def has_password(profile: str, kind: str = SMTP) -> bool:
    return get_password(profile, kind) is not None


def set_password(profile: str, password: str, kind: str = SMTP) -> None:
    if not password:
        raise ValueError("empty password")
    _call("set_password", SERVICE, account(profile, kind), password)


def delete_password(profile: str, kind: str = SMTP) -> None:
    _call("delete_password", SERVICE, account(profile, kind))


def copy_password(source: str, target: str, kind: str = SMTP) -> bool:
    """Store ``source``'s password for ``target`` too; False when there is none (a stored one is never empty)."""
    password = get_password(source, kind)
    if not password:
        return False
    set_password(target, password, kind)
    return True


def rename(old: str, new: str, kind: str = SMTP) -> None:
    """Move a profile's password to its new name (no-op when there is none)."""
    if copy_password(old, new, kind):
        delete_password(old, kind)


def _read_secret_service(service: str, username: str) -> Any:
    """Read a password from the Secret Service without importing keyring (test-mail's fast path).

    ``import keyring`` alone costs ~30 ms (its entry-point machinery) and its backend a second D-Bus
    connection; ``test-mail`` reads one password per run. This is the same query, collection and
    item as keyring's SecretService backend. It applies only when keyring would pick that backend
    itself with its defaults (Linux, no backend set or configured, no ``KEYRING_PROPERTY_*`` such as
    the scheme or preferred collection); when it does not apply, no item is found, the collection or
    item is locked, or anything fails, it returns ``_UNSET`` and keyring handles the request (unlock
    prompt, errors as KeychainError). It only ever answers with a password keyring would return too;
    it never writes.
    """
    if not _read_secret_service_applies():
        return _UNSET
    try:
        from contextlib import closing

        import secretstorage

        with closing(secretstorage.dbus_init()) as bus:
            collection = secretstorage.get_default_collection(bus)
            if collection.is_locked():
                return _UNSET
            for item in collection.search_items({"username": username, "service": service}):
                if item.is_locked():
                    return _UNSET
                return item.get_secret().decode("utf-8")
            return _UNSET  # not found here: keyring has the last word (it may look elsewhere)
    except Exception:  # noqa: BLE001 - keyring gets the request and reports the failure properly
        return _UNSET


def get_password(profile: str, kind: str = SMTP) -> str | None:
    value = _read_secret_service(SERVICE, account(profile, kind))
    if value is not _UNSET:
        return value
    return _call("get_password", SERVICE, account(profile, kind))


def _decrypt(session: Any, secret: Any) -> bytes:
    """A Secret Service secret (session, iv, value, content type) in the clear — as secretstorage does."""
    if not session.encrypted:
        return bytes(secret[2])
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    decryptor = Cipher(algorithms.AES(session.aes_key), modes.CBC(bytes(secret[1]))).decryptor()
    padded = decryptor.update(bytes(secret[2])) + decryptor.finalize()
    if not padded or not 1 <= padded[-1] <= 16:
        raise ValueError("bad padding")
    return padded[:-padded[-1]]


class PasswordReader:
    """Many profiles' passwords (``check --all``, the overview): one read each, one Secret Service
    connection and one secret session for all of them.

    Each :func:`get_password` opens a D-Bus connection and negotiates an encrypted session (a
    Diffie-Hellman exchange): ~35 ms, most of a check of a local server. Where the fast path of
    :func:`_read_secret_service` applies, this reader opens both once and asks the same question for each
    profile (the same collection, item and attributes keyring uses), one at a time (a D-Bus connection
    is not shared between threads at once). Whatever it cannot answer — not found, locked, any failure,
    another backend — goes to keyring exactly as ``get_password`` would (unlock prompt, KeychainError).
    """

    def __init__(self) -> None:
        import threading

        self._lock = threading.Lock()
        self._state: Any = None  # None: not opened yet; False: not applicable; else (bus, collection, session)

    def _open(self) -> Any:
        if not _read_secret_service_applies():
            return False
        try:
            import secretstorage
            from secretstorage.util import open_session

            bus = secretstorage.dbus_init()
            try:
                collection = secretstorage.get_default_collection(bus)
                if collection.is_locked():
                    bus.close()
                    return False
                return bus, collection, open_session(bus)
            except Exception:
                bus.close()
                raise
        except Exception:  # noqa: BLE001 - keyring handles every request then
            return False

    def _fast(self, profile: str) -> Any:
        with self._lock:
            if self._state is None:
                self._state = self._open()
            if not self._state:
                return _UNSET
            bus, collection, session = self._state
            try:
                # Two D-Bus calls per profile — the collection's SearchItems and the item's GetSecret —
                # instead of secretstorage's five (each Item() it builds asks for the Label, get_secret()
                # asks for Locked first): the same question, item and secret. A locked item makes
                # GetSecret fail (IsLocked), and keyring answers instead, as before.
                from secretstorage.collection import COLLECTION_IFACE
                from secretstorage.item import ITEM_IFACE
                from secretstorage.util import DBusAddressWrapper

                paths, = DBusAddressWrapper(collection.collection_path, COLLECTION_IFACE, bus).call(
                    "SearchItems", "a{ss}", {"username": account(profile), "service": SERVICE})
                for path in paths:
                    secret, = DBusAddressWrapper(path, ITEM_IFACE, bus).call("GetSecret", "o", session.object_path)
                    return _decrypt(session, secret).decode("utf-8")
            except Exception:  # noqa: BLE001 - keyring answers (and reports) instead
                return _UNSET
            return _UNSET

    def get(self, profile: str) -> str | None:
        """Like :func:`get_password`; may be called from several threads."""
        value = self._fast(profile)
        if value is not _UNSET:
            return value
        return _call("get_password", SERVICE, account(profile))

    def close(self) -> None:
        with self._lock:
            state, self._state = self._state, False
        if state:
            try:
                state[0].close()
            except Exception:  # noqa: BLE001
                pass


def start_lookup(profile: str) -> Callable[[], str | None]:
    """Start reading a profile's password now; the returned function waits for it (like ``get_password``).

    Where the Secret Service fast path applies (see :func:`_read_secret_service`), the query runs in a
    short-lived helper process forked right here — the way git asks its credential helpers: the D-Bus
    client and its cryptography (~15-30 ms to load) never enter this process, and the lookup runs on
    another core while this one loads the engine and connects. The password comes back through a pipe
    (kernel memory: no file, no argument, no environment); the helper leaves with ``os._exit`` (none of
    this process's clean-up or buffered output runs twice) and is killed by an alarm should the keychain
    never answer. Whatever the helper cannot answer — not found, locked, any failure — the returned
    function hands to ``get_password`` in this process (keyring: unlock prompt, KeychainError).

    Elsewhere (no ``fork``, another backend, threads already running — ``fork`` copies only the
    calling thread) the returned function simply calls ``get_password``.
    """
    def in_process() -> str | None:
        return get_password(profile)

    if not hasattr(os, "fork") or not _read_secret_service_applies():
        return in_process
    import threading

    if threading.active_count() != 1:
        return in_process
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return in_process
    if pid == 0:  # the helper
        status = 1
        try:
            os.close(read_end)
            import signal

            signal.alarm(_HELPER_TIMEOUT_S)
            value = _read_secret_service(SERVICE, account(profile))
            answer = b"-" if value is _UNSET else b"+" + value.encode("utf-8")
            view = memoryview(answer)
            while view:
                view = view[os.write(write_end, view):]
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)

    def wait() -> str | None:
        chunks = []
        try:
            while chunk := os.read(read_end, 65536):
                chunks.append(chunk)
        finally:
            os.close(read_end)
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass
        answer = b"".join(chunks)
        if answer.startswith(b"+"):
            return answer[1:].decode("utf-8")
        # Not answered there (not found, locked, failed): keyring decides and reports failures. Not
        # get_password: it would ask the Secret Service the helper just asked a second time.
        return _call("get_password", SERVICE, account(profile))

    return wait


_HELPER_TIMEOUT_S = 120

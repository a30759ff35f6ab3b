"""Profiles on disk: JSON with a schema_version under the user config dir, written atomically.

* Atomic: a temporary file in the same folder, fsync, ``os.replace`` — a crash leaves the old or the new
  file, never a broken one. Mode 0600 on POSIX.
* Two writers (a second window, the CLI) never overwrite each other silently: every change is a
  read-modify-write under an OS file lock, and a save states the revision it was based on; when the
  profile changed on disk since, :class:`ProfileConflict` is raised and the caller asks the user.
* A corrupted file is moved aside with a timestamp (never overwritten) and the store starts empty; the
  report says what happened. A file from a newer schema is left alone: the store is read-only.
* Never a password: the model has none, and imports drop any key that looks like one.

No Qt. User-visible messages are translatable source texts (context "Store").
"""
from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from swyxon_desktop import paths
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP, translate
from swyxon_desktop.settings import FieldError, MailSettings, validate, validate_profile_name

SCHEMA_VERSION = 1
EXPORT_FORMAT = "swyxon-desktop-profile"
CONTEXT = "Store"
_SECRET_KEYS = {"password", "kennwort", "passwd", "pass", "secret"}


# What an import did not take over, and what to tell the user (keys of Store.read_export's list).
IMPORT_NOTICES = {
    "password": QT_TRANSLATE_NOOP("Store", "The file contained a password; it was not imported. Enter it "
                                  "here: it is kept in the keychain only."),
    "pinned_sha256": QT_TRANSLATE_NOOP(
        "Store", "The file trusted a server certificate by its fingerprint; that was not taken over. Check "
        "the server and trust its certificate on this computer if it is the right one."),
    "imap_pinned_sha256": QT_TRANSLATE_NOOP(
        "Store", "The file trusted the IMAP server's certificate by its fingerprint; that was not taken over. "
        "Trust it on this computer after checking it, if it is the right one."),
    "ca_file": QT_TRANSLATE_NOOP(
        "Store", "The CA file named in the file does not exist on this computer; choose it again if the "
        "server needs it."),
}


class _Any:
    def __repr__(self) -> str:
        return "ANY"


ANY: Any = _Any()  # "do not check the revision"


class StoreError(Exception):
    """A store problem with a translatable message (``message`` is the English source with ``{}``)."""

    def __init__(self, message: str, *args: Any):
        self.message = message
        self.args_ = args
        super().__init__(message.format(*args))

    def text(self, lang: str | None = None) -> str:
        args = [a.text(lang) if isinstance(a, Reason) else a for a in self.args_]
        return translate(CONTEXT, self.message, lang).format(*args)


class Reason:
    """A translatable phrase used inside another message (e.g. why a file could not be read)."""

    def __init__(self, message: str, *args: Any):
        self.message, self.args_ = message, args

    def text(self, lang: str | None = None) -> str:
        return translate(CONTEXT, self.message, lang).format(*self.args_)

    def __str__(self) -> str:
        return self.message.format(*self.args_)


class UnknownProfile(StoreError):
    def __init__(self, name: str):
        super().__init__(QT_TRANSLATE_NOOP("Store", "There is no profile named \"{}\"."), name)
        self.name = name


class ProfileExists(StoreError):
    def __init__(self, name: str):
        super().__init__(QT_TRANSLATE_NOOP("Store", "A profile named \"{}\" exists already."), name)
        self.name = name


class ProfileConflict(StoreError):
    """The stored profile changed on disk since it was loaded (another window or the CLI)."""

    def __init__(self, name: str):
        super().__init__(QT_TRANSLATE_NOOP(
            "Store", "The profile \"{}\" was changed by another program since it was loaded."), name)
        self.name = name


class InvalidSettings(StoreError):
    def __init__(self, errors: list[FieldError]):
        super().__init__(QT_TRANSLATE_NOOP("Store", "The settings are not valid: {}"),
                         "; ".join(e.text("en") for e in errors))
        self.errors = errors

    def text(self, lang: str | None = None) -> str:
        return translate(CONTEXT, self.message, lang).format("; ".join(e.text(lang) for e in self.errors))


class ReadOnlyStore(StoreError):
    pass


@dataclass
class LoadReport:
    """What happened when the file was read: problems to show the user (translatable)."""

    problems: list[StoreError] = field(default_factory=list)
    moved_to: Path | None = None
    read_only: bool = False


def _canonical(settings: MailSettings) -> dict[str, Any]:
    return settings.to_dict()


def revision_of(settings: MailSettings | None) -> str | None:
    """An opaque token that changes whenever the stored settings do: their canonical JSON (no password in it).

    Compared for equality only (a save states the revision its edit started from).
    """
    if settings is None:
        return None
    return json.dumps(_canonical(settings), sort_keys=True, separators=(",", ":"))


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_text(path: Path, text: str, mode: int = 0o600) -> None:
    """Write ``text`` to ``path`` so that a crash leaves the old or the new file, never a broken one."""
    import tempfile  # here: reading the store (start-up, test-mail) never needs it

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        if os.name == "posix":
            os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def file_lock(lock_path: Path) -> Iterator[None]:
    """An exclusive OS lock between processes (the GUI and the CLI)."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+b") as fh:
        if sys.platform == "win32":
            import msvcrt

            fh.seek(0)
            deadline = time.monotonic() + 10
            while True:
                try:
                    msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)
            try:
                yield
            finally:
                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _refuse_case_twin(profiles: dict[str, Any], name: str) -> None:
    """Names that differ only in case would share one keychain entry on Windows (its Credential
    Manager ignores case): refuse them."""
    for other in profiles:
        if other != name and other.casefold() == name.casefold():
            raise ProfileExists(other)


class Store:
    """The profiles file. Every change re-reads the disk under the lock before it writes."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else paths.config_file()
        self.report = LoadReport()
        self._profiles: dict[str, MailSettings] = {}
        self._unreadable: dict[str, Any] = {}  # entries this version cannot read: kept, never dropped
        self._extra: dict[str, Any] = {}
        self.reload()

    # -- reading -----------------------------------------------------------------------------------
    @property
    def lock_path(self) -> Path:
        return self.path.with_name(self.path.name + ".lock")

    def reload(self) -> LoadReport:
        with file_lock(self.lock_path):
            self.report = LoadReport()
            self._profiles = self._read(self.report)
        return self.report

    def _move_aside(self, report: LoadReport, reason: Reason) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        os.replace(self.path, target)
        report.moved_to = target
        report.problems.append(StoreError(QT_TRANSLATE_NOOP(
            "Store", "The settings file could not be read ({}). It was moved aside to {} and the "
            "application started with no profiles."), reason, str(target)))

    def _read(self, report: LoadReport) -> dict[str, MailSettings]:
        self._unreadable = {}
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as exc:
            report.read_only = True
            report.problems.append(StoreError(QT_TRANSLATE_NOOP(
                "Store", "The settings file {} cannot be read: {}. Nothing will be saved until this is "
                "fixed."), str(self.path), exc.strerror or str(exc)))
            return {}
        try:
            data = json.loads(raw.decode("utf-8-sig"))  # a BOM (Notepad) is not damage
        except UnicodeDecodeError:
            self._move_aside(report, Reason(QT_TRANSLATE_NOOP("Store", "it is not UTF-8 text")))
            return {}
        except ValueError as exc:
            line, col = getattr(exc, "lineno", 0), getattr(exc, "colno", 0)
            self._move_aside(report, Reason(QT_TRANSLATE_NOOP(
                "Store", "it is not valid JSON: line {}, column {}"), line, col))
            return {}
        if not isinstance(data, dict) or not isinstance(data.get("profiles"), dict):
            self._move_aside(report, Reason(QT_TRANSLATE_NOOP("Store", "it contains no list of profiles")))
            return {}
        version = data.get("schema_version")
        if not isinstance(version, int) or isinstance(version, bool):
            self._move_aside(report, Reason(QT_TRANSLATE_NOOP("Store", "it has no schema version")))
            return {}
        if version > SCHEMA_VERSION:
            report.read_only = True
            report.problems.append(StoreError(QT_TRANSLATE_NOOP(
                "Store", "The settings file was written by a newer version (schema {}). It is shown "
                "read-only and will not be changed."), version))
        profiles: dict[str, MailSettings] = {}
        for name, entry in data["profiles"].items():
            try:
                profiles[name] = MailSettings.from_dict(entry.get("settings", entry) if isinstance(entry, dict)
                                                        else entry)
            except (ValueError, TypeError, AttributeError):
                self._unreadable[name] = entry  # kept verbatim: written back untouched, never lost
        if self._unreadable and not report.read_only:
            # One backup per distinct content (not one per start), private like the file itself.
            import hashlib

            backup = self.path.with_name(f"{self.path.name}.damaged-{hashlib.sha256(raw).hexdigest()[:12]}")
            if not backup.exists():
                atomic_write_text(backup, raw.decode("utf-8-sig", errors="replace"))
            report.problems.append(StoreError(QT_TRANSLATE_NOOP(
                "Store", "These profiles could not be read and are not shown: {}. They stay in the file "
                "unchanged; a copy of the file is kept as {}."), ", ".join(sorted(self._unreadable)),
                str(backup)))
        self._extra = {k: v for k, v in data.items() if k not in ("profiles", "schema_version")}
        return profiles

    def names(self) -> list[str]:
        return sorted(self._profiles, key=str.casefold)

    def unreadable_names(self) -> list[str]:
        """Profiles in the file this version cannot read (kept there unchanged; not in :meth:`names`)."""
        return sorted(self._unreadable, key=str.casefold)

    def __contains__(self, name: str) -> bool:
        return name in self._profiles

    def get(self, name: str) -> MailSettings:
        try:
            return self._profiles[name]
        except KeyError:
            raise UnknownProfile(name) from None

    def revision(self, name: str) -> str | None:
        """A token of the profile as loaded; pass it back to :meth:`save` to detect other writers."""
        return revision_of(self._profiles.get(name))

    # -- writing -----------------------------------------------------------------------------------
    def _write(self, profiles: dict[str, MailSettings]) -> None:
        entries = {name: {"settings": _canonical(s)} for name, s in profiles.items()}
        entries.update({name: raw for name, raw in self._unreadable.items() if name not in entries})
        data = {"schema_version": SCHEMA_VERSION, **self._extra, "profiles": dict(sorted(entries.items()))}
        atomic_write_text(self.path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[dict[str, MailSettings]]:
        """Lock, re-read the disk, let the caller change the dict, write it, keep it as the new view."""
        with file_lock(self.lock_path):
            report = LoadReport()
            known_unreadable = self._unreadable
            current = self._read(report)
            if report.read_only:
                raise ReadOnlyStore(report.problems[0].message, *report.problems[0].args_)
            if report.moved_to is not None:
                # The file was damaged since we loaded it (and is now moved aside): write what this
                # program last read, plus the change — never just the change.
                current = dict(self._profiles)
                self._unreadable = known_unreadable
            if report.problems:
                self.report.problems.extend(report.problems)
            yield current
            self._write(current)
            self._profiles = current

    def save(self, name: str, settings: MailSettings, *, expected_revision: Any = ANY,
             has_password: bool = True, has_imap_password: bool = True) -> str:
        """Validate, then store. ``expected_revision``: the revision the edit started from (None = new)."""
        err = validate_profile_name(name)
        errors = ([err] if err else []) + validate(settings, has_password=has_password,
                                                   has_imap_password=has_imap_password)
        if errors:
            raise InvalidSettings(errors)
        with self._transaction() as profiles:
            if expected_revision is not ANY and revision_of(profiles.get(name)) != expected_revision:
                if expected_revision is None:
                    raise ProfileExists(name)
                raise ProfileConflict(name)
            _refuse_case_twin(profiles, name)
            profiles[name] = settings
        return revision_of(settings)  # type: ignore[return-value]

    def delete(self, name: str) -> None:
        with self._transaction() as profiles:
            if name not in profiles:
                raise UnknownProfile(name)
            del profiles[name]

    def rename(self, old: str, new: str) -> None:
        err = validate_profile_name(new)
        if err:
            raise InvalidSettings([err])
        with self._transaction() as profiles:
            if old not in profiles:
                raise UnknownProfile(old)
            if new in profiles and new != old:
                raise ProfileExists(new)
            _refuse_case_twin({k: v for k, v in profiles.items() if k != old}, new)
            profiles[new] = profiles.pop(old)

    # -- export / import ---------------------------------------------------------------------------
    def export_profile(self, name: str, target: Path) -> None:
        """A profile as a JSON file without any password (support staff reproduce it elsewhere)."""
        settings = self.get(name)
        data = {"format": EXPORT_FORMAT, "schema_version": SCHEMA_VERSION, "name": name,
                "settings": _canonical(settings)}
        atomic_write_text(Path(target), json.dumps(data, indent=2, ensure_ascii=False) + "\n", mode=0o644)

    @staticmethod
    def read_export(source: Path) -> tuple[str, MailSettings, list[str]]:
        """Parse and validate an exported profile: (name, settings, what was not taken over).

        Not taken over (see :data:`IMPORT_NOTICES` for what to tell the user): any password-like key
        ("password"); a pinned certificate ("pinned_sha256": trusting a certificate is an explicit act
        on this computer, after seeing its fingerprint); a CA file that does not exist here ("ca_file").
        """
        try:
            data = json.loads(Path(source).read_text(encoding="utf-8-sig"))
        except OSError as exc:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "The file {} cannot be read: {}"),
                             str(source), exc.strerror or str(exc)) from exc
        except (ValueError, UnicodeDecodeError) as exc:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "The file {} is not valid JSON: {}"),
                             str(source), str(exc)) from exc
        if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT or not isinstance(
                data.get("settings"), dict):
            raise StoreError(QT_TRANSLATE_NOOP("Store", "The file {} is not an exported SwyxON Desktop profile."),
                             str(source))
        if isinstance(data.get("schema_version"), int) and data["schema_version"] > SCHEMA_VERSION:
            raise StoreError(QT_TRANSLATE_NOOP(
                "Store", "The file {} was exported by a newer version (schema {})."), str(source),
                data["schema_version"])
        raw = dict(data["settings"])
        secret_keys = [k for k in raw if k.lower() in _SECRET_KEYS]
        dropped = ["password"] if secret_keys else []
        for key in secret_keys:
            del raw[key]
        try:
            settings = MailSettings.from_dict(raw)
        except (ValueError, TypeError) as exc:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "The file {} has invalid settings: {}"),
                             str(source), str(exc)) from exc
        if settings.pinned_sha256:
            dropped.append("pinned_sha256")
            settings = settings.replace(pinned_sha256="")
        if settings.imap_pinned_sha256:  # the confirmation mailbox's trusted certificate: the same rule
            dropped.append("imap_pinned_sha256")
            settings = settings.replace(imap_pinned_sha256="")
        if settings.ca_file and not os.path.isfile(settings.ca_file):
            dropped.append("ca_file")
            settings = settings.replace(ca_file="")
        exported_name = data.get("name")
        name = exported_name if isinstance(exported_name, str) else Path(source).stem
        errors = validate(settings, has_password=True)
        if errors:
            raise InvalidSettings(errors)
        return name, settings, dropped

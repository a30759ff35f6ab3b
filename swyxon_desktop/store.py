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
import hashlib
import json
import os
import sys
import tempfile
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
        return translate(CONTEXT, self.message, lang).format(*self.args_)


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
    if settings is None:
        return None
    blob = json.dumps(_canonical(settings), sort_keys=True).encode()
    return hashlib.sha256(blob).hexdigest()[:16]


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
def _locked(lock_path: Path) -> Iterator[None]:
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


class Store:
    """The profiles file. Every change re-reads the disk under the lock before it writes."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else paths.config_file()
        self.report = LoadReport()
        self._profiles: dict[str, MailSettings] = {}
        self._extra: dict[str, Any] = {}
        self.reload()

    # -- reading -----------------------------------------------------------------------------------
    @property
    def lock_path(self) -> Path:
        return self.path.with_name(self.path.name + ".lock")

    def reload(self) -> LoadReport:
        with _locked(self.lock_path):
            self.report = LoadReport()
            self._profiles = self._read(self.report)
        return self.report

    def _move_aside(self, report: LoadReport, reason: str) -> None:
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
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or not isinstance(data.get("profiles"), dict):
                raise ValueError("no \"profiles\" object")
            version = data.get("schema_version")
            if not isinstance(version, int) or isinstance(version, bool):
                raise ValueError("no schema_version")
        except (ValueError, UnicodeDecodeError) as exc:
            self._move_aside(report, str(exc))
            return {}
        if version > SCHEMA_VERSION:
            report.read_only = True
            report.problems.append(StoreError(QT_TRANSLATE_NOOP(
                "Store", "The settings file was written by a newer version (schema {}). It is shown "
                "read-only and will not be changed."), version))
        profiles: dict[str, MailSettings] = {}
        bad: list[str] = []
        for name, entry in data["profiles"].items():
            try:
                profiles[name] = MailSettings.from_dict(entry.get("settings", entry) if isinstance(entry, dict)
                                                        else entry)
            except (ValueError, TypeError, AttributeError):
                bad.append(name)
        if bad and not report.read_only:
            stamp = time.strftime("%Y%m%d-%H%M%S")
            backup = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
            backup.write_bytes(raw)
            report.problems.append(StoreError(QT_TRANSLATE_NOOP(
                "Store", "These profiles could not be read and were left out: {}. The complete file was "
                "kept as {}."), ", ".join(bad), str(backup)))
        self._extra = {k: v for k, v in data.items() if k not in ("profiles", "schema_version")}
        return profiles

    def names(self) -> list[str]:
        return sorted(self._profiles, key=str.casefold)

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
        data = {"schema_version": SCHEMA_VERSION, **self._extra,
                "profiles": {name: {"settings": _canonical(s)} for name, s in sorted(profiles.items())}}
        atomic_write_text(self.path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[dict[str, MailSettings]]:
        """Lock, re-read the disk, let the caller change the dict, write it, keep it as the new view."""
        with _locked(self.lock_path):
            report = LoadReport()
            current = self._read(report)
            if report.read_only:
                raise ReadOnlyStore(report.problems[0].message, *report.problems[0].args_)
            if report.problems:
                self.report.problems.extend(report.problems)
            yield current
            self._write(current)
            self._profiles = current

    def save(self, name: str, settings: MailSettings, *, expected_revision: Any = ANY,
             has_password: bool = True) -> str:
        """Validate, then store. ``expected_revision``: the revision the edit started from (None = new)."""
        err = validate_profile_name(name)
        errors = ([err] if err else []) + validate(settings, has_password=has_password)
        if errors:
            raise InvalidSettings(errors)
        with self._transaction() as profiles:
            if expected_revision is not ANY and revision_of(profiles.get(name)) != expected_revision:
                if expected_revision is None:
                    raise ProfileExists(name)
                raise ProfileConflict(name)
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
        """Parse and validate an exported profile: (name, settings, dropped secret-like keys)."""
        try:
            data = json.loads(Path(source).read_text(encoding="utf-8"))
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
        dropped = sorted(k for k in raw if k.lower() in _SECRET_KEYS)
        for key in dropped:
            del raw[key]
        try:
            settings = MailSettings.from_dict(raw)
        except (ValueError, TypeError) as exc:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "The file {} has invalid settings: {}"),
                             str(source), str(exc)) from exc
        name = data.get("name") if isinstance(data.get("name"), str) else Path(source).stem
        errors = validate(settings, has_password=True)
        if errors:
            raise InvalidSettings(errors)
        return name, settings, dropped

    def import_profile(self, source: Path, name: str | None = None, *, overwrite: bool = False) -> str:
        """Import an exported profile; an existing profile is only replaced with ``overwrite``."""
        exported_name, settings, _dropped = self.read_export(source)
        target = name or exported_name
        self.save(target, settings, expected_revision=ANY if overwrite else None, has_password=True)
        return target

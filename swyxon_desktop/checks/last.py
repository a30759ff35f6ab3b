"""The last check of each profile (time, outcome): a small state file under the user data folder. Qt-free.

``<data dir>/last-checks.json`` — not ``profiles.json``: it is what happened, not what was configured, and
writing it must never conflict with a profile being edited. Written atomically under its own lock,
merged with what is on disk (two runs at once keep both). A missing or damaged file is an empty history
(it is rebuilt by the next check); it never holds a password or a server's text beyond the code.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from swyxon_desktop import paths

SCHEMA_VERSION = 1
FILE_NAME = "last-checks.json"


@dataclass(frozen=True)
class LastCheck:
    at: str  # ISO 8601, UTC
    ok: bool
    category: str | None = None
    stage: str | None = None
    smtp_code: int | None = None
    elapsed_s: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"at": self.at, "ok": self.ok, "category": self.category, "stage": self.stage,
                "smtp_code": self.smtp_code, "elapsed_s": self.elapsed_s}

    @classmethod
    def from_dict(cls, data: Any) -> "LastCheck | None":
        if not isinstance(data, dict) or not isinstance(data.get("at"), str) or not isinstance(data.get("ok"), bool):
            return None
        code, elapsed = data.get("smtp_code"), data.get("elapsed_s")
        return cls(data["at"], data["ok"], _str_or_none(data.get("category")), _str_or_none(data.get("stage")),
                   code if isinstance(code, int) and not isinstance(code, bool) else None,
                   float(elapsed) if isinstance(elapsed, (int, float)) and not isinstance(elapsed, bool) else None)


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def state_file() -> Path:
    return paths.data_dir() / FILE_NAME


def load(path: Path | None = None) -> dict[str, LastCheck]:
    """Profile name → its last check; {} when there is no (readable) file."""
    path = path or state_file()
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    entries = data.get("profiles") if isinstance(data, dict) else None
    if not isinstance(entries, dict):
        return {}
    out = {}
    for name, entry in entries.items():
        check = LastCheck.from_dict(entry)
        if isinstance(name, str) and check is not None:
            out[name] = check
    return out


def record(rows: Iterable[Any], path: Path | None = None, *, keep: Iterable[str] | None = None) -> dict[str, LastCheck]:
    """Remember the outcome of each finished row (``bulk.CheckRow``; cancelled rows are not an outcome).

    ``keep``: the profile names that exist; entries of other names (deleted, renamed) are dropped.
    Returns the state as written. An unwritable folder raises OSError (the caller says so).
    """
    from swyxon_desktop.store import atomic_write_text, file_lock

    path = path or state_file()
    new = {row.profile: LastCheck(row.checked_at, row.ok, row.category, row.stage, row.smtp_code,
                                  round(row.elapsed_s, 3))
           for row in rows if not row.cancelled}
    path.parent.mkdir(parents=True, exist_ok=True)
    with file_lock(path.with_name(path.name + ".lock")):
        state = load(path)
        state.update(new)
        if keep is not None:
            names = set(keep)
            state = {k: v for k, v in state.items() if k in names}
        atomic_write_text(path, json.dumps({"schema_version": SCHEMA_VERSION,
                                            "profiles": {k: v.to_dict() for k, v in sorted(state.items())}},
                                           ensure_ascii=False, indent=1))
    return state

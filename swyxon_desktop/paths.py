"""Where things live: user directories (platformdirs) and the shipped ui/ and resources/ folders.

Qt-free and cheap to import. Tests point the user directories at a temporary folder by setting
``SWYXON_DESKTOP_HOME`` (or the XDG variables), never at the real ones.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from swyxon_desktop import APP_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent


def _home_override() -> Path | None:
    value = os.environ.get("SWYXON_DESKTOP_HOME")
    return Path(value) if value else None


def config_dir() -> Path:
    override = _home_override()
    if override:
        return override / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True))


def data_dir() -> Path:
    override = _home_override()
    if override:
        return override / "data"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def log_dir() -> Path:
    override = _home_override()
    if override:
        return override / "log"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def config_file() -> Path:
    return config_dir() / "profiles.json"


def _shipped(name: str) -> Path:
    """ui/ or resources/: inside the package when installed or frozen, at the top level in a checkout."""
    candidates = [_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "swyxon_desktop" / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"{name}/ not found; looked in: " + ", ".join(map(str, candidates)))


def ui_dir() -> Path:
    return _shipped("ui")


def resources_dir() -> Path:
    return _shipped("resources")


def translations_dir() -> Path:
    return resources_dir() / "translations"

"""The program's place on the desktop: its icon, the versions it reports, opening a folder.

Qt is imported inside the functions that need it (the icon path is asked before the application exists).
"""
from __future__ import annotations

from pathlib import Path

from swyxon_desktop import __version__, paths


def icon_path() -> Path | None:
    """The application icon (resources/icons/swyxon-desktop.svg) when it is installed."""
    try:
        path = paths.resources_dir() / "icons" / "swyxon-desktop.svg"
    except FileNotFoundError:
        return None
    return path if path.is_file() else None


def versions() -> dict[str, str]:
    import platform
    import ssl
    import sys

    import PySide6
    from PySide6.QtCore import qVersion

    return {
        "app": __version__,
        "python": f"{platform.python_version()} ({sys.platform})",
        "qt": qVersion(),
        "pyside": PySide6.__version__,
        "openssl": ssl.OPENSSL_VERSION,
    }


def open_folder(path: Path) -> bool:
    """Open a folder in the system's file manager (created first, so there is something to open)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    path.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def gui_versions() -> dict[str, str]:
    v = versions()
    return {"qt": v["qt"], "pyside": v["pyside"]}


"""Application set-up: display check, QApplication, translations, and the window's event loop.

``run(argv)`` is what ``swyxon-desktop`` without a command calls (see cli.py). ``create_app(argv)`` is
usable on its own (tests, tools) and never enters the event loop.
"""
from __future__ import annotations

import os
import sys
from typing import Sequence

from swyxon_desktop import APP_DISPLAY_NAME, APP_NAME, __version__, i18n
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP

CONTEXT = "App"

MSG_NO_DISPLAY = QT_TRANSLATE_NOOP(
    "App", "No display is available: the Qt platform plugin \"{0}\" cannot start because neither DISPLAY nor "
    "WAYLAND_DISPLAY is set. Start SwyxON Desktop in a desktop session (or set QT_QPA_PLATFORM=offscreen "
    "for automated runs). The command-line commands (swyxon-desktop --help) work without a display.")
MSG_MISSING_LIBRARY = QT_TRANSLATE_NOOP(
    "App", "The Qt platform plugin \"{0}\" cannot start because the library {1} is missing. Install the "
    "package {2} (Debian/Ubuntu: sudo apt install {2}; Fedora: sudo dnf install xcb-util-cursor) and start "
    "again.")
MSG_UNREACHABLE = QT_TRANSLATE_NOOP(
    "App", "The Qt platform plugin \"{0}\" cannot connect to the display {1}. Check that the X server is "
    "running and that this user may use it.")
MSG_XCB_NOTE = QT_TRANSLATE_NOOP(
    "App", "If a display is available and the window still does not open, the usual missing package on "
    "Linux is {0}.")

XCB_CURSOR_LIBRARY = "libxcb-cursor.so.0"
XCB_CURSOR_PACKAGE = "libxcb-cursor0"
# Platform plugins that need no display server.
_HEADLESS_PLATFORMS = {"offscreen", "minimal", "minimalegl", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"}


def _library_available(name: str) -> bool:
    import ctypes

    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def _x_display_reachable(display: str) -> bool:
    """A local X display (":N", "unix:N") answers on its socket; remote displays are not probed."""
    host, _, rest = display.rpartition(":")
    if host not in ("", "unix"):
        return True
    number = rest.split(".")[0]
    if not number.isdigit():
        return True
    import socket

    path = f"/tmp/.X11-unix/X{number}"
    for address in (path, "\0" + path):  # the file socket, then the abstract one
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(1.0)
        try:
            sock.connect(address)
            return True
        except OSError:
            continue
        finally:
            sock.close()
    return False


def requested_platform(environ: dict[str, str] | None = None) -> str:
    """The Qt platform plugin ``QT_QPA_PLATFORM`` asks for ("xcb" of "xcb:display=…;wayland"), "" if none."""
    env = os.environ if environ is None else environ
    return env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()


def display_problem(environ: dict[str, str] | None = None, platform: str | None = None) -> str | None:
    """Why Qt could not open a window here, as a translated message, or None when it can.

    Checked before the QApplication exists, because a failing platform plugin aborts the process.
    """
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return None
    requested = requested_platform(env)
    if requested in _HEADLESS_PLATFORMS or (requested and not requested.startswith(("xcb", "wayland"))):
        return None
    x_display = env.get("DISPLAY", "")
    wayland = env.get("WAYLAND_DISPLAY", "")
    note = i18n.translate(CONTEXT, MSG_XCB_NOTE).format(XCB_CURSOR_PACKAGE)
    if requested.startswith("wayland"):
        if wayland:
            return None
        return i18n.translate(CONTEXT, MSG_NO_DISPLAY).format(requested) + "\n" + note
    if not requested and wayland:
        return None  # Qt uses Wayland (and falls back to xcb itself)
    if not x_display:
        return i18n.translate(CONTEXT, MSG_NO_DISPLAY).format("xcb") + "\n" + note
    if not _library_available(XCB_CURSOR_LIBRARY):
        return i18n.translate(CONTEXT, MSG_MISSING_LIBRARY).format("xcb", XCB_CURSOR_LIBRARY, XCB_CURSOR_PACKAGE)
    if not _x_display_reachable(x_display):
        return i18n.translate(CONTEXT, MSG_UNREACHABLE).format("xcb", x_display) + "\n" + note
    return None


def _split_argv(argv: Sequence[str] | None) -> tuple[str, list[str]]:
    """(program, arguments); ``argv`` may start with the program path or not (cli.main passes none)."""
    args = list(argv or [])
    if args and not args[0].startswith("-"):
        return args[0], args[1:]
    return (sys.argv[0] if sys.argv and sys.argv[0] else APP_NAME), args


def create_app(argv: Sequence[str] | None = None):  # -> QApplication (PySide6 imported lazily)
    """The QApplication, with translations for ``--lang de|en`` in ``argv`` or the system language.

    Reuses an existing QApplication (tests) and replaces the translators this module installed before.
    Also sets :func:`swyxon_desktop.i18n.set_language`, so Qt-free strings match the window.
    """
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from swyxon_desktop.gui.i18n_qt import install_translators
    from swyxon_desktop.gui.shared.system import icon_path

    program, args = _split_argv(argv)
    lang = i18n.language_from_argv(args) or i18n.system_language()
    app = QApplication.instance()
    if app is None:
        app = QApplication([program, *args])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    icon = icon_path()
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    install_translators(app, lang)
    return app


def run(argv: Sequence[str] | None = None) -> int:
    """Open the window and run the event loop; 1 with a clear message when there is no display."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    # The window's modules before the QApplication's: see the import notes in main_window.py.
    from swyxon_desktop.gui.settings.main_window import MainWindow

    app = create_app(argv)
    from swyxon_desktop import logsetup

    log_file = logsetup.setup_logging()
    import logging

    log = logging.getLogger("swyxon_desktop.gui")
    log.info("%s %s started (language %s, log %s)", APP_NAME, __version__, i18n.language(), log_file)
    window = MainWindow()
    window.show()
    code = app.exec()
    log.info("%s stopped", APP_NAME)
    return int(code)

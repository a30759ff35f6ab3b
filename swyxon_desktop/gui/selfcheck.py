"""``swyxon-desktop --self-check``: proves that an installation works — from a checkout, a wheel or the
PyInstaller bundle alike — and exits 0 only when every check holds (1 otherwise).

One line per check, ``OK`` or ``FAIL``, what was checked and why it holds or not:

* the Qt platform plugin this check runs on (offscreen unless ``QT_QPA_PLATFORM`` asks for another one)
  is found and loads, and the desktop platform plugins of the system are shipped and load (xcb and wayland
  on Linux, windows on Windows, cocoa on macOS);
* every Python module of the app imports (a frozen build that lost a hidden import fails here);
* every ``ui/*.ui`` file loads with QUiLoader;
* every translation catalogue ``*_de.qm`` and ``*_en.qm`` loads and is not empty, each area in both
  languages, and Qt's own German translation is there;
* the main window builds (offscreen) and shows;
* keyring still finds its backends through entry points, the backend in use is a real keychain, and a
  set/get/delete round trip with a throw-away entry works;
* the configuration directory is writable.

Versions (app, Python, Qt, PySide6, OpenSSL) are printed first. The window is never shown on a screen:
``QT_QPA_PLATFORM`` defaults to ``offscreen`` here. A windowed Windows executable has no standard output;
the report then goes to ``self-check.txt`` in the log directory (``swyxon-desktop-cli.exe`` prints it).
"""
from __future__ import annotations

import importlib
import os
import pkgutil
import platform
import ssl
import sys
import tempfile
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, TextIO

from swyxon_desktop import APP_NAME, __version__, i18n, paths, secrets
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP

CONTEXT = "SelfCheck"
EXIT_OK, EXIT_FAILED = 0, 1
KEYCHAIN_TIMEOUT_S = 30.0  # a locked keychain may wait for a password prompt nobody answers

# Desktop platform plugins per system: (plugin key, must it load here?) — wayland must load only in a
# Wayland session; elsewhere (X11, headless) it must be shipped, and whether it loads is reported.
_DESKTOP_PLATFORMS = {
    "linux": (("xcb", lambda: True), ("wayland", lambda: bool(os.environ.get("WAYLAND_DISPLAY")))),
    "win32": (("windows", lambda: True),),
    "darwin": (("cocoa", lambda: True),),
}

# Labels
L_VERSIONS = QT_TRANSLATE_NOOP("SelfCheck", "Versions")
L_PLATFORM = QT_TRANSLATE_NOOP("SelfCheck", "Qt platform plugin \"{}\"")
L_DESKTOP = QT_TRANSLATE_NOOP("SelfCheck", "Desktop platform plugin \"{}\"")
L_MODULES = QT_TRANSLATE_NOOP("SelfCheck", "Python modules")
L_UI = QT_TRANSLATE_NOOP("SelfCheck", "Layout files (.ui)")
L_TRANSLATIONS = QT_TRANSLATE_NOOP("SelfCheck", "Translations ({})")
L_QT_TRANSLATION = QT_TRANSLATE_NOOP("SelfCheck", "Qt's own translation ({})")
L_WINDOW = QT_TRANSLATE_NOOP("SelfCheck", "Main window")
L_DISCOVERY = QT_TRANSLATE_NOOP("SelfCheck", "Keychain backends (entry points)")
L_KEYCHAIN = QT_TRANSLATE_NOOP("SelfCheck", "Keychain")
L_CONFIG = QT_TRANSLATE_NOOP("SelfCheck", "Configuration directory")

# Reasons
R_PLUGIN_LOADED = QT_TRANSLATE_NOOP("SelfCheck", "loaded from {}")
R_PLUGIN_MISSING = QT_TRANSLATE_NOOP("SelfCheck", "not found in {}")
R_PLUGIN_NOT_LOADING = QT_TRANSLATE_NOOP("SelfCheck", "found but does not load: {}")
R_PLUGIN_SHIPPED_ONLY = QT_TRANSLATE_NOOP(
    "SelfCheck", "shipped ({}); it does not load here ({}), which matters only in a Wayland session")
R_APP_FAILED = QT_TRANSLATE_NOOP("SelfCheck", "the application object could not be created: {}")
R_NO_QT = QT_TRANSLATE_NOOP("SelfCheck", "not checked: the Qt platform plugin did not start")
R_MODULES_OK = QT_TRANSLATE_NOOP("SelfCheck", "all {} import")
R_MODULES_FAILED = QT_TRANSLATE_NOOP("SelfCheck", "{} of {} do not import: {}")
R_UI_OK = QT_TRANSLATE_NOOP("SelfCheck", "{} load from {}")
R_UI_NONE = QT_TRANSLATE_NOOP("SelfCheck", "no .ui file found in {}")
R_UI_FAILED = QT_TRANSLATE_NOOP("SelfCheck", "do not load: {}")
R_TR_OK = QT_TRANSLATE_NOOP("SelfCheck", "{} load and are not empty")
R_TR_NONE = QT_TRANSLATE_NOOP("SelfCheck", "no catalogue found in {}")
R_TR_FAILED = QT_TRANSLATE_NOOP("SelfCheck", "do not load or are empty: {}")
R_TR_UNPAIRED = QT_TRANSLATE_NOOP("SelfCheck", "areas without both languages: {}")
R_QT_TR_OK = QT_TRANSLATE_NOOP("SelfCheck", "{} loads")
R_QT_TR_FAILED = QT_TRANSLATE_NOOP("SelfCheck", "{} not found in {}")
R_WINDOW_OK = QT_TRANSLATE_NOOP("SelfCheck", "built and shown on \"{}\": {}")
R_WINDOW_FAILED = QT_TRANSLATE_NOOP("SelfCheck", "could not be built: {}")
R_WINDOW_HIDDEN = QT_TRANSLATE_NOOP("SelfCheck", "it did not become visible")
R_WINDOW_ASKED = QT_TRANSLATE_NOOP("SelfCheck", "asked a question while opening: {}")
R_DISCOVERY_OK = QT_TRANSLATE_NOOP("SelfCheck", "{} found, including {}")
R_DISCOVERY_MISSING = QT_TRANSLATE_NOOP("SelfCheck", "{} is not among the entry points found: {}")
R_KEYCHAIN_OK = QT_TRANSLATE_NOOP("SelfCheck", "{}: a throw-away entry was stored, read back and deleted")
R_KEYCHAIN_NOT = QT_TRANSLATE_NOOP("SelfCheck", "{} is not a keychain (it keeps passwords in a file or nowhere)")
R_KEYCHAIN_FAILED = "{}: {}"  # backend: the keychain's own (translated) reason
R_KEYCHAIN_MISMATCH = QT_TRANSLATE_NOOP("SelfCheck", "{}: the entry read back differs from the one stored")
R_KEYCHAIN_LEFT = QT_TRANSLATE_NOOP("SelfCheck", "{}: the throw-away entry is still there after deleting it")
R_KEYCHAIN_TIMEOUT = QT_TRANSLATE_NOOP(
    "SelfCheck", "{}: no answer within {} s (is the keychain locked and waiting for its password?)")
R_CONFIG_OK = QT_TRANSLATE_NOOP("SelfCheck", "{} is writable")
R_CONFIG_FAILED = QT_TRANSLATE_NOOP("SelfCheck", "{} is not writable: {}")
S_ALL_OK = QT_TRANSLATE_NOOP("SelfCheck", "All {} checks passed.")
S_FAILED = QT_TRANSLATE_NOOP("SelfCheck", "{} of {} checks failed.")


def tr(text: str, context: str = CONTEXT) -> str:
    """Qt's translation once the application (and its translators) exists, the Qt-free catalogue before."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        return QCoreApplication.translate(context, text)
    return i18n.translate(context, text)


@dataclass
class Check:
    label: str  # marked source text, may have one {} filled by label_arg
    ok: bool
    reason: str  # marked source text with {} placeholders
    args: tuple[Any, ...] = ()
    label_arg: str = ""

    def line(self) -> str:
        label = tr(self.label).format(self.label_arg) if self.label_arg else tr(self.label)
        return f"{'OK  ' if self.ok else 'FAIL'}  {label}: {tr(self.reason).format(*self.args)}"


def _err(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}"[:300] if text else type(exc).__name__


# ------------------------------------------------------------------------------------------------------
# Qt platform plugins (checked before any QGuiApplication exists: a failing platform plugin aborts Qt)
def _platform_dirs() -> list[Path]:
    from PySide6.QtCore import QLibraryInfo

    roots = [p for p in os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    roots.append(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    dirs: list[Path] = []
    for root in roots:
        d = Path(root) / "platforms"
        if d.is_dir() and all(not d.samefile(seen) for seen in dirs):
            dirs.append(d)
    return dirs


def _find_platform_plugin(key: str) -> Path | None:
    from PySide6.QtCore import QPluginLoader

    for d in _platform_dirs():
        for f in sorted(d.iterdir()):
            if not f.is_file() or f.suffix not in (".so", ".dll", ".dylib"):
                continue
            keys = QPluginLoader(str(f)).metaData().get("MetaData", {}).get("Keys", [])
            if key in [str(k).lower() for k in keys]:
                return f
    return None


def _load_plugin(path: Path) -> str | None:
    """None when the plugin library loads, else Qt's reason (a missing system library, usually)."""
    from PySide6.QtCore import QPluginLoader

    loader = QPluginLoader(str(path))
    return None if loader.load() else (loader.errorString() or "?")


def _platform_check(key: str, label: str, must_load: bool) -> Check:
    plugin = _find_platform_plugin(key)
    if plugin is None:
        where = ", ".join(str(d) for d in _platform_dirs()) or "-"
        return Check(label, False, R_PLUGIN_MISSING, (where,), key)
    problem = _load_plugin(plugin)
    if problem is None:
        return Check(label, True, R_PLUGIN_LOADED, (plugin,), key)
    if must_load:
        return Check(label, False, R_PLUGIN_NOT_LOADING, (problem,), key)
    return Check(label, True, R_PLUGIN_SHIPPED_ONLY, (plugin.name, problem), key)


def check_platforms(requested: str) -> tuple[list[Check], bool]:
    """The checks, and whether the requested platform can start a QGuiApplication."""
    checks = [_platform_check(requested, L_PLATFORM, True)]
    startable = checks[0].ok
    if startable and requested in ("xcb", "wayland"):
        from swyxon_desktop.gui.app import display_problem

        problem = display_problem()
        if problem:
            checks[0] = Check(L_PLATFORM, False, "{}", (problem.splitlines()[0],), requested)
            startable = False
    for key, must_load in _DESKTOP_PLATFORMS.get(sys.platform, ()):
        if key != requested:
            checks.append(_platform_check(key, L_DESKTOP, must_load()))
    return checks, startable


# ------------------------------------------------------------------------------------------------------
def check_modules() -> Check:
    """Import every module of the app (except the entry points that run on import)."""
    import swyxon_desktop

    names, failed = [], []
    for info in pkgutil.walk_packages(swyxon_desktop.__path__, "swyxon_desktop.", onerror=failed.append):
        if info.name.rsplit(".", 1)[-1] == "__main__":
            continue
        names.append(info.name)
    errors = [f"{name} (ImportError while listing the package)" for name in failed]
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 - any import failure is the finding
            errors.append(f"{name} ({_err(exc)})")
    if errors or not names:
        return Check(L_MODULES, False, R_MODULES_FAILED, (len(errors), len(names), "; ".join(errors) or "-"))
    return Check(L_MODULES, True, R_MODULES_OK, (len(names),))


def check_ui_files() -> Check:
    from PySide6.QtUiTools import QUiLoader

    try:
        ui_dir = paths.ui_dir()
    except FileNotFoundError as exc:
        return Check(L_UI, False, "{}", (str(exc),))
    files = sorted(ui_dir.glob("*.ui"))
    if not files:
        return Check(L_UI, False, R_UI_NONE, (ui_dir,))
    failed = []
    for f in files:
        loader = QUiLoader()
        try:
            widget = loader.load(str(f), None)
        except RuntimeError as exc:  # PySide6 raises for a file it cannot parse
            failed.append(f"{f.name} ({loader.errorString() or exc})")
            continue
        if widget is None:
            failed.append(f"{f.name} ({loader.errorString() or '?'})")
        else:
            widget.deleteLater()
    if failed:
        return Check(L_UI, False, R_UI_FAILED, ("; ".join(failed),))
    return Check(L_UI, True, R_UI_OK, (", ".join(f.name for f in files), ui_dir))


def _areas(directory: Path, lang: str) -> set[str]:
    return {p.name[: -len(f"_{lang}.qm")] for p in directory.glob(f"*_{lang}.qm")}


def check_translations() -> list[Check]:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    checks = []
    try:
        directory = paths.translations_dir()
    except FileNotFoundError as exc:
        return [Check(L_TRANSLATIONS, False, "{}", (str(exc),), "/".join(i18n.SUPPORTED_LANGUAGES))]
    areas = {lang: _areas(directory, lang) for lang in i18n.SUPPORTED_LANGUAGES}
    every = set().union(*areas.values())
    for lang in i18n.SUPPORTED_LANGUAGES:
        files = sorted(directory.glob(f"*_{lang}.qm"))
        if not files:
            checks.append(Check(L_TRANSLATIONS, False, R_TR_NONE, (directory,), lang))
            continue
        bad = []
        for f in files:
            translator = QTranslator()
            if not translator.load(str(f)) or translator.isEmpty():
                bad.append(f.name)
        unpaired = sorted(every - areas[lang])
        if bad:
            checks.append(Check(L_TRANSLATIONS, False, R_TR_FAILED, (", ".join(bad),), lang))
        elif unpaired:
            checks.append(Check(L_TRANSLATIONS, False, R_TR_UNPAIRED, (", ".join(unpaired),), lang))
        else:
            checks.append(Check(L_TRANSLATIONS, True, R_TR_OK, (", ".join(f.name for f in files),), lang))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for lang in i18n.SUPPORTED_LANGUAGES:
        if lang == "en":  # Qt's source language
            continue
        translator = QTranslator()
        name = f"qtbase_{lang}.qm"
        ok = translator.load(f"qtbase_{lang}", qt_dir) and not translator.isEmpty()
        checks.append(Check(L_QT_TRANSLATION, ok, R_QT_TR_OK if ok else R_QT_TR_FAILED,
                            (name,) if ok else (name, qt_dir), lang))
    return checks


def check_main_window(app) -> Check:
    """Build and show the main window; a modal question while opening fails the check (and is answered
    with its escape choice, so nothing waits for a user)."""
    from swyxon_desktop.gui.shared import ask

    asked: list[str] = []
    originals = {name: getattr(ask, name) for name in ("choose", "get_text", "open_file", "save_file")}

    def choose(parent, title, text, choices, *, default=None, escape=None, icon="question"):
        asked.append(f"{title}: {text}")
        return escape if escape is not None else choices[-1][0]

    def nothing(parent, title, *args, **kwargs):
        asked.append(str(title))
        return None

    ask.choose, ask.get_text, ask.open_file, ask.save_file = choose, nothing, nothing, nothing
    window = None
    try:
        from swyxon_desktop.gui import MainWindow

        window = MainWindow()
        window.show()
        app.processEvents()
        title = window.windowTitle().replace("[*]", "")
        shown = window.isVisible() and bool(title)
        window.close()
        app.processEvents()
    except Exception as exc:  # noqa: BLE001 - the finding
        return Check(L_WINDOW, False, R_WINDOW_FAILED, (_err(exc),))
    finally:
        for name, func in originals.items():
            setattr(ask, name, func)
        if window is not None:
            window.deleteLater()
    if asked:
        return Check(L_WINDOW, False, R_WINDOW_ASKED, ("; ".join(asked),))
    if not shown:
        return Check(L_WINDOW, False, R_WINDOW_HIDDEN)
    return Check(L_WINDOW, True, R_WINDOW_OK, (app.platformName(), title))


# ------------------------------------------------------------------------------------------------------
_PLATFORM_BACKEND = {"linux": "SecretService", "win32": "Windows", "darwin": "macOS"}


def check_keyring_discovery() -> Check:
    """keyring finds backends through entry points; a frozen app loses them unless the build keeps them."""
    try:
        from keyring.compat.py312 import metadata
    except ImportError:  # pragma: no cover - older keyring
        import importlib.metadata as metadata
    try:
        names = sorted({ep.name for ep in metadata.entry_points(group="keyring.backends")})
    except Exception as exc:  # noqa: BLE001
        return Check(L_DISCOVERY, False, "{}", (_err(exc),))
    wanted = _PLATFORM_BACKEND.get(sys.platform)
    if wanted and wanted not in names:
        return Check(L_DISCOVERY, False, R_DISCOVERY_MISSING, (wanted, ", ".join(names) or "-"))
    return Check(L_DISCOVERY, bool(names), R_DISCOVERY_OK, (len(names), wanted or ", ".join(names)))


def _with_timeout(func: Callable[[], Any], seconds: float) -> tuple[bool, Any]:
    """(finished, result or exception); the worker is a daemon thread, so a hung keychain cannot keep the
    process alive."""
    box: dict[str, Any] = {}

    def work():
        try:
            box["result"] = func()
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller
            box["error"] = exc

    thread = threading.Thread(target=work, name="self-check-keychain", daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        return False, None
    return True, box.get("error", box.get("result"))


def check_keychain(timeout: float = KEYCHAIN_TIMEOUT_S) -> Check:
    name = secrets.backend_name()

    def round_trip():
        backend = secrets.backend()  # KeychainError when it is not a keychain (and not opted in)
        if not secrets.is_keychain(backend):  # opted in to an insecure backend: still not a keychain
            return R_KEYCHAIN_NOT
        account = f"self-check:{uuid.uuid4().hex}"
        token = uuid.uuid4().hex  # a random marker, not a password
        backend.set_password(secrets.SERVICE, account, token)
        try:
            if backend.get_password(secrets.SERVICE, account) != token:
                return R_KEYCHAIN_MISMATCH
        finally:
            backend.delete_password(secrets.SERVICE, account)
        if backend.get_password(secrets.SERVICE, account) is not None:
            return R_KEYCHAIN_LEFT
        return None

    finished, outcome = _with_timeout(round_trip, timeout)
    if not finished:
        return Check(L_KEYCHAIN, False, R_KEYCHAIN_TIMEOUT, (name, f"{timeout:g}"))
    if isinstance(outcome, secrets.KeychainError):
        if outcome.failure.message == secrets.MSG_INSECURE:
            return Check(L_KEYCHAIN, False, R_KEYCHAIN_NOT, (outcome.detail or name,))
        return Check(L_KEYCHAIN, False, R_KEYCHAIN_FAILED,
                     (name, tr(outcome.failure.message, outcome.failure.context).format(
                         *outcome.failure.message_args)))
    if isinstance(outcome, BaseException):
        return Check(L_KEYCHAIN, False, R_KEYCHAIN_FAILED, (name, _err(outcome)))
    if outcome is not None:
        return Check(L_KEYCHAIN, False, outcome, (name,))
    return Check(L_KEYCHAIN, True, R_KEYCHAIN_OK, (name,))


def check_config_dir() -> Check:
    directory = paths.config_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=directory, prefix=".self-check-", delete=True) as handle:
            handle.write("ok")
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        return Check(L_CONFIG, False, R_CONFIG_FAILED, (directory, _err(exc)))
    return Check(L_CONFIG, True, R_CONFIG_OK, (directory,))


# ------------------------------------------------------------------------------------------------------
def versions() -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    frozen = " (frozen)" if getattr(sys, "frozen", False) else ""
    return (f"{APP_NAME} {__version__}{frozen}; Python {platform.python_version()}; Qt {qVersion()}; "
            f"PySide6 {pyside_version}; {ssl.OPENSSL_VERSION}")


def _output() -> TextIO:
    if sys.stdout is not None:
        return sys.stdout
    # A windowed Windows executable has no standard output: write the report where the logs are.
    directory = paths.log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    return open(directory / "self-check.txt", "w", encoding="utf-8")  # noqa: SIM115 - closed by the caller


def run_self_check(lang: str | None = None, out: TextIO | None = None) -> int:
    """Run every check, print one line each; 0 when all hold, 1 otherwise."""
    lang = i18n.set_language(lang)
    from swyxon_desktop.gui.app import requested_platform

    requested = requested_platform().lower()
    if not requested:
        requested = "offscreen"
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    results: list[Check] = []
    platform_checks, startable = check_platforms(requested)
    app = None
    if startable:
        try:
            from swyxon_desktop.gui import create_app

            app = create_app([sys.argv[0] if sys.argv and sys.argv[0] else APP_NAME, "--lang", lang])
        except Exception as exc:  # noqa: BLE001 - the finding
            platform_checks[0] = Check(L_PLATFORM, False, R_APP_FAILED, (_err(exc),), requested)
    stream = out or _output()

    def emit(check: Check) -> None:
        results.append(check)
        stream.write(check.line() + "\n")
        stream.flush()

    stream.write(f"{tr(L_VERSIONS)}: {versions()}\n")
    for check in platform_checks:
        emit(check)
    emit(check_modules())
    if app is not None:
        emit(check_ui_files())
        for check in check_translations():
            emit(check)
        emit(check_main_window(app))
    else:
        for label in (L_UI, L_WINDOW):
            emit(Check(label, False, R_NO_QT))
    emit(check_keyring_discovery())
    emit(check_keychain())
    emit(check_config_dir())
    failed = sum(not c.ok for c in results)
    summary = tr(S_FAILED).format(failed, len(results)) if failed else tr(S_ALL_OK).format(len(results))
    stream.write(summary + "\n")
    stream.flush()
    if out is None and stream is not sys.stdout:
        stream.close()
    return EXIT_FAILED if failed else EXIT_OK

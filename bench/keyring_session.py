"""Run a bench script again inside a private D-Bus session with an unlocked GNOME Keyring (a real Secret
Service, as users have), in a throw-away HOME; the inner run is told by the environment variable ``inner``."""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def reexec(script: str, argv: list[str], inner: str) -> int:
    name = Path(script).name
    for tool in ("dbus-run-session", "gnome-keyring-daemon", "secret-tool", "swaks"):
        if not shutil.which(tool):
            raise SystemExit(f"bench/{name} needs {tool} (Debian: dbus, gnome-keyring, libsecret-tools, swaks)")
    home = Path(tempfile.mkdtemp(prefix=f"swyxon-bench-{Path(name).stem}-home-"))
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime), "XDG_DATA_HOME": str(home / "share"),
           "XDG_CONFIG_HOME": str(home / "config"), inner: "1"}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    command = " ".join(shlex.quote(a) for a in [sys.executable, script, *argv])
    shell = f"echo -n bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null && {command}"
    try:
        return subprocess.call(["dbus-run-session", "--", "bash", "-c", shell], env=env)
    finally:
        shutil.rmtree(home, ignore_errors=True)

"""The Linux menu entry (resources/swyxon-desktop.desktop) and its per-user installer script."""
from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

from swyxon_desktop import APP_NAME

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "resources" / f"{APP_NAME}.desktop"
SCRIPT = ROOT / "resources" / "install-desktop-entry.sh"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def entry(path: Path = DESKTOP) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def test_the_entry_names_the_command_icon_and_window_class():
    e = entry()
    assert e["Type"] == "Application" and e["Terminal"] == "false"
    assert e["Name"] == "SwyxON Desktop" and e["Comment"] and e["Comment[de]"] and e["GenericName[de]"]
    # the console script pip installs, the icon name the script installs, the WM_CLASS / Wayland app id
    # that create_app sets (applicationName and desktopFileName = APP_NAME)
    assert e["Exec"] == e["TryExec"] == APP_NAME
    assert f'{APP_NAME} = "swyxon_desktop.cli:main"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert e["Icon"] == APP_NAME and (ROOT / "resources" / "icons" / f"{APP_NAME}.svg").is_file()
    assert e["StartupWMClass"] == APP_NAME
    for key in ("Categories", "Keywords", "Keywords[de]"):
        assert e[key].endswith(";") and "" not in e[key][:-1].split(";")
    assert "Network" in e["Categories"].split(";")


if sys.platform != "win32":  # the .desktop entry is a Linux (freedesktop) matter

    def run_script(*args: str, data_home: Path, path_env: str | None = None) -> subprocess.CompletedProcess:
        env = dict(os.environ, XDG_DATA_HOME=str(data_home))
        if path_env is not None:
            env["PATH"] = path_env
        return subprocess.run(["bash", str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=60)

    def fake_executable(folder: Path) -> Path:
        folder.mkdir(parents=True)
        exe = folder / APP_NAME
        exe.write_text("#!/bin/sh\nexit 0\n")
        exe.chmod(0o755)
        return exe

    def test_install_for_the_user_and_remove_again(tmp_path):
        exe = fake_executable(tmp_path / "a dir with spaces")
        share = tmp_path / "share"
        proc = run_script("--exec", str(exe), data_home=share)
        assert proc.returncode == 0, proc.stderr
        installed = share / "applications" / f"{APP_NAME}.desktop"
        e = entry(installed)
        assert e["Exec"] == f'"{exe}"'  # quoted as the Desktop Entry Specification asks
        assert e["TryExec"] == str(exe)
        assert {k: v for k, v in e.items() if k not in ("Exec", "TryExec")} == \
            {k: v for k, v in entry().items() if k not in ("Exec", "TryExec")}
        icons = share / "icons" / "hicolor"
        assert (icons / "scalable" / "apps" / f"{APP_NAME}.svg").read_bytes() == \
            (ROOT / "resources" / "icons" / f"{APP_NAME}.svg").read_bytes()
        for size in SIZES:
            assert (icons / f"{size}x{size}" / "apps" / f"{APP_NAME}.png").read_bytes() == \
                (ROOT / "resources" / "icons" / f"{APP_NAME}-{size}.png").read_bytes()

        proc = run_script("--uninstall", data_home=share)
        assert proc.returncode == 0, proc.stderr
        assert not installed.exists()
        assert [p for p in icons.rglob("*") if p.is_file()] == []

    def test_without_exec_it_uses_the_command_on_path(tmp_path):
        exe = fake_executable(tmp_path / "bin")
        share = tmp_path / "share"
        proc = run_script(data_home=share, path_env=f"{exe.parent}{os.pathsep}{os.environ['PATH']}")
        assert proc.returncode == 0, proc.stderr
        assert entry(share / "applications" / f"{APP_NAME}.desktop")["Exec"] == str(exe)

    def test_it_refuses_without_an_executable_and_writes_nothing(tmp_path):
        share = tmp_path / "share"
        bare_path = os.pathsep.join(str(Path(shutil.which(tool)).parent) for tool in ("bash", "mktemp", "install"))
        proc = run_script(data_home=share, path_env=bare_path)
        assert proc.returncode == 1 and "--exec" in proc.stderr
        proc = run_script("--exec", str(tmp_path / "missing"), data_home=share)
        assert proc.returncode == 1 and "not an executable file" in proc.stderr
        assert not share.exists()

    def test_bad_usage_exits_2(tmp_path):
        proc = run_script("--frobnicate", data_home=tmp_path / "share")
        assert proc.returncode == 2 and "unknown argument: --frobnicate" in proc.stderr

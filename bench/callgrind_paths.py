"""The two fast paths (and `profile list`) in instructions, for two or more revisions, in one run.

    python bench/callgrind_paths.py --rev 552e136 --rev HEAD [--work /tmp/cgpaths] [--only startup,test-mail]

For each revision: a clean ``git worktree`` and a venv with a non-editable ``pip install .`` (kept in
``--work`` and reused on the next run). Then, with ``valgrind --tool=callgrind --separate-threads=yes``,
``PYTHONHASHSEED=0`` and ``.pyc`` cached (a per-revision ``PYTHONPYCACHEPREFIX``, warmed up once):

* window start-up, ``--lang de`` and ``en``: what ``bench/startup.py`` runs as its app child (the window
  with 2 stored profiles, offscreen, one event-loop turn), from the revision's tree; the main thread's
  count, the lower of three runs (the count is bimodal: docs/PERFORMANCE.md, "How to measure");
* ``test-mail`` STARTTLS + AUTH LOGIN, the password in GNOME Keyring, en and ``--lang de``, against one local
  test server (run outside valgrind, from this checkout): the sum over all processes and threads of the
  CLI, the lower of two runs;
* ``profile list`` with 2 and with 1,000 stored profiles, en: the sum, the lower of two runs.

Prints a table: the count per revision and the ratio of each to the first. Needs valgrind, and for
test-mail a Secret Service: like bench/test_mail.py it starts itself again inside ``dbus-run-session`` with
an unlocked ``gnome-keyring-daemon`` (Debian: valgrind, dbus, gnome-keyring).
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INNER = "SWYXON_BENCH_CALLGRIND_INNER"
PROFILE, USER, PASSWORD = "bench", "bench", "bench-Pa55word!"
SENDER, RECIPIENT = "bench@firma.de", "admin@example.com"

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import APP  # noqa: E402 - the very code bench/startup.py measures

PREPARE_HOME = """
import sys
from swyxon_desktop.settings import MailSettings, TlsMode
from swyxon_desktop.store import Store
count = int(sys.argv[1])
store = Store()
platform = MailSettings(server="mail.firma.de", port=587, sender="SwyxWare@firma.de", use_ssl=True,
                        tls_mode=TlsMode.AUTO, use_auth=True, username="swyxware@firma.de")
store.save("Plattform", platform, has_password=True)
for i in range(1, count):
    store.save(f"Tenant {i:04d} GmbH", platform.replace(server=f"mail.tenant{i}.de"), has_password=True)
"""


def sh(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), check=True, capture_output=True, text=True, **kw)


def build(rev: str, work: Path) -> tuple[Path, Path, str]:
    """(tree, python, the commit) of ``rev``: a worktree and a non-editable install, made once."""
    commit = sh("git", "-C", str(ROOT), "rev-parse", "--short", rev).stdout.strip()
    tree = work / commit
    python = tree / ".venv" / "bin" / "python"
    if not python.exists():
        if not tree.exists():
            sh("git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), commit)
        sh(sys.executable, "-m", "venv", str(tree / ".venv"))
        sh(str(python), "-m", "pip", "install", "-q", ".", cwd=tree)
    return tree, python, commit


def callgrind(cmd: list[str], env: dict, cwd: Path, *, main_thread: bool, stdin: str | None = None) -> int:
    with tempfile.TemporaryDirectory(prefix="cg-") as out:
        proc = subprocess.run(["valgrind", "--tool=callgrind", "--separate-threads=yes", "--trace-children=yes",
                               f"--callgrind-out-file={out}/cg.%p", *cmd], env=env, cwd=cwd, input=stdin,
                              capture_output=True, text=True, timeout=900)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
        totals = {}
        for path in Path(out).iterdir():
            match = re.search(r"^summary: (\d+)", path.read_text(errors="replace"), re.M)
            if match:
                totals[path.name] = int(match.group(1))
        if main_thread:  # cg.<pid>-01 of the first process (the lowest pid)
            firsts = sorted((n for n in totals if n.endswith("-01")), key=lambda n: int(n[3:].split("-")[0]))
            return totals[firsts[0]]
        return sum(totals.values())


def measure(rev: str, work: Path, only: set[str], server) -> dict[str, int]:
    tree, python, commit = build(rev, work)
    home = work / f"home-{commit}"
    base = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPYCACHEPREFIX": str(work / f"pycache-{commit}"),
            "QT_QPA_PLATFORM": "offscreen"}
    base.pop("PYTHONDONTWRITEBYTECODE", None)
    results: dict[str, int] = {}

    def store_of(count: int) -> dict:
        folder = home / str(count)
        env = {**base, "SWYXON_DESKTOP_HOME": str(folder)}
        if not folder.exists():
            subprocess.run([str(python), "-c", PREPARE_HOME, str(count)], env=env, check=True, cwd=work)
        return env

    if "startup" in only:
        env = {**store_of(2), "PYTHONPATH": str(tree)}
        for lang in ("de", "en"):
            cmd = [str(python), "-c", APP, lang, str(tree / "ui" / "main_window.ui")]
            subprocess.run(cmd, env=env, cwd=tree, check=True, capture_output=True)  # warm the .pyc cache
            results[f"window start-up --lang {lang} (main thread)"] = min(
                callgrind(cmd, env, tree, main_thread=True) for _ in range(3))
    cli = str(python.with_name("swyxon-desktop"))
    if "profile-list" in only:
        for count in (2, 1000):
            env = store_of(count)
            cmd = [cli, "--lang", "en", "profile", "list"]
            subprocess.run(cmd, env=env, check=True, capture_output=True)
            results[f"profile list, {count} profiles, en"] = min(
                callgrind(cmd, env, work, main_thread=False) for _ in range(2))
    if "test-mail" in only:
        # Profiles through platformdirs in the keyring session's XDG folders, like an installed app;
        # one folder per revision (each keeps its own profile and keychain entry under the same name).
        env = {**base, "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")}
        env.pop("SWYXON_DESKTOP_HOME", None)
        sh(cli, "profile", "set", PROFILE, "--server", "127.0.0.1", "--port", str(server.port), "--sender", SENDER,
           "--ssl", "--tls-mode", "starttls", "--auth", "--mechanism", "LOGIN", "--username", USER,
           "--ca-file", str(server.ca_file), "--password-stdin", input=PASSWORD + "\n", env=env)
        for lang in ("en", "de"):
            cmd = [cli, "--lang", lang, "test-mail", "--profile", PROFILE, "--to", RECIPIENT]
            subprocess.run(cmd, env=env, check=True, capture_output=True)
            results[f"test-mail STARTTLS + LOGIN, keychain, {lang} (all processes)"] = min(
                callgrind(cmd, env, work, main_thread=False) for _ in range(2))
    return results


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", action="append", required=True, help="a git revision (twice or more)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "swyxon-callgrind-paths")
    parser.add_argument("--only", default="startup,test-mail,profile-list")
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    if "test-mail" in only and not os.environ.get(INNER):
        from keyring_session import reexec  # beside this script

        return reexec(__file__, argv, INNER)
    args.work.mkdir(parents=True, exist_ok=True)
    server = None
    if "test-mail" in only:
        sys.path.insert(0, str(ROOT))
        os.environ["SWYXON_DESKTOP_HOME"] = str(args.work / "server-home")
        from swyxon_desktop.testserver import LocalServer, ServerPolicy

        server = LocalServer(ServerPolicy(tls="starttls", users={USER: PASSWORD}, auth_mechanisms=("LOGIN", "PLAIN"),
                                          mailbox=args.work / "mailbox"))
        server.start()
    try:
        table = {rev: measure(rev, args.work, only, server) for rev in args.rev}
    finally:
        if server is not None:
            server.stop()
    first = args.rev[0]
    print("| path | " + " | ".join(args.rev) + " | " + " | ".join(f"{r} / {first}" for r in args.rev[1:]) + " |")
    print("|---|" + "---|" * (2 * len(args.rev) - 1))
    for path in table[first]:
        counts = [table[rev][path] for rev in args.rev]
        ratios = [f"{c / counts[0]:.4f}" for c in counts[1:]]
        print(f"| {path} | " + " | ".join(f"{c / 1e6:.1f}M" for c in counts) + " | " + " | ".join(ratios) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

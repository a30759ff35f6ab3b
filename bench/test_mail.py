"""`swyxon-desktop test-mail` against swaks: the same local server, STARTTLS + AUTH LOGIN, whole processes.

Baseline: ``swaks --auth-password "$(secret-tool lookup …)"`` — swaks with the password taken from the same
keychain entry. Ours: ``swyxon-desktop test-mail`` (its password from the keychain through secrets.py).
Both run under ``bash -c`` (the baseline needs a shell for ``$(…)``), both verify the server certificate
against the same CA file (swaks 20201014 checks the chain only; ours also checks the host name and adds
the system's CAs), and both talk to one local test server (aiosmtpd, STARTTLS, AUTH LOGIN). Ours runs as
installed: bytecode cached, profiles found through platformdirs (no test override).
Runs are paired (ours and swaks back to back, alternating which goes first); the script prints the
median of each and the median of the per-pair ratios. Target <= 1.5x, aim <= 1.0x.

Second measurement, the floor: ``bench/minimal_client.py`` — the same conversation from a bare Python
script built from the parts the product requires (secretstorage, ``ssl.create_default_context()``,
smtplib) and nothing else — against the same swaks: how much of the ratio is Python itself.

Third measurement: the time to report a refused connection (no authentication, nothing listening).

    /work/venv/bin/python bench/test_mail.py [--runs 21] [--check] [--python /tmp/p2v/bin/python]

``--python`` measures the ``swyxon-desktop`` of another environment (e.g. a non-editable ``pip install``
in a scratch venv, as the README installs it): the console script next to that interpreter. The
server and the bench itself keep running from the interpreter that started the script.

Needs a Secret Service: when none is reachable the script starts itself again inside
``dbus-run-session`` with ``gnome-keyring-daemon --unlock --components=secrets`` and a throw-away HOME
(Debian packages dbus, gnome-keyring, libsecret-tools, swaks). ``--check`` exits 1 above the target.
"""
from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET, AIM = 1.5, 1.0
PROFILE, USER, PASSWORD = "bench", "bench", "bench-Pa55word!"
SENDER, RECIPIENT = "bench@firma.de", "admin@example.com"
BASELINE = "swaks + secret-tool"
INNER = "SWYXON_BENCH_INNER"


def reexec_in_keyring_session(argv: list[str]) -> int:
    from keyring_session import reexec  # beside this script

    return reexec(__file__, argv, INNER)


def ours_command(python: str) -> list[str]:
    # No resolve(): a venv's python is a symlink to the base interpreter; the script sits beside the link.
    script = Path(python).with_name("swyxon-desktop")
    return [str(script)] if script.exists() else [python, "-m", "swyxon_desktop"]


def timed(command: str, env: dict, expect_ok: bool) -> float:
    started = time.perf_counter()
    proc = subprocess.run(["bash", "-c", command], env=env, capture_output=True, text=True, timeout=60)
    elapsed = time.perf_counter() - started
    if (proc.returncode == 0) != expect_ok:
        raise SystemExit(f"unexpected exit {proc.returncode} from: {command}\n"
                         f"{proc.stdout[-2000:]}{proc.stderr[-2000:]}")
    return elapsed


def paired(ours: str, theirs: str, env: dict, runs: int, expect_ok: bool) -> tuple[list[float], list[float]]:
    timed(ours, env, expect_ok)  # warm the OS caches (and .pyc files) for both before measuring
    timed(theirs, env, expect_ok)
    a, b = [], []
    for i in range(runs):
        if i % 2 == 0:
            a.append(timed(ours, env, expect_ok))
            b.append(timed(theirs, env, expect_ok))
        else:
            b.append(timed(theirs, env, expect_ok))
            a.append(timed(ours, env, expect_ok))
    return a, b


def report(title: str, ours: list[float], theirs: list[float], baseline: str = BASELINE,
           measured: str = "swyxon-desktop") -> float:
    ratio = statistics.median(x / y for x, y in zip(ours, theirs))
    print(f"{title}: {measured} median {statistics.median(ours) * 1000:.0f} ms, "
          f"{baseline} median {statistics.median(theirs) * 1000:.0f} ms, "
          f"ratio {ratio:.2f}x (paired, {len(ours)} runs; target <= {TARGET}x, aim <= {AIM}x)")
    return ratio


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--python", default=sys.executable, metavar="PATH",
                        help="the interpreter whose swyxon-desktop is measured (default: this one)")
    args = parser.parse_args(argv)
    if not os.environ.get(INNER):
        return reexec_in_keyring_session(argv)

    sys.path.insert(0, str(ROOT))
    work = Path(tempfile.mkdtemp(prefix="swyxon-bench-"))
    os.environ["SWYXON_DESKTOP_HOME"] = str(work / "home")
    from swyxon_desktop.testserver import LocalServer, ServerPolicy
    from tests.smtp.helpers import free_port

    # Like an installed package: bytecode is cached (pip compiles at install time). A private cache
    # prefix keeps the shared source tree clean; the warm-up runs fill it.
    env = {**os.environ, "LANGUAGE": "en", "PYTHONPYCACHEPREFIX": str(work / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # Like a user's installation: the CLI finds its profiles through platformdirs (in the throw-away
    # XDG directories of the keyring session), not through the test override, which skips platformdirs.
    env.pop("SWYXON_DESKTOP_HOME", None)
    server = LocalServer(ServerPolicy(tls="starttls", users={USER: PASSWORD}, auth_mechanisms=("LOGIN", "PLAIN"),
                                      mailbox=work / "mailbox"))
    server.start()
    try:
        ca = str(server.ca_file)
        cli = ours_command(args.python)
        print(f"swyxon-desktop: {' '.join(cli)}")
        setup = subprocess.run([*cli, "profile", "set", PROFILE, "--server", "127.0.0.1", "--port", str(server.port),
                                "--sender", SENDER, "--ssl", "--tls-mode", "starttls", "--auth", "--mechanism", "LOGIN",
                                "--username", USER, "--ca-file", ca, "--password-stdin"],
                               input=PASSWORD + "\n", env=env, capture_output=True, text=True, timeout=60)
        if setup.returncode != 0:
            raise SystemExit(f"profile set failed: {setup.stderr}")
        lookup = "secret-tool lookup service swyxon-desktop username " + shlex.quote(f"smtp:{PROFILE}")
        if subprocess.run(["bash", "-c", lookup], env=env, capture_output=True, text=True).stdout != PASSWORD:
            raise SystemExit("secret-tool does not find the password the CLI stored (keyring attributes changed?)")

        q = shlex.quote
        ours = f"{' '.join(map(q, cli))} test-mail --profile {PROFILE} --to {RECIPIENT}"
        theirs = (f"swaks --silent 2 --server 127.0.0.1 --port {server.port} --tls --tls-verify --tls-ca-path {q(ca)} "
                  f"--auth LOGIN --auth-user {USER} --auth-password \"$({lookup})\" --from {SENDER} --to {RECIPIENT}")
        a, b = paired(ours, theirs, env, args.runs, expect_ok=True)
        ratio = report("test-mail (STARTTLS + AUTH LOGIN, password from the keychain)", a, b)
        delivered = len(server.received)
        if delivered != 2 * (args.runs + 1):
            raise SystemExit(f"expected {2 * (args.runs + 1)} delivered messages, the server has {delivered}")

        # The floor: the least any Python client built from the required parts does (no app code at all).
        floor = (f"{q(args.python)} {q(str(ROOT / 'bench' / 'minimal_client.py'))} 127.0.0.1 {server.port} {q(ca)} "
                 f"{USER} {SENDER} {RECIPIENT} {q('smtp:' + PROFILE)}")
        fa, fb = paired(floor, theirs, env, args.runs, expect_ok=True)
        report("floor (secretstorage + default TLS context + smtplib, nothing else)", fa, fb,
               measured="bench/minimal_client.py")
        fo, fl = paired(ours, floor, env, max(5, args.runs // 2), expect_ok=True)
        print(f"  swyxon-desktop over the floor: median {statistics.median(fo) * 1000:.0f} ms vs "
              f"{statistics.median(fl) * 1000:.0f} ms")

        closed = free_port()
        subprocess.run([*cli, "profile", "set", "refused", "--server", "127.0.0.1", "--port", str(closed),
                        "--sender", SENDER, "--no-auth", "--tls-mode", "starttls"], env=env, check=True,
                       capture_output=True, timeout=60)
        ours = f"{' '.join(map(q, cli))} test-mail --profile refused --to {RECIPIENT}"
        theirs = f"swaks --silent 2 --server 127.0.0.1 --port {closed} --from {SENDER} --to {RECIPIENT}"
        a, b = paired(ours, theirs, env, args.runs, expect_ok=False)
        report("time to report a refused connection", a, b, baseline="swaks")
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    if args.check and ratio > TARGET:
        print(f"FAIL: ratio {ratio:.2f}x above the target {TARGET}x")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

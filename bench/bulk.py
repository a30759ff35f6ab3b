"""Many profiles at once: `check --all` against a shell loop of swaks, black holes, in-process cost, big stores.

    .venv/bin/python bench/bulk.py [--profiles 200] [--runs 3] [--part swaks,holes,inprocess,store]

1. **swaks** — ``swyxon-desktop check --all`` over N profiles (default 200) spread over four local test
   servers (``swyxon-desktop serve --tls starttls`` with an account: STARTTLS + AUTH LOGIN, certificate
   verified against the local test CA), every password in the keychain (GNOME Keyring), against the
   baseline: one bash script running ``swaks --quit-after RCPT`` for the same profiles one after the
   other, each with ``--auth-password "$(secret-tool lookup …)"`` from the same keychain entries.
   Target <= 0.10x, aim <= 0.05x. The servers' ``--json`` stdout is read for its first line only and
   then left alone (as the README's scripts do): thousands of sessions run through them.
2. **holes** — the same with 10% of the profiles pointing at a black hole (a listening socket that never
   answers; profile timeout T): target <= T + 1.2 x the time without them.
3. **inprocess** — 100 sequential checks without sending (STARTTLS + LOGIN) in one process, as the bulk
   runner makes them (shared TLS context and names), against a bare smtplib loop that builds its TLS
   context once (EHLO, STARTTLS, LOGIN, MAIL, RCPT, RSET, QUIT). Target <= 1.5x. Also the same for test
   mails (``send_test_mail``, with DATA) against smtplib's ``sendmail``, inside the same sharing scope.
4. **store** — 1,000 stored profiles against 2: ``profile list`` (whole process) and the window's
   start-up (bench/startup.py's APP code), each <= 1.10x; the overview window with 1,000 rows: the time
   to open it and its process's peak memory after checking them all (refused at once by a closed port).

Needs dbus-run-session, gnome-keyring-daemon, secret-tool and swaks (Debian: dbus, gnome-keyring,
libsecret-tools, swaks); the script starts itself again inside a private D-Bus session with a throw-away
HOME when no Secret Service is reachable.
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INNER = "SWYXON_BULK_BENCH_INNER"
USER, PASSWORD = "tenant", "Bench-Pa55word!"
RECIPIENT = "admin@example.com"
SERVERS = 4
HOLE_TIMEOUT_S = 5.0


def reexec_in_keyring_session(argv: list[str]) -> int:
    from keyring_session import reexec  # beside this script

    return reexec(__file__, argv, INNER)


def cli() -> list[str]:
    script = Path(sys.executable).with_name("swyxon-desktop")
    return [str(script)] if script.exists() else [sys.executable, "-m", "swyxon_desktop"]


CPU: list[float] = []  # user + sys of the last timed() command and everything it started (reaped)


def timed(command: list[str] | str, env: dict, ok_codes=(0,)) -> float:
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(command if isinstance(command, list) else ["bash", "-c", command], env=env,
                          capture_output=True, text=True, timeout=900)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if proc.returncode not in ok_codes:
        raise SystemExit(f"unexpected exit {proc.returncode}: {str(command)[:300]}\n"
                         f"{proc.stdout[-1500:]}{proc.stderr[-1500:]}")
    return elapsed


def start_servers(env: dict, count: int) -> list[tuple[subprocess.Popen, dict]]:
    servers = []
    for _ in range(count):
        proc = subprocess.Popen([*cli(), "serve", "--tls", "starttls", "--port", "0", "--user", USER,
                                 "--password-stdin", "--sender-domains", "firma.de", "--json"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        proc.stdin.write((PASSWORD + "\n").encode())
        proc.stdin.close()
        line = b""
        while not line.endswith(b"\n"):
            chunk = os.read(proc.stdout.fileno(), 1)
            if not chunk:
                raise SystemExit("a test server did not start")
            line += chunk
        servers.append((proc, json.loads(line)))  # stdout is not read again: nobody reads the events
    return servers


def write_store(home: Path, profiles: dict) -> None:
    target = home / "config" / "profiles.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps({"schema_version": 1, "profiles": {
        n: {"settings": s} for n, s in profiles.items()}}), "utf-8")


def profile(port: int, ca: str, i: int, timeout: float = 10.0) -> dict:
    return {"server": "127.0.0.1", "port": port, "sender": f"tenant-{i:04d}@firma.de", "use_ssl": True,
            "tls_mode": "starttls", "ca_file": ca, "use_auth": True, "mechanism": "LOGIN", "username": USER,
            "timeout_s": timeout}


def part_swaks(args, env: dict, home: Path) -> None:
    from swyxon_desktop import secrets

    servers = start_servers(env, SERVERS)
    hole = socket.socket()
    hole.bind(("127.0.0.1", 0))
    hole.listen(512)
    try:
        ca = servers[0][1]["ca_file"]
        ports = [info["port"] for _, info in servers]
        profiles = {f"tenant-{i:04d}": profile(ports[i % SERVERS], ca, i) for i in range(args.profiles)}
        write_store(home, profiles)
        for name in profiles:
            secrets.set_password(name, PASSWORD)
        q = shlex.quote
        loop = ["set -e"]
        for name, s in profiles.items():
            lookup = f"secret-tool lookup service swyxon-desktop username {q(secrets.account(name))}"
            loop.append(f"swaks --silent 2 --server 127.0.0.1 --port {s['port']} --tls --tls-verify "
                        f"--tls-ca-path {q(ca)} "
                        f"--auth LOGIN --auth-user {USER} --auth-password \"$({lookup})\" --from {s['sender']} "
                        f"--to {RECIPIENT} --quit-after RCPT >/dev/null")
        script = home / "swaks-loop.sh"
        script.write_text("\n".join(loop) + "\n")
        ours_cmd = [*cli(), "check", "--all", "--json"]
        check = subprocess.run(ours_cmd, env=env, capture_output=True, text=True, timeout=600)
        rows = json.loads(check.stdout)
        if check.returncode != 0 or len(rows) != args.profiles or not all(r["ok"] for r in rows):
            raise SystemExit(f"check --all did not pass: exit {check.returncode} {check.stderr[-500:]}")
        timed(["bash", str(script)], env)  # warm
        ours, theirs, ours_cpu, theirs_cpu, loads = [], [], [], [], []

        def measure(times: list, cpus: list, command) -> None:
            times.append(timed(command, env))
            cpus.append(CPU[-1])

        for i in range(args.runs):
            loads.append(os.getloadavg()[0])
            pair = [lambda: measure(ours, ours_cpu, ours_cmd),
                    lambda: measure(theirs, theirs_cpu, ["bash", str(script)])]
            for run in (pair if i % 2 == 0 else pair[::-1]):
                run()
        ratios = sorted(a / b for a, b in zip(ours, theirs))
        ratio = statistics.median(ratios)
        print(f"swaks: check --all of {args.profiles} profiles (STARTTLS + AUTH LOGIN, keychain, {SERVERS} local "
              f"test servers) median {statistics.median(ours):.2f} s; shell loop of swaks --quit-after RCPT "
              f"(+ secret-tool) median {statistics.median(theirs):.2f} s; ratio {ratio:.3f}x "
              f"(paired, {args.runs} runs, range {ratios[0]:.3f}-{ratios[-1]:.3f}x, load average "
              f"{min(loads):.1f}-{max(loads):.1f}; target <= 0.10x, aim <= 0.05x)")
        cpu_ratio = statistics.median(a / b for a, b in zip(ours_cpu, theirs_cpu))
        print(f"swaks: client CPU (user+sys of the process and its children, the servers excluded): check --all "
              f"median {statistics.median(ours_cpu):.2f} s, the swaks loop (bash, swaks, secret-tool) median "
              f"{statistics.median(theirs_cpu):.2f} s; ratio {cpu_ratio:.3f}x")
        if "holes" in args.part:
            n_holes = max(1, args.profiles // 10)
            holed = dict(profiles)
            for name in list(profiles)[:: max(1, args.profiles // n_holes)][:n_holes]:
                holed[name] = {**profiles[name], "port": hole.getsockname()[1], "timeout_s": HOLE_TIMEOUT_S}
            without = statistics.median(timed(ours_cmd, env) for _ in range(args.runs))
            write_store(home, holed)
            with_holes = statistics.median(timed(ours_cmd, env, ok_codes=(1,)) for _ in range(args.runs))
            limit = HOLE_TIMEOUT_S + 1.2 * without
            print(f"holes: {n_holes} of {args.profiles} profiles black-holed (timeout {HOLE_TIMEOUT_S:g} s): "
                  f"{with_holes:.2f} s, without them {without:.2f} s; limit one timeout + 1.2x = {limit:.2f} s "
                  f"-> {'within' if with_holes <= limit else 'OVER'} ({with_holes - without:.2f} s more)")
            write_store(home, profiles)
    finally:
        hole.close()
        for proc, _ in servers:
            proc.terminate()
            proc.wait(10)


def part_inprocess(args) -> None:
    import smtplib
    import ssl

    from swyxon_desktop.settings import AuthMechanism, MailSettings, TlsMode
    from swyxon_desktop.smtp import send_test_mail
    from swyxon_desktop.smtp.preflight import check_without_sending
    from swyxon_desktop.smtp.session import shared_names
    from swyxon_desktop.smtp.tlsinfo import shared_contexts
    from swyxon_desktop.testserver import LocalServer, ServerPolicy

    n = 100
    server = LocalServer(ServerPolicy(host="127.0.0.1", port=0, tls="starttls", users={USER: PASSWORD},
                                      auth_mechanisms=("LOGIN",), mailbox=Path(tempfile.mkdtemp())))
    server.start()
    ca = str(server.ca_file)
    settings = MailSettings(server="127.0.0.1", port=server.port, sender="tenant@firma.de", use_ssl=True,
                            tls_mode=TlsMode.STARTTLS, ca_file=ca, use_auth=True, username=USER,
                            mechanism=AuthMechanism.LOGIN)

    def bare(data: bool) -> float:
        started = time.perf_counter()
        ctx = ssl.create_default_context()
        ctx.load_verify_locations(cafile=ca)
        for _ in range(n):
            with smtplib.SMTP("127.0.0.1", server.port, local_hostname="localhost", timeout=10) as s:
                s.starttls(context=ctx)
                s.login(USER, PASSWORD)
                if data:
                    s.sendmail("tenant@firma.de", [RECIPIENT], b"Subject: bench\r\n\r\nbench\r\n")
                else:
                    s.mail("tenant@firma.de")
                    s.rcpt(RECIPIENT)
                    s.rset()
        return time.perf_counter() - started

    def ours(data: bool) -> float:
        started = time.perf_counter()
        with shared_contexts(), shared_names():
            for _ in range(n):
                run = send_test_mail if data else check_without_sending
                result = run(settings, PASSWORD, RECIPIENT)
                assert result.ok, result.to_dict()
        return time.perf_counter() - started

    try:
        for data, title in ((False, "checks without sending"), (True, "test mails (with DATA)")):
            ours(data), bare(data)  # warm
            a, b = [], []
            for i in range(max(5, args.runs)):
                if i % 2:
                    a.append(ours(data)), b.append(bare(data))
                else:
                    b.append(bare(data)), a.append(ours(data))
            ratio = statistics.median(x / y for x, y in zip(a, b))
            print(f"inprocess: {n} sequential {title} (STARTTLS + LOGIN) median {statistics.median(a):.2f} s; "
                  f"bare smtplib loop, one TLS context, median {statistics.median(b):.2f} s; ratio {ratio:.2f}x "
                  f"(paired, {len(a)} runs; target <= 1.5x)")
    finally:
        server.stop()


WINDOW = """
import sys, time
t0 = time.perf_counter()
from swyxon_desktop.gui import create_app, MainWindow
app = create_app([sys.argv[0], "--lang", "de"])
window = MainWindow()
window.show()
app.processEvents()
"""

OVERVIEW = """
import sys, time, resource
from swyxon_desktop.gui import create_app, MainWindow
app = create_app([sys.argv[0], "--lang", "de"])
window = MainWindow()
window.show()
app.processEvents()
t = time.perf_counter()
from swyxon_desktop.gui.overview import open_overview
overview = open_overview(window)
app.processEvents()
opened = time.perf_counter() - t
done = []
overview.runFinished.connect(done.append)
overview.start()
while not done:
    app.processEvents()
    time.sleep(0.005)
rows = overview.model.rowCount()
print(f"{opened * 1000:.0f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} {rows}")
"""


COMMANDS = {"profile list": lambda: [*cli(), "profile", "list"],
            "window start-up": lambda: [sys.executable, "-c", WINDOW]}


def part_store(args, env: dict) -> None:
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    results = {}
    try:
        for count in (2, 1000):
            home = Path(tempfile.mkdtemp(prefix=f"swyxon-store-{count}-"))
            write_store(home, {f"Mandant {i:04d}": {**profile(closed.getsockname()[1], "", i), "use_auth": False}
                               for i in range(count)})
            e = {**env, "SWYXON_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
                 "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(home / "pycache")}
            for command in COMMANDS.values():
                timed(command(), e)  # warm the caches
            results[count] = {name: [] for name in COMMANDS}
            results[count]["env"] = e
        for name, command in COMMANDS.items():
            for i in range(max(11, args.runs * 3)):
                for count in ((2, 1000) if i % 2 == 0 else (1000, 2)):
                    results[count][name].append(timed(command(), results[count]["env"]))
            small, big = results[2][name], results[1000][name]
            ratio = statistics.median(b / s for b, s in zip(big, small))
            print(f"store: {name} with 1,000 profiles median {statistics.median(big) * 1000:.0f} ms, with 2 "
                  f"{statistics.median(small) * 1000:.0f} ms; ratio {ratio:.2f}x (paired, {len(big)} runs; "
                  f"target <= 1.10x)")
        proc = subprocess.run([sys.executable, "-c", OVERVIEW], env=results[1000]["env"], capture_output=True,
                              text=True, timeout=300)
        if proc.returncode != 0:
            raise SystemExit(proc.stderr[-2000:])
        opened, rss, rows = proc.stdout.split()[-3:]
        print(f"store: the overview with {rows} rows opens in {opened} ms (after the main window); the process's "
              f"peak memory after checking all {rows}: {rss} MiB")
    finally:
        closed.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--profiles", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--part", default="swaks,holes,inprocess,store")
    args = parser.parse_args(argv)
    args.part = set(args.part.split(","))
    if not os.environ.get(INNER):
        return reexec_in_keyring_session(argv)
    sys.path.insert(0, str(ROOT))
    home = Path(tempfile.mkdtemp(prefix="swyxon-bulk-bench-"))
    os.environ["SWYXON_DESKTOP_HOME"] = str(home)
    env = {**os.environ, "LANGUAGE": "en", "LC_ALL": "C.UTF-8"}
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; Python {sys.version.split()[0]}")
    if args.part & {"swaks", "holes"}:
        part_swaks(args, env, home)
    if "inprocess" in args.part:
        part_inprocess(args)
    if "store" in args.part:
        part_store(args, env)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""The local test server's memory over many messages: `swyxon-desktop serve` as users run it.

    .venv/bin/python bench/testserver_memory.py --messages 4000 --tls starttls [--env MALLOC_ARENA_MAX=2]

Starts ``serve`` (a throw-away home and mailbox), sends ``--messages`` test mails over one connection
each (smtplib; STARTTLS trusting the server's local CA when ``--tls starttls``) from 4 client threads,
and prints the server's resident memory (VmRSS, VmHWM from /proc) every ``--every`` messages and after
2 s idle, with the same run without TLS as the baseline (``--baseline``: the ratio). Linux only (/proc).
"""
from __future__ import annotations

import argparse
import json
import os
import queue
import smtplib
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from email.message import EmailMessage


def rss_mb(pid: int) -> tuple[float, float]:
    values = {}
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def run(tls: str, messages: int, every: int, env_extra: dict[str, str], clients: int) -> list[tuple[int, float, float]]:
    home = tempfile.mkdtemp(prefix="swyxon-bench-")
    env = {**os.environ, "SWYXON_DESKTOP_HOME": home, **env_extra}
    proc = subprocess.Popen([sys.executable, "-m", "swyxon_desktop", "serve", "--tls", tls, "--port", "0",
                             "--mailbox", os.path.join(home, "mailbox"), "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                            env=env, text=True)
    try:
        info = None
        while info is None:
            line = proc.stdout.readline()
            if not line:
                raise SystemExit("serve ended before it listened")
            data = json.loads(line)
            if data.get("port"):
                info = data
        threading.Thread(target=lambda: [None for _ in proc.stdout], daemon=True).start()  # drain the log
        port, ca_file = info["port"], info.get("ca_file")
        context = ssl.create_default_context(cafile=ca_file) if tls != "none" else None
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = "bench@firma.de", "admin@example.com", "memory"
        msg.set_content("x" * 2000)
        work: queue.Queue[int | None] = queue.Queue()
        for i in range(messages):
            work.put(i)
        for _ in range(clients):
            work.put(None)
        done = [0]
        lock = threading.Lock()

        def client() -> None:
            while work.get() is not None:
                with smtplib.SMTP("127.0.0.1", port, timeout=30) as smtp:
                    if context is not None:
                        smtp.starttls(context=context)
                    smtp.send_message(msg)
                with lock:
                    done[0] += 1

        threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
        for t in threads:
            t.start()
        started = time.monotonic()
        samples = [(0, *rss_mb(proc.pid))]
        next_mark = every
        while any(t.is_alive() for t in threads):
            time.sleep(0.2)
            if done[0] >= next_mark:
                samples.append((done[0], *rss_mb(proc.pid)))
                next_mark += every
        samples.append((done[0], *rss_mb(proc.pid)))
        took = time.monotonic() - started
        print(f"{done[0]} messages in {took:.1f} s ({done[0] / took:.0f}/s)", file=sys.stderr)
        time.sleep(2)  # idle: what the server keeps once the burst is over
        samples.append((-1, *rss_mb(proc.pid)))
        return samples
    finally:
        proc.terminate()
        proc.wait(10)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=4000)
    ap.add_argument("--every", type=int, default=500)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--tls", default="starttls", choices=["none", "starttls", "implicit"])
    ap.add_argument("--env", action="append", default=[], help="NAME=VALUE for the server process")
    ap.add_argument("--baseline", action="store_true", help="also run the same without TLS and print the ratio")
    args = ap.parse_args()
    env_extra = dict(item.split("=", 1) for item in args.env)
    samples = run(args.tls, args.messages, args.every, env_extra, args.clients)
    print(f"serve --tls {args.tls} {' '.join(args.env)}".strip())
    for count, rss, hwm in samples:
        label = f"{count:6d} messages" if count >= 0 else "   2 s idle    "
        print(f"  {label}  RSS {rss:6.1f} MB  peak {hwm:6.1f} MB")
    if args.baseline:
        base = run("none", args.messages, args.messages, env_extra, args.clients)
        print(f"baseline serve --tls none: RSS {base[-2][1]:.1f} MB after {base[-2][0]} messages; "
              f"ratio {samples[-2][1] / base[-2][1]:.2f}x (idle: {samples[-1][1] / base[-1][1]:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""A real Dovecot (Debian dovecot-imapd) for the delivery-confirmation tests, and the "receiving side".

:class:`Dovecot` writes its own configuration (no system config is read: ``dovecot -c CONF -F``),
listens on loopback only, on free unprivileged ports — one IMAPS listener (implicit TLS) and one IMAP
listener that offers STARTTLS — with a trustme certificate, a passwd-file with one test user, Maildirs
in a private directory and a mailbox marked ``\\Junk`` by SPECIAL-USE. Run as root (CI), the login and
internal processes run as Debian's ``dovenull`` / ``dovecot`` users (Dovecot refuses root there) and the
mail user is ``dovecot``; run as a normal user, everything runs as that user.

:class:`Receiver` plays the recipient's mail exchanger: every message the project's test server (the
"relay") accepts is handed to ``dovecot-lda`` — Dovecot's own delivery agent, as a real MTA would — in a
thread of its own (after the relay's 250, as in life), with the headers a receiving MX adds
(Received from the relay's outbound address, Authentication-Results, Received-SPF, X-Spam-*).
Recipients choose the outcome: ``…+junk@`` lands in the Junk folder, ``…+never@`` is dropped,
``…+later@`` waits for :attr:`Receiver.release` (set by a test once the confirmation is waiting).
"""
from __future__ import annotations

import contextlib
import os
import queue
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
LDA = "/usr/lib/dovecot/dovecot-lda"
USER, PASSWORD = "confirm@example.org", "Imap-S3cret!ü"  # non-ASCII: goes as AUTHENTICATE PLAIN
ASCII_USER, ASCII_PASSWORD = "plain@example.org", "Plain-Passw0rd-42"  # goes as LOGIN
RELAY_IP = "192.0.2.10"  # the relay's outbound address as the receiver reports it (documentation range)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


CONFIG = """\
# written by tests/delivery/dovecot.py — a private instance, nothing of the system's config
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
instance_name = swyxon-test-{port}
log_path = {log}
info_log_path = {log}
debug_log_path = {log}
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
first_valid_uid = 1
mail_location = maildir:{root}/mail/%n
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
auth_mechanisms = plain login
disable_plaintext_auth = yes
login_trusted_networks =
auth_failure_delay = 0
{capability}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {passwd}
}}
userdb {{
  driver = static
  args = uid={mail_uid} gid={mail_gid} home={root}/home/%n
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Junk {{
    special_use = \\Junk
    auto = create
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = create
  }}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
"""


@dataclass
class Dovecot:
    conf: Path
    root: Path
    log: Path
    imap_port: int
    imaps_port: int
    process: subprocess.Popen | None = None

    @classmethod
    def create(cls, tmp_path: Path, cert: Path, key: Path, *, idle: bool = True) -> "Dovecot":
        """``idle=False``: a server that does not offer IDLE after login (the confirmation polls)."""
        # Dovecot's unprivileged processes must reach base_dir and the Maildirs: pytest's tmp_path sits
        # under a 0700 directory, so those live in a private directory of their own (removed in stop()).
        import pwd  # POSIX only: imported here, so that collecting the tests works everywhere

        root = Path(tempfile.mkdtemp(prefix="swyxon-dovecot-"))
        root.chmod(0o755)
        if os.geteuid() == 0:
            internal_user, internal_group, login_user = "dovecot", "dovecot", "dovenull"
            entry = pwd.getpwnam("dovecot")
        else:
            entry = pwd.getpwuid(os.getuid())
            internal_user = login_user = entry.pw_name
            import grp

            internal_group = grp.getgrgid(entry.pw_gid).gr_name
        for sub in ("mail", "home"):
            (root / sub).mkdir()
            os.chown(root / sub, entry.pw_uid, entry.pw_gid)
        passwd = root / "passwd"  # read by the auth process (the internal user): beside the Maildirs
        passwd.write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n{ASCII_USER}:{{PLAIN}}{ASCII_PASSWORD}\n",
                          encoding="utf-8")
        passwd.chmod(0o640)
        os.chown(passwd, os.getuid(), entry.pw_gid)
        conf = tmp_path / "dovecot.conf"
        log = tmp_path / "dovecot.log"
        imap_port, imaps_port = free_port(), free_port()
        conf.write_text(CONFIG.format(
            root=root, log=log, cert=cert, key=key, passwd=passwd, internal_user=internal_user,
            internal_group=internal_group, login_user=login_user, mail_uid=entry.pw_uid, mail_gid=entry.pw_gid,
            imap_port=imap_port, imaps_port=imaps_port, port=imaps_port,
            capability="" if idle else "imap_capability = IMAP4rev1 LITERAL+ UIDPLUS SPECIAL-USE"), encoding="utf-8")
        return cls(conf, root, log, imap_port, imaps_port)

    def start(self, timeout: float = 15.0) -> "Dovecot":
        self.process = subprocess.Popen([DOVECOT, "-c", str(self.conf), "-F"], stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while True:  # ready = both listeners accept (a condition, polled; not a fixed sleep)
            if self.process.poll() is not None:
                out = self.process.stdout.read().decode("utf-8", "replace") if self.process.stdout else ""
                raise RuntimeError(f"dovecot exited ({self.process.returncode}): {out}\n{self.log_text()}")
            if all(_accepts(port) for port in (self.imap_port, self.imaps_port)):
                return self
            if time.monotonic() > deadline:
                raise RuntimeError(f"dovecot did not listen within {timeout} s\n{self.log_text()}")
            time.sleep(0.05)

    def log_text(self) -> str:
        try:
            return self.log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if self.process is not None and self.process.stdout:
            self.process.stdout.close()
        shutil.rmtree(self.root, ignore_errors=True)

    def deliver(self, raw: bytes, folder: str = "INBOX", user: str = USER) -> None:
        """Hand a message to dovecot-lda (Dovecot's delivery agent) for ``user``'s ``folder``."""
        done = subprocess.run([LDA, "-c", str(self.conf), "-d", user, "-m", folder], input=raw,
                              capture_output=True, timeout=30)
        if done.returncode != 0:
            raise RuntimeError(f"dovecot-lda failed ({done.returncode}): {done.stderr!r}\n{self.log_text()}")

    def maildir_files(self, folder: str = "INBOX") -> list[Path]:
        base = self.root / "mail" / USER.split("@")[0]
        if folder != "INBOX":
            base = base / f".{folder}"
        return sorted(p for sub in ("new", "cur") for p in (base / sub).glob("*") if p.is_file())


def _accepts(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
        return True
    return False


RECEIVER_HEADERS = (
    "Received: from relay.firma.de (relay.firma.de [{ip}])\r\n\tby mx.example.org (Postfix) with ESMTPS id 4XyZ;"
    " Fri, 04 Dec 2026 20:00:00 +0000\r\n"
    "Authentication-Results: mx.example.org; spf={spf} (mx.example.org: {ip} is {what} sender) "
    "smtp.mailfrom=firma.de; dkim=none (message not signed) header.d=firma.de; dmarc={dmarc} (p=quarantine "
    "dis=none) header.from=firma.de\r\n"
    "Received-SPF: {spf} (mx.example.org: domain of SwyxWare@firma.de does not designate {ip} as permitted "
    "sender) client-ip={ip}; envelope-from=SwyxWare@firma.de; helo=relay.firma.de\r\n"
    "X-Spam-Flag: {flag}\r\nX-Spam-Status: {status}, score={score} required=5.0 tests=SPF_SOFTFAIL\r\n"
    "Received: from mx.example.org (localhost [127.0.0.1]) by imap.example.org (Dovecot) with LMTP;"
    " Fri, 04 Dec 2026 20:00:01 +0000\r\n"
)


class Receiver:
    """The recipient's MX: takes each message the relay accepted and delivers it with dovecot-lda."""

    def __init__(self, dovecot: Dovecot):
        self.dovecot = dovecot
        self.queue: "queue.Queue[tuple[bytes, list[str]] | None]" = queue.Queue()
        self.delivered: list[tuple[str, str]] = []  # (recipient, folder)
        self.errors: list[BaseException] = []
        self.release = threading.Event()  # "+later" recipients are delivered once this is set
        self.thread = threading.Thread(target=self._work, name="receiver", daemon=True)
        self.thread.start()

    def on_event(self, event) -> None:
        """LocalServer's callback (server thread): a message was accepted — deliver it later, elsewhere."""
        if event.kind == "received" and event.data.get("path"):
            self.queue.put((Path(event.data["path"]).read_bytes(), list(event.data["rcpt_tos"])))

    def _work(self) -> None:
        while True:
            item = self.queue.get()
            if item is None:
                return
            raw, rcpts = item
            for rcpt in rcpts:
                local = rcpt.split("@")[0]
                if local.endswith("+never"):
                    continue
                if local.endswith("+later"):
                    self.release.wait(60)
                junk = local.endswith("+junk")
                headers = RECEIVER_HEADERS.format(
                    ip=RELAY_IP, spf="softfail" if junk else "pass", what="not a permitted" if junk else "a permitted",
                    dmarc="fail" if junk else "pass", flag="YES" if junk else "NO", status="Yes" if junk else "No",
                    score="7.1" if junk else "0.3")
                folder = "Junk" if junk else "INBOX"
                try:
                    self.dovecot.deliver(headers.encode("ascii") + raw, folder)
                    self.delivered.append((rcpt, folder))
                except BaseException as exc:  # noqa: BLE001 - the test reports it
                    self.errors.append(exc)

    def stop(self) -> None:
        self.release.set()
        self.queue.put(None)
        self.thread.join(30)

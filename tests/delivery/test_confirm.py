"""Delivery confirmation against a real Dovecot, fed by the project's test server through dovecot-lda.

The flow is the real one: send_test_mail → the local test server (the relay) says 250 → the receiver
hands the message to dovecot-lda → confirm_delivery finds it over IMAP by its Message-ID.
"""
from __future__ import annotations

import threading
from pathlib import Path

import pytest

from swyxon_desktop.delivery import confirm_delivery
from swyxon_desktop.delivery.engine import accepted_at
from swyxon_desktop.failures import Category
from swyxon_desktop.settings import ImapTls
from swyxon_desktop.checks.run import CancelToken
from swyxon_desktop.smtp import send_test_mail
from tests.delivery.dovecot import ASCII_PASSWORD, ASCII_USER, PASSWORD, RELAY_IP, USER
from tests.smtp.helpers import PASSWORD as SMTP_PASSWORD
from tests.smtp.helpers import USER as SMTP_USER
from tests.smtp.helpers import RawServer, password_forms, settings_for


def imap_settings(relay, dovecot, imap_pki, *, tls: str = "implicit", ca: bool = True, **changes):
    base = settings_for(relay, tls="starttls", use_auth=True, username=SMTP_USER)
    imap = dict(imap_server="127.0.0.1", imap_tls=ImapTls(tls),
                imap_port=dovecot.imaps_port if tls == "implicit" else dovecot.imap_port,
                imap_username=USER)
    if ca:
        # one CA file for both servers: the relay's and the mailbox's CAs in one bundle
        bundle = imap_pki / "both.pem"
        bundle.write_bytes(Path(relay.ca_file).read_bytes() + (imap_pki / "ca.pem").read_bytes())
        imap["ca_file"] = str(bundle)
    imap.update(changes)
    return base.replace(**imap)


def show(result) -> str:
    """What a failed assertion prints: the outcome and the (redacted) IMAP dialogue."""
    return f"{result.status}: {result.message_text('en')}\n{result.transcript_text()}"


def send_and_confirm(settings, recipient, password=PASSWORD, **kwargs):
    import time

    sent = send_test_mail(settings, SMTP_PASSWORD, recipient, profile="Kunde A")
    assert sent.ok, sent.to_dict()
    lines = []
    result = confirm_delivery(settings, password, sent.message_id,
                              accepted=accepted_at(sent, time.monotonic()), on_line=lines.append, **kwargs)
    return sent, result, lines


@pytest.mark.parametrize("tls", ["implicit", "starttls"])
def test_arrives_in_inbox(relay, dovecot, imap_pki, receiver, tls):
    server = relay()
    settings = imap_settings(server, dovecot, imap_pki, tls=tls)
    sent, result, lines = send_and_confirm(settings, "confirm@example.org", timeout_s=30)
    assert result.status == "delivered", show(result)
    assert result.ok and result.delivered
    assert result.folder == "INBOX"
    assert result.folders == ["INBOX", "Junk"]  # the default: INBOX plus the \Junk of SPECIAL-USE
    assert result.junk_folder == "Junk"
    assert result.wait_mode == "idle"  # Dovecot offers IDLE
    assert result.elapsed_s is not None and result.elapsed_s >= 0
    assert result.tls is not None and result.tls.verified
    data = result.to_dict()
    assert data["authentication_results"] == {"spf": "pass", "dkim": "none", "dmarc": "pass"}
    assert data["relay_ip"] == RELAY_IP
    assert data["received_spf"]["result"] == "pass"
    assert {"name": "X-Spam-Flag", "value": "NO"} in data["spam_headers"]
    assert data["category"] is None
    assert data["message_id"] == sent.message_id
    assert result.events[0].stage == "delivery" and result.events[-1].status == "ok"
    assert [line for line in lines] == result.transcript
    text = result.transcript_text()
    assert "C: [AUTHENTICATE payload redacted]" in text  # a non-ASCII password: AUTHENTICATE PLAIN
    assert " AUTHENTICATE PLAIN" in text  # the command itself stays readable
    for form in password_forms(USER, PASSWORD).values():
        assert form not in text and form not in str(data)
    if tls == "starttls":
        assert "C: " in text and "STARTTLS" in text


def test_login_is_redacted(relay, dovecot, imap_pki, receiver):
    """An ASCII password goes as LOGIN: recorded as a label, never its arguments."""
    server = relay()
    settings = imap_settings(server, dovecot, imap_pki, imap_username=ASCII_USER)
    sent = send_test_mail(settings, SMTP_PASSWORD, "nobody+never@example.org", profile="Kunde A")
    result = confirm_delivery(settings, ASCII_PASSWORD, sent.message_id, timeout_s=0)
    assert result.status == "not_delivered", show(result)
    assert result.login_method == "LOGIN"
    text = result.transcript_text()
    assert f'LOGIN [redacted: user "{ASCII_USER}", password]' in text
    for form in password_forms(ASCII_USER, ASCII_PASSWORD).values():
        assert form not in text and form not in str(result.to_dict())


def test_arrives_in_junk(relay, dovecot, imap_pki, receiver):
    server = relay()
    settings = imap_settings(server, dovecot, imap_pki)
    sent, result, _ = send_and_confirm(settings, "confirm+junk@example.org", timeout_s=30)
    assert result.status == "junk", show(result)
    assert result.delivered and not result.ok
    assert result.folder == "Junk"
    assert result.failure.category is Category.DELIVERED_TO_JUNK
    data = result.to_dict()
    assert data["category"] == "delivered_to_junk"
    assert data["authentication_results"]["spf"] == "softfail"
    assert data["authentication_results"]["dmarc"] == "fail"
    assert data["spam_flagged"] is True
    assert data["relay_ip"] == RELAY_IP
    assert "junk" in result.message_text("en").lower()
    assert result.message_text("de") != result.message_text("en")


def test_named_folders_and_delete(relay, dovecot, imap_pki, receiver):
    server = relay()
    settings = imap_settings(server, dovecot, imap_pki, imap_folders="Junk, INBOX, Nichtda")
    before = len(dovecot.maildir_files("INBOX"))
    sent, result, _ = send_and_confirm(settings, "confirm@example.org", timeout_s=30, delete=True)
    assert result.status == "delivered", show(result)
    assert result.folders == ["Junk", "INBOX"]  # the missing folder is noted, not fatal
    assert "Nichtda does not exist" in result.transcript_text()
    assert result.deleted
    assert len(dovecot.maildir_files("INBOX")) == before  # the test mail is gone again


def test_never_arrives(relay, dovecot, imap_pki, receiver):
    server = relay()
    settings = imap_settings(server, dovecot, imap_pki)
    sent, result, _ = send_and_confirm(settings, "confirm+never@example.org", timeout_s=2)
    assert result.status == "not_delivered", show(result)
    assert not result.delivered
    assert result.failure.category is Category.NOT_DELIVERED
    assert result.wait_mode == "idle"  # it waited with IDLE the whole time (no change is no refusal)
    assert result.to_dict()["category"] == "not_delivered"
    assert "INBOX, Junk" in result.message_text("en")
    assert result.failure.hint_text("de") != result.failure.hint_text("en")


def test_wrong_password(relay, dovecot, imap_pki, receiver):
    server = relay()
    settings = imap_settings(server, dovecot, imap_pki)
    wrong = "Wrong-Passw0rd-xyz"
    sent, result, _ = send_and_confirm(settings, "confirm@example.org", password=wrong, timeout_s=10)
    assert result.status == "failed"
    assert result.failure.category is Category.MAILBOX_LOGIN_FAILED, show(result)
    data = result.to_dict()
    assert data["step"] == "login"
    assert wrong not in str(data) and wrong not in result.transcript_text()
    for form in password_forms(USER, wrong).values():
        assert form not in str(data)


def test_authenticate_plain_is_redacted(relay, dovecot, imap_pki, receiver):
    """LOGINDISABLED → AUTHENTICATE PLAIN; its payload never reaches the transcript (unit: a raw server)."""
    import base64
    import ssl

    seen: list[str] = []

    def script(conn, srv):
        conn.sendall(b"* OK [CAPABILITY IMAP4rev1 LOGINDISABLED AUTH=PLAIN] ready\r\n")
        while True:
            line = srv.readline(conn)
            if not line:
                return
            seen.append(line)
            tag, _, rest = line.partition(" ")
            if rest.upper().startswith("AUTHENTICATE"):
                conn.sendall(b"+ \r\n")
                seen.append(srv.readline(conn))
                conn.sendall(tag.encode() + b" NO [AUTHENTICATIONFAILED] Authentication failed.\r\n")
            elif rest.upper().startswith("LOGOUT"):
                conn.sendall(b"* BYE\r\n" + tag.encode() + b" OK\r\n")
                return
            else:
                conn.sendall(tag.encode() + b" OK done\r\n")

    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(imap_pki / "imap.pem", imap_pki / "imap.key")
    with RawServer(script, tls=ctx) as raw:
        settings = imap_settings(relay(), dovecot, imap_pki, imap_port=raw.port)
        result = confirm_delivery(settings, PASSWORD, "<x@firma.de>", timeout_s=5)
    assert result.failure.category is Category.MAILBOX_LOGIN_FAILED, show(result)
    assert result.login_method is None
    sent_payload = base64.b64encode(f"\0{USER}\0{PASSWORD}".encode()).decode()
    assert sent_payload in seen  # the server got it …
    text = result.transcript_text()
    assert "AUTHENTICATE payload redacted" in text  # … the transcript only a label
    for form in password_forms(USER, PASSWORD).values():
        assert form not in text and form not in str(result.to_dict())


def test_server_that_hangs(relay, dovecot, imap_pki):
    def script(conn, srv):
        srv.wait_closed(conn)  # accepts, says nothing

    with RawServer(script) as raw:
        settings = imap_settings(relay(), dovecot, imap_pki, imap_port=raw.port, imap_tls=ImapTls.STARTTLS,
                                 timeout_s=1.0)
        result = confirm_delivery(settings, PASSWORD, "<x@firma.de>", timeout_s=5)
    assert result.failure.category is Category.TIMEOUT, show(result)
    assert result.to_dict()["step"] == "greeting"
    assert "143" in result.hint_text("en")


def test_hanging_server_can_be_cancelled(relay, dovecot, imap_pki):
    token = CancelToken()

    def script(conn, srv):
        token.cancel()  # the user presses Cancel while the server says nothing
        srv.wait_closed(conn)

    with RawServer(script) as raw:
        settings = imap_settings(relay(), dovecot, imap_pki, imap_port=raw.port, imap_tls=ImapTls.STARTTLS,
                                 timeout_s=30.0)
        result = confirm_delivery(settings, PASSWORD, "<x@firma.de>", timeout_s=60, cancel=token)
    assert result.status == "cancelled"
    assert result.failure.category is Category.CANCELLED


def test_cancel_while_waiting(relay, dovecot, imap_pki, receiver):
    server = relay()
    settings = imap_settings(server, dovecot, imap_pki)
    token = CancelToken()

    def on_event(event):
        if event.status == "started" and event.template:  # "waiting in …": logged in, now waiting
            threading.Thread(target=token.cancel).start()

    result = confirm_delivery(settings, PASSWORD, "<never-sent@firma.de>", timeout_s=60, cancel=token,
                              on_event=on_event)
    assert result.status == "cancelled", show(result)
    assert result.events[-1].status == "cancelled"


def test_untrusted_certificate(relay, dovecot, imap_pki):
    settings = imap_settings(relay(), dovecot, imap_pki, ca=False, ca_file="")
    result = confirm_delivery(settings, PASSWORD, "<x@firma.de>", timeout_s=5)
    assert result.failure.category is Category.CERTIFICATE_INVALID, show(result)
    details = result.to_dict()["details"]
    assert len(details["sha256"]) == 64  # what the trust dialog shows
    assert "LOGIN" not in result.transcript_text()  # nothing sent over it
    # trusting it explicitly (the pinned fingerprint) lets the confirmation log in
    pinned = settings.replace(imap_pinned_sha256=details["sha256"])
    result = confirm_delivery(pinned, PASSWORD, "<x@firma.de>", timeout_s=1)
    assert result.status == "not_delivered", show(result)
    assert result.tls.trusted_by_pin


def test_connection_refused(relay, dovecot, imap_pki):
    from tests.smtp.helpers import free_port

    settings = imap_settings(relay(), dovecot, imap_pki, imap_port=free_port())
    result = confirm_delivery(settings, PASSWORD, "<x@firma.de>", timeout_s=5)
    assert result.failure.category is Category.CONNECT_REFUSED
    assert "993" in result.hint_text("en")


def test_not_configured():
    from swyxon_desktop.settings import MailSettings

    result = confirm_delivery(MailSettings(server="mail.firma.de", sender="a@firma.de"), "x", "<x@y.de>")
    assert result.failure.category is Category.INVALID_SETTINGS
    assert result.status == "failed"


def _release_when_waiting(receiver):
    def on_event(event):
        if event.stage == "delivery" and event.status == "started" and event.template:
            receiver.release.set()  # the confirmation is logged in and waiting: now the message arrives

    return on_event


def test_arrives_while_waiting_with_idle(relay, dovecot, imap_pki, receiver):
    settings = imap_settings(relay(), dovecot, imap_pki)
    sent, result, _ = send_and_confirm(settings, "confirm+later@example.org", timeout_s=30,
                                       on_event=_release_when_waiting(receiver))
    assert result.status == "delivered", show(result)
    assert result.wait_mode == "idle"
    text = result.transcript_text()
    assert " IDLE" in text and "C: DONE" in text and "EXISTS" in text


def test_arrives_while_waiting_without_idle(relay, dovecot_without_idle, imap_pki):
    from tests.delivery.dovecot import Receiver

    receiver = Receiver(dovecot_without_idle)
    try:
        server = relay()
        server.on_event = receiver.on_event
        settings = imap_settings(server, dovecot_without_idle, imap_pki)
        sent, result, _ = send_and_confirm(settings, "confirm+later@example.org", timeout_s=30,
                                           on_event=_release_when_waiting(receiver))
    finally:
        receiver.stop()
    assert not receiver.errors, receiver.errors
    assert result.status == "delivered", show(result)
    assert result.wait_mode == "poll"
    assert " IDLE" not in result.transcript_text()


def test_ctrl_c_while_idling_closes_at_once(relay, dovecot, imap_pki, receiver):
    """Ctrl+C (KeyboardInterrupt) while the confirmation IDLEs: the connection is closed, not logged out —
    a LOGOUT sent in IDLE gets no answer, so `test-mail --confirm` sat out the whole network timeout
    (30 s) after the user's Ctrl+C."""
    import time

    server = relay()
    settings = imap_settings(server, dovecot, imap_pki)
    sent = send_test_mail(settings, SMTP_PASSWORD, "confirm+never@example.org", profile="Kunde A")
    assert sent.ok, sent.to_dict()
    lines, interrupted = [], []

    def on_line(line) -> None:
        lines.append(line)
        if line.direction == "S" and line.text.startswith("+ idling") and not interrupted:
            interrupted.append(len(lines))
            raise KeyboardInterrupt  # as the terminal's SIGINT arrives in the main thread

    with pytest.raises(KeyboardInterrupt):
        confirm_delivery(settings, PASSWORD, sent.message_id, accepted=accepted_at(sent, time.monotonic()),
                         timeout_s=60, on_line=on_line, op_timeout_s=5)
    assert interrupted, [str(line) for line in lines]
    after = [str(line) for line in lines[interrupted[0]:]]
    assert not any(line.startswith("C:") for line in after), after  # nothing more said to the server

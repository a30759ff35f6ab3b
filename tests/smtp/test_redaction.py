"""Redaction must not give a short password away by where it puts the stars (security review, issue 3)."""
from __future__ import annotations

import base64
import re

import pytest

from swyxon_desktop.smtp import send_test_mail
from swyxon_desktop.smtp.transcript import REDACTED, WITHHELD, Redactor, Transcript
from tests.smtp.helpers import RECIPIENT, settings_for

USER = "alice"
# Stars next to a letter or digit say "the password is the rest of this word".
_STARS_IN_WORD = re.compile(r"\w\*\*\*|\*\*\*\w")


def _forms(password: str, user: str = USER) -> list[str]:
    raw = [password.encode(), b"\0" + user.encode() + b"\0" + password.encode()]
    out = [password]
    for r in raw:
        b = base64.b64encode(r).decode()
        out += [b, b.rstrip("="), b.upper(), b.rstrip("=").upper()]
    return out


def test_engine_labels_and_notes_are_not_scrubbed():
    t = Transcript(Redactor("ali", USER))
    t.label('AUTH PLAIN [redacted: user "alice", password]')
    t.note("TLS established: TLSv1.3; SHA-256 AB:CD:EF:a1")
    assert [line.text for line in t.lines] == ['AUTH PLAIN [redacted: user "alice", password]',
                                               "TLS established: TLSv1.3; SHA-256 AB:CD:EF:a1"]


@pytest.mark.parametrize("password,line", [
    ("ESMTP", "220 localhost ESMTP SwyxON test server"),
    ("OK", "250 2.1.0 Sender OK"),
    ("a", "250 2.0.0 Ok: queued as abc"),
    ("ali", "535 5.7.8 user alice unknown"),
])
def test_a_short_form_in_server_text_withholds_the_line(password, line):
    r = Redactor(password, USER)
    assert r.server(line) == WITHHELD
    assert r.server("250 nothing here 42") in ("250 nothing here 42", WITHHELD)


def test_a_long_form_is_starred_only_as_a_whole_token():
    pw = "Winter2026!"
    r = Redactor(pw, USER)
    assert r.server(f"535 bad password {pw} for alice") == f"535 bad password {REDACTED} for alice"
    assert r.server(f"535 bad password x{pw}y") == WITHHELD  # inside a word: no stars in place
    b64 = base64.b64encode(pw.encode()).decode()
    assert r.server(f"500 unknown command {b64.upper()}") == f"500 unknown command {REDACTED}"
    assert r.server("250-first\n250 second " + pw) == f"250-first\n250 second {REDACTED}"


def test_own_lines_keep_coincidences_with_a_short_password():
    r = Redactor("OK", USER)
    assert r.client("MAIL FROM:<OK@example.com>") == "MAIL FROM:<OK@example.com>"
    r = Redactor("LongSecret99", USER)
    assert r.client("Subject: LongSecret99 test") == f"Subject: {REDACTED} test"


@pytest.mark.network
@pytest.mark.parametrize("password", ["ali", "ESMTP", "OK", "a", "Ok"])
def test_real_run_transcript_does_not_reveal_a_short_password(serve, password):
    server = serve(users={USER: password}, auth_mechanisms=("PLAIN", "LOGIN"))
    settings = settings_for(server, use_auth=True, username=USER, mechanism="PLAIN")
    result = send_test_mail(settings, password, RECIPIENT, profile="Kunde A")
    assert result.ok, result.to_dict()
    lines = result.transcript
    texts = [str(line) for line in lines]
    assert 'C: AUTH PLAIN [redacted: user "alice", password]' in texts
    for line in lines:
        assert not _STARS_IN_WORD.search(line.text), line
        if line.direction == "S":
            assert line.text == WITHHELD or not any(f in line.text for f in _forms(password)), line
            assert REDACTED not in line.text, line  # a short password is never starred in server text
    # The fingerprint note is intact (no letter of it starred).
    note = next(line.text for line in lines if line.text.startswith("TLS established"))
    assert result.tls.sha256 in note
    # Stage details and the JSON form follow the same rules.
    for event in result.events:
        assert not _STARS_IN_WORD.search(event.detail), event
    assert not _STARS_IN_WORD.search(str(result.to_dict()))

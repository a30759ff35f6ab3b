"""The receiving side's header, parsed (unit tests: no network)."""
from __future__ import annotations

import email

from swyxon_desktop.delivery.client import _list_junk, decode_mailbox, encode_mailbox
from swyxon_desktop.delivery.headers import analyse, parse_authentication_results, received_ip, relay_ip

GMAIL_LIKE = (
    b"Received: by 2002:a05:6a10:abcd with SMTP id x; Fri, 4 Dec 2026 12:00:01 -0800 (PST)\r\n"
    b"Received: from mx.google.example (mx.google.example. [10.20.30.40])\r\n"
    b"        by mx.google.com with ESMTPS id y; Fri, 4 Dec 2026 12:00:00 -0800 (PST)\r\n"
    b"Received: from relay.firma.de (relay.firma.de [203.0.113.25])\r\n"
    b"        by mx.google.example with ESMTPS id z; Fri, 4 Dec 2026 12:00:00 -0800 (PST)\r\n"
    b"Received: from [192.168.1.20] (helo=swyx) by relay.firma.de; Fri, 4 Dec 2026 20:59:59 +0100\r\n"
    b"Authentication-Results: mx.google.com;\r\n"
    b"       dkim=pass (test mode) header.i=@firma.de header.s=s1 header.b=abc;\r\n"
    b"       spf=softfail (google.com: domain of transitioning a@firma.de does not designate 203.0.113.25 "
    b"as permitted sender) smtp.mailfrom=a@firma.de;\r\n"
    b"       dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=firma.de\r\n"
    b"X-Spam-Status: No, score=1.2\r\n"
    b"Subject: t\r\n\r\n")


def test_gmail_like_header():
    findings = analyse(email.message_from_bytes(GMAIL_LIKE))
    assert findings.verdicts == {"dkim": "pass", "spf": "softfail", "dmarc": "fail"}
    assert findings.authentication_results[0].authserv_id == "mx.google.com"
    assert findings.authentication_results[0].properties["spf"]["smtp.mailfrom"] == "a@firma.de"
    # the internal hop (10.20.30.40) is skipped; the first external address is the relay's
    assert findings.relay_ip == "203.0.113.25"
    assert findings.spam_headers == [("X-Spam-Status", "No, score=1.2")]
    assert not findings.spam_flagged


def test_relay_ip_rules():
    assert relay_ip(["from a (a [127.0.0.1]) by b", "from c (c [192.168.7.9]) by d"]) == "192.168.7.9"  # a LAN
    assert relay_ip(["from x (x [IPv6:2001:db8::25]) by y"]) == "2001:db8::25"
    assert relay_ip(["by local with LMTP"]) is None
    assert received_ip("from host (host 198.51.100.7) by mx") == "198.51.100.7"  # Exchange's bare form
    assert received_ip("from host.example by mx [198.51.100.8]") is None  # only the from clause counts


def test_authentication_results_odd_forms():
    ar = parse_authentication_results('mx.example; none')
    assert ar.verdicts == {}
    ar = parse_authentication_results('mx.example 1; spf=pass (sender (nested) ok) smtp.mailfrom="a@b.c"; arc=none')
    assert ar.verdicts == {"spf": "pass", "arc": "none"}
    assert ar.properties["spf"]["smtp.mailfrom"] == "a@b.c"


def test_mailbox_names():
    assert encode_mailbox("Unerwünscht") == "Unerw&APw-nscht"
    assert encode_mailbox("A&B") == "A&-B"
    assert decode_mailbox("Unerw&APw-nscht") == "Unerwünscht"
    assert decode_mailbox(encode_mailbox("Spam-Verdacht ü€")) == "Spam-Verdacht ü€"
    assert _list_junk(b'(\\HasNoChildren \\Junk) "/" "Spam Mails"') == "Spam Mails"
    assert _list_junk(b'(\\Sent) "/" Sent') is None
    assert _list_junk((b'(\\Junk) "." {4}', b"Junk")) == "Junk"

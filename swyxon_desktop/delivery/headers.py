"""What the receiving side wrote into the delivered message's header: parsed, no network, no Qt.

* ``Authentication-Results`` (RFC 8601): the verdict per method (spf, dkim, dmarc, arc …) of the
  topmost header — the one the receiving mailbox's own server added — plus every header as it was.
* ``Received-SPF`` (RFC 7208 §9.1): the verdict and, where given, ``client-ip``.
* Spam filters' headers (SpamAssassin ``X-Spam-*``, rspamd, Exchange Online ``X-MS-Exchange-Organization-SCL``
  and ``X-Forefront-Antispam-Report``, …) as they were.
* The relay's outbound IP: the address the receiving side saw the relay connect from (see
  :func:`relay_ip`).
"""
from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from email.message import Message

SPAM_HEADER_PREFIXES = ("x-spam", "x-rspamd", "x-ms-exchange-organization-scl", "x-forefront-antispam-report",
                        "x-microsoft-antispam", "x-ovh-spam", "x-gmx-antispam", "x-ui-filterresults",
                        "x-vr-spam", "x-barracuda-spam", "x-proofpoint-spam", "x-mimecast-spam")

_COMMENT = re.compile(r"\([^()]*\)")
_WS = re.compile(r"\s+")


def _unfold(value: str) -> str:
    return _WS.sub(" ", value).strip()


def _strip_comments(value: str) -> str:
    previous = None
    while previous != value:  # nested comments, innermost first
        previous, value = value, _COMMENT.sub(" ", value)
    return value


@dataclass(frozen=True)
class AuthResults:
    """One ``Authentication-Results`` header: who wrote it and each method's result."""

    authserv_id: str
    verdicts: dict[str, str]  # "spf" -> "pass"; the first result of each method
    properties: dict[str, dict[str, str]] = field(default_factory=dict)  # "spf" -> {"smtp.mailfrom": …}
    raw: str = ""

    def to_dict(self) -> dict:
        return {"authserv_id": self.authserv_id, "verdicts": dict(self.verdicts),
                "properties": {k: dict(v) for k, v in self.properties.items()}, "raw": self.raw}


def parse_authentication_results(value: str) -> AuthResults:
    """``mx.example; spf=pass smtp.mailfrom=a@b; dkim=fail (bad sig) header.d=b; dmarc=fail``."""
    raw = _unfold(value)
    text = _strip_comments(raw)
    parts = [p.strip() for p in text.split(";")]
    authserv = parts[0].split()[0] if parts and parts[0].split() else ""
    verdicts: dict[str, str] = {}
    props: dict[str, dict[str, str]] = {}
    for part in parts[1:]:
        tokens = part.split()
        if not tokens or "=" not in tokens[0]:
            continue  # "none" (no methods) or damage
        method, _, result = tokens[0].partition("=")
        method = method.strip().lower()
        result = result.strip().strip('"').lower()
        if not method or method in verdicts:
            continue
        verdicts[method] = result
        props[method] = {k.lower(): v.strip('"') for k, _, v in (t.partition("=") for t in tokens[1:]) if v}
    return AuthResults(authserv, verdicts, props, raw)


@dataclass(frozen=True)
class ReceivedSpf:
    result: str  # pass, fail, softfail, neutral, none, permerror, temperror
    client_ip: str | None
    raw: str

    def to_dict(self) -> dict:
        return {"result": self.result, "client_ip": self.client_ip, "raw": self.raw}


def parse_received_spf(value: str) -> ReceivedSpf:
    raw = _unfold(value)
    result = raw.split(None, 1)[0].lower() if raw else ""
    match = re.search(r"client-ip\s*=\s*\"?([0-9A-Fa-f:.]+)", raw)
    ip = match.group(1) if match and _ip(match.group(1)) else None
    return ReceivedSpf(result, ip, raw)


def _ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    text = text.strip()
    if text.lower().startswith("ipv6:"):
        text = text[5:]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


_INTERNAL = [ipaddress.ip_network(n) for n in (
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
    "0.0.0.0/8", "::1/128", "::/128", "fc00::/7", "fe80::/10")]


def is_internal(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Loopback, link-local, RFC 1918 / CGNAT / unique-local: an address inside one network.

    Documentation ranges (192.0.2.0/24 …) count as external: they stand for public addresses."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return any(address.version == n.version and address in n for n in _INTERNAL)


_FROM_PART = re.compile(r"^\s*from\s+(.*?)(?:\sby\s|;|$)", re.IGNORECASE | re.DOTALL)
_BRACKETED = re.compile(r"\[(?:IPv6:)?([0-9A-Fa-f:.]+)\]", re.IGNORECASE)
_BARE = re.compile(r"(?<![\w.:])((?:\d{1,3}\.){3}\d{1,3})(?![\w.])")


def received_ip(value: str) -> str | None:
    """The address a ``Received`` header names in its ``from`` clause (``[192.0.2.10]`` or a bare IPv4)."""
    match = _FROM_PART.match(_unfold(value))
    if not match:
        return None
    clause = match.group(1)
    for pattern in (_BRACKETED, _BARE):
        for candidate in pattern.findall(clause):
            address = _ip(candidate)
            if address is not None:
                return str(address)
    return None


def relay_ip(received: list[str], received_spf: ReceivedSpf | None = None) -> str | None:
    """The relay's outbound IP as the receiving side saw it.

    ``received``: the Received headers top (newest) first. The receiving side's own headers are on
    top; its internal hops (filters, LMTP) name internal addresses. So: the ``client-ip`` of
    Received-SPF when the receiver states it (that is exactly the address SPF was checked for); else the
    first Received header from the top that names an external address; else — an all-internal path,
    e.g. a LAN — the first that names any address other than loopback.
    """
    if received_spf is not None and received_spf.client_ip:
        return received_spf.client_ip
    named = [ip for ip in (received_ip(v) for v in received) if ip]
    for ip in named:
        if not is_internal(ipaddress.ip_address(ip)):
            return ip
    for ip in named:
        if not ipaddress.ip_address(ip).is_loopback:
            return ip
    return None


@dataclass
class HeaderFindings:
    """Everything the receiving side said about the message."""

    authentication_results: list[AuthResults] = field(default_factory=list)
    received_spf: ReceivedSpf | None = None
    spam_headers: list[tuple[str, str]] = field(default_factory=list)
    received: list[str] = field(default_factory=list)  # top first
    relay_ip: str | None = None

    @property
    def verdicts(self) -> dict[str, str]:
        """spf/dkim/dmarc … of the topmost Authentication-Results (the mailbox's own server)."""
        return dict(self.authentication_results[0].verdicts) if self.authentication_results else {}

    @property
    def spam_flagged(self) -> bool:
        for name, value in self.spam_headers:
            low = name.lower()
            v = value.strip().lower()
            if low == "x-spam-flag" and v.startswith("yes"):
                return True
            if low == "x-spam-status" and v.startswith("yes"):
                return True
            if low == "x-spam" and v.startswith("yes"):
                return True
        return False

    def to_dict(self) -> dict:
        return {
            "verdicts": self.verdicts,
            "authentication_results": [a.to_dict() for a in self.authentication_results],
            "received_spf": self.received_spf.to_dict() if self.received_spf else None,
            "spam_headers": [{"name": n, "value": v} for n, v in self.spam_headers],
            "spam_flagged": self.spam_flagged,
            "received": list(self.received),
            "relay_ip": self.relay_ip,
        }


def analyse(message: Message) -> HeaderFindings:
    """Read the findings from a parsed header (``email.message_from_bytes`` of the fetched header)."""
    findings = HeaderFindings()
    for value in message.get_all("Authentication-Results") or []:
        findings.authentication_results.append(parse_authentication_results(str(value)))
    spf = message.get_all("Received-SPF") or []
    if spf:
        findings.received_spf = parse_received_spf(str(spf[0]))
    for name, value in message.items():
        if name.lower().startswith(SPAM_HEADER_PREFIXES):
            findings.spam_headers.append((name, _unfold(str(value))[:500]))
    findings.received = [_unfold(str(v)) for v in message.get_all("Received") or []]
    findings.relay_ip = relay_ip(findings.received, findings.received_spf)
    return findings

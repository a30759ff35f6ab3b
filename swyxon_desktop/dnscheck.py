"""The sender domain's DNS, checked before mail goes out (Qt-free): will receivers take mail from this
sender through this relay?

:func:`check_dns` asks, with a timeout per query, the system's resolver or the name server given
(``--nameserver IP[:PORT]``), and returns a :class:`DnsReport` (``to_dict``) with one
:class:`Part` per question:

* ``mx`` — the MX records of the sender domain (a domain without any cannot receive bounces/replies);
* ``addresses`` — A/AAAA of the SMTP server (the submission address; a *candidate* relay IP only);
* ``spf`` — the SPF record of the sender domain and its verdict for each relay IP, evaluated by pyspf
  (RFC 7208: pass, fail, softfail, neutral, none, permerror, temperror; the 10-DNS-lookup and the
  2-void-lookup limits; the mechanism that decided);
* ``dmarc`` — ``_dmarc.<domain>`` (else the organisational domain's), its policy, and what it means
  for mail from this sender through this relay;
* ``ptr`` — the reverse name of each relay IP and whether it resolves back to the IP (FCrDNS).

A plain-language verdict says what to change ("add ip4:192.0.2.10 … to the SPF record of firma.de").
When the name server does not answer at all, the first query says so (``dns_failed``) and nothing else
waits for it.

The relay's outbound IP — the address receivers see — is not the submission address in general: give
it (``relay_ips``; also what a confirmed delivery's ``Received`` chain shows). Without it the SMTP
server's own addresses are checked, labelled as candidates.

Imports dnspython and pyspf only when a check runs (never on the start-up or test-mail path).

pyspf asks DNS through its module-level ``DNSLookup`` function; :func:`_install_spf_lookup` replaces it
once with one that uses the resolver of the check running in this thread (thread-local), so a check
never falls back to the system's resolver when a name server was given.
"""
from __future__ import annotations

import ipaddress
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from swyxon_desktop.failures import Category, Failure
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "DnsCheck"
DEFAULT_TIMEOUT = 3.0
SPF_TOTAL_TIME = 20.0

OK, WARNING, PROBLEM, ERROR, SKIPPED = "ok", "warning", "problem", "error", "skipped"
PARTS = ("mx", "addresses", "spf", "dmarc", "ptr")

PART_TITLES = {
    "mx": QT_TRANSLATE_NOOP("DnsCheck", "MX of the sender domain"),
    "addresses": QT_TRANSLATE_NOOP("DnsCheck", "Addresses of the SMTP server (A/AAAA)"),
    "spf": QT_TRANSLATE_NOOP("DnsCheck", "SPF"),
    "dmarc": QT_TRANSLATE_NOOP("DnsCheck", "DMARC"),
    "ptr": QT_TRANSLATE_NOOP("DnsCheck", "Reverse DNS of the relay (PTR)"),
}
STATUS_TITLES = {
    OK: QT_TRANSLATE_NOOP("DnsCheck", "OK"),
    WARNING: QT_TRANSLATE_NOOP("DnsCheck", "warning"),
    PROBLEM: QT_TRANSLATE_NOOP("DnsCheck", "problem"),
    ERROR: QT_TRANSLATE_NOOP("DnsCheck", "not checked"),
    SKIPPED: QT_TRANSLATE_NOOP("DnsCheck", "skipped"),
}

# What each SPF result means for a receiver (RFC 7208 section 8).
SPF_MEANING = {
    "pass": QT_TRANSLATE_NOOP("DnsCheck", "the domain authorises this IP"),
    "fail": QT_TRANSLATE_NOOP(
        "DnsCheck", "the domain says this IP must not send for it: receivers may reject the mail"),
    "softfail": QT_TRANSLATE_NOOP(
        "DnsCheck", "the domain says this IP is probably not allowed: receivers often put the mail in junk"),
    "neutral": QT_TRANSLATE_NOOP("DnsCheck", "the domain makes no statement about this IP"),
    "none": QT_TRANSLATE_NOOP("DnsCheck", "the domain publishes no SPF record"),
    "permerror": QT_TRANSLATE_NOOP(
        "DnsCheck", "the SPF record is broken: receivers treat it like a failure or ignore it"),
    "temperror": QT_TRANSLATE_NOOP(
        "DnsCheck", "the SPF record could not be read now (DNS error): receivers defer or ignore it"),
}

MSG_DNS_DEAD = QT_TRANSLATE_NOOP("DnsCheck", "The name server {} did not answer within {} s.")
HINT_DNS_DEAD = QT_TRANSLATE_NOOP(  # a Failure hint: context "Failure"
    "Failure", "Check the name server given with --nameserver, or this computer's DNS settings (VPN, firewall "
    "blocking port 53).")
MSG_SYSTEM_RESOLVER = QT_TRANSLATE_NOOP("DnsCheck", "the system's resolver")
MSG_BAD_SENDER = QT_TRANSLATE_NOOP("DnsCheck", "The sender address \"{}\" has no domain to check.")
HINT_BAD_SENDER = QT_TRANSLATE_NOOP("Failure", "Enter the sender address, e.g. SwyxWare@firma.de.")
MSG_CANCELLED = QT_TRANSLATE_NOOP("DnsCheck", "The DNS check was cancelled.")

MSG_MX_FOUND = QT_TRANSLATE_NOOP("DnsCheck", "{} receives mail at {}.")
MSG_MX_NONE = QT_TRANSLATE_NOOP(
    "DnsCheck", "{} has no MX record; receivers may fall back to its A record or doubt the sender.")
FIX_MX_NONE = QT_TRANSLATE_NOOP("DnsCheck", "Publish an MX record for {} so that replies and bounces can reach it.")
MSG_NXDOMAIN = QT_TRANSLATE_NOOP("DnsCheck", "The domain {} does not exist in DNS: receivers reject mail from it.")
FIX_NXDOMAIN = QT_TRANSLATE_NOOP("DnsCheck", "Check the sender address; its domain {} must exist in DNS.")
MSG_QUERY_ERROR = QT_TRANSLATE_NOOP("DnsCheck", "The query for {} ({}) failed: {}")

MSG_SERVER_ADDRS = QT_TRANSLATE_NOOP("DnsCheck", "{} has the addresses {}.")
MSG_SERVER_LITERAL = QT_TRANSLATE_NOOP("DnsCheck", "The SMTP server is given as the address {}.")
MSG_SERVER_NONE = QT_TRANSLATE_NOOP("DnsCheck", "{} has no A or AAAA record: the program cannot reach it.")
FIX_SERVER_NONE = QT_TRANSLATE_NOOP("DnsCheck", "Check the spelling of the SMTP server {}.")
MSG_SERVER_EMPTY = QT_TRANSLATE_NOOP("DnsCheck", "No SMTP server is set.")

MSG_RELAY_GIVEN = QT_TRANSLATE_NOOP("DnsCheck", "Relay outbound IP(s) checked: {}.")
MSG_RELAY_RECEIVED = QT_TRANSLATE_NOOP(
    "DnsCheck", "Relay outbound IP(s) from the delivered test mail's Received header: {}.")
MSG_RELAY_CANDIDATES = QT_TRANSLATE_NOOP(
    "DnsCheck", "No relay outbound IP was given: the SMTP server's own addresses ({}) are checked as candidates. "
    "The address you submit to may not be the address receivers see; give it with --relay-ip.")
MSG_RELAY_NONE = QT_TRANSLATE_NOOP(
    "DnsCheck", "No relay outbound IP is known: SPF and PTR cannot be checked. Give it with --relay-ip.")

MSG_SPF_RECORD = QT_TRANSLATE_NOOP("DnsCheck", "SPF record of {}: {}")
MSG_SPF_NONE = QT_TRANSLATE_NOOP("DnsCheck", "{} publishes no SPF record.")
MSG_SPF_MANY = QT_TRANSLATE_NOOP("DnsCheck", "{} publishes {} SPF records; exactly one is allowed (permerror).")
MSG_SPF_RESULT = QT_TRANSLATE_NOOP("DnsCheck", "{}: SPF {} — {}.")
MSG_SPF_MECH = QT_TRANSLATE_NOOP("DnsCheck", "decided by {}")
MSG_SPF_NO_MECH = QT_TRANSLATE_NOOP("DnsCheck", "no mechanism matched (default)")
MSG_SPF_LOOKUPS = QT_TRANSLATE_NOOP("DnsCheck", "{} of 10 DNS lookups used")
MSG_SPF_REASON = QT_TRANSLATE_NOOP("DnsCheck", "reason: {}")
FIX_SPF_ADD = QT_TRANSLATE_NOOP("DnsCheck", "Add {} (or the relay's include:…) to the SPF record of {}.")
FIX_SPF_CREATE = QT_TRANSLATE_NOOP(
    "DnsCheck", "Publish a TXT record at {}: \"v=spf1 {} -all\" (or include: the relay's SPF).")
FIX_SPF_PERMERROR = QT_TRANSLATE_NOOP(
    "DnsCheck", "Repair the SPF record of {}: {} (at most 10 DNS lookups — include, a, mx, ptr, exists, redirect — "
    "and at most 2 that find nothing).")
FIX_SPF_MANY = QT_TRANSLATE_NOOP("DnsCheck", "Merge the SPF records of {} into one.")
FIX_SPF_TEMPERROR = QT_TRANSLATE_NOOP(
    "DnsCheck", "The name servers of {} (or of an included domain) must answer; try again later.")

MSG_DMARC_RECORD = QT_TRANSLATE_NOOP("DnsCheck", "DMARC record at {}: {}")
MSG_DMARC_ORG = QT_TRANSLATE_NOOP("DnsCheck", "(found at the organisational domain {})")
MSG_DMARC_NONE = QT_TRANSLATE_NOOP(
    "DnsCheck", "No DMARC record at _dmarc.{}: receivers apply their own rules; many junk unauthenticated mail.")
FIX_DMARC_NONE = QT_TRANSLATE_NOOP(
    "DnsCheck", "Consider publishing \"v=DMARC1; p=none; rua=mailto:…\" at _dmarc.{} to see who sends for the domain.")
MSG_DMARC_BAD = QT_TRANSLATE_NOOP("DnsCheck", "The DMARC record at {} is not valid: {}")
FIX_DMARC_MANY = QT_TRANSLATE_NOOP("DnsCheck", "Keep exactly one DMARC record at {}.")
MSG_DMARC_PASS = QT_TRANSLATE_NOOP(
    "DnsCheck", "Policy p={}: mail through {} passes DMARC by SPF (the sender domain is the envelope domain).")
MSG_DMARC_REJECT = QT_TRANSLATE_NOOP(
    "DnsCheck", "Policy p=reject: unless the relay signs with DKIM for {}, receivers reject mail through {} (SPF {}).")
MSG_DMARC_QUARANTINE = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "Policy p=quarantine: unless the relay signs with DKIM for {}, receivers put mail through {} in junk (SPF {}).")
MSG_DMARC_MONITOR = QT_TRANSLATE_NOOP(
    "DnsCheck", "Policy p=none: receivers only report; mail through {} is not rejected for DMARC (SPF {}).")
MSG_DMARC_PCT = QT_TRANSLATE_NOOP("DnsCheck", "(applied to {} % of failing mail)")

MSG_PTR_MATCH = QT_TRANSLATE_NOOP("DnsCheck", "{} is {}, and {} resolves back to it.")
MSG_PTR_MISMATCH = QT_TRANSLATE_NOOP("DnsCheck", "{} is {}, but that name does not resolve back to {}.")
MSG_PTR_NONE = QT_TRANSLATE_NOOP(
    "DnsCheck", "{} has no reverse name (PTR): many receivers reject or junk mail from it.")
FIX_PTR = QT_TRANSLATE_NOOP(
    "DnsCheck", "Ask whoever runs {} (provider, hoster) for a PTR record whose name resolves back to it.")

VERDICT_GOOD = QT_TRANSLATE_NOOP("DnsCheck", "Receivers will accept mail from {} through {}: SPF {}.")
VERDICT_DEAD = QT_TRANSLATE_NOOP("DnsCheck", "DNS could not be checked: {}")
VERDICT_BAD = QT_TRANSLATE_NOOP("DnsCheck", "Receivers see SPF {} for {}: {}.")
VERDICT_PROBLEMS = QT_TRANSLATE_NOOP("DnsCheck", "SPF passes, but receivers may refuse or junk mail from {}: see {}.")
VERDICT_DMARC_REJECT = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "With the DMARC policy p=reject of {}, receivers reject it unless the relay signs it with DKIM for the domain.")
VERDICT_DMARC_QUARANTINE = QT_TRANSLATE_NOOP(
    "DnsCheck",
    "With the DMARC policy p=quarantine of {}, receivers put it in junk unless the relay signs it with DKIM for the "
    "domain.")
VERDICT_WARN = QT_TRANSLATE_NOOP("DnsCheck", "Mail from {} should get through; see the warnings.")
VERDICT_NO_RELAY = QT_TRANSLATE_NOOP("DnsCheck", "SPF and PTR were not checked: no relay IP is known.")
VERDICT_CANDIDATE = QT_TRANSLATE_NOOP(
    "DnsCheck", "(checked for the SMTP server's address; the relay's outbound IP may differ)")
VERDICT_FIX = QT_TRANSLATE_NOOP("DnsCheck", "To change:")


def tr(text: str, *args: Any, lang: str | None = None) -> str:
    return translate(CONTEXT, text, lang).format(*args) if args else translate(CONTEXT, text, lang)


@dataclass(frozen=True)
class Text:
    """A translatable message with its values (English source in context ``DnsCheck``)."""

    source: str
    args: tuple = ()

    def text(self, lang: str | None = None) -> str:
        args = tuple(a.text(lang) if isinstance(a, Text) else a for a in self.args)
        return tr(self.source, *args, lang=lang)


def _t(source: str, *args: Any) -> Text:
    return Text(source, tuple(args))


@dataclass
class SpfVerdict:
    ip: str
    result: str  # pass fail softfail neutral none permerror temperror
    mechanism: str | None = None  # the mechanism that decided ("ip4:192.0.2.0/24", "include:…", "-all")
    explanation: str = ""
    lookups: int = 0
    void_lookups: int = 0

    def to_dict(self) -> dict:
        return {"ip": self.ip, "result": self.result, "mechanism": self.mechanism, "explanation": self.explanation,
                "lookups": self.lookups, "void_lookups": self.void_lookups}


@dataclass
class Part:
    """One question (mx, server, spf, dmarc, ptr): a status, what was found, what to change."""

    name: str
    status: str
    records: list[str] = field(default_factory=list)
    lines: list[Text] = field(default_factory=list)
    fixes: list[Text] = field(default_factory=list)
    data: dict = field(default_factory=dict)

    def title(self, lang: str | None = None) -> str:
        return tr(PART_TITLES[self.name], lang=lang)

    def status_text(self, lang: str | None = None) -> str:
        return tr(STATUS_TITLES[self.status], lang=lang)

    def summary(self, lang: str | None = None) -> str:
        return " ".join(line.text(lang) for line in self.lines)

    def to_dict(self, lang: str | None = None) -> dict:
        data = {k: v for k, v in self.data.items() if k != "_verdicts"}
        if "_verdicts" in self.data:
            data["verdicts"] = [v.to_dict() for v in self.data["_verdicts"]]
        return {"status": self.status, "title": self.title(lang), "records": list(self.records),
                "summary": self.summary(lang), "lines": [line.text(lang) for line in self.lines],
                "fixes": [f.text(lang) for f in self.fixes], **data}


@dataclass
class DnsReport:
    sender: str
    domain: str
    server: str
    nameserver: str | None
    relay_ips: list[str]
    relay_ips_source: str  # "given", "received" (a delivery's Received chain), "smtp_server" (candidates), "none"
    parts: dict[str, Part] = field(default_factory=dict)
    failure: Failure | None = None
    elapsed_s: float = 0.0

    @property
    def ok(self) -> bool:
        return self.failure is None and not any(p.status in (PROBLEM, ERROR) for p in self.parts.values())

    @property
    def fixes(self) -> list[Text]:
        seen: list[Text] = []
        for name in PARTS:
            part = self.parts.get(name)
            for fix in part.fixes if part else ():
                if fix not in seen:
                    seen.append(fix)
        return seen

    def verdict(self, lang: str | None = None) -> str:
        """The plain-language verdict: one sentence, then what to change."""
        if self.failure is not None:
            head = tr(VERDICT_DEAD, self.failure.message_text(lang), lang=lang)
        else:
            head = self._head(lang)
        lines = [head]
        fixes = self.fixes
        if fixes:
            lines.append(tr(VERDICT_FIX, lang=lang))
            lines += ["- " + f.text(lang) for f in fixes]
        return "\n".join(lines)

    def _head(self, lang: str | None) -> str:
        spf = self.parts.get("spf")
        verdicts: list[SpfVerdict] = spf.data.get("_verdicts", []) if spf else []
        bad = [v for v in verdicts if v.result != "pass"]
        candidate = " " + tr(VERDICT_CANDIDATE, lang=lang) if self.relay_ips_source == "smtp_server" else ""
        if not verdicts:
            head = tr(VERDICT_NO_RELAY, lang=lang)
            if self.ok:
                return head
            return head + " " + tr(VERDICT_WARN, self.sender, lang=lang) if not self.fixes else head
        dmarc = self.parts.get("dmarc")
        outcome = dmarc.data.get("outcome") if dmarc else None
        if bad:
            v = bad[0]
            head = tr(VERDICT_BAD, v.result, ", ".join(b.ip for b in bad if b.result == v.result),
                      tr(SPF_MEANING[v.result], lang=lang), lang=lang)
            if outcome in ("reject", "quarantine"):
                head += " " + tr(VERDICT_DMARC_REJECT if outcome == "reject" else VERDICT_DMARC_QUARANTINE,
                                 self.domain, lang=lang)
            return head + candidate
        if not self.ok:
            problems = [self.parts[n].title(lang) for n in PARTS
                        if n in self.parts and self.parts[n].status in (PROBLEM, ERROR)]
            return tr(VERDICT_PROBLEMS, self.sender, ", ".join(problems), lang=lang) + candidate
        if any(p.status == WARNING for p in self.parts.values()):
            return tr(VERDICT_WARN, self.sender, lang=lang) + candidate
        return tr(VERDICT_GOOD, self.sender, ", ".join(v.ip for v in verdicts), "pass", lang=lang) + candidate

    def to_dict(self, lang: str | None = None) -> dict:
        parts = {}
        for name in PARTS:
            if name in self.parts:
                parts[name] = self.parts[name].to_dict(lang)
        return {
            "ok": self.ok, "sender": self.sender, "domain": self.domain, "server": self.server,
            "nameserver": self.nameserver, "relay_ips": list(self.relay_ips),
            "relay_ips_source": self.relay_ips_source, **parts,
            "verdict": self.verdict(lang), "fixes": [f.text(lang) for f in self.fixes],
            "category": self.failure.category.value if self.failure else None,
            "message": self.failure.message_text(lang) if self.failure else None,
            "hint": self.failure.hint_text(lang) if self.failure else None,
            "elapsed_s": round(self.elapsed_s, 3),
        }


# --- input --------------------------------------------------------------------------------------------
def parse_nameserver(value: str) -> tuple[str, int]:
    """``IP``, ``IP:PORT``, ``[IPv6]:PORT`` or a bare IPv6 address -> (ip, port); the port digits only.
    Raises ValueError. The one parser of ``--nameserver`` (dns-check, test-mail --dns-check, profile detect)."""
    text = (value or "").strip()
    port_text = "53"
    if text.startswith("["):
        host, sep, rest = text[1:].partition("]")
        if not sep or (rest and not rest.startswith(":")):
            raise ValueError(value)
        if rest:
            port_text = rest[1:]
    elif text.count(":") == 1:
        host, port_text = text.split(":")
    else:
        host = text
    if not (port_text.isascii() and port_text.isdigit() and 1 <= int(port_text) <= 65535):
        raise ValueError(value)
    return str(ipaddress.ip_address(host)), int(port_text)


def make_resolver(nameserver: tuple[str, int] | None, timeout: float) -> Any:
    """A dnspython resolver asking ``nameserver`` (ip, port) only, or the system's configuration; ``timeout``
    per query and in all. Raises dns.resolver.NoResolverConfiguration when the system names no server."""
    import dns.resolver

    if nameserver is not None:
        res = dns.resolver.Resolver(configure=False)
        res.nameservers = [nameserver[0]]
        res.port = nameserver[1]
    else:
        res = dns.resolver.Resolver()
    res.timeout = res.lifetime = timeout
    return res


def parse_ip(value: str) -> str:
    """A relay IP in its normal form. Raises ValueError."""
    return str(ipaddress.ip_address(value.strip().strip("[]")))


# --- DNS ------------------------------------------------------------------------------------------------
class _Dead(Exception):
    """The name server did not answer at all."""


class _Dns:
    """One check's resolver: a timeout per query; the first query that times out marks the server dead."""

    def __init__(self, nameserver: tuple[str, int] | None, timeout: float, cancelled: Callable[[], bool]):
        import dns.resolver

        try:
            res = make_resolver(nameserver, timeout)
        except dns.resolver.NoResolverConfiguration:  # no /etc/resolv.conf, no name server in it
            raise _Dead() from None
        res.retry_servfail = False
        res.cache = None
        self.resolver = res
        self.timeout = timeout
        self.cancelled = cancelled
        self.answered = False

    def query(self, name: str, rdtype: str) -> tuple[list[Any] | None, str | None]:
        """(records, None); ([], "nxdomain"/"nodata") for no records; (None, error text) for a failure."""
        import dns.exception
        import dns.resolver

        if self.cancelled():
            raise _Cancelled()
        try:
            answer = self.resolver.resolve(name, rdtype, search=False)
        except dns.resolver.NXDOMAIN:
            self.answered = True
            return [], "nxdomain"
        except dns.resolver.NoAnswer:
            self.answered = True
            return [], "nodata"
        except dns.exception.Timeout:
            if not self.answered:
                raise _Dead() from None
            return None, "timeout"
        except dns.resolver.NoNameservers:
            self.answered = True
            return None, "SERVFAIL"
        except dns.exception.DNSException as exc:
            return None, str(exc) or type(exc).__name__
        self.answered = True
        return list(answer), None

    def addresses(self, name: str) -> tuple[list[str], list[str]]:
        """(addresses A then AAAA, errors)."""
        found: list[str] = []
        errors: list[str] = []
        for rdtype in ("A", "AAAA"):
            records, error = self.query(name, rdtype)
            if records is None:
                errors.append(f"{rdtype}: {error}")
            else:
                found += [r.address for r in records]
        return found, errors

    def txt(self, name: str) -> tuple[list[str], str | None]:
        records, error = self.query(name, "TXT")
        if records is None:
            return [], error
        return [b"".join(r.strings).decode("utf-8", "replace") for r in records], error


class _Cancelled(Exception):
    pass


# --- SPF (pyspf) -----------------------------------------------------------------------------------------
_spf_local = threading.local()
_spf_lock = threading.Lock()


def _install_spf_lookup():
    """pyspf, its DNS lookups routed to the resolver of the check running in this thread."""
    import spf

    with _spf_lock:
        if getattr(spf, "_swyxon_lookup", False):
            return spf
        original = spf.DNSLookup

        def lookup(name, qtype, strict=True, timeout=None):
            check: _Dns | None = getattr(_spf_local, "dns", None)
            if check is None:
                return original(name, qtype, strict, timeout)
            return _spf_dns_lookup(spf, check, name, qtype)

        spf.DNSLookup = lookup
        spf._swyxon_lookup = True
    return spf


def _spf_dns_lookup(spf: Any, check: _Dns, name: str, qtype: str) -> list:
    """pyspf's DNSLookup contract: [((name, type), value), …]; no records -> []; failure -> TempError."""
    import dns.exception
    import dns.resolver

    if check.cancelled():
        raise _Cancelled()
    try:
        answer = check.resolver.resolve(name, qtype, search=False, raise_on_no_answer=False)
    except dns.resolver.NXDOMAIN:
        return []
    except dns.exception.Timeout as exc:
        raise spf.TempError(f"DNS timeout ({name} {qtype})") from exc
    except dns.resolver.NoNameservers as exc:
        raise spf.TempError(f"DNS SERVFAIL ({name} {qtype})") from exc
    except dns.exception.DNSException as exc:
        raise spf.TempError(f"DNS {exc}") from exc
    out = []
    for rrset in answer.response.answer:
        owner = rrset.name.to_text(omit_final_dot=True)
        rtype = dns.rdatatype.to_text(rrset.rdtype)
        for rdata in rrset:
            if rtype in ("A", "AAAA"):
                value: Any = rdata.address
            elif rtype == "MX":
                value = (rdata.preference, rdata.exchange.to_text(omit_final_dot=True))
            elif rtype in ("PTR", "CNAME"):
                value = rdata.target.to_text(omit_final_dot=True)
            elif rtype in ("TXT", "SPF"):
                value = rdata.strings
            else:
                continue
            out.append(((owner, rtype), value))
    return out


def _spf_verdict(check: _Dns, ip: str, sender: str, helo: str) -> SpfVerdict:
    spf = _install_spf_lookup()
    _spf_local.dns = check
    try:
        # querytime: RFC 7208 section 4.6.4's overall limit (20 s) besides the resolver's limit per query
        q = spf.query(i=ip, s=sender, h=helo or sender.rpartition("@")[2], strict=True,
                      timeout=SPF_TOTAL_TIME, querytime=SPF_TOTAL_TIME)
        result, _code, explanation = q.check()
    finally:
        _spf_local.dns = None
    if result == "ambiguous":  # only with strict=2; keep the RFC's words
        result = "permerror"
    mech = q.mechanism
    if result in ("permerror", "temperror"):
        mech = None
        explanation = getattr(q, "prob", None) or explanation
    return SpfVerdict(ip=ip, result=result, mechanism=mech, explanation=str(explanation or ""),
                      lookups=int(getattr(q, "lookups", 0)), void_lookups=int(getattr(q, "void_lookups", 0)))


# --- the check -----------------------------------------------------------------------------------------
# Second-level labels under which registrations happen (co.uk, com.au …): a small stand-in for the Public
# Suffix List when looking for the organisational domain's DMARC record (RFC 7489 section 3.2).
_SECOND_LEVEL = {"co", "com", "net", "org", "gov", "ac", "edu", "or", "ne", "go", "gv", "priv"}


def organisational_domain(domain: str) -> str:
    labels = domain.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def check_dns(sender: str, server: str = "", relay_ips: list[str] | tuple[str, ...] = (), *,
              nameserver: str | None = None, timeout: float = DEFAULT_TIMEOUT,
              relay_ips_source: str = "given", cancelled: Callable[[], bool] = lambda: False,
              progress: Callable[[str], None] = lambda part: None) -> DnsReport:
    """Check the DNS of ``sender``'s domain for mail through ``relay_ips`` (see the module docstring).

    ``nameserver`` is ``IP[:PORT]`` (None: the system's resolver); invalid values raise ValueError, as do
    invalid relay IPs — callers validate with :func:`parse_nameserver` / :func:`parse_ip` first.
    ``relay_ips_source`` says where ``relay_ips`` come from: ``"given"`` (typed, ``--relay-ip``) or
    ``"received"`` (a confirmed delivery's ``Received`` chain); the output names it.
    ``progress(part)`` is called before each part; ``cancelled()`` is asked before each query.
    """
    from swyxon_desktop.settings import ascii_hostname

    started = time.monotonic()
    ns = parse_nameserver(nameserver) if nameserver else None
    ips = [parse_ip(ip) for ip in relay_ips]
    domain_raw = sender.strip().rpartition("@")[2].strip().rstrip(".")
    report = DnsReport(sender=sender.strip(), domain=domain_raw, server=server.strip(),
                       nameserver=(f"{ns[0]}:{ns[1]}" if ns else None), relay_ips=ips,
                       relay_ips_source=(relay_ips_source if relay_ips_source in ("given", "received") else "given")
                       if ips else "none")
    try:
        domain = ascii_hostname(domain_raw) if domain_raw and "@" in sender else ""
    except ValueError:
        domain = ""
    if not domain:
        report.failure = Failure(Category.INVALID_SETTINGS, MSG_BAD_SENDER, stage="dns", context=CONTEXT,
                                 message_args=(sender,), hint=HINT_BAD_SENDER)
        report.elapsed_s = time.monotonic() - started
        return report
    report.domain = domain
    try:
        check = _Dns(ns, timeout, cancelled)
        progress("mx")
        report.parts["mx"] = _mx(check, domain)
        progress("addresses")
        report.parts["addresses"], server_ips = _server(check, report.server)
        if not ips and server_ips:
            report.relay_ips, report.relay_ips_source = server_ips, "smtp_server"
        progress("spf")
        report.parts["spf"] = _spf(check, domain, report)
        progress("dmarc")
        report.parts["dmarc"] = _dmarc(check, domain, report)
        progress("ptr")
        report.parts["ptr"] = _ptr(check, report)
    except _Dead:
        if cancelled():
            report.failure = Failure(Category.CANCELLED, MSG_CANCELLED, stage="dns", context=CONTEXT)
            report.parts.clear()
            report.elapsed_s = time.monotonic() - started
            return report
        where = report.nameserver or tr(MSG_SYSTEM_RESOLVER)
        report.failure = Failure(Category.DNS_FAILED, MSG_DNS_DEAD, stage="dns", context=CONTEXT,
                                 message_args=(where, _seconds(timeout)), hint=HINT_DNS_DEAD)
        report.parts.clear()
    except _Cancelled:
        report.failure = Failure(Category.CANCELLED, MSG_CANCELLED, stage="dns", context=CONTEXT)
    report.elapsed_s = time.monotonic() - started
    return report


def _seconds(value: float) -> str:
    return f"{value:g}"


def _mx(check: _Dns, domain: str) -> Part:
    records, error = check.query(domain, "MX")
    if records is None:
        return Part("mx", ERROR, lines=[_t(MSG_QUERY_ERROR, domain, "MX", error)])
    if error == "nxdomain":
        return Part("mx", PROBLEM, lines=[_t(MSG_NXDOMAIN, domain)], fixes=[_t(FIX_NXDOMAIN, domain)],
                    data={"nxdomain": True})
    if not records:
        return Part("mx", WARNING, lines=[_t(MSG_MX_NONE, domain)], fixes=[_t(FIX_MX_NONE, domain)])
    mx = sorted((r.preference, r.exchange.to_text(omit_final_dot=True)) for r in records)
    texts = [f"{p} {h}" for p, h in mx]
    return Part("mx", OK, records=texts, lines=[_t(MSG_MX_FOUND, domain, ", ".join(h for _, h in mx))],
                data={"mx": [{"preference": p, "host": h} for p, h in mx]})


def _server(check: _Dns, server: str) -> tuple[Part, list[str]]:
    from swyxon_desktop.settings import ascii_hostname

    if not server:
        return Part("addresses", SKIPPED, lines=[_t(MSG_SERVER_EMPTY)]), []
    try:
        ip = parse_ip(server)
    except ValueError:
        pass
    else:
        return Part("addresses", OK, records=[ip], lines=[_t(MSG_SERVER_LITERAL, ip)], data={"addresses": [ip]}), [ip]
    try:
        host = ascii_hostname(server)
    except ValueError:
        host = server
    addrs, errors = check.addresses(host)
    if addrs:
        return Part("addresses", OK, records=addrs, lines=[_t(MSG_SERVER_ADDRS, host, ", ".join(addrs))],
                    data={"addresses": addrs}), addrs
    if errors:
        return Part("addresses", ERROR, lines=[_t(MSG_QUERY_ERROR, host, "A/AAAA", "; ".join(errors))],
                    data={"addresses": []}), []
    return Part("addresses", PROBLEM, lines=[_t(MSG_SERVER_NONE, host)], fixes=[_t(FIX_SERVER_NONE, host)],
                data={"addresses": []}), []


def _mechanism_for(ip: str) -> str:
    return ("ip6:" if ":" in ip else "ip4:") + ip


def _spf(check: _Dns, domain: str, report: DnsReport) -> Part:
    texts, error = check.txt(domain)
    if error not in (None, "nxdomain", "nodata"):
        return Part("spf", ERROR, lines=[_t(MSG_QUERY_ERROR, domain, "TXT", error)],
                    fixes=[_t(FIX_SPF_TEMPERROR, domain)], data={"record": None, "_verdicts": []})
    records = [t for t in texts if t.lower() == "v=spf1" or t.lower().startswith("v=spf1 ")]
    lines: list[Text] = []
    fixes: list[Text] = []
    data: dict[str, Any] = {"record": records[0] if len(records) == 1 else None, "_verdicts": []}
    if not records:
        lines.append(_t(MSG_SPF_NONE, domain))
    elif len(records) > 1:
        lines.append(_t(MSG_SPF_MANY, domain, len(records)))
    else:
        lines.append(_t(MSG_SPF_RECORD, domain, records[0]))
    if not report.relay_ips:
        lines.append(_t(MSG_RELAY_NONE))
        status = WARNING if records else PROBLEM
        if not records:
            fixes.append(_t(FIX_SPF_CREATE, domain, "a mx"))
        return Part("spf", status, records=records, lines=lines, fixes=fixes, data=data)
    if report.relay_ips_source == "smtp_server":
        lines.append(_t(MSG_RELAY_CANDIDATES, ", ".join(report.relay_ips)))
    elif report.relay_ips_source == "received":
        lines.append(_t(MSG_RELAY_RECEIVED, ", ".join(report.relay_ips)))
    else:
        lines.append(_t(MSG_RELAY_GIVEN, ", ".join(report.relay_ips)))
    worst = OK
    for ip in report.relay_ips:
        v = _spf_verdict(check, ip, report.sender, report.server)
        data["_verdicts"].append(v)
        detail = [_t(MSG_SPF_MECH, v.mechanism) if v.mechanism else
                  (_t(MSG_SPF_NO_MECH) if v.result in ("neutral", "fail", "softfail") else None),
                  _t(MSG_SPF_LOOKUPS, v.lookups) if records else None,
                  _t(MSG_SPF_REASON, v.explanation) if v.result in ("permerror", "temperror") else None]
        lines.append(_SpfLine(ip, v.result, [d for d in detail if d]))
        if v.result == "pass":
            continue
        if v.result in ("fail", "softfail", "neutral"):
            fixes.append(_t(FIX_SPF_ADD, _mechanism_for(ip), domain))
            worst = PROBLEM
        elif v.result == "none":
            if len(records) > 1:
                fixes.append(_t(FIX_SPF_MANY, domain))
            else:
                fixes.append(_t(FIX_SPF_CREATE, domain, _mechanism_for(ip)))
            worst = PROBLEM
        elif v.result == "permerror":
            fixes.append(_t(FIX_SPF_MANY, domain) if len(records) > 1 else _t(FIX_SPF_PERMERROR, domain, v.explanation))
            worst = PROBLEM
        elif v.result == "temperror":
            fixes.append(_t(FIX_SPF_TEMPERROR, domain))
            worst = ERROR if worst != PROBLEM else worst
    if worst == OK and report.relay_ips_source == "smtp_server":
        worst = WARNING  # a pass for a candidate is not a pass for the relay
    return Part("spf", worst, records=records, lines=lines, fixes=fixes, data=data)


class _SpfLine(Text):
    """"192.0.2.10: SPF fail — <meaning> (decided by -all; 2 of 10 DNS lookups used)." as one Text."""

    def __init__(self, ip: str, result: str, details: list[Text]):
        super().__init__(MSG_SPF_RESULT, (ip, result, None))
        object.__setattr__(self, "_details", tuple(details))
        object.__setattr__(self, "_result", result)

    def text(self, lang: str | None = None) -> str:
        meaning = tr(SPF_MEANING[self._result], lang=lang)
        if self._details:
            meaning += " (" + "; ".join(d.text(lang) for d in self._details) + ")"
        return tr(MSG_SPF_RESULT, self.args[0], self.args[1], meaning, lang=lang)


def _parse_dmarc(text: str) -> dict[str, str]:
    tags: dict[str, str] = {}
    for item in text.split(";"):
        key, sep, value = item.strip().partition("=")
        if sep:
            tags[key.strip().lower()] = value.strip()
    return tags


def _dmarc(check: _Dns, domain: str, report: DnsReport) -> Part:
    org = organisational_domain(domain)
    where = f"_dmarc.{domain}"
    texts, error = check.txt(where)
    if error not in (None, "nxdomain", "nodata"):
        return Part("dmarc", ERROR, lines=[_t(MSG_QUERY_ERROR, where, "TXT", error)])
    records = [t for t in texts if t.replace(" ", "").lower().startswith("v=dmarc1")]
    found_at_org = False
    if not records and org != domain:
        where = f"_dmarc.{org}"
        texts, error = check.txt(where)
        if error not in (None, "nxdomain", "nodata"):
            return Part("dmarc", ERROR, lines=[_t(MSG_QUERY_ERROR, where, "TXT", error)])
        records = [t for t in texts if t.replace(" ", "").lower().startswith("v=dmarc1")]
        found_at_org = bool(records)
    if not records:
        return Part("dmarc", WARNING, lines=[_t(MSG_DMARC_NONE, domain)], fixes=[_t(FIX_DMARC_NONE, domain)],
                    data={"record": None, "policy": None, "location": None})
    if len(records) > 1:
        return Part("dmarc", PROBLEM, records=records, lines=[_t(MSG_DMARC_BAD, where, "more than one record")],
                    fixes=[_t(FIX_DMARC_MANY, where)],
                    data={"record": None, "policy": None, "location": where})
    tags = _parse_dmarc(records[0])
    policy = tags.get("sp" if found_at_org and "sp" in tags else "p", "").lower()
    data = {"record": records[0], "policy": policy or None, "location": where, "organisational": found_at_org,
            "pct": int(tags["pct"]) if tags.get("pct", "").isdigit() else 100,
            "rua": tags.get("rua"), "adkim": tags.get("adkim", "r"), "aspf": tags.get("aspf", "r")}
    lines = [_t(MSG_DMARC_RECORD, where, records[0])]
    if found_at_org:
        lines.append(_t(MSG_DMARC_ORG, org))
    if policy not in ("none", "quarantine", "reject"):
        lines.append(_t(MSG_DMARC_BAD, where, "p=" + (policy or "?")))
        return Part("dmarc", PROBLEM, records=records, lines=lines, data=data)
    spf = report.parts.get("spf")
    verdicts: list[SpfVerdict] = spf.data.get("_verdicts", []) if spf else []
    relay = ", ".join(report.relay_ips) or "?"
    failing = [v for v in verdicts if v.result != "pass"]
    status = OK
    if verdicts and not failing:
        lines.append(_t(MSG_DMARC_PASS, policy, relay))
        data["outcome"] = "pass"
    else:
        result = failing[0].result if failing else "?"
        if policy == "reject":
            lines.append(_t(MSG_DMARC_REJECT, domain, relay, result))
            data["outcome"] = "reject"
            status = PROBLEM if verdicts else WARNING
        elif policy == "quarantine":
            lines.append(_t(MSG_DMARC_QUARANTINE, domain, relay, result))
            data["outcome"] = "quarantine"
            status = PROBLEM if verdicts else WARNING
        else:
            lines.append(_t(MSG_DMARC_MONITOR, relay, result))
            data["outcome"] = "none"
            status = WARNING
        if data["pct"] < 100 and policy != "none":
            lines.append(_t(MSG_DMARC_PCT, data["pct"]))
    if status == OK and report.relay_ips_source == "smtp_server":
        status = WARNING
    return Part("dmarc", status, records=records, lines=lines, data=data)


def _ptr(check: _Dns, report: DnsReport) -> Part:
    import dns.reversename

    if not report.relay_ips:
        return Part("ptr", SKIPPED, lines=[_t(MSG_RELAY_NONE)], data={"ptr": []})
    lines: list[Text] = []
    fixes: list[Text] = []
    results: list[dict[str, Any]] = []
    worst = OK
    for ip in report.relay_ips:
        records, error = check.query(dns.reversename.from_address(ip).to_text(), "PTR")
        if records is None:
            lines.append(_t(MSG_QUERY_ERROR, ip, "PTR", error))
            results.append({"ip": ip, "names": [], "fcrdns": None})
            worst = ERROR if worst == OK else worst
            continue
        names = [r.target.to_text(omit_final_dot=True) for r in records]
        if not names:
            lines.append(_t(MSG_PTR_NONE, ip))
            fixes.append(_t(FIX_PTR, ip))
            results.append({"ip": ip, "names": [], "fcrdns": False})
            worst = PROBLEM
            continue
        confirmed = None
        for name in names:
            addrs, _ = check.addresses(name)
            if any(parse_ip(a) == ip for a in addrs):
                confirmed = name
                break
        results.append({"ip": ip, "names": names, "fcrdns": confirmed is not None})
        if confirmed:
            lines.append(_t(MSG_PTR_MATCH, ip, confirmed, confirmed))
        else:
            lines.append(_t(MSG_PTR_MISMATCH, ip, ", ".join(names), ip))
            fixes.append(_t(FIX_PTR, ip))
            worst = PROBLEM
    if report.relay_ips_source == "smtp_server" and worst == PROBLEM:
        worst = WARNING  # the submission server's PTR matters less than the relay's
    return Part("ptr", worst, records=[n for r in results for n in r["names"]], lines=lines, fixes=fixes,
                data={"ptr": results})

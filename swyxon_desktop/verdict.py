"""One verdict for a test mail with delivery confirmation and DNS check (Qt-free).

"accepted, delivered to the junk folder Junk after 4 s; receivers see SPF softfail for 192.0.2.10: add it
to the SPF record of firma.de" — the relay's answer (``SendResult``), where the message arrived
(``DeliveryResult`` of :mod:`swyxon_desktop.delivery`, or None) and what the sender domain's DNS says
for the relay's outbound IP (``DnsReport`` of :mod:`swyxon_desktop.dnscheck`, or None) joined in one
plain-language sentence, with the structured parts behind it::

    from swyxon_desktop.verdict import check_after_delivery, build_verdict

    report = check_after_delivery(sender, server, delivery, nameserver="127.0.0.1:5353")
    v = build_verdict(sent, delivery, report)
    v.text(lang)      # the one sentence (German or English)
    v.level           # "ok", "warning", "problem"
    v.to_dict(lang)   # {"level", "text", "parts": {relay, delivery, spf, dmarc, dns}, "fixes"}

:func:`check_after_delivery` runs the DNS check for the relay IP the receiver named in the ``Received``
chain (``relay_ips_source="received"``); when the chain named none, the check falls back as
``dns-check`` does (the SMTP server's own addresses, as candidates) and the verdict says so.

Imported only by ``test-mail --dns-check`` and by the test-mail dialog once a confirmation runs; it
imports nothing heavy (dnspython is loaded by :func:`check_after_delivery` through ``dnscheck``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from swyxon_desktop.checks.stages import DNS, STAGE_TITLES
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Verdict"
STAGE_TITLE = STAGE_TITLES[DNS]  # the stage after "delivery" (checks/stages.py)
DETAIL_DNS_PART = QT_TRANSLATE_NOOP("Smtp", "asking for {}")
DETAIL_DNS_FOR = QT_TRANSLATE_NOOP("Smtp", "SPF {} for {}")

OK, WARNING, PROBLEM = "ok", "warning", "problem"
_RANK = {OK: 0, WARNING: 1, PROBLEM: 2}

# -- the clauses (joined: relay, delivery; DNS) -----------------------------------------------------------
RELAY_ACCEPTED = QT_TRANSLATE_NOOP("Verdict", "accepted")
RELAY_REFUSED = QT_TRANSLATE_NOOP("Verdict", "not accepted by the relay: {}")
DELIVERED = QT_TRANSLATE_NOOP("Verdict", "delivered to {0} after {1} s")
DELIVERED_JUNK = QT_TRANSLATE_NOOP("Verdict", "delivered to the junk folder {} after {} s")
NOT_DELIVERED = QT_TRANSLATE_NOOP("Verdict", "not delivered within {} s")
NOT_DELIVERED_PLAIN = QT_TRANSLATE_NOOP("Verdict", "not delivered in time")
DELIVERY_FAILED = QT_TRANSLATE_NOOP("Verdict", "delivery not confirmed: {}")
DELIVERY_CANCELLED = QT_TRANSLATE_NOOP("Verdict", "the delivery confirmation was cancelled")
NO_RELAY_IP = QT_TRANSLATE_NOOP("Verdict", "the Received chain named no relay IP")

SPF_PASS = QT_TRANSLATE_NOOP("Verdict", "receivers see SPF pass for {}")
SPF_BAD = QT_TRANSLATE_NOOP("Verdict", "receivers see SPF {} for {}: {}")
SPF_CANDIDATE = QT_TRANSLATE_NOOP("Verdict", "SPF {} for the SMTP server's address {} (receivers may see another)")
SPF_CANDIDATE_FIX = QT_TRANSLATE_NOOP(
    "Verdict", "SPF {} for the SMTP server's address {} (receivers may see another): {}")
SPF_NOT_CHECKED = QT_TRANSLATE_NOOP("Verdict", "SPF not checked: no relay IP is known")
SPF_RECEIVER = QT_TRANSLATE_NOOP("Verdict", "(the receiver reported SPF {})")
DNS_PROBLEMS = QT_TRANSLATE_NOOP("Verdict", "but the DNS check found problems: {}")
DNS_FAILED = QT_TRANSLATE_NOOP("Verdict", "DNS not checked: {}")
DNS_CANCELLED = QT_TRANSLATE_NOOP("Verdict", "the DNS check was cancelled")

FIX_ADD = QT_TRANSLATE_NOOP("Verdict", "add it to the SPF record of {}")
FIX_CREATE = QT_TRANSLATE_NOOP("Verdict", "publish an SPF record for {} that allows it")
FIX_REPAIR = QT_TRANSLATE_NOOP("Verdict", "repair the SPF record of {}")
FIX_RETRY = QT_TRANSLATE_NOOP("Verdict", "the SPF record could not be read; check again later")
SPF_FIXES = {"softfail": FIX_ADD, "fail": FIX_ADD, "neutral": FIX_ADD, "none": FIX_CREATE,
             "permerror": FIX_REPAIR, "temperror": FIX_RETRY}
SPF_LEVELS = {"pass": OK, "softfail": WARNING, "neutral": WARNING, "none": WARNING, "temperror": WARNING,
              "fail": PROBLEM, "permerror": PROBLEM}

DMARC_REJECT = QT_TRANSLATE_NOOP(
    "Verdict", "with DMARC p=reject, receivers reject it unless the relay signs it with DKIM for {}")
DMARC_QUARANTINE = QT_TRANSLATE_NOOP(
    "Verdict", "with DMARC p=quarantine, receivers put it in junk unless the relay signs it with DKIM for {}")

LEVEL_TITLES = {
    OK: QT_TRANSLATE_NOOP("Verdict", "Verdict: all good"),
    WARNING: QT_TRANSLATE_NOOP("Verdict", "Verdict: needs attention"),
    PROBLEM: QT_TRANSLATE_NOOP("Verdict", "Verdict: a problem"),
}
FIXES_HEAD = QT_TRANSLATE_NOOP("Verdict", "To change:")


def tr(text: str, *args: Any, lang: str | None = None) -> str:
    return translate(CONTEXT, text, lang).format(*args) if args else translate(CONTEXT, text, lang)


@dataclass(frozen=True)
class Clause:
    """A translatable piece of the verdict (context ``Verdict``), its values possibly clauses too."""

    source: str
    args: tuple = ()

    def text(self, lang: str | None = None) -> str:
        args = tuple(a.text(lang) if hasattr(a, "text") and not isinstance(a, str) else a for a in self.args)
        return tr(self.source, *args, lang=lang)


def _c(source: str, *args: Any) -> Clause:
    return Clause(source, tuple(args))


@dataclass
class Verdict:
    """The joined verdict: a level, the clauses of its one sentence, the parts and what to change."""

    level: str
    head: list[Clause] = field(default_factory=list)  # the relay and the delivery, joined by ", "
    dns: list[Clause] = field(default_factory=list)  # the DNS part, joined by "; " after the head
    parts: dict = field(default_factory=dict)
    fixes: list = field(default_factory=list)  # dnscheck.Text (the DNS check's detailed changes)

    def text(self, lang: str | None = None) -> str:
        """The one sentence: 'accepted, delivered to INBOX after 4 s; receivers see SPF pass for …'."""
        head = ", ".join(c.text(lang) for c in self.head)
        return "; ".join(x for x in [head] + [c.text(lang) for c in self.dns] if x)

    def title(self, lang: str | None = None) -> str:
        return tr(LEVEL_TITLES[self.level], lang=lang)

    def fix_texts(self, lang: str | None = None) -> list[str]:
        return [f.text(lang) for f in self.fixes]

    def lines(self, lang: str | None = None) -> list[str]:
        """The verdict for a text report: the sentence, then what to change (one item a line)."""
        lines = [self.text(lang)]
        fixes = self.fix_texts(lang)
        if fixes:
            lines.append(tr(FIXES_HEAD, lang=lang))
            lines += ["- " + f for f in fixes]
        return lines

    def to_dict(self, lang: str | None = None) -> dict:
        return {"level": self.level, "text": self.text(lang), "title": self.title(lang), "parts": self.parts,
                "fixes": self.fix_texts(lang)}


def _worse(a: str, b: str) -> str:
    return a if _RANK[a] >= _RANK[b] else b


@dataclass(frozen=True)
class _Seconds:
    """'4', '0.1' (German '0,1'): seconds to arrival, formatted in the verdict's language."""

    value: float | None

    def text(self, lang: str | None = None) -> str:
        value = self.value or 0.0
        text = f"{value:.0f}" if value >= 10 else f"{value:.1f}".rstrip("0").rstrip(".") or "0"
        from swyxon_desktop import i18n

        return text.replace(".", ",") if (lang or i18n.language()).startswith("de") else text


def _seconds(value: float | None) -> "_Seconds":
    return _Seconds(value)


def relay_ips_of(delivery: Any) -> tuple[list[str], str]:
    """(relay IPs, source) for the DNS check: the receiver's ``Received`` chain, else none (the check then
    falls back to the SMTP server's addresses, as ``dns-check`` does)."""
    ip = getattr(delivery, "relay_ip", None) if delivery is not None else None
    if ip:
        from swyxon_desktop.dnscheck import parse_ip

        try:
            return [parse_ip(ip)], "received"
        except ValueError:  # not an address after all: as if none was named
            pass
    return [], "given"


def check_after_delivery(sender: str, server: str, delivery: Any, *, nameserver: str | None = None,
                         timeout: float | None = None, cancelled: Callable[[], bool] = lambda: False,
                         progress: Callable[[str], None] = lambda part: None):
    """The DNS check for the relay IP from the delivery's Received chain (a ``DnsReport``)."""
    from swyxon_desktop import dnscheck

    ips, source = relay_ips_of(delivery)
    return dnscheck.check_dns(sender, server, ips, nameserver=nameserver,
                              timeout=dnscheck.DEFAULT_TIMEOUT if timeout is None else timeout,
                              relay_ips_source=source, cancelled=cancelled, progress=progress)


# -- building ------------------------------------------------------------------------------------------
def _relay(sent: Any, v: Verdict) -> bool:
    failure = getattr(sent, "failure", None)
    accepted = bool(getattr(sent, "ok", False)) and failure is None
    v.parts["relay"] = {"accepted": accepted, "smtp_code": getattr(sent, "smtp_code", None),
                        "category": failure.category.value if failure is not None else None}
    if accepted:
        v.head.append(_c(RELAY_ACCEPTED))
    else:
        v.level = PROBLEM
        title = failure.title_text if failure is not None else (lambda lang=None: "?")
        v.head.append(_c(RELAY_REFUSED, _Call(title)))
    return accepted


@dataclass(frozen=True)
class _Call:
    """A value translated late: ``fn(lang)`` (a Failure's title)."""

    fn: Callable

    def text(self, lang: str | None = None) -> str:
        return self.fn(lang)


def _delivery(delivery: Any, v: Verdict) -> None:
    if delivery is None:
        v.parts["delivery"] = None
        return
    status = delivery.status
    v.parts["delivery"] = {"status": status, "folder": delivery.folder,
                           "elapsed_s": round(delivery.elapsed_s, 3) if delivery.elapsed_s is not None else None,
                           "relay_ip": delivery.relay_ip,
                           "category": delivery.failure.category.value if delivery.failure else None}
    failure = delivery.failure
    if status == "delivered":
        v.head.append(_c(DELIVERED, delivery.folder or "INBOX", _seconds(delivery.elapsed_s)))
    elif status == "junk":
        v.level = _worse(v.level, WARNING)
        v.head.append(_c(DELIVERED_JUNK, delivery.folder or "?", _seconds(delivery.elapsed_s)))
    elif status == "not_delivered":
        v.level = PROBLEM
        args = failure.message_args if failure is not None else ()
        v.head.append(_c(NOT_DELIVERED, args[-1]) if len(args) >= 2 else _c(NOT_DELIVERED_PLAIN))
    elif status == "cancelled":
        v.level = _worse(v.level, WARNING)
        v.head.append(_c(DELIVERY_CANCELLED))
    else:
        v.level = PROBLEM
        title = failure.title_text if failure is not None else (lambda lang=None: "?")
        v.head.append(_c(DELIVERY_FAILED, _Call(title)))


def _dns(report: Any, delivery: Any, v: Verdict) -> None:
    if report is None:
        v.parts["dns"] = v.parts["spf"] = v.parts["dmarc"] = None
        return
    failure = report.failure
    v.parts["dns"] = {"ok": report.ok, "nameserver": report.nameserver, "relay_ips": list(report.relay_ips),
                      "relay_ips_source": report.relay_ips_source,
                      "category": failure.category.value if failure is not None else None}
    v.fixes = list(report.fixes)
    if delivery is not None and delivery.delivered and not delivery.relay_ip:
        v.dns.append(_c(NO_RELAY_IP))
    if failure is not None:
        v.parts["spf"] = v.parts["dmarc"] = None
        v.level = _worse(v.level, WARNING)
        if failure.category.value == "cancelled":
            v.dns.append(_c(DNS_CANCELLED))
        else:
            v.dns.append(_c(DNS_FAILED, _Call(failure.message_text)))
        return
    spf_part = report.parts.get("spf")
    verdicts = spf_part.data.get("_verdicts", []) if spf_part is not None else []
    wanted = delivery.relay_ip if delivery is not None else None
    chosen = next((x for x in verdicts if x.ip == wanted), verdicts[0] if verdicts else None)
    findings = getattr(delivery, "findings", None) if delivery is not None else None
    receiver_spf = findings.verdicts.get("spf") if findings is not None else None
    dmarc_part = report.parts.get("dmarc")
    outcome = dmarc_part.data.get("outcome") if dmarc_part is not None else None
    v.parts["dmarc"] = ({"policy": dmarc_part.data.get("policy"), "outcome": outcome,
                         "record": dmarc_part.data.get("record")} if dmarc_part is not None else None)
    if chosen is None:
        v.parts["spf"] = None
        v.level = _worse(v.level, WARNING)
        v.dns.append(_c(SPF_NOT_CHECKED))
        return
    result = chosen.result
    v.parts["spf"] = {"ip": chosen.ip, "result": result, "mechanism": chosen.mechanism,
                      "source": report.relay_ips_source, "receiver_result": receiver_spf,
                      "record": spf_part.data.get("record")}
    v.level = _worse(v.level, SPF_LEVELS.get(result, WARNING))
    candidate = report.relay_ips_source == "smtp_server"
    fix = _c(SPF_FIXES[result], report.domain) if result in SPF_FIXES else None
    if candidate:
        v.level = _worse(v.level, WARNING)
        clause = _c(SPF_CANDIDATE_FIX, result, chosen.ip, fix) if fix else _c(SPF_CANDIDATE, result, chosen.ip)
    elif result == "pass":
        clause = _c(SPF_PASS, chosen.ip)
    else:
        clause = _c(SPF_BAD, result, chosen.ip, fix)
    v.dns.append(clause)
    if receiver_spf and receiver_spf != result:
        v.dns[-1] = _Joined((clause, _c(SPF_RECEIVER, receiver_spf)), " ")
    if result != "pass" and outcome in ("reject", "quarantine"):
        v.level = _worse(v.level, PROBLEM if outcome == "reject" else WARNING)
        v.dns.append(_c(DMARC_REJECT if outcome == "reject" else DMARC_QUARANTINE, report.domain))
    if result == "pass" and not report.ok:
        from swyxon_desktop.dnscheck import ERROR, PARTS
        from swyxon_desktop.dnscheck import PROBLEM as DNS_PROBLEM

        v.level = _worse(v.level, WARNING)
        names = [n for n in PARTS if n in report.parts and report.parts[n].status in (DNS_PROBLEM, ERROR)]
        v.dns[-1] = _Joined((v.dns[-1], _c(DNS_PROBLEMS, _Titles(report, tuple(names)))), ", ")


@dataclass(frozen=True)
class _Joined:
    items: tuple
    sep: str

    def text(self, lang: str | None = None) -> str:
        return self.sep.join(i.text(lang) for i in self.items)


@dataclass(frozen=True)
class _Titles:
    report: Any
    names: tuple

    def text(self, lang: str | None = None) -> str:
        return ", ".join(self.report.parts[n].title(lang) for n in self.names)


def build_verdict(sent: Any, delivery: Any = None, report: Any = None) -> Verdict:
    """The one verdict of a test mail (``SendResult``), its confirmation (``DeliveryResult`` or None) and
    the DNS check (``DnsReport`` or None). Qt-free; nothing is asked over the network here."""
    v = Verdict(level=OK)
    accepted = _relay(sent, v)
    if accepted:
        _delivery(delivery, v)
    else:
        v.parts["delivery"] = None
    _dns(report if accepted else None, delivery if accepted else None, v)
    return v

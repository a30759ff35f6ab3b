"""Detect settings from a sender address: RFC 6186 SRV, Thunderbird's autoconfig XML, the providers table by
MX — then a probe of the candidates (no credentials) to confirm what answers. Qt-free, blocking.

Order (each source's candidates keep their place; the probe only confirms):

1. SRV ``_submissions._tcp.<domain>`` (SSL/TLS) and ``_submission._tcp.<domain>`` (STARTTLS) — RFC 6186
   (a target of "." means: no such service). By priority, then weight.
2. ``config-v1.1.xml`` (Thunderbird's format) from ``https://autoconfig.<domain>/mail/config-v1.1.xml``
   and ``https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml``: HTTPS only, the certificate
   verified (the system's CAs + an optional CA file), no credentials, no cookies, the address not sent,
   at most :data:`MAX_XML_BYTES`, redirects followed only to HTTPS (a redirect to http:// is refused),
   no DTD/entities.
3. The providers table (providers.py): the address's own provider domain, or the domain's MX hosts.

With ``nameserver`` every name — SRV, MX, the autoconfig hosts and the candidate SMTP servers — is resolved
by that DNS server (dnspython, imported here only), and connections go to the addresses it gives while
TLS verifies the names. Nothing is saved or trusted: :meth:`DetectResult.apply` gives the settings with
the chosen candidate's values (the GUI fills the form, unsaved).
"""
from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any, Callable
from urllib.parse import urljoin, urlsplit

from swyxon_desktop import __version__, providers
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP, translate
from swyxon_desktop.settings import AuthMechanism, MailSettings, Security, TlsMode, idna_encode, validate_server

CONTEXT = "Detect"
MAX_XML_BYTES = 64 * 1024
MAX_REDIRECTS = 3
MAX_CANDIDATES = 8
SRV_SERVICES = (("_submissions._tcp", Security.IMPLICIT), ("_submission._tcp", Security.STARTTLS))

# Sources ("where from")
SRV, AUTOCONFIG, PROVIDERS, MX = "srv", "autoconfig", "providers", "mx"
SOURCE_TITLES = {
    SRV: QT_TRANSLATE_NOOP("Detect", "DNS SRV record (RFC 6186)"),
    AUTOCONFIG: QT_TRANSLATE_NOOP("Detect", "autoconfig file (Thunderbird format)"),
    MX: QT_TRANSLATE_NOOP("Detect", "MX records"),
    PROVIDERS: QT_TRANSLATE_NOOP("Detect", "providers table"),
}
# Step outcomes
FOUND, NONE, FAILED, REFUSED, INVALID, TOO_LARGE = "found", "none", "failed", "refused", "invalid", "too_large"
STATUS_TEXTS = {
    FOUND: QT_TRANSLATE_NOOP("Detect", "found"),
    NONE: QT_TRANSLATE_NOOP("Detect", "nothing there"),
    FAILED: QT_TRANSLATE_NOOP("Detect", "failed"),
    REFUSED: QT_TRANSLATE_NOOP("Detect", "refused"),
    INVALID: QT_TRANSLATE_NOOP("Detect", "not valid"),
    TOO_LARGE: QT_TRANSLATE_NOOP("Detect", "too large"),
}
# Candidate states after the probe
CONFIRMED, ANSWERS, NO_ANSWER, UNRESOLVED, UNCHECKED = "confirmed", "answers", "no_answer", "unresolved", "unchecked"
CANDIDATE_TEXTS = {
    CONFIRMED: QT_TRANSLATE_NOOP("Detect", "answers as expected"),
    ANSWERS: QT_TRANSLATE_NOOP("Detect", "answers, but not as expected"),
    NO_ANSWER: QT_TRANSLATE_NOOP("Detect", "no answer"),
    UNRESOLVED: QT_TRANSLATE_NOOP("Detect", "the name does not resolve"),
    UNCHECKED: QT_TRANSLATE_NOOP("Detect", "not checked"),
}

MSG_BAD_ADDRESS = QT_TRANSLATE_NOOP("Detect", "\"{}\" is not an e-mail address.")
MSG_CA_MISSING = QT_TRANSLATE_NOOP("Detect", "The CA file {} does not exist.")
MSG_BAD_NAMESERVER = QT_TRANSLATE_NOOP("Detect", "\"{}\" is not a name server; write IP or IP:PORT ([IPv6]:PORT).")
MSG_HTTP_REDIRECT = QT_TRANSLATE_NOOP("Detect", "redirect to {} refused: only HTTPS is used")
MSG_HTTP_STATUS = QT_TRANSLATE_NOOP("Detect", "HTTP status {}")
MSG_TOO_MANY_REDIRECTS = QT_TRANSLATE_NOOP("Detect", "more than {} redirects")
MSG_TOO_LARGE = QT_TRANSLATE_NOOP("Detect", "larger than {} KiB")
MSG_NOT_XML = QT_TRANSLATE_NOOP("Detect", "not a valid config-v1.1.xml: {}")
MSG_NO_SMTP = QT_TRANSLATE_NOOP("Detect", "no usable SMTP server in the file")
MSG_NO_RECORD = QT_TRANSLATE_NOOP("Detect", "no record")
MSG_SRV_NOT_OFFERED = QT_TRANSLATE_NOOP("Detect", "the domain says: no such service (target \".\")")
MSG_DNS_ERROR = QT_TRANSLATE_NOOP("Detect", "DNS error: {}")
MSG_PROVIDER_FOUND = QT_TRANSLATE_NOOP("Detect", "recognised by {} {}")
MSG_NO_PROVIDER = QT_TRANSLATE_NOOP("Detect", "no provider of the table recognised")
MSG_RELAY_NOTE = QT_TRANSLATE_NOOP(
    "Detect", "connector relay: works only with an inbound connector in Exchange Online for this computer")
MSG_OAUTH_ONLY = QT_TRANSLATE_NOOP(
    "Detect", "the file offers only OAuth2 for this server, which SwyxON does not support")
MSG_PLAIN_CANDIDATE = QT_TRANSLATE_NOOP("Detect", "unencrypted: a password would travel in clear text")
MSG_TLS_VERIFIED = QT_TRANSLATE_NOOP("Detect", "{}, certificate verified")
MSG_TLS_UNTRUSTED = QT_TRANSLATE_NOOP("Detect", "{}, certificate NOT trusted")
MSG_SUMMARY = QT_TRANSLATE_NOOP("Detect", "{} {}:{} with {} — {}")
MSG_BEST = QT_TRANSLATE_NOOP("Detect", "Suggested: {} port {} with {} — from: {}.")
MSG_BEST_UNCONFIRMED = QT_TRANSLATE_NOOP(
    "Detect", "Suggested, but not confirmed by a check: {} port {} with {} — from: {}.")
MSG_NOTHING = QT_TRANSLATE_NOOP("Detect", "No settings found for {}: enter the SMTP server by hand.")

SECURITY_LABELS = {Security.PLAIN: "SMTP", Security.STARTTLS: "STARTTLS", Security.IMPLICIT: "SSL/TLS"}


class DetectError(ValueError):
    """Bad input (address, name server); ``text()`` is the translated message."""

    def __init__(self, message: str, *args: object):
        super().__init__(message.format(*args))
        self.message, self.args_ = message, args

    def text(self, lang: str | None = None) -> str:
        return translate(CONTEXT, self.message, lang).format(*self.args_)


@dataclass
class Step:
    """One look-up: where (source + what was asked), and what came of it."""

    source: str
    query: str
    status: str
    detail: str = ""  # English template or plain data
    args: tuple = ()

    def detail_text(self, lang: str | None = None) -> str:
        if not self.detail:
            return ""
        if not self.args and self.detail not in _TEMPLATES:
            return self.detail  # plain data: records, host names
        via = set(providers.VIA_TEXTS.values())
        args = [translate("Providers", a, lang) if a in via else a for a in self.args]
        return translate(CONTEXT, self.detail, lang).format(*args)

    def text(self, lang: str | None = None) -> str:
        head = f"{translate(CONTEXT, SOURCE_TITLES[self.source], lang)}: {self.query} — " \
               f"{translate(CONTEXT, STATUS_TEXTS[self.status], lang)}"
        detail = self.detail_text(lang)
        return f"{head} ({detail})" if detail else head

    def to_dict(self, lang: str | None = None) -> dict:
        return {"source": self.source, "query": self.query, "status": self.status,
                "detail": self.detail_text(lang) or None}


_TEMPLATES = {MSG_HTTP_REDIRECT, MSG_HTTP_STATUS, MSG_TOO_MANY_REDIRECTS, MSG_TOO_LARGE, MSG_NOT_XML, MSG_NO_SMTP,
              MSG_NO_RECORD, MSG_SRV_NOT_OFFERED, MSG_DNS_ERROR, MSG_PROVIDER_FOUND, MSG_NO_PROVIDER, MSG_OAUTH_ONLY}


@dataclass
class Candidate:
    """A server to submit to, where it came from, and what the check found."""

    host: str
    port: int
    security: Security
    source: str
    origin: str  # the record / URL / provider it came from
    use_auth: bool = True
    mechanism: AuthMechanism = AuthMechanism.AUTO
    username: str = ""  # as the source says it is formed, filled for the address
    note: str = ""  # English template (context "Detect" or "Providers")
    note_context: str = CONTEXT
    status: str = UNCHECKED
    greeting: str = ""
    tls: str = ""  # the TLS version the check met ("TLSv1.3"), "" without TLS
    tls_trusted: bool = False  # its certificate verified
    auth_mechanisms: list[str] = field(default_factory=list)
    failure: Any = None  # failures.Failure of the check (why it is not confirmed)
    addresses: tuple[str, ...] = ()
    documented_by: str = ""  # the provider whose table entry documents this way

    @property
    def key(self) -> tuple:
        return (self.host.lower(), self.port, self.security)

    def changes(self, address: str) -> dict[str, Any]:
        """MailSettings fields -> values for this candidate (the form is filled with them, unsaved)."""
        auto = Security.IMPLICIT if self.port == 465 else Security.STARTTLS
        changes: dict[str, Any] = {"server": self.host, "port": self.port, "sender": address,
                                   "use_ssl": self.security is not Security.PLAIN}
        if self.security is not Security.PLAIN:
            changes["tls_mode"] = TlsMode.AUTO if self.security is auto else TlsMode(self.security.value)
        changes["use_auth"] = self.use_auth
        if self.use_auth:
            changes["mechanism"] = self.mechanism
            changes["username"] = self.username
        return changes

    def tls_text(self, lang: str | None = None) -> str:
        if not self.tls:
            return ""
        return translate(CONTEXT, MSG_TLS_VERIFIED if self.tls_trusted else MSG_TLS_UNTRUSTED, lang).format(self.tls)

    def text(self, lang: str | None = None) -> str:
        state = translate(CONTEXT, CANDIDATE_TEXTS[self.status], lang)
        return translate(CONTEXT, MSG_SUMMARY, lang).format(
            translate(CONTEXT, SOURCE_TITLES[self.source], lang), self.host, self.port,
            SECURITY_LABELS[self.security], state)

    def to_dict(self, lang: str | None = None) -> dict:
        return {
            "host": self.host, "port": self.port, "security": self.security.value, "source": self.source,
            "origin": self.origin, "use_auth": self.use_auth, "mechanism": self.mechanism.value,
            "username": self.username, "status": self.status, "status_text": translate(
                CONTEXT, CANDIDATE_TEXTS[self.status], lang),
            "note": translate(self.note_context, self.note, lang) if self.note else None,
            "greeting": self.greeting or None, "tls": self.tls or None, "tls_trusted": self.tls_trusted,
            "auth_mechanisms": self.auth_mechanisms,
            "addresses": list(self.addresses),
            "failure": self.failure.to_dict(lang) if self.failure is not None else None,
            "documented_by": self.documented_by or None,
        }


@dataclass
class DetectResult:
    address: str
    domain: str
    steps: list[Step]
    candidates: list[Candidate]
    provider: providers.Recognition | None
    mx: list[str]
    elapsed_s: float = 0.0
    cancelled: bool = False

    @property
    def best(self) -> Candidate | None:
        """The first confirmed candidate, else the first one that is not plain text."""
        confirmed = [c for c in self.candidates if c.status == CONFIRMED]
        if confirmed:
            return confirmed[0]
        encrypted = [c for c in self.candidates if c.security is not Security.PLAIN]
        return encrypted[0] if encrypted else None

    @property
    def ok(self) -> bool:
        return self.best is not None and self.best.status == CONFIRMED

    def apply(self, settings: MailSettings, candidate: Candidate | None = None) -> MailSettings:
        chosen = candidate or self.best
        return settings if chosen is None else settings.replace(**chosen.changes(self.address))

    def summary(self, lang: str | None = None) -> str:
        best = self.best
        if best is None:
            return translate(CONTEXT, MSG_NOTHING, lang).format(self.domain)
        msg = MSG_BEST if best.status == CONFIRMED else MSG_BEST_UNCONFIRMED
        return translate(CONTEXT, msg, lang).format(best.host, best.port, SECURITY_LABELS[best.security],
                                                    translate(CONTEXT, SOURCE_TITLES[best.source], lang))

    def to_dict(self, lang: str | None = None) -> dict:
        best = self.best
        return {
            "ok": self.ok, "address": self.address, "domain": self.domain,
            "steps": [s.to_dict(lang) for s in self.steps],
            "mx": self.mx,
            "provider": self.provider.to_dict(lang) if self.provider else None,
            "provider_rules": ([translate("Providers", r, lang) for r in self.provider.provider.rules]
                               if self.provider else []),
            "candidates": [c.to_dict(lang) for c in self.candidates],
            "suggested": ({k: getattr(v, "value", v) for k, v in best.changes(self.address).items()}
                          if best else None),
            "summary": self.summary(lang),
            "elapsed_s": round(self.elapsed_s, 3), "cancelled": self.cancelled,
            "saved": False,  # detect never saves: the user applies the suggestion
        }


# -- input ---------------------------------------------------------------------------------------------

def split_address(address: str) -> tuple[str, str, str]:
    """(address, local part, ASCII domain) or DetectError."""
    addr = (address or "").strip()
    local, at, domain = addr.rpartition("@")
    if not at or not local or not domain or any(c.isspace() or c in "<>,;" for c in addr) \
            or validate_server(domain) is not None:
        raise DetectError(MSG_BAD_ADDRESS, addr)
    try:
        ascii_domain = idna_encode(domain.rstrip(".")).lower()
    except ValueError:
        raise DetectError(MSG_BAD_ADDRESS, addr) from None
    try:
        ipaddress.ip_address(ascii_domain.strip("[]"))
    except ValueError:
        return addr, local, ascii_domain
    raise DetectError(MSG_BAD_ADDRESS, addr)  # an address literal has no DNS to ask


def parse_nameserver(text: str) -> tuple[str, int]:
    """"127.0.0.1", "127.0.0.1:5353", "::1", "[::1]:5353" -> (ip, port) — dnscheck's parser, with Detect's message."""
    from swyxon_desktop.dnscheck import parse_nameserver as parse

    try:
        return parse(text)
    except ValueError:
        raise DetectError(MSG_BAD_NAMESERVER, text) from None


# -- DNS -----------------------------------------------------------------------------------------------------

class _Dns:
    """dnspython (imported here only) against the given server, or the system's configuration."""

    def __init__(self, nameserver: tuple[str, int] | None, timeout_s: float):
        import dns.resolver

        from swyxon_desktop.dnscheck import make_resolver

        try:
            self.resolver: Any = make_resolver(nameserver, timeout_s)
        except dns.resolver.NoResolverConfiguration:  # no /etc/resolv.conf, or no server in it
            self.resolver = None  # every look-up fails with the reason; the run goes on and says so
        self.own_server = nameserver is not None

    def query(self, name: str, rdtype: str) -> list:
        """The answer's records; [] for NXDOMAIN / no answer; raises OSError-like _DnsError otherwise."""
        import dns.exception
        import dns.resolver

        if self.resolver is None:
            raise _DnsError(NO_SYSTEM_NAMESERVER)
        try:
            return list(self.resolver.resolve(name, rdtype, search=False))
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
            return []
        except dns.exception.DNSException as exc:
            raise _DnsError(type(exc).__name__ if not str(exc) else str(exc)[:200]) from None

    def addresses(self, host: str) -> list[str]:
        out: list[str] = []
        for rdtype in ("A", "AAAA"):
            try:
                out += [r.address for r in self.query(host, rdtype)]
            except _DnsError:
                continue
        return out


class _DnsError(Exception):
    pass


#: The detail of every DNS step when the system names no server (dnspython's own texts are English too).
NO_SYSTEM_NAMESERVER = "no DNS server configured on this system (resolv.conf)"


def _name(rdata_target: Any) -> str:
    return str(rdata_target).rstrip(".").lower()


# -- autoconfig over HTTPS -------------------------------------------------------------------------------

class _FetchError(Exception):
    def __init__(self, status: str, detail: str, *args: object):
        super().__init__(detail)
        self.status, self.detail, self.args_ = status, detail, args


class _PinnedHTTPS(http.client.HTTPSConnection):
    """HTTPS to a given address, with SNI and certificate verification for the URL's host name."""

    def __init__(self, host: str, port: int, address: str | None, context: ssl.SSLContext, timeout: float):
        super().__init__(host, port, context=context, timeout=timeout)
        self._address = address
        self._ctx = context

    def connect(self) -> None:
        sock = socket.create_connection((self._address or self.host, self.port), self.timeout)
        self.sock = self._ctx.wrap_socket(sock, server_hostname=self.host)


def fetch_autoconfig(url: str, *, dns_: _Dns | None, ca_file: str, timeout_s: float,
                     https_port: int | None = None) -> bytes:
    """GET an autoconfig URL: HTTPS only (redirects too), verified, size-limited. Raises _FetchError."""
    from swyxon_desktop.smtp.tlsinfo import make_context

    try:
        context = make_context(ca_file)
    except (OSError, ssl.SSLError) as exc:
        raise _FetchError(FAILED, str(exc)) from None
    for _ in range(MAX_REDIRECTS + 1):
        parts = urlsplit(url)
        if parts.scheme != "https" or not parts.hostname:
            raise _FetchError(REFUSED, MSG_HTTP_REDIRECT, url)
        host = parts.hostname
        port = https_port or parts.port or 443
        address = None
        if dns_ is not None and dns_.own_server:
            found = dns_.addresses(host)
            if not found:
                raise _FetchError(NONE, MSG_NO_RECORD)
            address = found[0]
        conn = _PinnedHTTPS(host, port, address, context, timeout_s)
        resp = None
        try:
            path = parts.path or "/"
            if parts.query:
                path += "?" + parts.query
            conn.request("GET", path, headers={"User-Agent": f"SwyxON-Desktop/{__version__}",
                                               "Accept": "application/xml, text/xml"})
            resp = conn.getresponse()
            if resp.status in (301, 302, 303, 307, 308):
                url = urljoin(url, resp.getheader("Location") or "")
                if urlsplit(url).scheme != "https":
                    raise _FetchError(REFUSED, MSG_HTTP_REDIRECT, url)
                continue
            if resp.status == 404:
                raise _FetchError(NONE, MSG_HTTP_STATUS, resp.status)
            if resp.status != 200:
                raise _FetchError(FAILED, MSG_HTTP_STATUS, resp.status)
            length = resp.getheader("Content-Length")
            if length and length.isdigit() and int(length) > MAX_XML_BYTES:
                raise _FetchError(TOO_LARGE, MSG_TOO_LARGE, MAX_XML_BYTES // 1024)
            body = resp.read(MAX_XML_BYTES + 1)
            if len(body) > MAX_XML_BYTES:
                raise _FetchError(TOO_LARGE, MSG_TOO_LARGE, MAX_XML_BYTES // 1024)
            return body
        except _FetchError:
            raise
        except ssl.SSLCertVerificationError as exc:
            raise _FetchError(FAILED, exc.verify_message or str(exc)) from None
        except (OSError, http.client.HTTPException) as exc:
            if isinstance(exc, socket.gaierror):
                raise _FetchError(NONE, MSG_NO_RECORD) from None
            raise _FetchError(FAILED, str(exc)[:200] or type(exc).__name__) from None
        finally:
            if resp is not None:  # a response not read to its end holds the socket open
                resp.close()
            conn.close()
    raise _FetchError(FAILED, MSG_TOO_MANY_REDIRECTS, MAX_REDIRECTS)


_SOCKET_TYPES = {"SSL": Security.IMPLICIT, "TLS": Security.IMPLICIT, "STARTTLS": Security.STARTTLS,
                 "PLAIN": Security.PLAIN}


def parse_autoconfig(data: bytes, address: str, local: str, domain: str, origin: str) -> list[Candidate]:
    """The outgoing SMTP servers of a config-v1.1.xml (raises ValueError when it is not one)."""
    head = data[:4096].lower()
    if b"<!doctype" in head or b"<!entity" in data.lower():
        raise ValueError("DTD or entities are not accepted")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise ValueError(str(exc)) from None
    if root.tag != "clientConfig":
        raise ValueError(f"root element <{root.tag}>, not <clientConfig>")
    out: list[Candidate] = []
    for server in root.iter("outgoingServer"):
        if (server.get("type") or "").lower() != "smtp":
            continue
        host = (server.findtext("hostname") or "").strip().replace("%EMAILDOMAIN%", domain)
        port_text = (server.findtext("port") or "").strip()
        sock_type = (server.findtext("socketType") or "").strip().upper()
        if validate_server(host) is not None or not port_text.isdigit() or not 1 <= int(port_text) <= 65535 \
                or sock_type not in _SOCKET_TYPES:
            continue
        auths = [(a.text or "").strip().lower() for a in server.iter("authentication")]
        user_tpl = (server.findtext("username") or "%EMAILADDRESS%").strip()
        username = (user_tpl.replace("%EMAILADDRESS%", address).replace("%EMAILLOCALPART%", local)
                    .replace("%EMAILDOMAIN%", domain))
        cand = Candidate(host=host.lower(), port=int(port_text), security=_SOCKET_TYPES[sock_type],
                         source=AUTOCONFIG, origin=origin, username=username)
        if "password-encrypted" in auths and "password-cleartext" not in auths:
            cand.mechanism = AuthMechanism.CRAM_MD5
        elif auths and all(a in ("none", "client-ip-address") for a in auths):
            cand.use_auth = False
        elif auths and all(a in ("oauth2", "gssapi", "ntlm") for a in auths):
            cand.note = MSG_OAUTH_ONLY
        if cand.security is Security.PLAIN:
            cand.note = MSG_PLAIN_CANDIDATE
        out.append(cand)
    return out


# -- the run -------------------------------------------------------------------------------------------------

def detect(address: str, *, nameserver: str | tuple[str, int] | None = None, ca_file: str = "",
           timeout_s: float = 8.0, check: bool = True, https_port: int | None = None,
           cancel: Any = None, on_step: Callable[[Step], None] | None = None) -> DetectResult:
    """Find submission settings for ``address`` (see the module docstring). Raises DetectError for bad input.

    ``check``: probe the candidates (no credentials). ``https_port``: the port of the autoconfig hosts
    (tests; default 443). ``cancel``: a checks.run.CancelToken. ``on_step``: each look-up when done.
    """
    started = time.monotonic()
    addr, local, domain = split_address(address)
    server = parse_nameserver(nameserver) if isinstance(nameserver, str) else nameserver
    dns_ = _Dns(server, timeout_s)
    steps: list[Step] = []
    candidates: list[Candidate] = []

    def step(s: Step) -> None:
        steps.append(s)
        if on_step is not None:
            on_step(s)

    def stopped() -> bool:
        return cancel is not None and cancel.cancelled

    # 1. SRV (RFC 6186)
    for service, security in SRV_SERVICES:
        if stopped():
            break
        name = f"{service}.{domain}"
        try:
            records = dns_.query(name, "SRV")
        except _DnsError as exc:
            step(Step(SRV, name, FAILED, MSG_DNS_ERROR, (str(exc),)))
            continue
        if not records:
            step(Step(SRV, name, NONE))
            continue
        records.sort(key=lambda r: (r.priority, -r.weight))
        usable = [r for r in records if _name(r.target) not in ("", ".") and r.port]
        if not usable:
            step(Step(SRV, name, NONE, MSG_SRV_NOT_OFFERED))
            continue
        step(Step(SRV, name, FOUND, "; ".join(f"{r.priority} {r.weight} {r.port} {_name(r.target)}" for r in usable)))
        for r in usable:
            candidates.append(Candidate(host=_name(r.target), port=r.port, security=security, source=SRV,
                                        origin=f"{name} SRV {r.priority} {r.weight} {r.port} {_name(r.target)}",
                                        username=addr))

    # 2. autoconfig
    for url in (f"https://autoconfig.{domain}/mail/config-v1.1.xml",
                f"https://{domain}/.well-known/autoconfig/mail/config-v1.1.xml"):
        if stopped():
            break
        try:
            data = fetch_autoconfig(url, dns_=dns_, ca_file=ca_file, timeout_s=timeout_s, https_port=https_port)
        except _FetchError as exc:
            step(Step(AUTOCONFIG, url, exc.status, exc.detail, exc.args_))
            continue
        try:
            found = parse_autoconfig(data, addr, local, domain, url)
        except ValueError as exc:
            step(Step(AUTOCONFIG, url, INVALID, MSG_NOT_XML, (str(exc)[:200],)))
            continue
        if not found:
            step(Step(AUTOCONFIG, url, INVALID, MSG_NO_SMTP))
            continue
        step(Step(AUTOCONFIG, url, FOUND, ", ".join(f"{c.host}:{c.port} {SECURITY_LABELS[c.security]}"
                                                     for c in found)))
        candidates += found
        break  # the first file found is the domain's word

    # 3. providers table: the address's own provider, else the domain's MX
    mx: list[str] = []
    recognition = providers.by_address(addr)
    if recognition is None and not stopped():
        try:
            records = sorted(dns_.query(domain, "MX"), key=lambda r: r.preference)
            mx = [_name(r.exchange) for r in records if _name(r.exchange) not in ("", ".")]
            step(Step(MX, domain, FOUND if mx else NONE, ", ".join(mx)))
        except _DnsError as exc:
            step(Step(MX, domain, FAILED, MSG_DNS_ERROR, (str(exc),)))
        recognition = providers.by_mx(mx)
    if recognition is not None:
        p = recognition.provider
        step(Step(PROVIDERS, p.name, FOUND, MSG_PROVIDER_FOUND,
                  (providers.VIA_TEXTS[recognition.via], recognition.evidence)))
        for sub in p.submission:
            if sub.organisations_only and recognition.via == "address":
                continue  # e.g. …@gmail.com: Google's Workspace relay is not for it
            if sub.host.startswith("<tenant>"):
                if recognition.via != "mx":
                    continue
                host = recognition.evidence  # the tenant's own <tenant>.mail.protection.outlook.com
                note, ctx = MSG_RELAY_NOTE, CONTEXT
            else:
                host, note, ctx = sub.host, sub.note, "Providers"
            username = local if p.username == providers.USER_LOCAL_PART else addr
            candidates.append(Candidate(host=host, port=sub.port, security=Security(sub.security), source=PROVIDERS,
                                        origin=p.name, use_auth=sub.auth, username=username if sub.auth else "",
                                        note=note, note_context=ctx, documented_by=p.name))
    elif not stopped():
        step(Step(PROVIDERS, domain, NONE, MSG_NO_PROVIDER))

    # one candidate per (host, port, security), in the order found
    unique: dict[tuple, Candidate] = {}
    for c in candidates:
        unique.setdefault(c.key, c)
    candidates = list(unique.values())[:MAX_CANDIDATES]
    if recognition is not None:
        for c in candidates:
            if not c.documented_by and recognition.provider.documents(c.port, c.security.value) \
                    and providers.by_server(c.host) is not None:
                c.documented_by = recognition.provider.name

    # 4. check what answers (no credentials), all at once
    if check and candidates and not stopped():
        _check_all(candidates, dns_, ca_file, timeout_s, cancel, addr)
        order = {CONFIRMED: 0, ANSWERS: 1, UNCHECKED: 2, NO_ANSWER: 3, UNRESOLVED: 4}
        candidates.sort(key=lambda c: (order[c.status], c.security is Security.PLAIN))
    return DetectResult(address=addr, domain=domain, steps=steps, candidates=candidates, provider=recognition,
                        mx=mx, elapsed_s=time.monotonic() - started, cancelled=stopped())


def _check_all(candidates: list[Candidate], dns_: _Dns, ca_file: str, timeout_s: float, cancel: Any,
               address: str) -> None:
    from swyxon_desktop.smtp.probe import probe
    from swyxon_desktop.checks.run import CancelToken

    token = cancel or CancelToken()

    def one(c: Candidate) -> None:
        if dns_.own_server:
            c.addresses = tuple(dns_.addresses(c.host))
            if not c.addresses:
                c.status = UNRESOLVED
                return
        tls_mode = TlsMode.IMPLICIT if c.security is Security.IMPLICIT else TlsMode.STARTTLS
        settings = MailSettings(server=c.host, port=c.port, sender=address, use_ssl=c.security is not Security.PLAIN,
                                tls_mode=tls_mode, ca_file=ca_file, use_auth=c.use_auth, mechanism=c.mechanism,
                                username=c.username, allow_insecure_auth=False, timeout_s=timeout_s)
        result = probe(settings, ports=(), cancel=token, timeout_s=timeout_s, addresses=c.addresses)
        row = result.configured
        if row is not None:
            c.greeting = row.greeting or ""
            c.auth_mechanisms = row.auth_mechanisms
            if row.tls is not None:
                c.tls, c.tls_trusted = row.tls.version or "TLS", row.tls.verified
        if result.ok:
            c.status = CONFIRMED
        elif row is not None and row.status == "ok":
            c.status, c.failure = ANSWERS, result.failure
        else:
            c.status, c.failure = NO_ANSWER, result.failure
            if result.failure is not None and result.failure.category.value == "dns_failed":
                c.status = UNRESOLVED

    threads = [threading.Thread(target=one, args=(c,), name=f"detect-{c.host}-{c.port}", daemon=True)
               for c in candidates]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout_s * 3 + 5)


__all__ = ["Candidate", "DetectError", "DetectResult", "Step", "detect", "parse_autoconfig", "parse_nameserver",
           "split_address"]

"""Well-known mail providers: their submission settings, rules and how to recognise them (Qt-free data).

One :class:`Provider` per provider: where clients submit mail (host, port, security, the password
mechanisms SwyxON can use), whose address the user name is, whether the sender must be the account's
own address, documented limits, the rules admins trip over (as translatable texts, context
"Providers"), and the patterns that recognise it — from the SMTP server's name, the sender address's
domain, or the sender domain's MX hosts.

Every entry names its sources (title, URL of the provider's public page, the date the entry was last
checked). ``verified_online`` says whether the source itself was read when the entry was checked:
the German providers' entries were compared on 2026-12-04 with their Thunderbird ISPDB files
(MPL-2.0 — facts taken, no files), and the Microsoft 365 timeline with Message Center post MC786329
(update of January 27, 2026: unchanged through December 2026, off by default for existing tenants at
the end of December 2026, admins can re-enable it, final removal date announced in 2027). The
providers' own help pages could not be read from here (``verified_online`` False): re-check them
before relying on a detail that *Check server…* does not confirm — the probe confirms host, port, TLS
mode and mechanisms anyway. A limit that could not be confirmed is left out, not guessed.

Look-ups: :func:`by_server`, :func:`by_address`, :func:`by_mx`, :func:`recognise`; :func:`advice`
gives the warnings for a settings value before anything is sent.
"""
from __future__ import annotations

import datetime as _dt
import fnmatch
from dataclasses import dataclass
from typing import Any, Iterable

from swyxon_desktop.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Providers"
TABLE_DATE = "2026-12-04"  # when this table was last reviewed as a whole

# The date Exchange Online turns basic authentication for SMTP AUTH client submission off by default
# for existing tenants (Exchange Team blog, January 2026: "end of December 2026").
MS_BASIC_AUTH_OFF = _dt.date(2026, 12, 31)

# How the user name is formed (ISPDB: %EMAILADDRESS% / %EMAILLOCALPART%).
USER_ADDRESS, USER_LOCAL_PART, USER_NONE = "address", "local_part", "none"
# Whose address may be the sender: the account's own (or a permitted alias), any in the contract's domains.
SENDER_ACCOUNT, SENDER_DOMAIN = "account", "domain"


@dataclass(frozen=True)
class Source:
    title: str
    url: str
    checked: str = TABLE_DATE  # ISO date
    verified_online: bool = False  # see the module docstring

    def to_dict(self) -> dict:
        return {"title": self.title, "url": self.url, "checked": self.checked,
                "verified_online": self.verified_online}


@dataclass(frozen=True)
class Submission:
    """One documented way to submit mail."""

    host: str
    port: int
    security: str  # settings.Security value: "starttls" or "implicit" ("plain" only for relays on 25)
    mechanisms: tuple[str, ...] = ("PLAIN", "LOGIN")  # of LOGIN/PLAIN/CRAM-MD5 — what SwyxON can use
    auth: bool = True
    note: str = ""  # translatable (context "Providers")
    organisations_only: bool = False  # for an organisation's own domains (not for the provider's own addresses)

    def to_dict(self, lang: str | None = None) -> dict:
        return {"host": self.host, "port": self.port, "security": self.security,
                "mechanisms": list(self.mechanisms), "auth": self.auth,
                "note": translate(CONTEXT, self.note, lang) if self.note else None}


@dataclass(frozen=True)
class Provider:
    id: str
    name: str
    submission: tuple[Submission, ...]
    server_patterns: tuple[str, ...]  # fnmatch patterns of SMTP server names (lower case)
    mx_patterns: tuple[str, ...] = ()  # fnmatch patterns of MX host names
    address_domains: tuple[str, ...] = ()  # address domains that belong to the provider itself
    greeting_patterns: tuple[str, ...] = ()  # the server's own name in its 220 greeting (behind an alias or IP)
    username: str = USER_ADDRESS
    sender: str | None = SENDER_ACCOUNT  # None: not documented
    limits: tuple[str, ...] = ()  # translatable texts; only what the sources state
    rules: tuple[str, ...] = ()  # translatable texts: what admins must know
    sources: tuple[Source, ...] = ()

    @property
    def recommended(self) -> Submission:
        return self.submission[0]

    def documents(self, port: int, security: str) -> Submission | None:
        """The documented submission on this port with this security (any of its hosts), or None."""
        return next((s for s in self.submission if s.port == port and s.security == security), None)

    def to_dict(self, lang: str | None = None) -> dict:
        return {
            "id": self.id, "name": self.name,
            "submission": [s.to_dict(lang) for s in self.submission],
            "server_patterns": list(self.server_patterns), "mx_patterns": list(self.mx_patterns),
            "address_domains": list(self.address_domains), "username": self.username, "sender": self.sender,
            "limits": [translate(CONTEXT, t, lang) for t in self.limits],
            "rules": [translate(CONTEXT, t, lang) for t in self.rules],
            "sources": [s.to_dict() for s in self.sources],
        }


# -- the table -----------------------------------------------------------------------------------------

_MS_SETUP = Source(
    "Microsoft Learn: How to set up a multifunction device or application to send email using Microsoft 365",
    "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-"
    "or-application-to-send-email-using-microsoft-365-or-office-365")
_MS_SMTP_AUTH = Source(
    "Microsoft Learn: Enable or disable authenticated client SMTP submission (SMTP AUTH) in Exchange Online",
    "https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/"
    "authenticated-client-smtp-submission")
_MS_BLOG = Source(
    "Microsoft Exchange Team Blog (January 2026): basic authentication for SMTP AUTH client submission",
    "https://techcommunity.microsoft.com/category/exchange/blog/exchange")
_MS_MC786329 = Source(
    "Microsoft 365 Message Center MC786329 (updated January 27, 2026): Exchange Online SMTP AUTH Basic "
    "Authentication deprecation timeline", "https://admin.microsoft.com/#/MessageCenter/:/messages/MC786329",
    verified_online=True)
_MS_HVE = Source(
    "Microsoft Learn: High volume email for Microsoft 365",
    "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/high-volume-mails-m365")

MICROSOFT_365 = Provider(
    id="microsoft365", name="Microsoft 365 / Exchange Online",
    submission=(
        Submission("smtp.office365.com", 587, "starttls", ("LOGIN",),
                   note=QT_TRANSLATE_NOOP("Providers", "SMTP AUTH client submission (basic authentication; "
                                          "off by default from the end of December 2026)")),
        Submission("<tenant>.mail.protection.outlook.com", 25, "starttls", (), auth=False, organisations_only=True,
                   note=QT_TRANSLATE_NOOP("Providers", "connector relay: an inbound connector in Exchange "
                                          "Online that allows this computer by static IP or certificate")),
    ),
    server_patterns=("smtp.office365.com", "*.mail.protection.outlook.com"),
    mx_patterns=("*.mail.protection.outlook.com",),
    greeting_patterns=("*.outlook.office365.com", "*.prod.outlook.com", "*.mail.protection.outlook.com"),
    username=USER_ADDRESS, sender=SENDER_ACCOUNT,
    limits=(QT_TRANSLATE_NOOP("Providers", "SMTP AUTH client submission: 30 messages per minute, 10,000 "
                              "recipients per day."),),
    rules=(
        QT_TRANSLATE_NOOP("Providers", "The sender must be the signed-in mailbox, or the mailbox needs Send As "
                          "or Send on Behalf permission for it (otherwise 554 5.2.252 SendAsDenied)."),
        QT_TRANSLATE_NOOP("Providers", "SMTP AUTH must be enabled for the tenant and for the mailbox "
                          "(SmtpClientAuthenticationDisabled false). App passwords use the same basic "
                          "authentication."),
    ),
    sources=(_MS_SETUP, _MS_SMTP_AUTH, _MS_BLOG, _MS_MC786329, _MS_HVE),
)

GOOGLE = Provider(
    id="google", name="Google Workspace / Gmail",
    submission=(
        Submission("smtp.gmail.com", 587, "starttls", ("PLAIN", "LOGIN")),
        Submission("smtp.gmail.com", 465, "implicit", ("PLAIN", "LOGIN")),
        Submission("smtp-relay.gmail.com", 587, "starttls", ("PLAIN", "LOGIN"), organisations_only=True,
                   note=QT_TRANSLATE_NOOP("Providers", "Google Workspace SMTP relay service: set up by the "
                                          "Workspace administrator (allowed IP addresses or SMTP AUTH), "
                                          "senders from the organisation's domains")),
    ),
    server_patterns=("smtp.gmail.com", "smtp-relay.gmail.com", "smtp.googlemail.com"),
    mx_patterns=("aspmx.l.google.com", "*.aspmx.l.google.com", "aspmx*.googlemail.com", "smtp.google.com",
                 "*.google.com"),
    address_domains=("gmail.com", "googlemail.com"),
    greeting_patterns=("smtp.gmail.com", "smtp-relay.gmail.com", "mx.google.com"),
    username=USER_ADDRESS, sender=SENDER_ACCOUNT,
    limits=(QT_TRANSLATE_NOOP("Providers", "Google Workspace: 2,000 messages per user per day."),),
    rules=(
        QT_TRANSLATE_NOOP("Providers", "smtp.gmail.com accepts a password only as an app password (2-Step "
                          "Verification on); the normal account password is refused (534 5.7.9)."),
        QT_TRANSLATE_NOOP("Providers", "smtp.gmail.com sends with the account's address (or a \"Send mail "
                          "as\" address); for devices of a Workspace organisation use smtp-relay.gmail.com."),
    ),
    sources=(
        Source("Google Gmail Help: Read Gmail messages on other email clients (IMAP/SMTP settings)",
               "https://support.google.com/mail/answer/7126229"),
        Source("Google Workspace Admin Help: Send email from a printer, scanner, or app",
               "https://support.google.com/a/answer/176600"),
        Source("Google Workspace Admin Help: Route outgoing SMTP relay messages through Google",
               "https://support.google.com/a/answer/2956491"),
        Source("Google Account Help: Sign in with app passwords", "https://support.google.com/accounts/answer/185833"),
        Source("Google Workspace Admin Help: Gmail sending limits in Google Workspace",
               "https://support.google.com/a/answer/166852"),
    ),
)

_ISPDB = "Thunderbird ISPDB (autoconfig.thunderbird.net/v1.1/{}) — facts only, MPL-2.0"

IONOS = Provider(
    id="ionos", name="IONOS (1&1)",
    submission=(Submission("smtp.ionos.de", 465, "implicit"), Submission("smtp.ionos.de", 587, "starttls")),
    server_patterns=("smtp.ionos.*", "smtp.1und1.de", "smtp.1and1.*", "auth.smtp.1and1.*", "smtp.kundenserver.de"),
    mx_patterns=("mx*.ionos.*", "mx*.kundenserver.de", "mx*.1and1.*", "mx*.1und1.de"),
    greeting_patterns=("kundenserver.de", "*.kundenserver.de", "*.ionos.de"),
    username=USER_ADDRESS, sender=SENDER_DOMAIN,
    rules=(QT_TRANSLATE_NOOP("Providers", "The sender address's domain must belong to the IONOS contract of "
                             "the mailbox (otherwise \"Sender address is not allowed\")."),),
    sources=(Source("IONOS Hilfe: Serverinformationen für IMAP, POP3 und SMTP",
                    "https://www.ionos.de/hilfe/e-mail/allgemeine-themen/serverinformationen-fuer-imap-pop3-und-smtp/"),
             Source(_ISPDB.format("ionos.de"), "https://autoconfig.thunderbird.net/v1.1/ionos.de",
                    verified_online=True)),
)

STRATO = Provider(
    id="strato", name="STRATO",
    submission=(Submission("smtp.strato.de", 465, "implicit"), Submission("smtp.strato.de", 587, "starttls")),
    server_patterns=("smtp.strato.de", "smtp.strato.com"),
    mx_patterns=("smtpin.rzone.de",),
    username=USER_ADDRESS, sender=None,
    sources=(Source("STRATO FAQ: Serverdaten für E-Mail-Programme (POP3, IMAP, SMTP)",
                    "https://www.strato.de/faq/mail/"),
             Source(_ISPDB.format("strato.de"), "https://autoconfig.thunderbird.net/v1.1/strato.de",
                    verified_online=True)),
)

TELEKOM = Provider(
    id="telekom", name="Telekom / T-Online",
    submission=(Submission("securesmtp.t-online.de", 465, "implicit"),
                Submission("securesmtp.t-online.de", 587, "starttls")),
    server_patterns=("securesmtp.t-online.de", "smtpmail.t-online.de"),
    mx_patterns=("mx*.t-online.de",),
    address_domains=("t-online.de", "magenta.de"),
    username=USER_ADDRESS, sender=None,
    rules=(QT_TRANSLATE_NOOP("Providers", "Use the separate e-mail password set in the Telekom E-Mail Center, "
                             "not the password of the Telekom login."),),
    sources=(Source("Telekom Hilfe: Serverdaten für E-Mail-Programme",
                    "https://www.telekom.de/hilfe/apps-dienste/e-mail/programme"),
             Source(_ISPDB.format("t-online.de"), "https://autoconfig.thunderbird.net/v1.1/t-online.de",
                    verified_online=True)),
)

GMX = Provider(
    id="gmx", name="GMX",
    submission=(Submission("mail.gmx.net", 587, "starttls"), Submission("mail.gmx.net", 465, "implicit")),
    server_patterns=("mail.gmx.net", "mail.gmx.com"),
    mx_patterns=("mx*.gmx.net", "mx*.gmx.com"),
    address_domains=("gmx.de", "gmx.net", "gmx.at", "gmx.ch"),
    username=USER_ADDRESS, sender=SENDER_ACCOUNT,
    rules=(QT_TRANSLATE_NOOP("Providers", "Access by e-mail programs (POP3/IMAP) must be switched on in the "
                             "mailbox's settings, or the login is refused."),),
    sources=(Source("GMX Hilfe: IMAP/POP3 und SMTP Serverdaten", "https://hilfe.gmx.net/pop-imap/"),
             Source(_ISPDB.format("gmx.net"), "https://autoconfig.thunderbird.net/v1.1/gmx.net",
                    verified_online=True)),
)

WEB_DE = Provider(
    id="webde", name="WEB.DE",
    submission=(Submission("smtp.web.de", 587, "starttls"), Submission("smtp.web.de", 465, "implicit")),
    server_patterns=("smtp.web.de",),
    mx_patterns=("mx*.web.de",),
    address_domains=("web.de",),
    username=USER_LOCAL_PART, sender=SENDER_ACCOUNT,
    rules=(QT_TRANSLATE_NOOP("Providers", "The user name is the part of the address before @web.de."),
           QT_TRANSLATE_NOOP("Providers", "Access by e-mail programs (POP3/IMAP) must be switched on in the "
                             "mailbox's settings, or the login is refused.")),
    sources=(Source("WEB.DE Hilfe: POP3/IMAP und SMTP Serverdaten", "https://hilfe.web.de/pop-imap/"),
             Source(_ISPDB.format("web.de"), "https://autoconfig.thunderbird.net/v1.1/web.de",
                    verified_online=True)),
)

PROVIDERS: tuple[Provider, ...] = (MICROSOFT_365, GOOGLE, IONOS, STRATO, TELEKOM, GMX, WEB_DE)
BY_ID = {p.id: p for p in PROVIDERS}


# -- look-ups ----------------------------------------------------------------------------------------------

def _host(name: str) -> str:
    return (name or "").strip().rstrip(".").lower()


def _matches(name: str, patterns: Iterable[str]) -> str | None:
    host = _host(name)
    if not host:
        return None
    return next((p for p in patterns if fnmatch.fnmatchcase(host, p)), None)


@dataclass(frozen=True)
class Recognition:
    """A provider and how it was recognised: ``via`` "server", "address" or "mx"; ``evidence`` the name."""

    provider: Provider
    via: str
    evidence: str

    def text(self, lang: str | None = None) -> str:
        """"Provider: Microsoft 365 / Exchange Online (recognised by the server name smtp.office365.com)"."""
        how = translate(CONTEXT, VIA_TEXTS.get(self.via, self.via), lang)
        return translate(CONTEXT, MSG_PROVIDER, lang).format(self.provider.name, how, self.evidence)

    def to_dict(self, lang: str | None = None) -> dict:
        return {"id": self.provider.id, "name": self.provider.name, "via": self.via, "evidence": self.evidence,
                "text": self.text(lang)}


MSG_PROVIDER = QT_TRANSLATE_NOOP("Providers", "Provider: {} (recognised by {} {})")
VIA_TEXTS = {
    "server": QT_TRANSLATE_NOOP("Providers", "the server name"),
    "greeting": QT_TRANSLATE_NOOP("Providers", "the server's greeting"),
    "address": QT_TRANSLATE_NOOP("Providers", "the sender address's domain"),
    "mx": QT_TRANSLATE_NOOP("Providers", "the sender domain's MX host"),
}


def by_server(server: str) -> Recognition | None:
    """The provider whose SMTP server this name is (e.g. smtp.office365.com), or None."""
    for provider in PROVIDERS:
        if _matches(server, provider.server_patterns):
            return Recognition(provider, "server", _host(server))
    return None


def by_greeting(name: str) -> Recognition | None:
    """The provider whose server announces itself with this name in its greeting, or None."""
    for provider in PROVIDERS:
        if _matches(name, provider.greeting_patterns):
            return Recognition(provider, "greeting", _host(name))
    return None


def domain_of(address: str) -> str:
    return _host((address or "").rpartition("@")[2])


def by_address(address: str) -> Recognition | None:
    """The provider whose own address domain this is (e.g. …@web.de), or None."""
    domain = domain_of(address)
    for provider in PROVIDERS:
        if domain and domain in provider.address_domains:
            return Recognition(provider, "address", domain)
    return None


def by_mx(mx_hosts: Iterable[str]) -> Recognition | None:
    """The provider that receives the domain's mail, by its MX host names (in preference order)."""
    for mx in mx_hosts:
        for provider in PROVIDERS:
            if _matches(mx, provider.mx_patterns):
                return Recognition(provider, "mx", _host(mx))
    return None


def recognise(server: str = "", sender: str = "", mx_hosts: Iterable[str] = ()) -> Recognition | None:
    """The server name first (that is where mail goes), then the sender's address domain, then its MX."""
    return by_server(server) or by_address(sender) or by_mx(mx_hosts)


# -- advice before anything is sent ---------------------------------------------------------------------

ADV_MS_BASIC_AUTH_SOON = QT_TRANSLATE_NOOP(
    "Providers", "Microsoft 365: Exchange Online turns basic authentication for SMTP AUTH client submission "
    "(smtp.office365.com:587) off by default for existing tenants at the end of December 2026; new tenants "
    "have none. LOGIN, PLAIN and CRAM-MD5 — all SwyxON offers — and app passwords then cannot log in. Until "
    "then an administrator can re-enable SMTP AUTH for the tenant and the mailbox; lasting alternatives: an "
    "Exchange Online connector relay on port 25 to <tenant>.mail.protection.outlook.com (by static IP or "
    "certificate), High Volume Email for internal recipients, or another SMTP relay.")
ADV_MS_BASIC_AUTH_OFF = QT_TRANSLATE_NOOP(
    "Providers", "Microsoft 365: since the end of December 2026 Exchange Online has basic authentication for "
    "SMTP AUTH client submission off by default (a final removal date follows in 2027). LOGIN, PLAIN and "
    "CRAM-MD5 — all SwyxON offers — and app passwords cannot log in unless an administrator re-enabled "
    "SMTP AUTH for the tenant and the mailbox. Lasting alternatives: an Exchange Online connector relay on "
    "port 25 to <tenant>.mail.protection.outlook.com (by static IP or certificate), High Volume Email for "
    "internal recipients, or another SMTP relay.")
ADV_MS_RELAY = QT_TRANSLATE_NOOP(
    "Providers", "Microsoft 365 connector relay: port 25 with STARTTLS and no authentication; it works only "
    "when an inbound connector in Exchange Online allows this computer's static public IP address or its "
    "certificate — otherwise it is direct send, which only reaches the tenant's own mailboxes and may be "
    "blocked (550 5.7.68).")
ADV_PORT = QT_TRANSLATE_NOOP("Providers", "{} documents {} for {}; port {} with {} is not among them.")
ADV_USER_LOCAL = QT_TRANSLATE_NOOP(
    "Providers", "{}: the user name is the part of the address before the @ (here \"{}\"), not the whole address.")
ADV_USER_ADDRESS = QT_TRANSLATE_NOOP("Providers", "{}: the user name is the full e-mail address.")
ADV_SENDER_ACCOUNT = QT_TRANSLATE_NOOP(
    "Providers", "{}: the sender address should be the account's own address (user \"{}\", sender \"{}\").")
ADV_RULE = QT_TRANSLATE_NOOP("Providers", "{}: {}")

SECURITY_NAMES = {"starttls": "STARTTLS", "implicit": "SSL/TLS", "plain": "SMTP"}

MSG_DOCUMENTED = QT_TRANSLATE_NOOP("Providers", "{} documents this way (providers table, checked {}).")
MSG_NOT_DOCUMENTED = QT_TRANSLATE_NOOP(
    "Providers", "{} documents {} instead (providers table, checked {}).")


def ways_text(provider: Provider) -> str:
    """"587 STARTTLS, 465 SSL/TLS" — the documented ways with authentication (else all)."""
    ways = [s for s in provider.submission if s.auth] or list(provider.submission)
    return ", ".join(dict.fromkeys(f"{s.port} {SECURITY_NAMES[s.security]}" for s in ways))


def documented_text(provider: Provider, port: int, security: str, lang: str | None = None) -> str:
    """What the table says about a port and security: documented, or what is documented instead."""
    checked = max((s.checked for s in provider.sources), default=TABLE_DATE)
    if provider.documents(port, security) is not None:
        return translate(CONTEXT, MSG_DOCUMENTED, lang).format(provider.name, checked)
    return translate(CONTEXT, MSG_NOT_DOCUMENTED, lang).format(provider.name, ways_text(provider), checked)


@dataclass(frozen=True)
class Advice:
    """One warning or rule for the settings, before anything is sent (``level`` "warning" or "info")."""

    provider: str  # provider id
    code: str  # stable id for scripts: "ms_basic_auth", "port", "username", "sender", "rule"
    level: str
    template: str  # English source, context "Providers"
    args: tuple = ()

    def text(self, lang: str | None = None) -> str:
        args = [translate(CONTEXT, a, lang) if isinstance(a, str) and a in _TRANSLATABLE_ARGS else a
                for a in self.args]
        return translate(CONTEXT, self.template, lang).format(*args)

    def to_dict(self, lang: str | None = None) -> dict:
        return {"provider": self.provider, "code": self.code, "level": self.level, "text": self.text(lang)}


_TRANSLATABLE_ARGS = {t for p in PROVIDERS for t in p.rules}


def _today(today: _dt.date | None) -> _dt.date:
    return today or _dt.date.today()


def advice(settings: Any, recognition: Recognition | None = None, *, today: _dt.date | None = None) -> list[Advice]:
    """What the table says about these settings (a ``MailSettings``), warnings first; [] for no provider.

    ``recognition``: a provider already recognised (e.g. by MX); default: by server name, then sender.
    """
    rec = recognition or recognise(settings.server, settings.sender)
    if rec is None:
        return []
    p = rec.provider
    out: list[Advice] = []
    server = _host(settings.server)
    security = settings.security.value
    if p is MICROSOFT_365 and fnmatch.fnmatchcase(server, "*.mail.protection.outlook.com"):
        out.append(Advice(p.id, "ms_relay", "info", ADV_MS_RELAY))
    elif p is MICROSOFT_365 and (settings.use_auth or server == "smtp.office365.com"):
        template = ADV_MS_BASIC_AUTH_SOON if _today(today) <= MS_BASIC_AUTH_OFF else ADV_MS_BASIC_AUTH_OFF
        out.append(Advice(p.id, "ms_basic_auth", "warning", template))
    if rec.via == "server" and not fnmatch.fnmatchcase(server, "*.mail.protection.outlook.com"):
        documented = [s for s in p.submission if s.auth and _host(s.host) == server] or \
                     [s for s in p.submission if s.auth]
        if documented and not any(s.port == settings.port and s.security == security for s in documented):
            ways = ", ".join(dict.fromkeys(f"{s.port} {SECURITY_NAMES[s.security]}" for s in documented))
            out.append(Advice(p.id, "port", "warning", ADV_PORT,
                              (p.name, ways, server, settings.port, SECURITY_NAMES.get(security, security))))
    user = (settings.username or "").strip()
    if settings.use_auth and user and p.username == USER_LOCAL_PART and "@" in user:
        out.append(Advice(p.id, "username", "warning", ADV_USER_LOCAL, (p.name, user.partition("@")[0])))
    elif settings.use_auth and user and p.username == USER_ADDRESS and "@" not in user and p is not GOOGLE:
        out.append(Advice(p.id, "username", "warning", ADV_USER_ADDRESS, (p.name,)))
    sender = (settings.sender or "").strip()
    if (settings.use_auth and p.sender == SENDER_ACCOUNT and user and sender and "@" in user
            and user.lower() != sender.lower()):
        out.append(Advice(p.id, "sender", "info", ADV_SENDER_ACCOUNT, (p.name, user, sender)))
    for rule in p.rules:
        out.append(Advice(p.id, "rule", "info", ADV_RULE, (p.name, rule)))
    return out

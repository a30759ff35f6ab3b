"""Provider-specific SMTP replies: the refinement step of :func:`swyxon_desktop.smtp.errors.reply_failure`.

A reply some provider is known to send (Microsoft 365's ``535 5.7.139 … basic authentication is
disabled``, Google's ``534 5.7.9``, IONOS's "Sender address is not allowed" …) gets a hint that names the
provider's rule and what works instead — and, where the stage alone says the wrong thing, the right
category ("basic authentication is disabled" is not a wrong password). A rule applies when the reply's
own text identifies it, or when its code matches and the provider is recognised from the server name,
the server's greeting or the sender's address domain (providers.py). Imported only when a reply fails.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from swyxon_desktop import providers
from swyxon_desktop.failures import Category, Failure
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP

HINT_MS_BASIC_DISABLED = QT_TRANSLATE_NOOP(
    "Failure", "Microsoft 365 has basic authentication disabled for this login — the password is not the "
    "problem. LOGIN, PLAIN and CRAM-MD5 (all SwyxON offers) and app passwords use basic authentication. While "
    "Microsoft still allows it, an Exchange administrator can re-enable SMTP AUTH for the mailbox "
    "(Set-CASMailbox -SmtpClientAuthenticationDisabled $false) and check that security defaults or "
    "conditional access do not block it. What works instead: an Exchange Online connector relay on port 25 "
    "to <tenant>.mail.protection.outlook.com (by static IP or certificate), High Volume Email for internal "
    "recipients, or another SMTP relay.")
HINT_MS_TENANT_DISABLED = QT_TRANSLATE_NOOP(
    "Failure", "Microsoft 365 has SMTP AUTH turned off for the whole tenant — the password is not the problem. "
    "While Microsoft still allows it, an Exchange administrator can allow it for the tenant "
    "(Set-TransportConfig -SmtpClientAuthenticationDisabled $false) or only for this mailbox "
    "(Set-CASMailbox -SmtpClientAuthenticationDisabled $false). What works instead: an Exchange Online "
    "connector relay on port 25 to <tenant>.mail.protection.outlook.com (by static IP or certificate), High "
    "Volume Email for internal recipients, or another SMTP relay.")
HINT_MS_BAD_CREDENTIALS = QT_TRANSLATE_NOOP(
    "Failure", "Microsoft 365 says the user name or password is wrong (basic authentication itself is "
    "allowed). Enter the mailbox's full address as the user name and check the password.")
HINT_MS_AUTH_UNSUCCESSFUL = QT_TRANSLATE_NOOP(
    "Failure", "Microsoft 365 refused the login without saying why (5.7.3): the password is wrong, or SMTP AUTH "
    "is disabled for the mailbox, or security defaults block basic authentication. Check the password first; "
    "then an Exchange administrator can re-enable SMTP AUTH for the mailbox while Microsoft still allows it. "
    "What works instead: an Exchange Online connector relay on port 25 to <tenant>.mail.protection.outlook.com "
    "(by static IP or certificate), High Volume Email for internal recipients, or another SMTP relay.")
HINT_MS_NOT_SUPPORTED = QT_TRANSLATE_NOOP(
    "Failure", "Microsoft 365 no longer supports basic authentication for client submission here, and it "
    "cannot be re-enabled: LOGIN, PLAIN and CRAM-MD5 (all SwyxON offers) cannot log in. What works instead: an "
    "Exchange Online connector relay on port 25 to <tenant>.mail.protection.outlook.com (by static IP or "
    "certificate), High Volume Email for internal recipients, or another SMTP relay.")
HINT_MS_SEND_AS = QT_TRANSLATE_NOOP(
    "Failure", "Microsoft 365: the signed-in mailbox may not send as this sender address (SendAsDenied). Use the "
    "mailbox's own address as the sender, or have an Exchange administrator grant the mailbox Send As "
    "permission for the sender address.")
HINT_MS_DIRECT_SEND = QT_TRANSLATE_NOOP(
    "Failure", "Microsoft 365 refuses direct send from this computer (TenantInboundAttribution): mail without "
    "authentication that no connector attributes to the tenant. An Exchange administrator can add an inbound "
    "connector that allows this computer's static public IP address or its certificate (connector relay on "
    "port 25); otherwise use authenticated submission while it is allowed, High Volume Email for internal "
    "recipients, or another SMTP relay.")
HINT_MS_OAUTH_ONLY = QT_TRANSLATE_NOOP(
    "Failure", "Microsoft 365 offers only OAuth2 (XOAUTH2) here: basic authentication for SMTP AUTH is off for "
    "this tenant or mailbox, so LOGIN, PLAIN and CRAM-MD5 — all SwyxON offers — cannot be chosen. While "
    "Microsoft still allows it, an Exchange administrator can re-enable SMTP AUTH for the mailbox. What works "
    "instead: an Exchange Online connector relay on port 25 to <tenant>.mail.protection.outlook.com (by static "
    "IP or certificate), High Volume Email for internal recipients, or another SMTP relay.")
HINT_GOOGLE_APP_PASSWORD = QT_TRANSLATE_NOOP(
    "Failure", "Google requires an app password for this account: turn on 2-Step Verification, create an app "
    "password in the Google account (Security › App passwords) and enter it as the password. Devices of a "
    "Google Workspace organisation can instead use the SMTP relay service (smtp-relay.gmail.com) that the "
    "Workspace administrator sets up.")
HINT_GOOGLE_NOT_ACCEPTED = QT_TRANSLATE_NOOP(
    "Failure", "Google did not accept the user name and password. Enter the full address as the user name and "
    "an app password (2-Step Verification) as the password — Google refuses the normal account password here. "
    "For a Google Workspace organisation the administrator can set up the SMTP relay service "
    "(smtp-relay.gmail.com) instead.")
HINT_IONOS_SENDER = QT_TRANSLATE_NOOP(
    "Failure", "IONOS accepts only sender addresses whose domain belongs to the contract of the mailbox you log "
    "in with. Use an address of that contract's domains as the sender, or add the domain to the contract.")


@dataclass(frozen=True)
class Rule:
    provider: str  # providers.py id
    rule: str  # stable id (in the failure's details)
    hint: str
    code: int | None = None  # the reply code it applies to (None: any)
    enhanced: str | None = None  # the enhanced status it applies to (None: any)
    text: re.Pattern | None = None  # a text that alone identifies the rule
    category: Category | None = None  # None: the stage's category stays
    needs_text: bool = False  # the code alone is not enough even when the provider is recognised


def _re(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


# Most specific first: the first rule that applies wins.
RULES: tuple[Rule, ...] = (
    Rule("microsoft365", "ms_tenant_smtp_auth_disabled", HINT_MS_TENANT_DISABLED, 535, "5.7.139",
         _re(r"SmtpClientAuthentication is disabled for the Tenant"), Category.AUTH_UNAVAILABLE, needs_text=True),
    Rule("microsoft365", "ms_basic_auth_disabled", HINT_MS_BASIC_DISABLED, 535, "5.7.139",
         _re(r"basic authentication is disabled"), Category.AUTH_UNAVAILABLE, needs_text=True),
    Rule("microsoft365", "ms_bad_credentials", HINT_MS_BAD_CREDENTIALS, 535, "5.7.139",
         _re(r"user credentials were incorrect"), Category.AUTH_FAILED, needs_text=True),
    Rule("microsoft365", "ms_basic_auth_not_supported", HINT_MS_NOT_SUPPORTED, 550, "5.7.30",
         _re(r"Basic authentication is not supported for Client Submission"), Category.AUTH_UNAVAILABLE),
    # "535 5.7.3 Authentication unsuccessful" is Exchange's generic refusal: only when the provider is known.
    Rule("microsoft365", "ms_auth_unsuccessful", HINT_MS_AUTH_UNSUCCESSFUL, 535, "5.7.3", None, Category.AUTH_FAILED),
    Rule("microsoft365", "ms_send_as_denied", HINT_MS_SEND_AS, 554, "5.2.252", _re(r"SendAsDenied"),
         Category.SENDER_REJECTED),
    Rule("microsoft365", "ms_direct_send_blocked", HINT_MS_DIRECT_SEND, 550, "5.7.68",
         _re(r"TenantInboundAttribution")),
    Rule("google", "google_app_password", HINT_GOOGLE_APP_PASSWORD, 534, "5.7.9",
         _re(r"Application-specific password required|InvalidSecondFactor"), Category.AUTH_FAILED),
    Rule("google", "google_not_accepted", HINT_GOOGLE_NOT_ACCEPTED, 535, "5.7.8",
         _re(r"Username and Password not accepted|p=BadCredentials"), Category.AUTH_FAILED),
    Rule("ionos", "ionos_sender_not_allowed", HINT_IONOS_SENDER, None, None,
         _re(r"Sender address is not allowed"), Category.SENDER_REJECTED, needs_text=True),
)


def _greeting_host(greeting: str) -> str:
    """The server's name in its greeting: "220 smtp.gmail.com ESMTP …" -> "smtp.gmail.com"."""
    parts = (greeting or "").split()
    return parts[1] if len(parts) > 1 and parts[0].startswith("220") else ""


def recognised(host: str = "", greeting: str = "", sender: str = "") -> providers.Recognition | None:
    """The provider behind a run: its server name, the name in its greeting, or the sender's domain."""
    return (providers.by_server(host) or providers.by_greeting(_greeting_host(greeting))
            or providers.by_address(sender))


def refine(failure: Failure, text: str, *, host: str = "", greeting: str = "", sender: str = "") -> Failure:
    """``failure`` with the hint (and category) of the first provider rule that applies; else unchanged."""
    rec = None
    looked = False
    for rule in RULES:
        if rule.code is not None and rule.code != failure.smtp_code:
            continue
        if rule.enhanced is not None and rule.enhanced != failure.enhanced_status:
            continue
        if rule.text is not None and rule.text.search(text):
            return _apply(failure, rule, "reply")
        if rule.needs_text or rule.code is None:
            continue
        if not looked:
            rec, looked = recognised(host, greeting, sender), True
        if rec is not None and rec.provider.id == rule.provider:
            return _apply(failure, rule, rec.via)
    return failure


PASSWORD_MECHANISMS = ("LOGIN", "PLAIN", "CRAM-MD5")


def refine_offered(failure: Failure, offered: list[str], *, host: str = "", greeting: str = "",
                   sender: str = "") -> Failure:
    """An AUTH_UNAVAILABLE failure (no usable mechanism offered) from a provider known to offer only OAuth2
    once basic authentication is off (Microsoft 365): the hint that names its rule; else unchanged."""
    if failure.category is not Category.AUTH_UNAVAILABLE or not offered \
            or any(m in PASSWORD_MECHANISMS for m in offered):
        return failure
    rec = recognised(host, greeting, sender)
    if rec is None or rec.provider.id != "microsoft365":
        return failure
    return _apply(failure, Rule("microsoft365", "ms_oauth_only", HINT_MS_OAUTH_ONLY), rec.via)


def _apply(failure: Failure, rule: Rule, via: str) -> Failure:
    details = dict(failure.details, provider=rule.provider, provider_rule=rule.rule, recognised_by=via)
    return dataclasses.replace(failure, hint=rule.hint, category=rule.category or failure.category,
                               details=details)

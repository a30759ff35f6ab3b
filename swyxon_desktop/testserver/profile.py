"""The settings of a profile that points at a running LocalServer (Qt-free; the window's
"Use in a new profile" and the end-to-end tests use it)."""
from __future__ import annotations

from swyxon_desktop.settings import AuthMechanism, MailSettings, Security, TlsMode
from swyxon_desktop.testserver.server import LocalServer

DEFAULT_SENDER_DOMAIN = "firma.de"
_TLS_MODES = {Security.PLAIN: TlsMode.AUTO, Security.STARTTLS: TlsMode.STARTTLS, Security.IMPLICIT: TlsMode.IMPLICIT}


def profile_settings(server: LocalServer) -> tuple[MailSettings, str | None]:
    """Settings (and the password for the keychain) that make *Send test mail* work against ``server``.

    TLS: the TLS mode explicitly (the test ports are not 465/587) and the local CA as the extra trusted CA.
    AUTH: the first user; a single offered mechanism is chosen explicitly, several leave it on Automatic.
    Sender: SwyxWare@ the first managed domain. An unencrypted server with AUTH (a reproduced insecure
    customer server, on loopback) gets the explicit opt-in for unencrypted authentication.
    """
    policy = server.policy
    domain = policy.sender_domains[0] if policy.sender_domains else DEFAULT_SENDER_DOMAIN
    user, password = next(iter(policy.users.items()), ("", None))
    mechanism = AuthMechanism.AUTO
    if policy.auth_enabled and len(policy.auth_mechanisms) == 1:
        mechanism = AuthMechanism(policy.auth_mechanisms[0])
    settings = MailSettings(
        server=server.host, port=server.port, sender=f"SwyxWare@{domain}",
        use_ssl=policy.tls is not Security.PLAIN, tls_mode=_TLS_MODES[policy.tls],
        ca_file=str(server.ca_file) if server.ca_file and policy.tls is not Security.PLAIN else "",
        use_auth=policy.auth_enabled, mechanism=mechanism, username=user if policy.auth_enabled else "",
        allow_insecure_auth=policy.auth_enabled and policy.tls is Security.PLAIN)
    return settings, password if policy.auth_enabled else None

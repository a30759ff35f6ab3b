"""The embedded local SMTP test server that emulates a customer's server policy (Qt-free).

    from swyxon_desktop.testserver import LocalServer, ServerPolicy

    with LocalServer(ServerPolicy(tls="starttls", users={"user": "pw"}, sender_domains=("firma.de",))) as srv:
        ...  # connect to srv.host:srv.port, trust srv.ca_file; srv.received, srv.sessions
"""
from swyxon_desktop.testserver.certs import LocalCertificates, ensure_local_ca, format_fingerprint
from swyxon_desktop.testserver.policy import (
    DEFAULT_PORTS, MECHANISMS, STAGES, TLS_MODES, Fault, PolicyError, ServerPolicy, parse_fault, parse_stage,
    parse_tls, stage_of, stage_word, tls_word,
)
from swyxon_desktop.testserver.server import (
    LocalServer, ReceivedMessage, ServerError, ServerEvent, SessionRecord,
)

__all__ = [
    "DEFAULT_PORTS", "MECHANISMS", "STAGES", "TLS_MODES", "Fault", "LocalCertificates", "LocalServer",
    "PolicyError", "ReceivedMessage", "ServerError", "ServerEvent", "ServerPolicy", "SessionRecord",
    "ensure_local_ca", "format_fingerprint", "parse_fault", "parse_stage", "parse_tls", "stage_of", "stage_word",
    "tls_word",
]

"""The SMTP tests' fixtures (trustme PKI, LocalServer instances, closed ports) for the replay tests."""
from tests.smtp.conftest import closed_ports, pki, serve  # noqa: F401 - fixtures

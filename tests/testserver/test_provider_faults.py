"""The test server reproduces a provider's server: exact reply texts (STAGE-CODE:TEXT) and the greeting name."""
from __future__ import annotations

import smtplib

import pytest

from swyxon_desktop.testserver.policy import Fault, PolicyError, parse_fault

from .test_cli import run_serve  # noqa: F401 - fixture

MS_DISABLED = "5.7.139 Authentication unsuccessful, basic authentication is disabled."


def test_parse_fault_with_text():
    fault = parse_fault(f"auth-535:{MS_DISABLED}")
    assert (fault.stage, fault.code, fault.text) == ("auth", 535, MS_DISABLED)
    assert fault.reply() == f"535 {MS_DISABLED}"  # exactly the provider's words, no "(simulated fault)"
    assert parse_fault(fault.spec()) == fault
    google = parse_fault("auth-534:5.7.9 Application-specific password required. https://support.google.com/x")
    assert google.text.endswith("https://support.google.com/x")  # a colon in the text stays in the text
    assert parse_fault("rcpt-550").text is None and "(simulated fault)" in parse_fault("rcpt-550").reply()


@pytest.mark.parametrize("spec", ["auth-535:", "auth-535:   ", "auth-535:umlaut ä", "auth-535:" + "x" * 401,
                                  "auth-999:text", "ehlo-550:text"])
def test_bad_fault_text(spec):
    with pytest.raises(PolicyError):
        parse_fault(spec)


def test_text_needs_a_code():
    with pytest.raises(PolicyError):
        Fault("greeting", delay_s=1.0, text="x")


@pytest.mark.network
def test_serve_with_hostname_and_exact_reply(run_serve):
    serve = run_serve("--port", "0", "--tls", "none", "--user", "swyx", "--password-stdin", "--json",
                      "--hostname", "AM0PR02CA0001.outlook.office365.com", "--fault", f"auth-535:{MS_DISABLED}",
                      stdin_text="geheim\n")
    start = serve.json()
    assert start["faults"] == [f"auth-535:{MS_DISABLED}"]
    with smtplib.SMTP(timeout=10) as client:
        code, greeting = client.connect("127.0.0.1", start["port"])
        assert code == 220 and greeting.decode().startswith("AM0PR02CA0001.outlook.office365.com ")
        client.ehlo("tester")
        assert client.ehlo_resp.decode().startswith("AM0PR02CA0001.outlook.office365.com")
        with pytest.raises(smtplib.SMTPAuthenticationError) as info:
            client.login("swyx", "geheim")
        assert info.value.smtp_code == 535 and info.value.smtp_error.decode() == MS_DISABLED
    serve.stop()

"""The one address rule (settings.address_syntax / address_strict) and its callers' verdicts."""
from __future__ import annotations

import pytest

from swyxon_desktop.settings import AddressProblem, address_strict, address_syntax, validate_address


@pytest.mark.parametrize("address, problem", [
    ("", AddressProblem.EMPTY), ("   ", AddressProblem.EMPTY),
    ("a@firma.de\r\nBcc: x@y.de", AddressProblem.CONTROL), ("a@firma.de\n", AddressProblem.CONTROL),
    ("SwyxWare", AddressProblem.INVALID), ("@firma.de", AddressProblem.INVALID), ("a@", AddressProblem.INVALID),
    ("a b@firma.de", AddressProblem.INVALID), ("<a@firma.de>", AddressProblem.INVALID),
    ("a@firma_x.de", AddressProblem.INVALID), ("a@" + "x" * 250 + ".de", AddressProblem.INVALID),
    ("SwyxWare@firma.de", None), ("  SwyxWare@firma.de  ", None), ("a@localhost", None),
])
def test_the_cheap_rule(address, problem):
    assert address_syntax(address).problem is problem


def test_the_cheap_rule_gives_the_address_as_sent():
    check = address_syntax(" info@straße.de ")
    assert (check.ok, check.address, check.encoded, check.utf8) == (True, "info@straße.de", "info@xn--strae-oqa.de",
                                                                   False)
    assert address_syntax("jörg@firma.de").utf8 is True
    assert address_syntax("a b@firma.de").address == "a b@firma.de"  # for the engine's message


@pytest.mark.parametrize("address, problem", [
    ("", AddressProblem.EMPTY), (" \t", AddressProblem.EMPTY), ("a@firma.de\r\n", AddressProblem.CONTROL),
    ("SwyxWare", AddressProblem.INVALID), ("a@localhost", AddressProblem.INVALID),  # stricter than the cheap rule
    ("a@firma..de", AddressProblem.INVALID), ("SwyxWare@firma.de", None), ("info@müller.de", None),
])
def test_the_strict_rule(address, problem):
    assert address_strict(address).problem is problem


def test_the_strict_rule_gives_email_validators_reason():
    check = address_strict("SwyxWare")
    assert check.reason.startswith("An email address must have an @-sign")


def test_trim_decides_whether_white_space_around_counts():
    assert address_strict(" a@firma.de ").problem is AddressProblem.INVALID  # a stored sender: as given
    assert address_strict(" a@firma.de ", trim=True).ok  # the window's recipient: trimmed like what is sent
    assert address_strict(" a@firma.de\n", trim=True).problem is AddressProblem.CONTROL  # control chars anywhere


def test_validate_address_keeps_its_messages():
    from swyxon_desktop.settings import MSG_ADDR_NO_AT, MSG_CONTROL_CHARS, MSG_SENDER_EMPTY

    assert validate_address("").message == MSG_SENDER_EMPTY
    assert validate_address("a@b.de\n", "recipient").message == MSG_CONTROL_CHARS
    assert validate_address("a@b.de\n", "recipient").field == "recipient"
    assert validate_address("SwyxWare").message == MSG_ADDR_NO_AT
    assert validate_address("SwyxWare@firma.de") is None


def test_the_cheap_rule_does_not_import_email_validator():
    import subprocess
    import sys

    code = ("import sys; from swyxon_desktop.settings import address_syntax; address_syntax('a@firma.de'); "
            "print('email_validator' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "False"

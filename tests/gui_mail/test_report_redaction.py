"""The support report with a one-letter password: readable, and the stars give nothing away (issue 3 review)."""
from __future__ import annotations

import re

import pytest

from swyxon_desktop.gui.shared.report import test_mail_report as build_report
from swyxon_desktop.smtp import send_test_mail
from swyxon_desktop.smtp.transcript import Redactor
from tests.smtp.helpers import RECIPIENT, settings_for

pytestmark = pytest.mark.network


def test_report_with_a_one_letter_password(serve, app):
    server = serve(users={"alice": "a"}, auth_mechanisms=("PLAIN",))
    settings = settings_for(server, use_auth=True, username="alice", mechanism="PLAIN")
    result = send_test_mail(settings, "a", RECIPIENT, profile="Kunde A")
    assert result.ok, result.to_dict()
    report = build_report("Kunde A", settings, result, password_source="keychain",
                          redactor=Redactor("a", "alice"))
    assert not re.search(r"\w\*\*\*|\*\*\*\w", report), report
    assert "127.0.0.1" in report and "alice" in report and "Kunde A" in report  # not starred away
    assert 'AUTH PLAIN [redacted: user "alice", password]' in report

"""checks/stages.py (every stage's id and title) and checks/plan.py (the plan of a run, as data)."""
from __future__ import annotations

import subprocess
import sys

from swyxon_desktop import failures
from swyxon_desktop.checks import stages
from swyxon_desktop.checks.plan import PlannedStage, Skip, network_stages, stage_plan
from swyxon_desktop.settings import MailSettings, TlsMode


def test_every_stage_is_named_without_loading_an_engine():
    """The titles are data: a fresh process names the delivery and DNS stages with no engine module loaded
    (before, they were registered by delivery/errors.py and verdict.py on import)."""
    code = ("import sys; from swyxon_desktop import failures; "
            "print(failures.stage_title('delivery', 'de'), failures.stage_title('dns', 'de'), "
            "failures.stage_title('auth', 'en'), sep='|'); "
            "print(sorted(m for m in sys.modules if m.startswith('swyxon_desktop')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    titles, modules = out.splitlines()
    assert titles == "Zustellung (IMAP)|DNS-Prüfung (SPF, DMARC)|Authentication"
    assert "smtp" not in modules and "delivery" not in modules and "verdict" not in modules, modules


def test_prepare_has_a_window_title_only():
    assert stages.title("prepare") == ("MailReport", "Checking the settings")
    assert stages.title("auth") == ("Smtp", "Authentication")
    assert stages.title("nonsense") is None
    assert failures.stage_title("prepare") == "prepare"  # the CLI names it by its id, as it always did


def _settings(**kw) -> MailSettings:
    return MailSettings(server="mail.firma.de", sender="a@firma.de", **kw)


def test_starttls_plan_has_the_second_ehlo_and_auth():
    plan = stage_plan(_settings(port=587, use_auth=True, username="u"))
    assert [(p.stage, p.again) for p in plan] == [
        ("resolve", False), ("connect", False), ("greeting", False), ("ehlo", False), ("tls", False),
        ("ehlo", True), ("auth", False), ("mail_from", False), ("rcpt_to", False), ("data", False),
        ("quit", False)]
    assert all(p.passed for p in plan)


def test_plain_plan_skips_tls_and_auth_with_their_reasons():
    plan = stage_plan(_settings(use_ssl=False, port=25), send=False)
    assert PlannedStage("tls", skipped=Skip.TLS_OFF) in plan and PlannedStage("auth", skipped=Skip.AUTH_OFF) in plan
    assert "data" not in [p.stage for p in plan]
    assert network_stages(_settings(use_ssl=False, port=25), send=False) == [
        "resolve", "connect", "greeting", "ehlo", "mail_from", "rcpt_to", "quit"]


def test_implicit_tls_comes_before_the_greeting_and_delivery_dns_only_when_sending():
    settings = _settings(port=465, tls_mode=TlsMode.IMPLICIT)
    assert network_stages(settings)[:4] == ["resolve", "connect", "tls", "greeting"]
    assert [p.stage for p in stage_plan(settings, delivery=True, dns=True)][-3:] == ["quit", "delivery", "dns"]
    assert [p.stage for p in stage_plan(settings, send=False, delivery=True, dns=True)][-1] == "quit"

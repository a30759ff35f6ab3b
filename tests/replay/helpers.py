"""Shared by the replay tests: run a test mail / probe, save the report, start the replica from it."""
from __future__ import annotations

import contextlib
import json

from swyxon_desktop import replica
from swyxon_desktop.checks import record as diagnostics
from swyxon_desktop.smtp import send_test_mail
from swyxon_desktop.smtp.probe import capabilities, probe
from swyxon_desktop.smtp.transcript import Redactor
from tests.smtp.helpers import RECIPIENT


def outcome(result) -> tuple:
    """What the issue asks to be the same: category, stage, SMTP code, enhanced status, server text, hint."""
    f = result.failure
    if f is None:
        return ("ok",)
    return (f.category.value, f.stage, f.smtp_code, f.enhanced_status, f.server_text, f.hint_text("en"))


def seen(result) -> tuple:
    """What a probe saw on the configured port: greeting, capabilities before and after TLS, AUTH."""
    row = result.configured
    return (row.greeting, capabilities(row.features_before_tls), capabilities(row.features), row.auth_mechanisms,
            row.tls is not None)


def save_report(tmp_path, settings, *, password=None, send=None, probe_result=None, name="report.json"):
    redactor = Redactor(password, settings.username) if password else None
    record = diagnostics.build_record("Kunde", settings, send=send, probe=probe_result, redactor=redactor)
    path = tmp_path / name
    diagnostics.write_record(path, record)
    return path


@contextlib.contextmanager
def replica_of(path, tmp_path):
    """The replica of a saved report, started; yields (server, settings, password) of its profile."""
    plan = replica.load_plan(path)
    server = replica.make_server(plan, mailbox=tmp_path / "replica-mailbox", directory=tmp_path / "replica")
    server.start()
    try:
        settings, password = replica.profile_settings(plan, server)
        yield server, settings, password
    finally:
        server.stop()


def send(settings, password, recipient=RECIPIENT, **kw):
    return send_test_mail(settings, password, recipient, **kw)


def check(settings, ports):
    return probe(settings, ports=ports, timeout_s=settings.timeout_s)


def load_json(path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))

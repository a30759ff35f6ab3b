"""The fields' declarations (fields.py): complete, consistent with the settings model, the .ui files,
the CLI and the enabling rules the window showed before they were declared."""
from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from swyxon_desktop import fields
from swyxon_desktop.cli import build_parser
from swyxon_desktop.settings import AuthMechanism, ImapTls, MailSettings, TlsMode

UI = Path(__file__).resolve().parents[2] / "ui"
#: MailSettings fields that are not edited in the form: the remembered test-mail recipient.
NOT_IN_THE_FORM = {"last_recipient"}


def _names(ui_file: str) -> set[str]:
    return {e.get("name") for e in ET.parse(UI / ui_file).getroot().iter() if e.tag in ("widget", "layout")}


def test_every_settings_field_is_declared_once_and_nothing_else():
    settings = {f.name for f in dataclasses.fields(MailSettings)} - NOT_IN_THE_FORM
    declared = [f.name for f in fields.FIELDS if f.setting]
    assert len(declared) == len(set(declared))
    assert set(declared) == settings
    assert [f.name for f in fields.FIELDS if not f.setting] == ["password", "imap_password"]
    assert fields.FORM_FIELDS == tuple(declared)


def test_the_orders_hold_exactly_the_fields_that_have_a_report_label_or_an_option():
    assert sorted(fields.REPORT_ORDER) == sorted(f.name for f in fields.FIELDS if f.report)
    assert len(set(fields.REPORT_ORDER)) == len(fields.REPORT_ORDER)
    assert sorted(fields.CLI_ORDER) == sorted(f.name for f in fields.FIELDS if f.cli)
    assert len(set(fields.CLI_ORDER)) == len(fields.CLI_ORDER)
    assert not any(f.report for f in fields.FIELDS if f.kind == fields.PASSWORD)  # never in a report


@pytest.mark.parametrize("group, ui_file", [(fields.SMTP, "main_window.ui"), (fields.IMAP, "imap_tab.ui")])
def test_every_widget_named_is_in_its_ui_file(group, ui_file):
    names = _names(ui_file)
    for field in fields.group(group):
        for widget in (field.editor, field.error, *field.widgets):
            if widget is not None:
                assert widget in names, (field.name, widget)


def test_a_choice_offers_every_value_of_its_enum_in_the_order_of_the_combo():
    choices = {f.name: f.choices for f in fields.FIELDS if f.kind == fields.CHOICE}
    assert choices == {"tls_mode": (TlsMode.AUTO, TlsMode.STARTTLS, TlsMode.IMPLICIT),
                       "mechanism": tuple(AuthMechanism), "imap_tls": (ImapTls.IMPLICIT, ImapTls.STARTTLS)}
    for values in choices.values():
        assert set(values) == set(type(values[0]))


@pytest.mark.parametrize("use_ssl, use_auth, imap_server", [
    (ssl, auth, imap) for ssl in (True, False) for auth in (True, False) for imap in ("", "imap.firma.de")])
def test_the_enabling_rules(use_ssl, use_auth, imap_server):
    s = MailSettings(use_ssl=use_ssl, use_auth=use_auth, imap_server=imap_server)
    imap = bool(imap_server)
    # The rules as the window had them written out before they were declared.
    assert fields.enabled(s) == {
        "tls_mode": use_ssl, "ca_file": use_ssl, "pinned_sha256": use_ssl,
        "mechanism": use_auth, "username": use_auth, "password": use_auth,
        "allow_insecure_auth": use_auth and not use_ssl,
        "imap_port": imap, "imap_tls": imap, "imap_username": imap, "imap_password": imap, "imap_folders": imap,
        "imap_pinned_sha256": imap,
    }
    assert fields.IMAP_DEPENDENT == ("imap_tls", "imap_port", "imap_username", "imap_password", "imap_folders",
                                     "imap_pinned_sha256")


def test_profile_set_offers_each_declared_option_in_the_declared_order():
    parser = build_parser(["profile", "set", "x"])
    sub = next(a for a in parser._actions if a.dest == "command").choices["profile"]
    set_parser = next(a for a in sub._actions if a.dest == "profile_command").choices["set"]
    flags = [o for a in set_parser._actions for o in a.option_strings if o not in ("-h", "--help")]
    expected = []
    for name in fields.CLI_ORDER:
        cli = fields.BY_NAME[name].cli
        expected += [cli.flag] + ([cli.off_flag] if cli.off_flag else [])
    assert flags == expected


def _run(*args, stdin=None):
    r = subprocess.run([sys.executable, "-m", "swyxon_desktop", *args], input=stdin, capture_output=True,
                       text=True, timeout=60, env=dict(os.environ))
    return r.returncode, r.stdout, r.stderr


def test_profile_set_writes_what_the_declarations_say(tmp_path, real_keychain):
    ca = tmp_path / "ca.pem"
    ca.write_text("x")
    # One password on standard input per call: the mailbox is added in a second call, with its own.
    code, out, err = _run("profile", "set", "p", "--server", "mail.firma.de", "--port", "587", "--sender",
                          "a@firma.de", "--no-ssl", "--auth", "--mechanism", "CRAM-MD5", "--username", "alice",
                             "--allow-insecure-auth", "--timeout", "12.5", "--pin-sha256", "AB" * 32,
                          "--ca-file", str(ca), "--password-stdin", stdin="s3cret\n")
    assert code == 0, err
    code, out, err = _run("profile", "set", "p", "--imap-server", "imap.firma.de", "--imap-tls", "starttls",
                          "--imap-user", "bob", "--imap-folders", "INBOX,Junk", "--imap-password-stdin",
                          stdin="imap-s3cret\n")
    assert code == 0, err
    code, out, err = _run("profile", "show", "p", "--json")
    data = json.loads(out)
    assert (data["server"], data["port"], data["sender"], data["use_ssl"], data["use_auth"], data["mechanism"],
            data["username"], data["allow_insecure_auth"], data["timeout_s"]) == (
        "mail.firma.de", 587, "a@firma.de", False, True, "CRAM-MD5", "alice", True, 12.5)
    assert (data["imap_server"], data["imap_tls"], data["imap_port"], data["imap_username"], data["imap_folders"]) \
        == ("imap.firma.de", "starttls", 143, "bob", "INBOX,Junk")  # the port followed the mode
    assert data["pinned_sha256"] == "ab" * 32 and data["ca_file"] == str(ca.resolve())

"""In German, no English leaks from the engine: stage details, stage names in messages, times (issue 3 UAT)."""
from __future__ import annotations

import pytest

from swyxon_desktop.failures import Category, Failure
from swyxon_desktop.gui.shared.report import duration_text, failure_texts, stage_title
from swyxon_desktop.settings import AuthMechanism
from swyxon_desktop.smtp import errors
from tests.smtp.helpers import PASSWORD, USER, settings_for

from .test_test_mail import run_test_mail

pytestmark = pytest.mark.network

def test_stage_details_are_translated(qtbot, mail_window, serve, set_language):
    set_language("de")
    server = serve(tls="starttls", auth_mechanisms=("CRAM-MD5",))
    window = mail_window(settings_for(server, use_auth=True, username=USER, mechanism=AuthMechanism.AUTO), PASSWORD)
    dialog, result = run_test_mail(qtbot, window)
    assert result.ok, result.failure
    details = {r.stage: r.item.text(3) for r in dialog._rows}
    assert details["tls"].endswith("Zertifikat geprüft"), details
    assert details["auth"] == "CRAM-MD5 als alice: 235", details
    assert details["connect"].startswith("127.0.0.1 Port "), details
    shown = " ".join(details.values())
    for english in ("certificate verified", " as alice", "port ", "after TLS"):
        assert english not in shown, (english, shown)


@pytest.mark.parametrize("message,args", [(errors.MSG_TIMEOUT, ("5", "mail_from")),
                                           (errors.MSG_CANCELLED, ("mail_from",)),
                                           (errors.MSG_REPLY, (451, "mail_from"))])
def test_a_stage_in_a_message_is_named_by_its_title(set_language, message, args):
    set_language("de")
    _title, text, _hint = failure_texts(Failure(Category.TIMEOUT, message, stage="mail_from", message_args=args))
    title = stage_title("mail_from")
    assert title != "Sender (MAIL FROM)"  # German
    assert "mail_from" not in text and title in text, text


def test_a_keychain_failure_at_any_stage_is_translated(set_language):
    from swyxon_desktop.secrets import MSG_NO_KEYCHAIN, KeychainError

    set_language("de")
    failure = KeychainError(MSG_NO_KEYCHAIN, "x").failure  # as every keychain failure is made
    _title, text, _hint = failure_texts(failure)
    assert "No system keychain" not in text and text.endswith("(x).")


def test_times_over_a_second_are_shown_in_seconds(set_language):
    set_language("de")
    assert duration_text(30_000) == "30,0 s"
    assert duration_text(999) == "999 ms"
    set_language("en")
    assert duration_text(1500) == "1.5 s"

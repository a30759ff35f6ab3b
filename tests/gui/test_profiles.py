"""Profiles in the window: New, Duplicate, Rename, Delete (with their keychain entries), import/export,
and unsaved changes never lost silently."""
from __future__ import annotations

import json

from swyxon_desktop import secrets
from swyxon_desktop.gui.shared import ask
from swyxon_desktop.profiles import Profiles
from swyxon_desktop.store import Store

from .conftest import REALISTIC, fill, type_into, keychain_answered

PASSWORD = "Sehr-Geheim-42!"


def _key(name: str) -> tuple[str, str]:
    return (secrets.SERVICE, secrets.account(name))


def _combo_names(w) -> list[str]:
    combo = w.ui.profileCombo
    return [combo.itemData(i) for i in range(combo.count())]


def _pick(w, name: str) -> None:
    """Choose a profile in the selector like a user (activated is the user's signal)."""
    combo = w.ui.profileCombo
    index = combo.findData(name)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_new_profile_exists_only_in_the_form_until_saved(make_window, qtbot, asker):
    Profiles().save("Platform", REALISTIC, PASSWORD)
    w = make_window()
    asker.answer("get_text", "Tenant Müller GmbH")
    w.ui.newProfileButton.click()
    assert w.form.name == "Tenant Müller GmbH" and w.form.is_new
    assert w.ui.profileCombo.currentText() == "Tenant Müller GmbH (new)"
    assert "Tenant Müller GmbH" not in Store()
    assert not w.ui.duplicateProfileButton.isEnabled()
    fill(qtbot, w, REALISTIC.replace(server="mail.mueller.de"), password="tenant-pw")
    assert w.save() is True
    keychain_answered(qtbot, w)
    assert Store().get("Tenant Müller GmbH").server == "mail.mueller.de"
    assert _combo_names(w) == ["Platform", "Tenant Müller GmbH"]
    assert w.ui.profileCombo.currentText() == "Tenant Müller GmbH"


def test_new_profile_name_is_validated(make_window, asker):
    Profiles().save("Platform", REALISTIC, PASSWORD)
    w = make_window()
    asker.answer("get_text", "Platform", " padded ")
    assert w.new_profile() is False
    assert "exists already" in w.message_text()
    assert w.new_profile() is False
    assert "space" in w.message_text()
    assert w.form.name == "Platform"


def test_duplicate_copies_settings_and_password(make_window, asker, memory_keyring, qtbot):
    Profiles().save("Platform", REALISTIC, PASSWORD)
    w = make_window()
    asker.answer("get_text", "Tenant A")
    w.ui.duplicateProfileButton.click()
    keychain_answered(qtbot, w)
    (_, _title, _label, initial), = asker.questions("get_text")
    assert initial == "Platform (copy)"
    assert Store().get("Tenant A") == REALISTIC
    assert memory_keyring.data[_key("Tenant A")] == PASSWORD
    assert memory_keyring.data[_key("Platform")] == PASSWORD
    assert w.form.name == "Tenant A" and w.form.password_stored is True


def test_rename_moves_the_keychain_entry_and_keeps_edits(make_window, qtbot, asker, memory_keyring):
    Profiles().save("Platform", REALISTIC, PASSWORD)
    w = make_window()
    type_into(qtbot, w.ui.usernameEdit, "renamed-user")
    asker.answer("get_text", "Tenant B")
    w.ui.actionRenameProfile.trigger()
    keychain_answered(qtbot, w)
    assert "Platform" not in Store() and Store().get("Tenant B") == REALISTIC
    assert _key("Platform") not in memory_keyring.data
    assert memory_keyring.data[_key("Tenant B")] == PASSWORD
    assert w.form.name == "Tenant B" and w.form.is_dirty  # the edit survives the rename
    assert w.save() is True
    keychain_answered(qtbot, w)
    assert Store().get("Tenant B").username == "renamed-user"


def test_delete_removes_profile_and_password(make_window, asker, memory_keyring, qtbot):
    profiles = Profiles()
    profiles.save("Platform", REALISTIC, PASSWORD)
    profiles.save("Tenant C", REALISTIC.replace(server="mail.c.de"), "c-pw")
    w = make_window()
    _pick(w, "Tenant C")
    keychain_answered(qtbot, w)
    assert w.form.name == "Tenant C"
    asker.answer("choose", "cancel")
    w.ui.deleteProfileButton.click()
    keychain_answered(qtbot, w)
    assert "Tenant C" in Store() and memory_keyring.data[_key("Tenant C")] == "c-pw"
    asker.answer("choose", "delete")
    w.ui.deleteProfileButton.click()
    keychain_answered(qtbot, w)
    assert "Tenant C" not in Store()
    assert _key("Tenant C") not in memory_keyring.data
    assert memory_keyring.data[_key("Platform")] == PASSWORD
    assert w.form.name == "Platform" and _combo_names(w) == ["Platform"]
    assert [q[3] for q in asker.questions()] == [["delete", "cancel"], ["delete", "cancel"]]


def test_export_has_no_password_and_imports_back(make_window, asker, tmp_path, qtbot):
    Profiles().save("Platform", REALISTIC, PASSWORD)
    w = make_window()
    target = tmp_path / "export" / "platform.json"
    target.parent.mkdir()
    asker.answer("save_file", str(target))
    w.ui.actionExportProfile.trigger()
    assert asker.questions("save_file")[0][2] == "Platform.json"
    text = target.read_text()
    assert PASSWORD not in text and "password" not in text.lower()
    data = json.loads(text)
    assert data["name"] == "Platform" and data["settings"]["server"] == "mail.firma.de"
    assert "contains no password" in w.message_text()

    # Support staff: a fresh machine imports the customer's export.
    asker.answer("choose", "delete")
    w.delete_profile()
    keychain_answered(qtbot, w)
    assert w.form.is_new and "Platform" not in Store()
    asker.answer("open_file", str(target))
    w.ui.actionImportProfile.trigger()
    keychain_answered(qtbot, w)
    assert Store().get("Platform") == REALISTIC
    assert w.form.name == "Platform" and not w.form.is_new
    assert "contains no password" in w.message_text()


def _customer_export(tmp_path) -> tuple:
    """A stored "Platform" profile and an export of it that points at the customer's server."""
    Profiles().save("Platform", REALISTIC, PASSWORD)
    export = tmp_path / "customer.json"
    Store().export_profile("Platform", export)
    data = json.loads(export.read_text())
    data["settings"]["server"] = "mail.customer.de"
    export.write_text(json.dumps(data))
    return export, data


def test_import_never_overwrites_without_asking(make_window, asker, tmp_path, qtbot):
    export, data = _customer_export(tmp_path)
    w = make_window()
    before = Store().revision("Platform")

    asker.answer("open_file", str(export)).answer("choose", "cancel")
    assert w.import_profile() is False
    assert Store().revision("Platform") == before
    assert asker.questions()[-1][3] == ["replace", "rename", "cancel"]

    asker.answer("open_file", str(export)).answer("choose", "rename").answer("get_text", "Customer")
    assert w.import_profile() is True
    keychain_answered(qtbot, w)
    assert Store().get("Customer").server == "mail.customer.de"
    assert Store().revision("Platform") == before

    asker.answer("open_file", str(export)).answer("choose", "replace")
    assert w.import_profile() is True
    keychain_answered(qtbot, w)
    assert Store().get("Platform").server == "mail.customer.de"


def test_import_takes_what_was_read_when_the_question_was_asked(make_window, asker, tmp_path, qtbot,
                                                                monkeypatch):
    """The file is read once: a change on disk while the user answers the name question is not imported."""
    export, data = _customer_export(tmp_path)
    w = make_window()

    def choose_while_the_file_changes(*_args, **_kwargs) -> str:
        data["settings"]["server"] = "mail.someone-else.de"
        export.write_text(json.dumps(data))
        return "replace"

    asker.answer("open_file", str(export))
    monkeypatch.setattr(ask, "choose", choose_while_the_file_changes)
    assert w.import_profile() is True
    keychain_answered(qtbot, w)
    assert Store().get("Platform").server == "mail.customer.de"


def test_import_of_a_broken_file_says_why(make_window, asker, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("not json at all")
    w = make_window()
    asker.answer("open_file", str(broken))
    assert w.import_profile() is False
    assert "not valid JSON" in w.message_text()
    assert list(Store().names()) == []


def test_switching_with_unsaved_changes_asks(make_window, qtbot, asker):
    profiles = Profiles()
    profiles.save("A", REALISTIC, PASSWORD)
    profiles.save("B", REALISTIC.replace(server="mail.b.de"), PASSWORD)
    w = make_window()
    assert w.form.name == "A"
    _pick(w, "B")  # nothing unsaved: no question
    keychain_answered(qtbot, w)
    assert w.form.name == "B" and asker.calls == []
    _pick(w, "A")
    keychain_answered(qtbot, w)
    type_into(qtbot, w.ui.serverEdit, "mail.changed.de")

    asker.answer("choose", "cancel")
    _pick(w, "B")
    keychain_answered(qtbot, w)
    assert w.form.name == "A" and w.ui.serverEdit.text() == "mail.changed.de"
    assert w.ui.profileCombo.currentData() == "A"

    asker.answer("choose", "discard")
    _pick(w, "B")
    keychain_answered(qtbot, w)
    assert w.form.name == "B" and Store().get("A").server == "mail.firma.de"

    _pick(w, "A")
    keychain_answered(qtbot, w)
    type_into(qtbot, w.ui.serverEdit, "mail.saved.de")
    asker.answer("choose", "save")
    _pick(w, "B")
    keychain_answered(qtbot, w)
    assert w.form.name == "B" and Store().get("A").server == "mail.saved.de"
    assert [q[3] for q in asker.questions()] == [["save", "discard", "cancel"]] * 3


def test_closing_with_unsaved_changes_asks(make_window, qtbot, asker):
    Profiles().save("Platform", REALISTIC, PASSWORD)
    w = make_window()
    type_into(qtbot, w.ui.passwordEdit, "typed")
    asker.answer("choose", "cancel")
    assert w.close() is False
    assert w.isVisible() and w.form.password == "typed"
    asker.answer("choose", "discard")
    assert w.close() is True
    assert not w.isVisible()
    assert Store().get("Platform") == REALISTIC


def test_closing_a_saved_window_asks_nothing(make_window, asker):
    Profiles().save("Platform", REALISTIC, PASSWORD)
    w = make_window()
    assert w.close() is True
    assert asker.calls == []

"""The settings window's profile operations: new, duplicate, rename, delete, import, export, and saving
with its conflicts (the profile deleted or changed elsewhere meanwhile).

A mixin of :class:`~swyxon_desktop.gui.settings.main_window.MainWindow`, kept apart from the window's
widgets and its form binding. What it needs from the window: ``form`` (the FormModel), ``profiles``
(the Profiles service), ``_run_keychain`` (the application's keychain queue), ``show_message``,
``_report_problem``-style helpers below, and the window's profile loading (``_load_profile``,
``_start_new_profile``, ``_load_fallback``, ``_reload_store``, ``_confirm_leave``,
``_update_profile_controls``, ``_focus_first_error``). Questions go through ``gui.shared.ask`` (tests
replace it). Its texts are in the context "ProfileOperations" (``self.tr`` on the window finds them:
PySide6 looks a text up in the context of each class of the window's MRO).
"""
from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication

from swyxon_desktop.gui.shared import ask
from swyxon_desktop.gui.shared.keychain_job import KeychainAnswer
from swyxon_desktop.gui.shared.texts import field_error_text, keychain_error_text, store_error_text
from swyxon_desktop.secrets import KeychainError
from swyxon_desktop.settings import MailSettings, validate_profile_name
from swyxon_desktop.store import (ANY, IMPORT_NOTICES, InvalidSettings, ProfileConflict, ProfileExists, Store,
                                  StoreError, UnknownProfile)

if TYPE_CHECKING:
    from swyxon_desktop.gui.settings.form_model import FormModel
    from swyxon_desktop.profiles import Profiles

log = logging.getLogger("swyxon_desktop.gui")


class ProfileOperations:
    """The profile actions of the settings window (mixed into MainWindow)."""

    form: FormModel
    profiles: Profiles

    def _ask_new_name(self, title: str, label: str, initial: str = "") -> str | None:
        """A new, valid, unused profile name from the user, or None (with a message saying why)."""
        name = ask.get_text(self, title, label, initial)
        if name is None:
            return None
        error = validate_profile_name(name)
        if error is not None:
            self.show_message(field_error_text(error), "error")
            return None
        if name in self.profiles.store or (self.form.is_new and name == self.form.name):
            self.show_message(store_error_text(ProfileExists(name)), "error")
            return None
        return name

    def new_profile(self, name: str | None = None) -> bool:
        """Profile › New: an empty profile that exists only in the form until it is saved."""
        if not self._confirm_leave():
            return False
        if name is None:
            name = self._ask_new_name(self.tr("New profile"), self.tr(
                "Name of the new profile (for example the UC tenant or customer):"))
            if name is None:
                return False
        self._start_new_profile(name)
        self.clear_message()
        self.show_general_settings()
        return True

    def duplicate_profile(self, new_name: str | None = None) -> bool:
        """Profile › Duplicate: copy the saved profile and its keychain password under a new name."""
        if self.form.is_new or not self._confirm_leave():
            return False
        source = self.form.name
        if new_name is None:
            new_name = self._ask_new_name(self.tr("Duplicate profile"), self.tr("Name of the copy:"),
                                          self.tr("{0} (copy)").format(source))
            if new_name is None:
                return False
        try:  # the settings now, the password in the worker thread
            keychain_step = self.profiles.duplicate_settings(source, new_name)
        except StoreError as exc:
            self.show_message(store_error_text(exc), "error")
            return False
        log.info("profile %r duplicated as %r", source, new_name)
        self._load_profile(new_name, check_keychain=False)
        self._run_keychain(keychain_step, lambda answer: self._report(
            answer.error, lambda detail: self.tr(
                "The profile “{0}” was created, but its password could not be copied in the keychain: {1}"
            ).format(new_name, detail), self.tr("The profile “{0}” was created as a copy of “{1}”.").format(
                new_name, source)), write=True, check=self._check_target())
        return True

    def rename_profile(self, new_name: str | None = None) -> bool:
        """Profile › Rename: the stored profile and its keychain password get the new name."""
        old = self.form.name
        if new_name is None:
            new_name = self._ask_new_name(self.tr("Rename profile"), self.tr("New name of the profile “{0}”:")
                                          .format(old), old)
            if new_name is None:
                return False
        if new_name == old:
            return False
        if not self.form.is_new:
            try:  # the settings now, the password moves in the worker thread
                keychain_step = self.profiles.rename_settings(old, new_name)
            except StoreError as exc:
                self.show_message(store_error_text(exc), "error")
                return False
            log.info("profile %r renamed to %r", old, new_name)
            self._run_keychain(keychain_step, lambda answer: self._report(
                answer.error, lambda detail: self.tr(
                    "The profile was renamed to “{0}”, but its password could not be moved in the keychain: "
                    "{1}").format(new_name, detail), self.tr("The profile “{0}” was renamed to “{1}”.").format(
                    old, new_name)), write=True)
        self.form.rename(new_name)
        self._update_profile_controls()
        return True

    def delete_profile(self, *, confirm: bool = True) -> bool:
        """Profile › Delete: remove the profile and its keychain password (after asking)."""
        name = self.form.name
        if confirm:
            choice = ask.choose(
                self, self.tr("Delete profile"),
                self.tr("Delete the profile “{0}” and its stored password? This cannot be undone.").format(name),
                [("delete", self.tr("Delete")), ("cancel", self.tr("Cancel"))],
                default="cancel", escape="cancel", icon="warning")
            if choice != "delete":
                return False
        def report(answer: KeychainAnswer) -> None:
            self._report(answer.error, lambda detail: self.tr(
                "The profile “{0}” was deleted, but its password could not be removed from the keychain: {1}"
            ).format(name, detail), self.tr("The profile “{0}” was deleted.").format(name))

        if self.form.is_new:
            self._load_fallback()
            report(KeychainAnswer())
            return True
        try:  # the settings now, the password in the worker thread
            keychain_step = self.profiles.delete_settings(name)
        except StoreError as exc:
            self.show_message(store_error_text(exc), "error")
            return False
        log.info("profile %r deleted", name)
        self._load_fallback(check_keychain=False)
        self._run_keychain(keychain_step, report, write=True, check=self._check_target())
        return True

    def import_profile(self, path: str | Path | None = None) -> bool:
        """Profile › Import: read an exported profile; never replaces an existing one without asking."""
        if not self._confirm_leave():
            return False
        if path is None:
            path = ask.open_file(self, self.tr("Import profile"), self._json_filter())
            if not path:
                return False
        source = Path(path)
        try:
            exported = Store.read_export(source)
        except StoreError as exc:
            self.show_message(store_error_text(exc), "error")
            return False
        self._reload_store()
        target, overwrite = exported[0], False
        if target in self.profiles.store:
            choice = ask.choose(
                self, self.tr("Import profile"),
                self.tr("A profile named “{0}” exists already. Replace it with the imported settings, or "
                        "import them under another name?").format(target),
                [("replace", self.tr("Replace")), ("rename", self.tr("Other name…")),
                 ("cancel", self.tr("Cancel"))],
                default="cancel", escape="cancel", icon="warning")
            if choice == "replace":
                overwrite = True
            elif choice == "rename":
                new_name = self._ask_new_name(self.tr("Import profile"), self.tr("Name of the imported profile:"),
                                              self.tr("{0} (imported)").format(target))
                if new_name is None:
                    return False
                target = new_name
            else:
                return False
        try:  # the settings now, the old password removed in the worker thread
            imported, keychain_step = self.profiles.import_settings(source, target, overwrite=overwrite,
                                                                    exported=exported)
        except StoreError as exc:
            self.show_message(store_error_text(exc), "error")
            return False
        log.info("profile %r imported from %s%s", target, source, " (replaced)" if overwrite else "")
        # An import never brings a password, and replacing a profile removes the stored one: ask the
        # keychain again (after the removal), so the password field says that none is stored.
        self._load_profile(target, check_keychain=False)
        self._run_keychain(keychain_step,
                           partial(self._imported, target, source, self.profiles.get(target),
                                   imported.not_taken_over, overwrite),
                           write=True, check=self._check_target())
        return True

    def _imported(self, target: str, source: Path, settings: MailSettings, not_taken_over: list[str],
                  overwrite: bool, answer: KeychainAnswer) -> None:
        """The keychain has answered after an import (GUI thread): one message for the whole import."""
        error = answer.error
        lines = [self.tr("The profile “{0}” was imported from {1}.").format(target, str(source))]
        if overwrite and error is None:
            lines[0] += " " + self.tr("Its previous password was removed from the keychain.")
        if settings.use_auth and (self.form.name != target or self.form.password_stored is not True):
            lines[0] += " " + self.tr("An export contains no password: enter it and save.")
        lines += [QCoreApplication.translate("Store", IMPORT_NOTICES[key]) for key in not_taken_over
                  if key in IMPORT_NOTICES]
        if error is not None:
            log.warning("keychain: %s", error.detail or error.failure.message)
            lines.append(self.tr("A password stored earlier under this name could not be removed from the "
                                 "keychain: {0}").format(keychain_error_text(error)))
        warn = bool(not_taken_over) or error is not None
        self.show_message("\n".join(lines), "warning" if warn else "success")

    def export_profile(self, path: str | Path | None = None) -> bool:
        """Profile › Export: the saved profile as a JSON file, without any password."""
        if self.form.is_new:
            self.show_message(self.tr("Save the profile before exporting it."), "warning")
            return False
        name = self.form.name
        if path is None:
            path = ask.save_file(self, self.tr("Export profile"), f"{name}.json", self._json_filter())
            if not path:
                return False
        target = Path(path)
        try:
            self.profiles.store.export_profile(name, target)
        except StoreError as exc:
            self.show_message(store_error_text(exc), "error")
            return False
        except OSError as exc:
            self.show_message(self.tr("The file {0} could not be written: {1}").format(
                str(target), exc.strerror or str(exc)), "error")
            return False
        log.info("profile %r exported to %s", name, target)
        text = self.tr("The profile “{0}” was exported to {1}. The file contains no password.").format(
            name, str(target))
        if self.form.is_dirty:
            text += " " + self.tr("Unsaved changes are not included.")
        self.show_message(text, "success")
        return True

    def _json_filter(self) -> str:
        return self.tr("Exported profiles (*.json);;All files (*)")

    # ------------------------------------------------------------------------------------------------
    # Saving
    def save(self) -> bool:
        """Validate, then save the settings (and a typed password to the keychain). True when saved."""
        if not self.form.is_new:
            self._reload_store()
            if self.form.name not in self.profiles.store:
                return self._resolve_deleted()
        errors = self.form.validate_all()
        if errors:
            self._focus_first_error()
            text = self.tr("The settings were not saved. Correct the marked fields.")
            unshown = [e for e in errors if e.field not in self.fields.error_labels]
            if unshown:
                text += "\n" + "\n".join(field_error_text(e) for e in unshown)
            self.show_message(text, "error")
            return False
        name, settings, password = self.form_snapshot()
        expected = None if self.form.is_new else self.form.revision
        return self._save(name, settings, password, expected)

    def _save(self, name: str, settings: MailSettings, password: str | None, expected) -> bool:
        """Save the settings now; a typed password follows in the worker thread, and the message bar says
        "saved" or what the keychain said once it has answered. True when the settings were saved."""
        try:
            # The settings file now; a typed password (or removing a leftover entry) in the worker thread.
            # Whether an existing profile has a password is what the form knows (None: unknown).
            imap_password = self.form.imap_password or None  # the confirmation mailbox's own entry
            revision, keychain_step = self.profiles.save_settings(
                name, settings, password, expected_revision=expected, password_stored=self.form.password_stored,
                imap_password=imap_password, imap_password_stored=self.form.imap_password_stored)
        except ProfileConflict:
            return self._resolve_conflict(name, settings, password)
        except ProfileExists:
            choice = ask.choose(
                self, self.tr("Profile exists"),
                self.tr("Meanwhile another program created a profile named “{0}”. Replace it with these "
                        "settings?").format(name),
                [("overwrite", self.tr("Replace")), ("cancel", self.tr("Cancel"))],
                default="cancel", escape="cancel", icon="warning")
            if choice == "overwrite":
                return self._save(name, settings, password, ANY)
            return False
        except InvalidSettings as exc:
            self.form.validate_all()
            self.show_message(store_error_text(exc), "error")
            return False
        except StoreError as exc:
            self.show_message(store_error_text(exc), "error")
            return False
        except OSError as exc:
            self.show_message(self.tr("The settings could not be written: {0}").format(exc.strerror or str(exc)),
                              "error")
            return False
        self.form.mark_saved(revision, password_saved=False)  # the typed password: once the keychain has it
        log.info("profile %r saved", name)
        self._update_profile_controls()
        if keychain_step is None:  # nothing for the keychain to do: saved
            self._saved(name, settings, password, KeychainAnswer())
        else:
            self._run_keychain(keychain_step, partial(self._saved, name, settings, password,
                                                      imap_password=imap_password), write=True)
        return True

    def _saved(self, name: str, settings: MailSettings, password: str | None, answer: KeychainAnswer, *,
               imap_password: str | None = None) -> None:
        """The keychain's part of a save has been answered (GUI thread): report as one outcome."""
        error = answer.error  # Profiles.save_settings' step reports only what is worth a word
        if self.form.name == name and not self.form.is_new:
            # authentication off / no confirmation mailbox: the save removed that password from the keychain
            if not settings.use_auth:
                self.form.set_password_stored(False)
            if not settings.confirms_delivery:
                self.form.set_imap_password_stored(False)
        if imap_password and error is None:
            self.imap_tab.password_saved(name, imap_password)
        if password and error is None:
            log.info("profile %r: new password stored in the keychain", name)
            if self.form.name == name and not self.form.is_new:  # still shown (a switch may have followed)
                if self.ui.passwordEdit.text() == password:
                    self.ui.passwordEdit.clear()
                self.form.mark_password_stored(password)
        self._report(error, lambda detail: self.tr(
            "The settings of “{0}” were saved, but the password could not be stored in the keychain: {1}"
        ).format(name, detail), self.tr("The profile “{0}” was saved.").format(name))
        self._update_password_placeholder()

    def _resolve_deleted(self) -> bool:
        """The profile shown was deleted by another program (CLI, another window) since it was loaded."""
        name, settings, password = self.form_snapshot()
        log.warning("profile %r was deleted on disk since it was loaded", name)
        choice = ask.choose(
            self, self.tr("Profile deleted elsewhere"),
            self.tr("The profile “{0}” was deleted by another program (another window or the command line) "
                    "while it was shown here. Save these settings again as a new profile, or discard "
                    "them?").format(name),
            [("recreate", self.tr("Save as new profile")), ("discard", self.tr("Discard")),
             ("cancel", self.tr("Cancel"))],
            default="recreate", escape="cancel", icon="warning")
        if choice == "discard":
            log.info("settings of the deleted profile %r discarded", name)
            self._load_fallback()
            self.show_message(self.tr("The profile “{0}” was deleted by another program.").format(name), "info")
            return False
        if choice != "recreate":
            return False
        # From now on the form holds a new profile: its keychain entry went with the deletion.
        self.form.mark_new()
        self._update_profile_controls()
        if settings.use_auth and not password:
            password = ask.get_password(self, self.tr("Save as new profile"), self.tr(
                "The password of “{0}” was removed with the profile. Enter the password for the user "
                "“{1}”:").format(name, settings.username))
            if not password:
                self.form.validate_all()
                self.show_message(self.tr("The profile “{0}” was not saved: it needs a password.").format(name),
                                  "warning")
                return False
            self.form.set_password(password)
        if self.form.validate_all():
            self._focus_first_error()
            self.show_message(self.tr("The settings were not saved. Correct the marked fields."), "error")
            return False
        return self._save(name, settings, password, None)

    def _resolve_conflict(self, name: str, settings: MailSettings, password: str | None) -> bool:
        log.warning("profile %r changed on disk since it was loaded", name)
        choice = ask.choose(
            self, self.tr("Profile changed elsewhere"),
            self.tr("The profile “{0}” was changed by another program (another window or the command line) "
                    "since it was loaded. Reload it from disk and lose your changes here, or overwrite it "
                    "with your changes?").format(name),
            [("reload", self.tr("Reload")), ("overwrite", self.tr("Overwrite")), ("cancel", self.tr("Cancel"))],
            default="cancel", escape="cancel", icon="warning")
        if choice == "overwrite":
            return self._save(name, settings, password, ANY)
        if choice == "reload":
            self._reload_store()
            if name in self.profiles.store:
                self._load_profile(name)
                self.show_message(self.tr("The profile “{0}” was reloaded from disk.").format(name), "info")
            else:
                self._load_fallback()
                self.show_message(store_error_text(UnknownProfile(name)),
                                  "warning")
            return False
        return False

    def _report(self, problem: KeychainError | None, failed: Callable[[str], str], done: str) -> None:
        """The outcome of a profile operation: ``done``, or ``failed(what the keychain said)``."""
        if problem is None:
            self.show_message(done, "success")
            return
        log.warning("keychain: %s", problem.detail or problem.failure.message)
        self.show_message(failed(keychain_error_text(problem)) + "\n" + self.tr(
            "Unlock or install the system keychain and try again. Passwords are never stored in a file."),
            "warning")

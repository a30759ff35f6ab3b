"""The thin Qt form model the settings widgets bind to.

It holds the :class:`MailSettings` being edited (plus the typed password, which is never part of the
settings), knows which fields are enabled, which field errors to show and whether anything is unsaved,
and says so through signals. It does no I/O: loading and saving go through the window, which talks to
the Profiles service. Validation is the settings model's (``settings.validate``); the texts are
translated with ``QCoreApplication.translate("Validation", …)``.

Errors are shown for the fields the user has touched since the profile was loaded, and for every field
after :meth:`validate_all` (a save attempt).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from swyxon_desktop import fields
from swyxon_desktop.gui.shared.texts import field_error_text
from swyxon_desktop.settings import FieldError, MailSettings, validate

# Which fields the form edits, and which rule enables each: the fields' declarations (fields.py).
FORM_FIELDS = fields.FORM_FIELDS
IMAP_DEPENDENT = fields.IMAP_DEPENDENT


class FormModel(QObject):
    #: A whole new value was loaded or applied: refill every widget.
    loaded = Signal()
    #: The settings changed (the new MailSettings).
    settingsChanged = Signal(object)
    #: {field: enabled} for the dependent fields.
    enabledChanged = Signal(object)
    #: {field: translated error text} of the errors to show now.
    errorsChanged = Signal(object)
    #: Unsaved changes (settings differ from the stored ones, or a password was typed).
    dirtyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._name = ""
        self._settings = MailSettings()
        self._original = MailSettings()
        self._revision: str | None = None
        self._is_new = True
        self._password = ""
        self._password_stored: bool | None = None
        self._imap_password = ""  # the confirmation mailbox's typed password (its own keychain entry)
        self._imap_password_stored: bool | None = None
        self._touched: set[str] = set()
        self._show_all = False
        self._errors: dict[str, str] = {}
        self._enabled: dict[str, bool] = {}
        self._dirty = False

    # -- state --------------------------------------------------------------------------------------
    @property
    def name(self) -> str:
        return self._name

    @property
    def settings(self) -> MailSettings:
        return self._settings

    @property
    def original(self) -> MailSettings:
        """The settings as loaded or last saved."""
        return self._original

    @property
    def revision(self) -> str | None:
        """The store revision the edit started from (None for a profile not saved yet)."""
        return self._revision

    @property
    def is_new(self) -> bool:
        """The profile exists only in the form (never saved)."""
        return self._is_new

    @property
    def password(self) -> str:
        """The password typed since loading ("" = keep the stored one)."""
        return self._password

    @property
    def password_stored(self) -> bool | None:
        """A password is stored in the keychain: True/False, None = not known (not checked, or unavailable)."""
        return self._password_stored

    @property
    def imap_password(self) -> str:
        """The confirmation mailbox's password typed since loading ("" = keep the stored one)."""
        return self._imap_password

    @property
    def imap_password_stored(self) -> bool | None:
        """An IMAP password is stored in the keychain: True/False, None = not known."""
        return self._imap_password_stored

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def errors(self) -> dict[str, str]:
        """The errors shown now: {field: translated text}."""
        return dict(self._errors)

    def field_errors(self) -> list[FieldError]:
        """Every problem of the current values (shown or not)."""
        has_password = bool(self._password) or self._password_stored is not False
        has_imap = bool(self._imap_password) or self._imap_password_stored is not False
        return validate(self._settings, has_password=has_password, has_imap_password=has_imap)

    # -- changes ------------------------------------------------------------------------------------
    def load(self, name: str, settings: MailSettings, *, revision: str | None, is_new: bool = False,
             password_stored: bool | None = None, imap_password_stored: bool | None = None) -> None:
        """Start editing ``settings`` of profile ``name`` (as stored: not dirty, no errors shown)."""
        self._name = name
        self._settings = settings
        self._original = settings
        self._revision = revision
        self._is_new = is_new
        self._password = ""
        self._password_stored = password_stored
        self._imap_password = ""
        self._imap_password_stored = imap_password_stored
        self._touched = set()
        self._show_all = False
        self.loaded.emit()
        self._update(force=True)

    def apply(self, settings: MailSettings) -> None:
        """Put ``settings`` into the form as unsaved edits (the stored profile is unchanged)."""
        changed = {f for f in FORM_FIELDS if getattr(settings, f) != getattr(self._settings, f)}
        self._touched |= changed
        self._settings = settings
        self.loaded.emit()
        self.settingsChanged.emit(settings)
        self._update()

    def set_value(self, field: str, value: object) -> None:
        """One field edited by the user."""
        if field not in FORM_FIELDS:
            raise KeyError(f"{field!r} is not a form field")
        self._touched.add(field)
        new = self._settings.replace(**{field: value})
        if new == self._settings:
            self._update()
            return
        self._settings = new
        self.settingsChanged.emit(new)
        self._update()

    def set_password(self, password: str) -> None:
        self._touched.add("password")
        self._password = password
        self._update()

    def set_password_stored(self, stored: bool | None) -> None:
        self._password_stored = stored
        self._update()

    def set_typed_password(self, field: str, password: str) -> None:
        """The password field ``field`` ("password" or "imap_password") typed into."""
        (self.set_password if field == "password" else self.set_imap_password)(password)

    def enabled(self) -> dict[str, bool]:
        """{field: enabled} for the dependent fields, now."""
        return dict(self._enabled) if self._enabled else self._compute_enabled()

    def set_imap_password(self, password: str) -> None:
        self._touched.add("imap_password")
        self._imap_password = password
        self._update()

    def set_imap_password_stored(self, stored: bool | None) -> None:
        self._imap_password_stored = stored
        self._update()

    def mark_imap_password_stored(self, password: str) -> None:
        """The keychain now holds the confirmation mailbox's ``password`` (as :meth:`mark_password_stored`)."""
        if self._imap_password == password:
            self._imap_password = ""
            self._touched.discard("imap_password")
        self._imap_password_stored = True
        self._update(force=True)

    def rename(self, name: str) -> None:
        """The profile got a new name (its edits and revision stay)."""
        self._name = name
        self._update(force=True)

    def mark_saved(self, revision: str, *, password_saved: bool) -> None:
        """The current settings were stored (and the typed password too, when ``password_saved``)."""
        self._original = self._settings
        self._revision = revision
        self._is_new = False
        if password_saved:
            self._password = ""
            self._password_stored = True
        self._show_all = False
        self._touched = set()
        if self._password:
            self._touched.add("password")
        if self._imap_password:
            self._touched.add("imap_password")
        self._update(force=True)

    def mark_password_stored(self, password: str) -> None:
        """The keychain now holds ``password`` (written after the settings were saved, in the background):
        the typed password is cleared unless it was changed meanwhile; other edits stay."""
        if self._password == password:
            self._password = ""
            self._touched.discard("password")
        self._password_stored = True
        self._update(force=True)

    def mark_new(self) -> None:
        """The stored profile is gone (deleted elsewhere): the edits become a new, unsaved profile
        without a stored password."""
        self._original = MailSettings()
        self._revision = None
        self._is_new = True
        self._password_stored = False
        self._imap_password_stored = False
        self._update(force=True)

    def validate_all(self) -> list[FieldError]:
        """Show the errors of every field (a save attempt) and return them."""
        self._show_all = True
        errors = self.field_errors()
        self._update(errors=errors)
        return errors

    # -- derived state ------------------------------------------------------------------------------
    def _compute_enabled(self) -> dict[str, bool]:
        return fields.enabled(self._settings)

    def _update(self, force: bool = False, errors: list[FieldError] | None = None) -> None:
        """Emit what changed; ``errors``: the current values' problems when the caller has them already."""
        enabled = self._compute_enabled()
        if force or enabled != self._enabled:
            self._enabled = enabled
            self.enabledChanged.emit(dict(enabled))
        shown: dict[str, str] = {}
        # Nothing touched, no save attempt: nothing to show (and no validator loaded at start-up).
        problems: list[FieldError] = []
        if self._show_all or self._touched:
            problems = self.field_errors() if errors is None else errors
        for error in problems:
            if (self._show_all or error.field in self._touched) and error.field not in shown:
                shown[error.field] = field_error_text(error)
        if force or shown != self._errors:
            self._errors = shown
            self.errorsChanged.emit(dict(shown))
        dirty = self._settings != self._original or bool(self._password) or bool(self._imap_password)
        if force or dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

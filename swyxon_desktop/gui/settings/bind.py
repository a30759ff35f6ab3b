"""The settings widgets of one group of fields, bound to the form model by the fields' declarations.

``fields.py`` says, per field, which editor, error label and dependent widgets it has (object names in
the ``.ui``) and how it is edited (its kind); :class:`FieldBinding` turns that into the widgets'
set-up (combo data, digit validators), their connections to the :class:`FormModel`, filling them from
the settings, enabling them, showing the errors and focusing the first one. The settings window binds
the E-Mail tab (``fields.SMTP``), the IMAP tab binds its own group (``fields.IMAP``); what is special
about a field (the keychain question when authentication is switched on, the IMAP port that follows
the mode, removing a trusted certificate) stays with the window that owns it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator

from swyxon_desktop import fields
from swyxon_desktop.gui.shared.forms import show_row

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QLabel, QWidget

    from swyxon_desktop.gui.settings.form_model import FormModel
    from swyxon_desktop.gui.shared.uiload import UiRefs
    from swyxon_desktop.settings import MailSettings

# What the port and timeout fields accept while typing. Digits only, but no range: 0 or 70000 reach the
# form model as typed and get its inline error (a spin box would silently clamp or revert them).
PORT_PATTERN = r"[0-9]{0,5}"
TIMEOUT_PATTERN = r"[0-9]{0,3}([.,][0-9]?)?"


def parse_port(text: str) -> int:
    """The port as typed; "" is 0 (which the model rejects, as it does 70000)."""
    text = text.strip()
    return int(text) if text.isdigit() else 0


def parse_timeout(text: str) -> float:
    """The timeout in seconds as typed (comma or dot); "" is 0 (rejected by the model)."""
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return 0.0


def format_timeout(value: float) -> str:
    return f"{value:g}"


class FieldBinding:
    """The editors, error labels and dependent widgets of one group of fields (``fields.SMTP``/``IMAP``)."""

    def __init__(self, ui: "UiRefs", form: "FormModel", group: str, error_palette: "QPalette") -> None:
        self.form = form
        self.fields = fields.group(group)
        self._error_palette = error_palette
        self.editors: dict[str, QWidget] = {f.name: getattr(ui, f.editor) for f in self.fields}
        #: In the order of the form: the first one with an error gets the focus.
        self.error_labels: dict[str, QLabel] = {f.name: getattr(ui, f.error) for f in self.fields if f.error}
        self.dependent: dict[str, tuple[QWidget, ...]] = {
            f.name: tuple(getattr(ui, w) for w in f.widgets) for f in self.fields if f.widgets}
        for f in self.fields:
            editor = self.editors[f.name]
            if f.kind == fields.CHOICE:
                for index, choice in enumerate(f.choices):
                    editor.setItemData(index, choice.value)
            elif f.kind in (fields.PORT, fields.SECONDS):
                pattern = PORT_PATTERN if f.kind == fields.PORT else TIMEOUT_PATTERN
                editor.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), editor))
        for label in self.error_labels.values():
            show_row(label, False)

    # -- widgets → form ----------------------------------------------------------------------------
    def connect(self, *, except_: tuple[str, ...] = ()) -> None:
        """Every editor's edits go to the form (a certificate pin is not typed: the window removes it);
        the fields in ``except_`` are connected by the window itself."""
        form = self.form
        for f in self.fields:
            if f.name in except_ or f.kind == fields.PIN:
                continue
            editor, name = self.editors[f.name], f.name
            if f.kind in (fields.TEXT, fields.PATH):
                editor.textEdited.connect(lambda text, name=name: form.set_value(name, text))
            elif f.kind == fields.PORT:
                editor.textEdited.connect(lambda text, name=name: form.set_value(name, parse_port(text)))
            elif f.kind == fields.SECONDS:
                editor.textEdited.connect(lambda text, name=name: form.set_value(name, parse_timeout(text)))
            elif f.kind == fields.FLAG:
                editor.toggled.connect(lambda on, name=name: form.set_value(name, bool(on)))
            elif f.kind == fields.CHOICE:
                editor.currentIndexChanged.connect(self._choice_slot(f))
            elif f.kind == fields.PASSWORD:
                editor.textEdited.connect(lambda text, name=name: form.set_typed_password(name, text))

    def _choice_slot(self, field: fields.Field) -> Callable[[int], None]:
        editor, enum = self.editors[field.name], type(field.choices[0])
        return lambda index: self.form.set_value(field.name, enum(editor.itemData(index)))

    # -- form → widgets ----------------------------------------------------------------------------
    def fill(self, settings: "MailSettings") -> None:
        """Put the settings into the editors (without signals). What the user typed into a number field
        stays as typed while it means the same number; a typed password stays until it is used."""
        editors = list(self.editors.values())
        for widget in editors:
            widget.blockSignals(True)
        try:
            for f in self.fields:
                editor = self.editors[f.name]
                value = getattr(settings, f.name) if f.setting else None
                if f.kind in (fields.TEXT, fields.PATH):
                    editor.setText(value)
                elif f.kind == fields.PORT:
                    if parse_port(editor.text()) != value or not editor.text():
                        editor.setText(str(value) if value else "")
                elif f.kind == fields.SECONDS:
                    if parse_timeout(editor.text()) != value:
                        editor.setText(format_timeout(value) if value else "")
                elif f.kind == fields.FLAG:
                    editor.setChecked(value)
                elif f.kind == fields.CHOICE:
                    editor.setCurrentIndex(f.choices.index(value))
                elif f.kind == fields.PASSWORD:
                    if not (self.form.password if f.name == "password" else self.form.imap_password):
                        editor.clear()
        finally:
            for widget in editors:
                widget.blockSignals(False)

    def show_enabled(self, enabled: dict) -> None:
        for name, widgets in self.dependent.items():
            for widget in widgets:
                widget.setEnabled(bool(enabled.get(name, True)))

    def show_errors(self, errors: dict, fit: Callable[["QLabel"], None] | None = None) -> None:
        """Each error label shows its field's error (its row hidden without one); screen readers get the
        error as the editor's description."""
        for name, label in self.error_labels.items():
            text = errors.get(name, "")
            if text and label.palette() != self._error_palette:
                label.setPalette(self._error_palette)
            label.setText(text)
            show_row(label, bool(text))
            if fit is not None:
                fit(label)
            self.editors[name].setAccessibleDescription(text)

    def focus_first_error(self, errors: dict) -> bool:
        """The first field of the form with an error gets the focus; False when none has one here."""
        for name in self.error_labels:
            if name in errors:
                self.editors[name].setFocus()
                return True
        return False

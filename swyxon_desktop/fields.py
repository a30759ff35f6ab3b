"""Every settings field, declared once: its editor and error label in the window, the rule that enables
it, its label in the text report, its option on the command line.

Qt-free and pure data (imports ``settings`` and ``i18n`` only). Who reads it:

* the form model (``gui/settings/form_model.py``): which fields the form edits, which are enabled
  (:func:`enabled`);
* the window and its IMAP tab (``gui/settings/bind.py``): the editors, error labels and dependent
  widgets by their object names in the ``.ui`` files, how each editor is filled and read (by
  :attr:`Field.kind`), the order errors are focused in (the order of :data:`FIELDS`);
* the text report (``gui/shared/report.py``): :attr:`Field.report` labels, in :data:`REPORT_ORDER`;
* ``swyxon-desktop profile set`` (``commands/profile.py``): :attr:`Field.cli` options, in
  :data:`CLI_ORDER`.

A new settings field is one more :class:`Field` here (and its widgets in the ``.ui``);
``tests/core/test_fields.py`` fails while a MailSettings field has no declaration, or a declared one is
missing from an order. The password fields are declared too — the form has editors and errors for
them — but they are never part of :class:`~swyxon_desktop.settings.MailSettings` (:attr:`Field.setting`
is False): they go to the keychain.
"""
from __future__ import annotations

from swyxon_desktop.i18n import QT_TRANSLATE_NOOP
from swyxon_desktop.settings import AuthMechanism, ImapTls, MailSettings, TlsMode

# How a field is edited, filled and parsed (the window's binder and the CLI read this).
TEXT = "text"  # a line of text
PATH = "path"  # a file name (the CLI makes it absolute)
PORT = "port"  # a port number typed as digits ("" is 0, which validation rejects)
SECONDS = "seconds"  # a duration in seconds, comma or dot
FLAG = "flag"  # a check box; on the CLI a pair --x / --no-x
CHOICE = "choice"  # a combo box of an enum's values (Field.choices, in the combo's order)
PIN = "pin"  # a certificate fingerprint: shown and removed, never typed in the window
PASSWORD = "password"  # typed, never stored in the settings (the keychain)

SMTP, IMAP = "smtp", "imap"  # the group: the window's E-Mail tab, the Delivery confirmation tab

#: The report's context for :attr:`Field.report`; the CLI's for the help texts in :attr:`Field.cli`.
REPORT_CONTEXT = "MailReport"
CLI_CONTEXT = "Cli"


# The enabling rules: a field with one is enabled only while it holds for the current settings.
def _ssl(s: MailSettings) -> bool:
    return s.use_ssl


def _auth(s: MailSettings) -> bool:
    return s.use_auth


def _auth_without_ssl(s: MailSettings) -> bool:  # the opt-in only means something then
    return s.use_auth and not s.use_ssl


def _imap(s: MailSettings) -> bool:
    return s.confirms_delivery


class Cli:
    """A field's option on ``profile set``: ``flag`` (and ``off_flag`` for a FLAG), their help texts
    (context "Cli", translated when the parser is built), the metavar."""

    __slots__ = ("flag", "help", "metavar", "off_flag", "off_help")

    def __init__(self, flag: str, help: str, metavar: str | None = None,  # noqa: A002 - argparse's word
                 off_flag: str | None = None, off_help: str | None = None) -> None:
        self.flag, self.help, self.metavar = flag, help, metavar
        self.off_flag, self.off_help = off_flag, off_help


class Field:
    """One settings field (a plain class: dataclasses compile code at import, on the start-up path)."""

    __slots__ = ("name", "kind", "group", "editor", "error", "widgets", "enabled_by", "choices", "report",
                 "report_off", "cli")

    def __init__(self, name: str, kind: str, group: str, *, editor: str, error: str | None = None,
                 widgets: tuple[str, ...] = (), enabled_by=None, choices: tuple = (), report: str | None = None,
                 report_off: bool = False, cli: Cli | None = None) -> None:
        #: The MailSettings attribute (or "password" / "imap_password", which are no settings).
        self.name = name
        self.kind = kind
        self.group = group
        #: The object name of its editor in the .ui (focused on an error, gets the error as description).
        self.editor = editor
        #: The object name of its error label, None when it has none.
        self.error = error
        #: The object names of the widgets enabled and disabled with it (label, editor, buttons, help).
        self.widgets = widgets
        #: None, or a function of the settings that says whether the field is enabled.
        self.enabled_by = enabled_by
        #: For a CHOICE: the enum members in the order of the combo box (and of the CLI's choices).
        self.choices = choices
        #: Its label in the text report (context "MailReport"), None when the report leaves it out.
        self.report = report
        #: The report shows "—" while the field is disabled (not its value).
        self.report_off = report_off
        #: Its option on ``profile set``, None when the CLI does not set it.
        self.cli = cli

    @property
    def setting(self) -> bool:
        """A MailSettings attribute (the passwords are not)."""
        return self.kind != PASSWORD



#: Every field, in the order of the window's forms (the order errors are focused in).
FIELDS: tuple[Field, ...] = (
    Field("server", TEXT, SMTP, editor="serverEdit", error="serverError",
          report=QT_TRANSLATE_NOOP("MailReport", "SMTP server"),
          cli=Cli("--server", QT_TRANSLATE_NOOP(
              "Cli", "SMTP server: a symbolic name, DNS name or IP address"), "HOST")),
    Field("port", PORT, SMTP, editor="portEdit", error="portError", report=QT_TRANSLATE_NOOP("MailReport", "SMTP port"),
          cli=Cli("--port", QT_TRANSLATE_NOOP(
              "Cli", "SMTP port, 1-65535 (usually 587 for STARTTLS, 465 for SSL/TLS)"), "N")),
    Field("sender", TEXT, SMTP, editor="senderEdit", error="senderError",
          report=QT_TRANSLATE_NOOP("MailReport", "Sender address"),
          cli=Cli("--sender", QT_TRANSLATE_NOOP(
              "Cli", "sender address, e.g. SwyxWare@firma.de (its domain should be one the server manages)"), "ADDR")),
    Field("timeout_s", SECONDS, SMTP, editor="timeoutEdit", error="timeoutError",
          report=QT_TRANSLATE_NOOP("MailReport", "Timeout"),
          cli=Cli("--timeout", QT_TRANSLATE_NOOP(
              "Cli", "seconds to wait for each network operation (1-600, default 30)"), "S")),
    Field("use_ssl", FLAG, SMTP, editor="sslCheck", report=QT_TRANSLATE_NOOP("MailReport", "Use SSL"),
          cli=Cli("--ssl", QT_TRANSLATE_NOOP("Cli", "encrypt the connection (Use SSL)"),
                  off_flag="--no-ssl", off_help=QT_TRANSLATE_NOOP("Cli", "plain SMTP, no encryption"))),
    Field("tls_mode", CHOICE, SMTP, editor="tlsModeCombo", widgets=("tlsModeLabel", "tlsModeCombo"),
          enabled_by=_ssl, choices=(TlsMode.AUTO, TlsMode.STARTTLS, TlsMode.IMPLICIT),
          report=QT_TRANSLATE_NOOP("MailReport", "TLS mode"),
          cli=Cli("--tls-mode", QT_TRANSLATE_NOOP(
              "Cli", "auto: SSL/TLS on port 465, STARTTLS otherwise; starttls: required, never a plaintext "
              "fallback; implicit: TLS from the first byte"))),
    Field("ca_file", PATH, SMTP, editor="caFileEdit", error="caFileError",
          widgets=("caFileLabel", "caFileEdit", "caFileBrowseButton"), enabled_by=_ssl,
          report=QT_TRANSLATE_NOOP("MailReport", "Additional CA file"),
          cli=Cli("--ca-file", QT_TRANSLATE_NOOP(
              "Cli", "an extra trusted CA certificate file (PEM), besides the system's; empty to remove"), "PEM")),
    Field("pinned_sha256", PIN, SMTP, editor="removePinButton",
          widgets=("pinnedLabel", "pinnedValue", "removePinButton"), enabled_by=_ssl,
          report=QT_TRANSLATE_NOOP("MailReport", "Trusted certificate (SHA-256)"),
          cli=Cli("--pin-sha256", QT_TRANSLATE_NOOP(
              "Cli", "trust exactly the server certificate with this SHA-256 fingerprint (empty to remove)"), "HEX")),
    Field("use_auth", FLAG, SMTP, editor="authCheck", report=QT_TRANSLATE_NOOP("MailReport", "SMTP authentication"),
          cli=Cli("--auth", QT_TRANSLATE_NOOP("Cli", "SMTP authentication on"),
                  off_flag="--no-auth", off_help=QT_TRANSLATE_NOOP("Cli", "SMTP authentication off"))),
    Field("mechanism", CHOICE, SMTP, editor="mechanismCombo",
          widgets=("mechanismLabel", "mechanismCombo", "mechanismHelp"), enabled_by=_auth,
          choices=(AuthMechanism.AUTO, AuthMechanism.LOGIN, AuthMechanism.PLAIN, AuthMechanism.CRAM_MD5),
          report=QT_TRANSLATE_NOOP("MailReport", "Method"), report_off=True,
          cli=Cli("--mechanism", QT_TRANSLATE_NOOP(
              "Cli", "authentication method; auto picks the strongest the server offers"))),
    Field("username", TEXT, SMTP, editor="usernameEdit", error="usernameError",
          widgets=("usernameLabel", "usernameEdit"), enabled_by=_auth,
          report=QT_TRANSLATE_NOOP("MailReport", "User name"), report_off=True,
          cli=Cli("--username", QT_TRANSLATE_NOOP(
              "Cli", "user name for SMTP authentication"), "USER")),
    Field("password", PASSWORD, SMTP, editor="passwordEdit", error="passwordError",
          widgets=("passwordLabel", "passwordEdit"), enabled_by=_auth,
          cli=Cli("--password-stdin", QT_TRANSLATE_NOOP(
              "Cli", "read the password from standard input into the keychain"))),
    Field("allow_insecure_auth", FLAG, SMTP, editor="allowInsecureCheck", error="allowInsecureError",
          widgets=("allowInsecureCheck",), enabled_by=_auth_without_ssl,
          report=QT_TRANSLATE_NOOP("MailReport", "Unencrypted authentication allowed"),
          cli=Cli("--allow-insecure-auth", QT_TRANSLATE_NOOP(
              "Cli", "allow the password to travel unencrypted when SSL is off (trusted networks only)"),
                  off_flag="--no-allow-insecure-auth", off_help=QT_TRANSLATE_NOOP("Cli", "withdraw that permission"))),
    # The mailbox that confirms delivery (its password is a keychain entry of its own).
    Field("imap_server", TEXT, IMAP, editor="imapServerEdit", error="imapServerError",
          cli=Cli("--imap-server", QT_TRANSLATE_NOOP(
              "Cli", "IMAP server of the mailbox that confirms delivery (empty to remove the confirmation "
              "mailbox)"), "HOST")),
    Field("imap_tls", CHOICE, IMAP, editor="imapTlsCombo", widgets=("imapTlsLabel", "imapTlsCombo"),
          enabled_by=_imap, choices=(ImapTls.IMPLICIT, ImapTls.STARTTLS),
          cli=Cli("--imap-tls", QT_TRANSLATE_NOOP(
              "Cli", "IMAP security: implicit (SSL/TLS) or starttls (required); never unencrypted"))),
    Field("imap_port", PORT, IMAP, editor="imapPortEdit", error="imapPortError",
          widgets=("imapPortLabel", "imapPortEdit"), enabled_by=_imap,
          cli=Cli("--imap-port", QT_TRANSLATE_NOOP(
              "Cli", "IMAP port (993 for SSL/TLS, 143 for STARTTLS)"), "N")),
    Field("imap_username", TEXT, IMAP, editor="imapUserEdit", error="imapUserError",
          widgets=("imapUserLabel", "imapUserEdit"), enabled_by=_imap,
          cli=Cli("--imap-user", QT_TRANSLATE_NOOP(
              "Cli", "user name of the confirmation mailbox"), "USER")),
    Field("imap_password", PASSWORD, IMAP, editor="imapPasswordEdit", error="imapPasswordError",
          widgets=("imapPasswordLabel", "imapPasswordEdit"), enabled_by=_imap,
          cli=Cli("--imap-password-stdin", QT_TRANSLATE_NOOP(
              "Cli", "read the confirmation mailbox's password from standard input into the keychain"))),
    Field("imap_folders", TEXT, IMAP, editor="imapFoldersEdit", error="imapFoldersError",
          widgets=("imapFoldersLabel", "imapFoldersEdit"), enabled_by=_imap,
          cli=Cli("--imap-folders", QT_TRANSLATE_NOOP(
              "Cli", "folders to search, comma-separated (empty: INBOX and the folder marked as junk)"), "A,B")),
    Field("imap_pinned_sha256", PIN, IMAP, editor="imapRemovePinButton", enabled_by=_imap,
          cli=Cli("--imap-pin-sha256", QT_TRANSLATE_NOOP(
              "Cli", "trust exactly the IMAP server certificate with this SHA-256 fingerprint (empty to "
              "remove)"), "HEX")),
)

BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}

#: The settings fields the form edits (MailSettings attribute names, in the form's order).
FORM_FIELDS: tuple[str, ...] = tuple(f.name for f in FIELDS if f.setting)

#: The order of the settings in the text report (between "Profile" and "Password"); the derived
#: "Security in effect" row follows "tls_mode" there.
REPORT_ORDER = ("server", "port", "sender", "use_ssl", "tls_mode", "ca_file", "pinned_sha256", "use_auth",
                "mechanism", "username", "allow_insecure_auth", "timeout_s")

#: The order of the options in ``profile set --help``.
CLI_ORDER = ("server", "port", "sender", "use_ssl", "tls_mode", "use_auth", "mechanism", "username", "password",
             "ca_file", "pinned_sha256", "allow_insecure_auth", "timeout_s", "imap_server", "imap_port", "imap_tls",
             "imap_username", "imap_password", "imap_folders", "imap_pinned_sha256")


def group(name: str) -> tuple[Field, ...]:
    """The fields of one group (SMTP or IMAP), in the form's order."""
    return tuple(f for f in FIELDS if f.group == name)


def enabled(settings: MailSettings) -> dict[str, bool]:
    """{field: enabled} for every field with an enabling rule."""
    return {f.name: f.enabled_by(settings) for f in FIELDS if f.enabled_by is not None}


def dependent_on(rule) -> tuple[str, ...]:
    """The fields an enabling rule switches (e.g. every field that needs a confirmation mailbox)."""
    return tuple(f.name for f in FIELDS if f.enabled_by is rule)


#: The fields that need a confirmation mailbox (the IMAP server itself does not).
IMAP_DEPENDENT = dependent_on(_imap)

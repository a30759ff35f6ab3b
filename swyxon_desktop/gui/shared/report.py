"""The mail dialogs' shared texts and the redacted support report ("Copy report" / "Save report…").

* :func:`failure_texts` – a :class:`~swyxon_desktop.failures.Failure` translated for display: title,
  message, hint (contexts "Failure" / "Keychain", the same source strings as failures.py and
  smtp/errors.py, so their catalogues serve the GUI too), and :func:`stage_title`.
* :func:`test_mail_report` / :func:`probe_report` – plain text a support engineer can paste into a
  ticket: the result, the settings *without* the password, the stages, the redacted transcript and the
  versions of the app, Python, Qt, PySide6 and OpenSSL. A final pass through the engine's
  :class:`~swyxon_desktop.smtp.transcript.Redactor` (built from the password of the run, when the
  dialog had one) removes the password in every form it could take, should any text carry it.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from swyxon_desktop import APP_DISPLAY_NAME
from swyxon_desktop.failures import Failure
from swyxon_desktop.settings import MailSettings
from swyxon_desktop.checks import stages  # not the engine: the overview names stages on the GUI thread

if TYPE_CHECKING:  # only named in annotations; the engine loads when a run needs it
    from swyxon_desktop.smtp.transcript import Redactor

CONTEXT = "MailReport"
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")



def stage_title(stage: str | None) -> str:
    """'Authentication' for 'auth' (translated); the identifier itself for stages without a title."""
    if not stage:
        return "—"
    named = stages.title(stage)  # every stage's title is in checks/stages.py ("prepare" included)
    return translate(*named) if named else stage


def event_detail(event) -> str:
    """A StageEvent's detail in the user's language (its template translated; plain data as it is)."""
    if getattr(event, "template", ""):
        return translate("Smtp", event.template).format(*event.args)
    return event.detail


def duration_text(ms: float) -> str:
    """'12 ms' / '3.5 ms' below one second, else seconds ('30.0 s' / '30,0 s')."""
    if ms >= 1000:
        return translate("MailReport", "{0} s").format(QLocale().toString(ms / 1000, "f", 1))
    return f"{ms:.1f} ms" if ms < 10 else f"{ms:.0f} ms"


def failure_texts(failure: Failure) -> tuple[str, str, str]:
    """(title, message, hint) of a failure, translated for the GUI."""
    from swyxon_desktop.failures import HINTS, TITLES

    title = translate("Failure", TITLES[failure.category])
    message = translate(failure.context, failure.message)  # "Failure", or the keychain's own "Keychain"
    if failure.message_args:
        # A stage named in the message is shown by its title, never its identifier.
        message = message.format(*(stage_title(a) if a == failure.stage else a for a in failure.message_args))
    hint = translate("Failure", failure.hint or HINTS[failure.category])
    return title, message, hint


def code_text(failure: Failure) -> str:
    """'535 5.7.8' / '550' / '' (the SMTP reply code and enhanced status)."""
    if failure.smtp_code is None or failure.smtp_code < 0:
        return failure.enhanced_status or ""
    return " ".join(str(p) for p in (failure.smtp_code, failure.enhanced_status) if p)


def _yes_no(value: bool) -> str:
    return translate("MailReport", "yes") if value else translate("MailReport", "no")


def settings_lines(profile: str, settings: MailSettings, password_source: str) -> list[str]:
    """The settings as "label: value" lines — every field except the password, which is never included.

    Labels and order are the fields' declarations (``fields.REPORT_ORDER``); the derived "Security in
    effect" follows the TLS mode."""
    from swyxon_desktop import fields

    s = settings
    rows = [(translate("MailReport", "Profile"), profile or "—")]
    for name in fields.REPORT_ORDER:
        field = fields.BY_NAME[name]
        rows.append((translate(fields.REPORT_CONTEXT, field.report), _report_value(field, s)))
        if name == "tls_mode":
            rows.append((translate("MailReport", "Security in effect"), s.security.value))
    rows.append((translate("MailReport", "Password"), password_source))
    lines = [f"  {label}: {value}" for label, value in rows]
    from swyxon_desktop.settings import warnings

    # A stored profile may have SSL off with AUTH on (the vendor's dialog allows it): said loudly.
    return [f"  !! {translate('Validation', w.message)}" for w in warnings(s)] + lines


def _report_value(field, settings: MailSettings) -> str:
    """One field's value as the report shows it."""
    from swyxon_desktop import fields

    value = getattr(settings, field.name)
    if field.report_off and field.enabled_by is not None and not field.enabled_by(settings):
        return "—"
    if field.kind == fields.FLAG:
        return _yes_no(value)
    if field.kind == fields.SECONDS:
        return translate("MailReport", "{0} s").format(f"{value:g}")
    if field.name == "tls_mode":
        from swyxon_desktop.gui.shared.texts import implicit_tls_text

        names = {"auto": translate("MailReport", "Automatic (by port)"), "starttls": "STARTTLS",
                 "implicit": implicit_tls_text()}
        return names.get(value.value, value.value)
    if field.kind == fields.CHOICE:
        return value.value
    if field.kind == fields.PORT:
        return str(value)
    if field.kind in (fields.PATH, fields.PIN):
        return value or "—"
    return value


def versions_lines() -> list[str]:
    from swyxon_desktop.gui.shared.system import versions

    v = versions()
    return [f"  {APP_DISPLAY_NAME}: {v['app']}", f"  Python: {v['python']}", f"  Qt: {v['qt']}",
            f"  PySide6: {v['pyside']}", f"  OpenSSL: {v['openssl']}"]


def _header(title: str) -> list[str]:
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    return [f"{APP_DISPLAY_NAME} – {title}", translate("MailReport", "Created: {0}").format(now), ""]


def _failure_lines(failure: Failure) -> list[str]:
    title, message, hint = failure_texts(failure)
    lines = [translate("MailReport", "Result: FAILED – {0}").format(title),
             translate("MailReport", "Category: {0}").format(failure.category.value),
             translate("MailReport", "Stage: {0} ({1})").format(stage_title(failure.stage), failure.stage or "—")]
    code = code_text(failure)
    if code:
        lines.append(translate("MailReport", "SMTP code: {0}").format(code))
    lines.append(translate("MailReport", "What happened: {0}").format(message))
    if failure.server_text:
        lines.append(translate("MailReport", "Server's answer: {0}").format(failure.server_text.replace("\n", " | ")))
    lines.append(translate("MailReport", "Hint: {0}").format(hint))
    cert = failure.details.get("certificate") if failure.details else None
    if cert:
        lines.append(translate("MailReport", "Certificate: {0}; issuer {1}; valid until {2}; SHA-256 {3}").format(
            cert.get("subject", ""), cert.get("issuer", ""), cert.get("not_after", ""), cert.get("sha256", "")))
    return lines


def _finish(lines: list[str], redactor: Redactor | None) -> str:
    text = "\n".join(lines).rstrip() + "\n"
    # The report's own lines: the rule for this program's text (the transcript in it is redacted already).
    return (redactor.client(text) or "") if redactor is not None else text


def _record_lines(record: dict | None) -> list[str]:
    if record is None:
        return []
    from swyxon_desktop.gui.shared.record import observed_lines

    return observed_lines(record)


def test_mail_report(profile: str, settings: MailSettings, result, *, password_source: str,
                     redactor: Redactor | None = None, allowed_once: bool = False, record: dict | None = None) -> str:
    """The report of one test mail (``result``: a :class:`~swyxon_desktop.smtp.SendResult`).
    ``allowed_once``: unencrypted authentication was allowed for this run only (the dialog's checkbox).
    ``record``: the same run's diagnostics record (diagnostics.py): its "what the client saw" part is shown."""
    lines = _header(translate("MailReport", "test mail report"))
    if result.failure is None:
        lines.append(translate("MailReport", "Result: the server accepted the test message for {0}.").format(
            result.recipient))
        if result.message_id:
            lines.append(translate("MailReport", "Message-ID: {0}").format(result.message_id))
        if result.server_text:
            answer = f"{result.smtp_code} {result.server_text}"
            lines.append(translate("MailReport", "Server's answer: {0}").format(answer))
    else:
        lines += _failure_lines(result.failure)
    lines.append(translate("MailReport", "Recipient: {0}").format(result.recipient))
    if result.mechanism:
        lines.append(translate("MailReport", "Authentication method used: {0}").format(result.mechanism))
    if result.tls is not None:
        lines.append(translate("MailReport", "TLS: {0}; certificate {1}; SHA-256 {2}").format(
            result.tls.summary(), trust_text(result.tls), result.tls.sha256))
    if allowed_once:
        lines.append(translate("MailReport", "Unencrypted authentication was allowed for this run only."))
    lines.append(translate("MailReport", "Duration: {0} s").format(f"{result.elapsed_s:.3f}"))
    lines += ["", translate("MailReport", "Settings (the password is never included):")]
    lines += settings_lines(profile, settings, password_source)
    lines += ["", translate("MailReport", "Stages:")]
    for event in result.events:
        if event.status == "started":
            continue
        lines.append(f"  {event.at_ms:8.1f} ms  {event.stage:<9} {event.status:<6} {event.elapsed_ms:7.1f} ms  "
                     f"{event.detail}".rstrip())
    lines += _record_lines(record)
    lines += ["", translate("MailReport", "Transcript (C: client, S: server; authentication data redacted):")]
    lines += [f"  {line}" for line in result.transcript]
    lines += ["", translate("MailReport", "Versions:")] + versions_lines()
    return _finish(lines, redactor)


def trust_text(tls) -> str:
    """How a TLS session's certificate was trusted: verified / trusted by its pinned fingerprint / not trusted."""
    if tls.verified:
        return translate("MailReport", "verified")
    if tls.trusted_by_pin:
        return translate("MailReport", "trusted by its pinned fingerprint")
    return translate("MailReport", "not trusted")


def _caps_text(caps: dict | None) -> str:
    if caps is None:
        return "—"
    parts = []
    for key, value in caps.items():
        if key == "AUTH":
            parts.append("AUTH " + (" ".join(value) if value else "—"))
        elif value is True:
            parts.append(key)
        else:
            parts.append(f"{key} {value}")
    return ", ".join(parts) or "—"


def capabilities_text(features: dict | None) -> str:
    """'STARTTLS, AUTH PLAIN LOGIN, SIZE 10240000, SMTPUTF8, …' from an EHLO feature dict."""
    from swyxon_desktop.smtp.probe import capabilities

    return _caps_text(capabilities(features))


def probe_report(profile: str, settings: MailSettings, result, *, password_source: str,
                 redactor: Redactor | None = None, record: dict | None = None) -> str:
    """The report of one server check (``result``: a ``ProbeResult`` of smtp/probe.py)."""
    lines = _header(translate("MailReport", "server check report"))
    if result.failure is None:
        lines.append(translate("MailReport", "Result: the configured settings work."))
    else:
        lines += _failure_lines(result.failure)
    lines.append(translate("MailReport", "Recommendation: {0}").format(recommendation_text(result)))
    lines.append(translate("MailReport", "Duration: {0} s").format(f"{result.elapsed_s:.3f}"))
    if getattr(result, "provider", None) is not None:  # the providers table's word (providers.py)
        lines += ["", result.provider.text()] + [f"  - {a.text()}" for a in result.advice]
    lines += ["", translate("MailReport", "Settings (the password is never included):")]
    lines += settings_lines(profile, settings, password_source)
    lines += ["", translate("MailReport", "Ports:")]
    for row in result.matrix:
        mark = "*" if row.configured else " "
        tls = row.tls.summary() if row.tls else "—"
        trust = "" if row.tls is None else " " + trust_text(row.tls)
        state = row.status if row.failure is None else f"{row.status}: {row.failure.category.value}"
        lines.append(f" {mark}{row.port:>5} {row.attempt.value:<9} {state:<28} {tls}{trust}; "
                     f"AUTH {' '.join(row.auth_mechanisms) or '—'}; {row.elapsed_ms:.0f} ms")
        if row.greeting:
            label = translate("MailReport", "Greeting")
            lines.append(f"        {label}: {row.greeting}")
        label = translate("MailReport", "Capabilities before TLS")
        lines.append(f"        {label}: {capabilities_text(row.features_before_tls)}")
        if row.tls is not None:
            label = translate("MailReport", "Capabilities after TLS")
            lines.append(f"        {label}: {capabilities_text(row.features)}")
            cert = row.tls.certificate
            if cert is not None:
                label = translate("MailReport", "Certificate")
                lines.append(f"        {label}: {cert.subject}; {cert.issuer}; "
                             f"{cert.not_before} – {cert.not_after}; SHA-256 {cert.sha256}")
    lines += _record_lines(record)
    configured = result.configured
    if configured is not None and configured.transcript:
        lines += ["", translate("MailReport", "Transcript of the configured port (C: client, S: server):")]
        lines += [f"  {line}" for line in configured.transcript]
    lines += ["", translate("MailReport", "Versions:")] + versions_lines()
    return _finish(lines, redactor)


def recommendation_text(result) -> str:
    """The probe's recommendation in the GUI's language (the engine translates it from the same catalogue)."""
    return result.recommendation_text()

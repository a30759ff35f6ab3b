"""The diagnostics report as data: one versioned JSON record of a test mail and/or a server check. Qt-free.

A customer runs *Send test mail* or *Check server* and saves the report; support loads it and starts a
local replica of the customer's server from it (replica.py, ``serve --from-report``). The record::

    {"schema": "swyxon-desktop-report", "version": 1, "created": "2026-…", "kind": "test-mail",  # checks/kinds.py
     "profile": "Kunde", "settings": {…MailSettings.to_dict(), never a password…}, "warnings": […],
     "run": {"allow_insecure_auth": false},   # allowed for this one run only (test-mail --allow-insecure-auth)
     "observed": {"greeting": ["localhost ESMTP …"], "ehlo_before_tls": ["localhost", "SIZE …", …],
                  "ehlo_after_tls": […] | null, "starttls_offered": true, "auth_mechanisms": ["PLAIN"],
                  "tls": {"version", "cipher", "bits", "verified", "trusted_by_pin", "verify_error", "sha256",
                          "certificate": {"subject", "issuer", "sans", "not_before", "not_after", "sha256",
                                          "self_signed", …}} | null},
     "failure": {"source": "test_mail", "category", "stage", "smtp_code", "enhanced_status", "server_text",
                 "hint", "recipient"} | null,
     "test_mail": SendResult.to_dict("en") | null, "probe": ProbeResult.to_dict("en") | null,
     "transcript": ["C: EHLO …", "S: 250-…", …], "versions": {"app", "python", "openssl", "platform", …}}

``observed`` is what the client saw on the configured connection, read from the redacted transcript (the
same for a test mail and a probe) plus the engine's TLS details. Texts in the record are English (the
language of support), the hints as the engine words them.

Secrets: the settings model has no password; transcripts are redacted at the source; a last pass
(:func:`build_record`'s ``redactor``) runs every string through the run's Redactor, so no form of the
password (plain, base64, the PLAIN blob) can be in the file.

:func:`load_record` reads a record defensively (size, JSON, schema and version, every field's type and
length, no control characters in reply texts): a damaged or hostile file is a :class:`ReportError` with
a translated message, never a half-started server.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import platform
import re
import ssl
import sys
from pathlib import Path
from typing import Any

from swyxon_desktop import __version__
from swyxon_desktop.checks import kinds
from swyxon_desktop.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Report"
SCHEMA = "swyxon-desktop-report"
VERSION = 1
MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_LINE = 512  # an SMTP reply line, RFC 5321 4.5.3.1.5
MAX_LINES = 100  # lines of one reply (greeting, EHLO)
MAX_TEXT = 4000  # a server text (several lines)
STAGES = ("resolve", "connect", "greeting", "ehlo", "tls", "auth", "mail_from", "rcpt_to", "data", "quit",
          "keychain", "prepare")

MSG_UNREADABLE = QT_TRANSLATE_NOOP("Report", "The report {} cannot be read: {}")
MSG_TOO_LARGE = QT_TRANSLATE_NOOP("Report", "The report {} is larger than {} MB; it is not a diagnostics report.")
MSG_NOT_JSON = QT_TRANSLATE_NOOP("Report", "The report {} is not valid JSON (line {}, column {}).")
MSG_NOT_REPORT = QT_TRANSLATE_NOOP(
    "Report", "The file {} is not a SwyxON Desktop diagnostics report (save one with Save report…, "
    "test-mail --report or probe --report).")
MSG_NEWER = QT_TRANSLATE_NOOP(
    "Report", "The report {} was made by a newer version (report version {}); update SwyxON Desktop.")
MSG_BAD_FIELD = QT_TRANSLATE_NOOP("Report", "The report {} is damaged: the field \"{}\" {}.")
WHY_MISSING = QT_TRANSLATE_NOOP("Report", "is missing")
WHY_TYPE = QT_TRANSLATE_NOOP("Report", "has the wrong type")
WHY_LONG = QT_TRANSLATE_NOOP("Report", "is too long")
WHY_CONTROL = QT_TRANSLATE_NOOP("Report", "contains a line break or another control character")
WHY_VALUE = QT_TRANSLATE_NOOP("Report", "has a value that is not allowed")
MSG_WRITE_FAILED = QT_TRANSLATE_NOOP("Report", "The report could not be written to {}: {}")

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_ENHANCED = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


class ReportError(ValueError):
    """A report that cannot be used; ``text(lang)`` is the translated message."""

    def __init__(self, message: str, *args: object):
        self.message = message
        self.args_ = args
        super().__init__(self.text("en"))

    def text(self, lang: str | None = None) -> str:
        args = [translate(CONTEXT, a, lang) if isinstance(a, str) and a in _WHY else a for a in self.args_]
        return translate(CONTEXT, self.message, lang).format(*args)


_WHY = {WHY_MISSING, WHY_TYPE, WHY_LONG, WHY_CONTROL, WHY_VALUE}


# ---------------------------------------------------------------------------------------------------
# What the client saw, from the redacted transcript


def _reply_lines(lines: list[tuple[str, str]], start: int) -> tuple[list[str], int]:
    """The text of one (multi-line) server reply starting at ``start`` ("250-a", "250 b" -> ["a", "b"])."""
    out: list[str] = []
    i = start
    while i < len(lines) and lines[i][0] == "S":
        text = lines[i][1]
        out.append(text[4:])
        i += 1
        if text[3:4] != "-":
            break
    return out, i


def observe(transcript: list[str]) -> dict[str, Any]:
    """Greeting, EHLO before and after TLS, whether STARTTLS was offered and the AUTH mechanisms, from the
    transcript lines ("C: …", "S: …", "*: …"): the first connection's, filled in by later ones (a pin
    check or a certificate inspection may get behind TLS where the first did not)."""
    parsed = [(line[:1], line[3:]) for line in transcript if len(line) >= 2 and line[1:3] == ": "]
    seen: dict[str, Any] = {"greeting": None, "greeting_code": None, "ehlo_before_tls": None,
                            "ehlo_after_tls": None, "starttls_offered": None, "auth_mechanisms": []}
    tls = False
    i = 0
    while i < len(parsed):
        direction, text = parsed[i]
        if direction == "*" and text.startswith("connected to"):
            tls = False  # a further connection (pin check, certificate inspection): fills in what is missing
        if direction == "*" and text.startswith("TLS established"):
            tls = True
        if direction == "S" and (i == 0 or parsed[i - 1][0] == "*"):  # the first reply on a connection
            greeting, i = _reply_lines(parsed, i)
            if seen["greeting"] is None:
                seen["greeting_code"] = int(text[:3]) if text[:3].isdigit() else None
                seen["greeting"] = greeting
            continue
        if direction == "C" and text.upper().startswith(("EHLO", "HELO")):
            reply, j = _reply_lines(parsed, i + 1)
            code = parsed[i + 1][1][:3] if i + 1 < len(parsed) else ""
            key = "ehlo_after_tls" if tls else "ehlo_before_tls"
            if code == "250" and seen[key] is None:
                seen[key] = reply
            i = j
            continue
        i += 1
    before = seen["ehlo_before_tls"]
    if before is not None:
        seen["starttls_offered"] = any(line.upper() == "STARTTLS" for line in before[1:])
    last = seen["ehlo_after_tls"] or before or []
    seen["auth_mechanisms"] = auth_mechanisms(last)
    return seen


def auth_mechanisms(ehlo: list[str]) -> list[str]:
    """["LOGIN", "PLAIN"] from EHLO lines ("AUTH LOGIN PLAIN", also the old "AUTH=LOGIN")."""
    for line in ehlo[1:]:
        upper = line.upper()
        if upper.startswith(("AUTH ", "AUTH=")):
            return list(dict.fromkeys(upper[5:].split()))
    return []


# ---------------------------------------------------------------------------------------------------
# Building the record


def versions(extra: dict[str, str] | None = None) -> dict[str, str]:
    return {"app": __version__, "python": f"{platform.python_version()} ({sys.platform})",
            "openssl": ssl.OPENSSL_VERSION, "platform": platform.platform(terse=True), **(extra or {})}


def _tls_dict(tls: Any) -> dict | None:
    return tls.to_dict(details=True) if tls is not None else None


def build_record(profile: str, settings: Any, *, send: Any = None, probe: Any = None, redactor: Any = None,
                 extra_versions: dict[str, str] | None = None, allowed_insecure_once: bool = False,
                 delivery: Any = None) -> dict:
    """The record of a test mail (``send``: SendResult) and/or a server check (``probe``: ProbeResult).

    ``redactor``: the run's Redactor (knows the password's forms); every string of the record passes it.
    ``allowed_insecure_once``: unencrypted authentication was allowed for this run only (not in the profile).
    ``delivery``: the test mail's delivery confirmation (delivery.DeliveryResult), as ``test-mail --confirm
    --json`` shows it (folder, time, the receiver's verdicts, the relay's IP, its redacted IMAP dialogue).
    """
    from swyxon_desktop.settings import warnings

    send_dict = send.to_dict("en") if send is not None else None
    probe_dict = probe.to_dict("en") if probe is not None else None
    transcript = (send_dict or {}).get("transcript") or (probe_dict or {}).get("transcript") or []
    seen = observe(transcript)
    if probe_dict is not None and send_dict is not None:
        # What the test mail did not get to see (e.g. EHLO behind an untrusted certificate), the probe saw.
        also = observe(probe_dict.get("transcript") or [])
        seen = {key: value if value not in (None, []) else also[key] for key, value in seen.items()}
    tls = None
    if send is not None and send.tls is not None:
        tls = _tls_dict(send.tls)
    elif probe is not None and probe.configured is not None and probe.configured.tls is not None:
        tls = _tls_dict(probe.configured.tls)
    failure_source, failure = ("test_mail", send.failure) if send is not None else (
        "probe", probe.failure if probe is not None else None)
    if failure is not None and tls is None and failure.details.get("certificate"):
        tls = {"version": None, "cipher": None, "bits": None, "sha256": failure.details.get("sha256"),
               "verified": False, "trusted_by_pin": False, "verify_error": failure.details.get("verify_error"),
               "certificate": failure.details["certificate"]}
    seen["tls"] = tls
    record = {
        "schema": SCHEMA, "version": VERSION,
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "kind": kinds.of_result(send, probe),
        "profile": profile,
        "settings": settings.to_dict(),
        "run": {"allow_insecure_auth": bool(allowed_insecure_once)},
        "warnings": [w.text("en") for w in warnings(settings)],
        "observed": seen,
        "failure": None if failure is None else {
            "source": failure_source, "category": failure.category.value, "stage": failure.stage,
            "smtp_code": failure.smtp_code, "enhanced_status": failure.enhanced_status,
            "server_text": failure.server_text, "hint": failure.hint_text("en"),
            "message": failure.message_text("en"),
            "recipient": send.recipient if send is not None else None},
        "test_mail": send_dict,
        "probe": probe_dict,
        "delivery": delivery.to_dict("en") if delivery is not None else None,
        "transcript": transcript,
        "versions": versions(extra_versions),
    }
    return _scrub(record, redactor) if redactor is not None else record


def _scrub(value: Any, redactor: Any) -> Any:
    if isinstance(value, str):
        return redactor.client(value) or ""
    if isinstance(value, list):
        return [_scrub(v, redactor) for v in value]
    if isinstance(value, dict):
        return {k: _scrub(v, redactor) for k, v in value.items()}
    return value


def dumps(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def write_record(path: str | os.PathLike, record: dict) -> None:
    """Write the record (UTF-8 JSON, mode 0600, atomically). Raises OSError."""
    from swyxon_desktop.store import atomic_write_text

    atomic_write_text(Path(path), dumps(record), 0o600)


def write_error_text(path: str | os.PathLike, exc: OSError, lang: str | None = None) -> str:
    return translate(CONTEXT, MSG_WRITE_FAILED, lang).format(str(path), exc.strerror or str(exc))


# ---------------------------------------------------------------------------------------------------
# Reading a record (defensively)


def _field(name: str, why: str, source: str) -> ReportError:
    return ReportError(MSG_BAD_FIELD, source, name, why)


def _line(value: Any, name: str, source: str, *, optional: bool = True) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise _field(name, WHY_TYPE, source)
    if len(value) > MAX_LINE:
        raise _field(name, WHY_LONG, source)
    if _CONTROL.search(value):
        raise _field(name, WHY_CONTROL, source)
    return value


def _lines(value: Any, name: str, source: str) -> list[str] | None:
    if value is None:
        return None
    if not isinstance(value, list):
        raise _field(name, WHY_TYPE, source)
    if len(value) > MAX_LINES:
        raise _field(name, WHY_LONG, source)
    return [_line(v, name, source, optional=False) for v in value]  # type: ignore[misc]


def _text(value: Any, name: str, source: str) -> str | None:
    """A server text: several lines joined by "\\n" (as the engine keeps a multi-line reply), no other
    control character, each line a reply line's length."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise _field(name, WHY_TYPE, source)
    if len(value) > MAX_TEXT:
        raise _field(name, WHY_LONG, source)
    for line in value.split("\n"):
        _line(line, name, source)
    return value


def _int(value: Any, name: str, source: str, low: int, high: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _field(name, WHY_TYPE, source)
    if not low <= value <= high:
        raise _field(name, WHY_VALUE, source)
    return value


def load_record(path: str | os.PathLike) -> dict:
    """Read and check a report file; returns the checked record. Raises ReportError (translated text)."""
    source = str(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ReportError(MSG_UNREADABLE, source, exc.strerror or str(exc)) from None
    if len(data) > MAX_FILE_BYTES:
        raise ReportError(MSG_TOO_LARGE, source, MAX_FILE_BYTES // (1024 * 1024))
    try:
        record = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise ReportError(MSG_NOT_REPORT, source) from None
    except json.JSONDecodeError as exc:
        raise ReportError(MSG_NOT_JSON, source, exc.lineno, exc.colno) from None
    except RecursionError:
        raise ReportError(MSG_NOT_REPORT, source) from None
    return check_record(record, source)


def check_record(record: Any, source: str = "") -> dict:
    """The checks of :func:`load_record` on an already parsed value."""
    if not isinstance(record, dict) or record.get("schema") != SCHEMA:
        raise ReportError(MSG_NOT_REPORT, source)
    version = record.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _field("version", WHY_VALUE, source)
    if version > VERSION:
        raise ReportError(MSG_NEWER, source, version)
    from swyxon_desktop.settings import MailSettings

    if "settings" not in record:
        raise _field("settings", WHY_MISSING, source)
    try:
        settings = MailSettings.from_dict(record["settings"])
    except (ValueError, TypeError):
        raise _field("settings", WHY_VALUE, source) from None
    for name in ("server", "sender", "username", "ca_file", "pinned_sha256"):
        _line(getattr(settings, name), f"settings.{name}", source)
    profile = record.get("profile", "")
    _line(profile, "profile", source, optional=False)
    observed = record.get("observed")
    if observed is None:
        observed = {}
    if not isinstance(observed, dict):
        raise _field("observed", WHY_TYPE, source)
    seen = {
        "greeting": _lines(observed.get("greeting"), "observed.greeting", source),
        "greeting_code": _int(observed.get("greeting_code"), "observed.greeting_code", source, 200, 599),
        "ehlo_before_tls": _lines(observed.get("ehlo_before_tls"), "observed.ehlo_before_tls", source),
        "ehlo_after_tls": _lines(observed.get("ehlo_after_tls"), "observed.ehlo_after_tls", source),
        "starttls_offered": observed.get("starttls_offered") if isinstance(observed.get("starttls_offered"), bool)
        else None,
        "tls": _check_tls(observed.get("tls"), source),
    }
    last = seen["ehlo_after_tls"] or seen["ehlo_before_tls"] or []
    seen["auth_mechanisms"] = auth_mechanisms(last)  # type: ignore[arg-type]
    failure = record.get("failure")
    if failure is not None:
        failure = _check_failure(failure, source)
    run = record.get("run") if isinstance(record.get("run"), dict) else {}
    return {"schema": SCHEMA, "version": version, "profile": profile, "settings": settings, "observed": seen,
            "allowed_insecure_once": run.get("allow_insecure_auth") is True,
            "failure": failure, "kind": record.get("kind") if record.get("kind") in kinds.KINDS else None}


def _check_failure(failure: Any, source: str) -> dict:
    from swyxon_desktop.failures import Category

    if not isinstance(failure, dict):
        raise _field("failure", WHY_TYPE, source)
    try:
        category = Category(failure.get("category"))
    except ValueError:
        raise _field("failure.category", WHY_VALUE, source) from None
    stage = _line(failure.get("stage"), "failure.stage", source)
    if stage is not None and stage not in STAGES:
        raise _field("failure.stage", WHY_VALUE, source)
    enhanced = _line(failure.get("enhanced_status"), "failure.enhanced_status", source)
    if enhanced is not None and not _ENHANCED.match(enhanced):
        raise _field("failure.enhanced_status", WHY_VALUE, source)
    return {"category": category, "stage": stage,
            "smtp_code": _int(failure.get("smtp_code"), "failure.smtp_code", source, -1, 599),
            "enhanced_status": enhanced,
            "server_text": _text(failure.get("server_text"), "failure.server_text", source),
            "recipient": _line(failure.get("recipient"), "failure.recipient", source)}


def _check_tls(tls: Any, source: str) -> dict | None:
    if tls is None:
        return None
    if not isinstance(tls, dict):
        raise _field("observed.tls", WHY_TYPE, source)
    out = {"verified": tls.get("verified") is True, "trusted_by_pin": tls.get("trusted_by_pin") is True,
           "version": _line(tls.get("version"), "observed.tls.version", source),
           "verify_error": _line(tls.get("verify_error"), "observed.tls.verify_error", source),
           "certificate": None}
    cert = tls.get("certificate")
    if cert is None:
        return out
    if not isinstance(cert, dict):
        raise _field("observed.tls.certificate", WHY_TYPE, source)
    sans = cert.get("sans", [])
    if not isinstance(sans, list) or len(sans) > MAX_LINES:
        raise _field("observed.tls.certificate.sans", WHY_TYPE, source)
    checked = {"subject": _line(cert.get("subject"), "observed.tls.certificate.subject", source, optional=False),
               "issuer": _line(cert.get("issuer"), "observed.tls.certificate.issuer", source, optional=False),
               "sans": [_line(s, "observed.tls.certificate.sans", source, optional=False) for s in sans],
               "self_signed": cert.get("self_signed") is True}
    for name in ("not_before", "not_after"):
        value = _line(cert.get(name), f"observed.tls.certificate.{name}", source, optional=False)
        try:
            when = dt.datetime.fromisoformat(value)  # type: ignore[arg-type]
        except ValueError:
            raise _field(f"observed.tls.certificate.{name}", WHY_VALUE, source) from None
        checked[name] = when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)
    for san in checked["sans"]:
        kind, _, value = san.partition(":")
        if kind not in ("DNS", "IP") or not value:
            raise _field("observed.tls.certificate.sans", WHY_VALUE, source)
    out["certificate"] = checked
    return out

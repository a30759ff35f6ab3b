"""The diagnostics record beside a saved text report, and the record's "what the client saw" lines.

* :func:`save_record_beside` — *Save report…* writes the text report and, beside it, the machine-readable
  record (``report.txt`` + ``report.json``, diagnostics.py); the record passes the run's Redactor.
* :func:`observed_lines` — the record's ``observed`` part in the text report. Texts: context "Replay".
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Replay", "text")


def record_path(text_path: str | Path) -> Path:
    """Where the record of a text report goes: the same name with ``.json``."""
    path = Path(text_path)
    return path.with_suffix(".json") if path.suffix.lower() != ".json" else path.with_name(path.name + ".report.json")


def save_record_beside(text_path: str | Path, record: dict) -> tuple[bool, str]:
    """Write ``record`` beside the saved text report; (written, status text)."""
    from swyxon_desktop.checks import record as diagnostics

    path = record_path(text_path)
    try:
        diagnostics.write_record(path, record)
    except OSError as exc:
        return False, QCoreApplication.translate("Replay", "The report was saved to {0}, but its data part could "
                                                           "not be written to {1}: {2}").format(
            text_path, path, exc.strerror or str(exc))
    return True, QCoreApplication.translate("Replay", "Report saved to {0} (data for a replica: {1}).").format(
        text_path, path.name)


def observed_lines(record: dict) -> list[str]:
    """The record's ``observed`` part for the text report: what a replica would be built from."""
    seen = record.get("observed") or {}
    lines = ["", translate("Replay", "What the client saw (the data part, report.json, has the same):")]
    if seen.get("greeting"):
        lines.append("  " + translate("Replay", "Greeting: {0}").format(" / ".join(seen["greeting"])))
    for key, label in (("ehlo_before_tls", translate("Replay", "EHLO before TLS: {0}")),
                       ("ehlo_after_tls", translate("Replay", "EHLO after TLS: {0}"))):
        if seen.get(key):
            lines.append("  " + label.format(", ".join(seen[key])))
    lines.append("  " + translate("Replay", "AUTH mechanisms offered: {0}").format(
        " ".join(seen.get("auth_mechanisms") or []) or "—"))
    tls = seen.get("tls") or {}
    cert = tls.get("certificate")
    if tls:
        lines.append("  " + translate("Replay", "TLS: {0}; verified: {1}; {2}").format(
            tls.get("version") or "—", translate("Replay", "yes") if tls.get("verified") else translate("Replay", "no"),
            tls.get("verify_error") or ""))
    if cert:
        lines.append("  " + translate("Replay", "Certificate: subject {0}; issuer {1}; names {2}; valid {3} – {4}; "
                                                "SHA-256 {5}").format(
            cert.get("subject"), cert.get("issuer"), ", ".join(cert.get("sans") or []) or "—",
            cert.get("not_before"), cert.get("not_after"), cert.get("sha256")))
    return lines


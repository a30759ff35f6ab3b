"""Refresh every translation catalogue: lupdate per area, English = source, lrelease to .qm.

    .venv/bin/python tools/update_translations.py          # update all areas
    .venv/bin/python tools/update_translations.py gui      # one area

Afterwards translate what it lists as untranslated German (Qt Linguist: pyside6-linguist, or
tools/fill_ts.py with a dict) and run it again. tests/test_translations.py checks the result.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fill_ts import fill  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"

# area -> the sources whose strings it holds (each string's home is the area of the file that marks it)
AREAS: dict[str, list[str]] = {
    "bulk": ["swyxon_desktop/checks/bulk.py", "swyxon_desktop/commands/check.py", "swyxon_desktop/gui/overview/*.py"],
    "core": ["swyxon_desktop/cli.py", "swyxon_desktop/commands/profile.py", "swyxon_desktop/commands/common.py",
             "swyxon_desktop/fields.py",
             "swyxon_desktop/failures.py", "swyxon_desktop/secrets.py", "swyxon_desktop/settings.py",
             "swyxon_desktop/store.py"],
    "gui": ["swyxon_desktop/gui/app.py", "swyxon_desktop/gui/settings/main_window.py",
            "swyxon_desktop/gui/settings/about.py", "swyxon_desktop/gui/settings/form_model.py",
            "swyxon_desktop/gui/settings/profile_ops.py",
            "swyxon_desktop/gui/shared/texts.py", "ui/about.ui", "ui/main_window.ui"],
    "imap": ["swyxon_desktop/delivery/*.py", "swyxon_desktop/commands/confirm.py",
             "swyxon_desktop/gui/settings/imap_tab.py", "swyxon_desktop/gui/settings/imap_page.py",
             "swyxon_desktop/gui/checks/delivery_view.py", "ui/imap_tab.ui"],
    "installer": ["swyxon_desktop/gui/selfcheck.py"],
    "providers": ["swyxon_desktop/providers.py", "swyxon_desktop/provider_hints.py", "swyxon_desktop/detect.py",
                  "swyxon_desktop/commands/detect.py", "swyxon_desktop/gui/checks/detect_dialog.py",
                  "swyxon_desktop/gui/checks/detect_window.py"],
    "mailgui": ["swyxon_desktop/gui/shared/certificate_dialog.py", "swyxon_desktop/gui/settings/mail_actions.py",
                "swyxon_desktop/gui/checks/probe_dialog.py", "swyxon_desktop/gui/shared/report.py",
                "swyxon_desktop/gui/checks/test_mail_dialog.py", "swyxon_desktop/gui/shared/run_dialog.py",
                "swyxon_desktop/gui/shared/worker.py", "ui/probe_dialog.ui", "ui/test_mail_dialog.ui"],
    "server": ["swyxon_desktop/commands/serve.py", "swyxon_desktop/gui/server/server_window.py",
               "swyxon_desktop/testserver/*.py", "ui/server_window.ui"],
    "smtp": ["swyxon_desktop/commands/mail.py", "swyxon_desktop/smtp/*.py", "swyxon_desktop/checks/run.py",
             "swyxon_desktop/checks/stages.py", "swyxon_desktop/checks/plan.py"],
    "replay": ["swyxon_desktop/checks/record.py", "swyxon_desktop/replica.py", "swyxon_desktop/commands/replay.py",
               "swyxon_desktop/gui/server/replay.py", "swyxon_desktop/gui/shared/record.py"],
    "dns": ["swyxon_desktop/dnscheck.py", "swyxon_desktop/commands/dnscheck.py",
            "swyxon_desktop/gui/checks/dns_dialog.py"],
    "verdict": ["swyxon_desktop/verdict.py", "swyxon_desktop/commands/verdict.py",
                "swyxon_desktop/gui/checks/verdict_view.py"],
}


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).with_name(name))


def update(area: str) -> list[str]:
    sources = sorted(str(p.relative_to(ROOT)) for pattern in AREAS[area] for p in ROOT.glob(pattern))
    de, en = TS_DIR / f"{area}_de.ts", TS_DIR / f"{area}_en.ts"
    subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(de), str(en)], cwd=ROOT,
                   check=True, capture_output=True)
    fill(str(en), None)
    missing = fill(str(de), {})
    for ts in (de, en):
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                       capture_output=True)
    return missing


def main(argv: list[str]) -> int:
    missing_any = False
    for area in argv or list(AREAS):
        for source in update(area):
            missing_any = True
            print(f"untranslated ({area}_de.ts): {source}")
    return 1 if missing_any else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

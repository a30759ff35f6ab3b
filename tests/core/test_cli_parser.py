"""The command-line parser is built only for the command on the command line (start-up of `test-mail`)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from swyxon_desktop import cli


def commands(parser) -> list[str]:
    sub = next(a for a in parser._actions if a.dest == "command")
    return list(sub.choices)


ALL = ["profile", "test-mail", "probe", "serve", "check", "dns-check"]


@pytest.mark.parametrize("argv, expected", [
    (["test-mail", "--to", "a@firma.de"], ["test-mail", "probe"]),
    (["--lang", "de", "probe"], ["test-mail", "probe"]),
    (["--lang=en", "profile", "list"], ["profile"]),
    (["serve", "--help"], ["serve"]),
    (["dns-check", "--json"], ["dns-check"]),
    (["check", "--all"], ["check"]),
    # Anything but --lang/--self-check in front, an unknown command or none: the whole parser, so
    # help and error messages list every command.
    (["--help"], ALL),
    (["-h", "test-mail"], ALL),
    (["--lan", "de", "test-mail"], ALL),
    (["nope"], ALL),
    ([], ALL),
    (None, ALL),
])
def test_only_the_named_command_is_built(argv, expected):
    assert commands(cli.build_parser(argv)) == expected


def test_the_top_level_help_still_lists_every_command():
    help_text = cli.build_parser(["--help"]).format_help()
    for name in ALL:
        assert name in help_text


def test_a_test_mail_process_loads_no_other_command_module():
    code = ("import sys; from swyxon_desktop import cli; cli.build_parser(sys.argv[1:]); "
            "print(sorted(m for m in sys.modules if m.startswith('swyxon_desktop.commands.')))")
    proc = subprocess.run([sys.executable, "-c", code, "test-mail", "--to", "a@firma.de"], capture_output=True,
                          text=True, timeout=60, env={**os.environ})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "['swyxon_desktop.commands.common', 'swyxon_desktop.commands.mail']"


def _run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "swyxon_desktop", *args], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "LANGUAGE": "en", "LC_ALL": "C.UTF-8"})


def test_argparse_speaks_german_too():
    """Its own words — usage, options, the help option, its error messages — not English amid German."""
    missing = _run_cli("--lang", "de", "test-mail")
    assert missing.returncode == 2
    assert missing.stderr.startswith("Aufruf: swyxon-desktop test-mail")
    assert "swyxon-desktop test-mail: Fehler: diese Angaben fehlen: --to" in missing.stderr
    unknown = _run_cli("--lang", "de", "frobnicate")
    assert "Fehler: Argument COMMAND: ungültige Wahl: 'frobnicate'" in unknown.stderr
    helped = _run_cli("--lang", "de", "--help")
    assert helped.returncode == 0
    for english in ("usage:", "options:", "show this help message", "positional arguments"):
        assert english not in helped.stdout
    assert "Optionen:" in helped.stdout and "diese Hilfe anzeigen und beenden" in helped.stdout
    assert "die Version anzeigen und beenden" in helped.stdout


def test_argparse_keeps_its_english():
    helped = _run_cli("--lang", "en", "--help")
    assert helped.stdout.startswith("usage: swyxon-desktop") and "options:" in helped.stdout
    assert "show this help message and exit" in helped.stdout

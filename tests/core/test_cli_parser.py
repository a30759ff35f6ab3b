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


ALL = ["profile", "test-mail", "probe", "serve"]


@pytest.mark.parametrize("argv, expected", [
    (["test-mail", "--to", "a@firma.de"], ["test-mail", "probe"]),
    (["--lang", "de", "probe"], ["test-mail", "probe"]),
    (["--lang=en", "profile", "list"], ["profile"]),
    (["serve", "--help"], ["serve"]),
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

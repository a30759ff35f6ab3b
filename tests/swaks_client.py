"""swaks, the independent SMTP client the tests use for a third-party view, and whether it can do what
they ask of it.

swaks loads its TLS and AUTH support from Perl modules that Debian ships as separate packages; installed
with ``--no-install-recommends`` it starts, but every TLS or AUTH run ends in ``*** TLS not available:
requires Net::SSLeay``. ``swaks --support`` says which features it has. The ``swaks`` fixture (tests/
conftest.py) asks it once per session and stops every swaks test with one clear message naming the
missing Debian packages, instead of a failed assertion per test; tests/test_swaks_usable.py states it
as a test of its own (a failure in CI, where a skip fails the run anyway).
"""
from __future__ import annotations

import functools
import re
import shutil
import subprocess

# All of them, in the words the README and .ci/run use.
DEBIAN_PACKAGES = ("swaks", "libnet-ssleay-perl", "libio-socket-ssl-perl", "libauthen-sasl-perl",
                   "libdigest-hmac-perl")
INSTALL = "apt-get install " + " ".join(DEBIAN_PACKAGES)

# The features of `swaks --support` the tests use -> the Debian package that brings what each requires.
FEATURES = {
    "TLS": "libnet-ssleay-perl",
    "Basic AUTH": "swaks",
    "AUTH CRAM-MD5": "perl",
}

SWAKS = shutil.which("swaks") or "swaks"

_LINE = re.compile(r"^(?:===|\*\*\*)\s+(?P<name>.+?)\s+(?P<state>supported|not available)\b(?P<rest>.*)$")


def parse_support(text: str) -> dict[str, tuple[bool, str]]:
    """`swaks --support` output -> feature name -> (available, what it said)."""
    features = {}
    for line in text.splitlines():
        match = _LINE.match(line.strip())
        if match:
            features[match["name"]] = (match["state"] == "supported", line.strip())
    return features


def missing(support: dict[str, tuple[bool, str]]) -> list[str]:
    """The lines of the features the tests need that swaks lacks (a feature it does not name is lacking too)."""
    lacking = []
    for name, package in FEATURES.items():
        available, said = support.get(name, (False, f"*** {name}: not listed by swaks --support"))
        if not available:
            lacking.append(f"{said} (Debian package {package})")
    return lacking


@functools.lru_cache(maxsize=1)
def problem() -> str | None:
    """Why swaks cannot serve the tests, in one message naming the Debian packages; None when it can."""
    if shutil.which(SWAKS) is None:
        return f"swaks is not installed; the swaks tests need: {INSTALL}"
    try:
        run = subprocess.run([SWAKS, "--support"], stdin=subprocess.DEVNULL, capture_output=True, text=True,
                             timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"swaks --support did not run ({exc}); the swaks tests need: {INSTALL}"
    lacking = missing(parse_support(run.stdout + run.stderr))
    if lacking:
        return "swaks lacks what the tests use: " + "; ".join(lacking) + f". Install: {INSTALL}"
    return None

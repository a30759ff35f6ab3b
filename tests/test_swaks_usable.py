"""The independent client is usable before the swaks tests rely on it (issue 9): swaks is installed and
its `--support` lists TLS and the AUTH methods the tests use. Without them this test fails in CI with one
message naming the Debian packages, and every swaks test stops with the same message (the swaks_ready
fixture) instead of an assertion error each."""
from __future__ import annotations

import os

import pytest

from tests import swaks_client

# What swaks 20201014 prints when its Perl modules are there, and when Net::SSLeay is not.
FULL = """\
=== AUTH CRAM-MD5 supported
=== AUTH CRAM-SHA1 supported
=== AUTH DIGEST-MD5 supported
*** AUTH NTLM not available: requires Authen::NTLM
=== Basic AUTH supported
*** IPv6 not available: requires IO::Socket::INET6
=== TLS supported
"""
NO_TLS = FULL.replace("=== TLS supported", "*** TLS not available: requires Net::SSLeay")


def test_swaks_can_do_tls_and_auth():
    problem = swaks_client.problem()
    if problem and not os.environ.get("SWYXON_NO_SKIP"):
        pytest.skip(problem)
    assert problem is None, problem


def test_parse_support_reads_available_and_missing_features():
    support = swaks_client.parse_support(NO_TLS)
    assert support["Basic AUTH"][0] is True and support["AUTH CRAM-MD5"][0] is True
    assert support["TLS"] == (False, "*** TLS not available: requires Net::SSLeay")
    assert support["AUTH NTLM"][0] is False


def test_missing_names_the_debian_package_of_each_lacking_feature():
    assert swaks_client.missing(swaks_client.parse_support(FULL)) == []
    lacking = swaks_client.missing(swaks_client.parse_support(NO_TLS))
    assert lacking == ["*** TLS not available: requires Net::SSLeay (Debian package libnet-ssleay-perl)"]
    # a swaks that does not mention a feature at all lacks it too
    assert len(swaks_client.missing({})) == len(swaks_client.FEATURES)


def test_the_install_line_is_the_one_ci_and_the_readme_use():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for name in (".ci/run", ".github/workflows/ci.yml"):
        with open(os.path.join(root, name), encoding="utf-8") as f:
            text = f.read()
        for package in swaks_client.DEBIAN_PACKAGES:
            assert f" {package} " in text.replace("\\\n", " ").replace("\n", " "), (name, package)
    with open(os.path.join(root, "README.md"), encoding="utf-8") as f:
        assert swaks_client.INSTALL in f.read().replace("\n", " ")

"""Fetching config-v1.1.xml over a real loopback HTTPS server (trustme): HTTPS only, verified, bounded."""
from __future__ import annotations

import pytest

from swyxon_desktop import detect
from tests.detect.test_parse import GOOD

pytestmark = pytest.mark.network

PATH = "/mail/config-v1.1.xml"


def _fetch(https, detect_ca, url, ca=True):
    return detect.fetch_autoconfig(url, dns_=None, ca_file=str(detect_ca / "ca.pem") if ca else "", timeout_s=5,
                                   https_port=https.port)


def test_good_file_is_fetched_without_credentials(https, detect_ca):
    https.routes[("localhost", PATH)] = (200, {"Content-Type": "application/xml"}, GOOD)
    assert _fetch(https, detect_ca, f"https://localhost{PATH}") == GOOD
    (req,) = https.requests
    assert req.path == PATH  # the address is not sent
    assert not {"authorization", "cookie", "proxy-authorization"} & {h.lower() for h in req.headers}
    assert req.headers["User-Agent"].startswith("SwyxON-Desktop/")


def test_certificate_is_verified(https, detect_ca):
    https.routes[("localhost", PATH)] = (200, {}, GOOD)
    with pytest.raises(detect._FetchError) as info:
        _fetch(https, detect_ca, f"https://localhost{PATH}", ca=False)  # the trustme CA is not trusted
    assert info.value.status == detect.FAILED and "certificate" in info.value.detail.lower()
    assert https.requests == []  # nothing was asked over an unverified connection


def test_huge_file_is_refused(https, detect_ca):
    huge = b"<clientConfig>" + b" " * (detect.MAX_XML_BYTES + 10) + b"</clientConfig>"
    https.routes[("localhost", PATH)] = (200, {}, huge)
    with pytest.raises(detect._FetchError) as info:
        _fetch(https, detect_ca, f"https://localhost{PATH}")
    assert info.value.status == detect.TOO_LARGE
    # Without a Content-Length (the body ends with the connection) it is cut at the limit, too.
    https.routes[("localhost", "/unbounded")] = (200, {"Content-Length": None}, huge)
    with pytest.raises(detect._FetchError) as info:
        _fetch(https, detect_ca, "https://localhost/unbounded")
    assert info.value.status == detect.TOO_LARGE


def test_redirect_to_http_is_refused_and_https_followed(https, detect_ca):
    https.routes[("localhost", PATH)] = (302, {"Location": "http://localhost/plain.xml"}, b"")
    with pytest.raises(detect._FetchError) as info:
        _fetch(https, detect_ca, f"https://localhost{PATH}")
    assert info.value.status == detect.REFUSED and info.value.args_ == ("http://localhost/plain.xml",)
    assert [r.path for r in https.requests] == [PATH]  # never asked over http
    https.routes[("localhost", "/a")] = (301, {"Location": "/b"}, b"")
    https.routes[("localhost", "/b")] = (200, {}, GOOD)
    assert _fetch(https, detect_ca, "https://localhost/a") == GOOD


def test_redirect_loop_ends(https, detect_ca):
    https.routes[("localhost", "/loop")] = (302, {"Location": "/loop"}, b"")
    with pytest.raises(detect._FetchError) as info:
        _fetch(https, detect_ca, "https://localhost/loop")
    assert info.value.detail == detect.MSG_TOO_MANY_REDIRECTS
    assert len(https.requests) == detect.MAX_REDIRECTS + 1


def test_not_found_is_nothing_there(https, detect_ca):
    with pytest.raises(detect._FetchError) as info:
        _fetch(https, detect_ca, f"https://localhost{PATH}")
    assert info.value.status == detect.NONE

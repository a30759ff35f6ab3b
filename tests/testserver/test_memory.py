"""The server lets go of a STARTTLS connection's TLS objects when it ends (issue 14, PERFORMANCE.md):
not only when the cyclic garbage collector runs — until then each kept asyncio's 256 KB read buffer
and the SSL object, and a burst of concurrent TLS clients left the server at ~2-3x the memory of the
same load without TLS."""
from __future__ import annotations

import asyncio.sslproto
import gc
import ssl

from .helpers import connect

MESSAGE = b"From: a@firma.de\r\nTo: b@example.org\r\nSubject: Test\r\n\r\nHallo Welt\r\n"


def _tls_objects() -> list[str]:
    kinds = (asyncio.sslproto.SSLProtocol, ssl.SSLObject)  # the read buffer; OpenSSL's connection state
    return [type(o).__name__ for o in gc.get_objects() if isinstance(o, kinds)]


def test_closed_starttls_sessions_leave_no_tls_objects_behind_without_a_gc_run(serve):
    server = serve(tls="starttls")
    gc.collect()
    gc.disable()  # what is freed now is freed by reference counting, as the connection ends
    try:
        for _ in range(5):
            client = connect(server)
            client.sendmail("a@firma.de", ["b@example.org"], MESSAGE)
            client.quit()
        server.wait_for_sessions_closed(5)
        server.wait_until(lambda: not server._active)
        left = _tls_objects()
    finally:
        gc.enable()
    assert left == [], f"TLS objects of closed sessions still alive: {left}"
    assert [s.tls for s in server.sessions] == [True] * 5 and len(server.received) == 5

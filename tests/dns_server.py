"""A loopback authoritative DNS server for tests (dnspython), UDP and TCP, in a thread.

Zones are plain data: owner name -> {record type -> [rdata in zone-file text]}::

    from tests.dns_server import DnsServer, BLACKHOLE, SERVFAIL

    with DnsServer({
        "firma.de": {"MX": ["10 mx.firma.de."], "TXT": ["v=spf1 ip4:192.0.2.10 -all"]},
        "_dmarc.firma.de": {"TXT": ["v=DMARC1; p=reject"]},
        "mx.firma.de": {"A": ["192.0.2.25"], "AAAA": ["2001:db8::25"]},
        "www.firma.de": {"CNAME": ["mx.firma.de."]},
        "_submission._tcp.firma.de": {"SRV": ["0 1 587 mail.firma.de."]},
        "192.0.2.25": {"PTR": ["mx.firma.de."]},   # an IP as owner = its reverse name
        "dead.firma.de": BLACKHOLE,                 # never answered (per name)
        "broken.firma.de": SERVFAIL,                # SERVFAIL (per name)
    }) as ns:
        ns.address      # ("127.0.0.1", port) — give it to a resolver: nameservers=[ns.host], port=ns.port
        ns.nameserver   # "127.0.0.1:port" (the form ``--nameserver`` takes)
        ns.queries      # [(name, type), …] every question received, in order
        ns.zones["new.firma.de"] = {"A": ["192.0.2.99"]}   # change data while it runs

Names are absolute whether or not they end in a dot and are matched case-insensitively. Answers:

* records of the asked type (AA set); a CNAME at the name is returned (and followed inside the data)
  for any other type;
* NODATA (NOERROR, empty answer, SOA in authority) when the name, or a name below it, exists but
  has no record of that type;
* NXDOMAIN when neither exists;
* a TXT rdata longer than 255 bytes is split into strings as a real zone would; a UDP answer
  larger than the client's limit (512 or its EDNS size) comes back truncated (TC), so the client
  retries over TCP, which this server also serves.

``mode`` sets the whole server: ``"answer"`` (default), ``BLACKHOLE`` (reads every question and
never answers — UDP and TCP), ``SERVFAIL`` (every answer is SERVFAIL). A name whose value is
``BLACKHOLE`` or ``SERVFAIL`` behaves so for every type; ``{"TXT": SERVFAIL}`` for one type.

``host`` may be ``"::1"`` for an IPv6 loopback server. Nothing but loopback is ever bound.

The pytest fixture ``dns_server`` (import it into a conftest: ``from tests.dns_server import
dns_server  # noqa: F401``) is a factory: ``ns = dns_server({...}, mode=...)``; servers stop at the end
of the test.
"""
from __future__ import annotations

import ipaddress
import socket
import socketserver
import struct
import threading
from collections.abc import Mapping
from typing import Any

import dns.exception
import dns.flags
import dns.message
import dns.name
import dns.rcode
import dns.rdata
import dns.rdataclass
import dns.rdatatype
import dns.reversename
import dns.rrset

BLACKHOLE = "blackhole"
SERVFAIL = "servfail"
ANSWER = "answer"
_MODES = (ANSWER, BLACKHOLE, SERVFAIL)
_LOOPBACK = ("127.0.0.1", "::1")


def _owner(name: str) -> dns.name.Name:
    """An owner key as a DNS name: an IP address becomes its reverse (in-addr.arpa / ip6.arpa) name."""
    try:
        return dns.reversename.from_address(str(ipaddress.ip_address(name)))
    except ValueError:
        return dns.name.from_text(name if name.endswith(".") else name + ".")


def _split_txt(text: str) -> str:
    """A TXT value in zone-file form: quoted strings of at most 255 bytes (an already quoted value is kept)."""
    if text.startswith('"'):
        return text
    raw = text.encode()
    parts = [raw[i:i + 255] for i in range(0, len(raw), 255)] or [b""]
    return " ".join('"' + p.decode("latin-1").replace("\\", "\\\\").replace('"', '\\"') + '"' for p in parts)


class DnsServer:
    """An authoritative DNS server on loopback for tests. See the module docstring."""

    def __init__(self, zones: Mapping[str, Any] | None = None, *, mode: str = ANSWER,
                 host: str = "127.0.0.1", ttl: int = 300) -> None:
        if mode not in _MODES:
            raise ValueError(f"mode must be one of {_MODES}")
        if host not in _LOOPBACK:
            raise ValueError("the test DNS server binds loopback only")
        self.zones: dict[str, Any] = dict(zones or {})
        self.mode = mode
        self.host = host
        self.ttl = ttl
        self.queries: list[tuple[str, str]] = []
        self.port = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._servers: list[socketserver.BaseServer] = []
        self._threads: list[threading.Thread] = []

    # --- public -----------------------------------------------------------------------------------
    @property
    def address(self) -> tuple[str, int]:
        return (self.host, self.port)

    @property
    def nameserver(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"

    def resolver(self, timeout: float = 2.0):
        """A dnspython resolver that asks this server only (never the system's)."""
        import dns.resolver

        res = dns.resolver.Resolver(configure=False)
        res.nameservers = [self.host]
        res.port = self.port
        res.timeout = res.lifetime = timeout
        return res

    def start(self) -> DnsServer:
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        owner = self

        class Udp(socketserver.ThreadingUDPServer):
            address_family = family
            daemon_threads = True
            allow_reuse_address = False

        class Tcp(socketserver.ThreadingTCPServer):
            address_family = family
            daemon_threads = True
            allow_reuse_address = True
            block_on_close = False

        class UdpHandler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                data, sock = self.request
                wire = owner._respond(data, udp=True)
                if wire is not None:
                    sock.sendto(wire, self.client_address)

        class TcpHandler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                conn = self.request
                conn.settimeout(0.5)
                while not owner._stop.is_set():
                    try:
                        head = _recv_exact(conn, 2)
                        if head is None:
                            return
                        data = _recv_exact(conn, struct.unpack("!H", head)[0])
                        if data is None:
                            return
                    except socket.timeout:
                        continue
                    except OSError:
                        return
                    wire = owner._respond(data, udp=False)
                    if wire is None:  # black hole: hold the connection, say nothing
                        owner._stop.wait()
                        return
                    try:
                        conn.sendall(struct.pack("!H", len(wire)) + wire)
                    except OSError:
                        return

        for _ in range(20):  # UDP and TCP on one free port
            udp = Udp((self.host, 0), UdpHandler)
            port = udp.server_address[1]
            try:
                tcp = Tcp((self.host, port), TcpHandler)
            except OSError:
                udp.server_close()
                continue
            break
        else:  # pragma: no cover - the machine has no free port pair
            raise OSError("no free port for the test DNS server")
        self.port = port
        self._servers = [udp, tcp]
        for srv in self._servers:
            t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05},
                                 name=f"test-dns-{type(srv).__name__}", daemon=True)
            t.start()
            self._threads.append(t)
        return self

    def stop(self) -> None:
        self._stop.set()
        for srv in self._servers:
            srv.shutdown()
            srv.server_close()
        for t in self._threads:
            t.join(5)
        self._servers, self._threads = [], []

    def __enter__(self) -> DnsServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- answering --------------------------------------------------------------------------------
    def _lookup(self) -> dict[dns.name.Name, Any]:
        with self._lock:
            return {_owner(k): v for k, v in dict(self.zones).items()}

    def _respond(self, data: bytes, *, udp: bool) -> bytes | None:
        try:
            query = dns.message.from_wire(data)
        except dns.exception.DNSException:
            return None
        if not query.question:
            return None
        q = query.question[0]
        with self._lock:
            self.queries.append((q.name.to_text(omit_final_dot=True).lower(), dns.rdatatype.to_text(q.rdtype)))
        if self.mode == BLACKHOLE:
            return None
        response = dns.message.make_response(query)
        response.flags |= dns.flags.AA
        response.flags &= ~dns.flags.RA
        if self.mode == SERVFAIL:
            response.set_rcode(dns.rcode.SERVFAIL)
            return response.to_wire()
        zones = self._lookup()
        outcome = self._answer(zones, q.name, q.rdtype, response, depth=0)
        if outcome == BLACKHOLE:
            return None
        limit = 65535
        if udp:
            limit = max(512, query.payload) if query.edns >= 0 else 512
        try:
            return response.to_wire(max_size=limit)
        except dns.exception.TooBig:
            small = dns.message.make_response(query)
            small.flags |= dns.flags.AA | dns.flags.TC
            return small.to_wire()

    def _answer(self, zones: dict, qname: dns.name.Name, rdtype: int, response: dns.message.Message,
                depth: int) -> str | None:
        entry = zones.get(qname)
        typename = dns.rdatatype.to_text(rdtype)
        if entry in (BLACKHOLE, SERVFAIL):
            if entry == SERVFAIL:
                response.set_rcode(dns.rcode.SERVFAIL)
            return entry
        if entry is None:
            if depth == 0 and not any(n.is_subdomain(qname) for n in zones):
                response.set_rcode(dns.rcode.NXDOMAIN)
            self._soa(response, qname)
            return None
        values = entry.get(typename)
        if values in (BLACKHOLE, SERVFAIL):
            if values == SERVFAIL:
                response.set_rcode(dns.rcode.SERVFAIL)
            return values
        if values is None and "CNAME" in entry and rdtype != dns.rdatatype.CNAME:
            target = dns.name.from_text(entry["CNAME"][0] if isinstance(entry["CNAME"], list) else entry["CNAME"])
            response.answer.append(self._rrset(qname, "CNAME", [target.to_text()]))
            if depth < 8 and target in zones:
                return self._answer(zones, target, rdtype, response, depth + 1)
            return None
        if not values:
            self._soa(response, qname)
            return None
        if isinstance(values, str):
            values = [values]
        response.answer.append(self._rrset(qname, typename, list(values)))
        return None

    def _rrset(self, name: dns.name.Name, typename: str, values: list[str]) -> dns.rrset.RRset:
        if typename == "TXT":
            values = [_split_txt(v) for v in values]
        return dns.rrset.from_text_list(name, self.ttl, "IN", typename, values)

    def _soa(self, response: dns.message.Message, qname: dns.name.Name) -> None:
        zone = qname.parent() if len(qname) > 2 else qname
        response.authority.append(dns.rrset.from_text(
            zone, self.ttl, "IN", "SOA", f"ns.{zone} hostmaster.{zone} 1 3600 600 86400 {self.ttl}"))


def _recv_exact(conn: socket.socket, n: int) -> bytes | None:
    buf = b""
    while len(buf) < n:
        chunk = conn.recv(n - len(buf))
        if not chunk:
            return None
        buf += chunk
    return buf


try:  # the fixture, for conftests that import it; the module works without pytest too
    import pytest
except ImportError:  # pragma: no cover
    pytest = None  # type: ignore[assignment]

if pytest is not None:
    @pytest.fixture
    def dns_server():
        """Factory: ``ns = dns_server(zones, mode=..., host=...)`` starts a DnsServer; all stop after the test."""
        started: list[DnsServer] = []

        def make(zones: Mapping[str, Any] | None = None, **kwargs: Any) -> DnsServer:
            server = DnsServer(zones, **kwargs).start()
            started.append(server)
            return server

        yield make
        for server in started:
            server.stop()

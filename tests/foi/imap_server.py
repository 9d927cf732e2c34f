"""A small IMAP4rev1 server on loopback for tests: LOGIN, EXAMINE/SELECT, UID SEARCH, UID FETCH, LOGOUT.

Enough of RFC 3501 for ``imaplib`` to read a mailbox; one mailbox, messages given as bytes with their UIDs.
"""

from __future__ import annotations

import re
import socket
import socketserver
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Mailbox:
    user: str
    password: str
    messages: dict[int, bytes] = field(default_factory=dict)  # UID -> raw message
    uidvalidity: int = 7
    logins: int = 0


def _args(text: str) -> list[str]:
    return [
        a if not a.startswith('"') else a[1:-1].replace('\\"', '"')
        for a in re.findall(r'"(?:[^"\\]|\\.)*"|\S+', text)
    ]


class _Handler(socketserver.StreamRequestHandler):
    mailbox: Mailbox

    def send(self, line: str | bytes) -> None:
        self.wfile.write(line if isinstance(line, bytes) else line.encode() + b"\r\n")

    def handle(self) -> None:
        box, authed = self.server.mailbox, False  # type: ignore[attr-defined]
        self.send("* OK [CAPABILITY IMAP4rev1] test server ready")
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            tag, _, rest = raw.decode().rstrip("\r\n").partition(" ")
            command, _, args = rest.partition(" ")
            command = command.upper()
            if command == "CAPABILITY":
                self.send("* CAPABILITY IMAP4rev1")
                self.send(f"{tag} OK CAPABILITY completed")
            elif command == "LOGIN":
                user, password = _args(args)[:2]
                authed = user == box.user and password == box.password
                box.logins += authed
                self.send(
                    f"{tag} OK LOGIN completed" if authed else f"{tag} NO [AUTHENTICATIONFAILED] invalid"
                )
            elif command in ("SELECT", "EXAMINE") and authed:
                self.send(f"* {len(box.messages)} EXISTS")
                self.send(f"* OK [UIDVALIDITY {box.uidvalidity}] UIDs valid")
                self.send(f"{tag} OK [READ-ONLY] {command} completed")
            elif command == "UID" and authed:
                self._uid(tag, args, box)
            elif command == "LOGOUT":
                self.send("* BYE logging out")
                self.send(f"{tag} OK LOGOUT completed")
                return
            else:
                self.send(f"{tag} BAD unknown or not allowed: {command}")

    def _uid(self, tag: str, args: str, box: Mailbox) -> None:
        sub, _, rest = args.partition(" ")
        uids = sorted(box.messages)
        if sub.upper() == "SEARCH":
            found = re.search(r"UID (\d+):\*", rest)
            start = int(found.group(1)) if found else 1
            hits = [u for u in uids if u >= start] or uids[-1:]  # "n:*" always includes the largest UID
            self.send("* SEARCH" + "".join(f" {u}" for u in hits))
            self.send(f"{tag} OK SEARCH completed")
        elif sub.upper() == "FETCH":
            uid = int(rest.split()[0])
            if uid in box.messages:
                data = box.messages[uid]
                seq = uids.index(uid) + 1
                self.send(
                    f"* {seq} FETCH (UID {uid} BODY[] {{{len(data)}}}".encode() + b"\r\n" + data + b")\r\n"
                )
            self.send(f"{tag} OK FETCH completed")
        else:
            self.send(f"{tag} BAD unknown UID command")


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True
    tls: ssl.SSLContext | None = None

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, address = super().get_request()
        if self.tls is not None:  # IMAP over SSL: the handshake first (a client that refuses it is dropped)
            sock = self.tls.wrap_socket(sock, server_side=True)
        return sock, address


@contextmanager
def imap_server(mailbox: Mailbox, tls: ssl.SSLContext | None = None) -> Iterator[tuple[str, int]]:
    """Serve ``mailbox`` on loopback (over SSL with ``tls``, a server context); yields (host, port)."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.mailbox = mailbox  # type: ignore[attr-defined]
    server.tls = tls
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[0], server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()

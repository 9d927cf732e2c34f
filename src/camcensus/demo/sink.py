"""A loopback SMTP server that keeps what it receives: the demo really sends its requests, to itself."""

from __future__ import annotations

import socket
from email import message_from_bytes
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller


class _Keep:
    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.count = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd API
        data = envelope.original_content or envelope.content
        message_id = (message_from_bytes(data).get("Message-ID") or f"m{self.count}").strip("<>")
        safe = "".join(c if c.isalnum() or c in "-_.@" else "_" for c in message_id)
        (self.out_dir / f"{safe}.eml").write_bytes(data)
        self.count += 1
        return "250 Message accepted for delivery"


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class LoopbackSink:
    """`with LoopbackSink(dir) as address:` runs an SMTP server on 127.0.0.1 saving each message as .eml."""

    def __init__(self, out_dir: Path) -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.handler = _Keep(out_dir)
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> str:
        self.controller.start()
        return f"127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()

"""Write a real Outlook .msg file (MS-OXMSG in an MS-CFB v3 compound file) for tests, with no Outlook.

The compound file is built by the book: 512-byte sectors, a FAT and a mini FAT, streams under 4096 bytes in
the mini stream, a directory whose siblings form a binary tree ordered as MS-CFB 2.6.4 says. The message
storage holds the string properties (UTF-16LE ``__substg1.0_XXXX001F`` streams), the property stream with
its 32-byte header, an empty named-property map and the transport headers, which carry Message-ID and
In-Reply-To like a message saved from Outlook.
"""

from __future__ import annotations

import datetime as dt
import struct
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

SECTOR, MINI, CUTOFF = 512, 64, 4096
FREE, END, FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF

# Property ids of the strings written (PidTag...): type 0x001F is PtypString (UTF-16LE).
PROPS = {
    "message_class": 0x001A,
    "subject": 0x0037,
    "sender_name": 0x0C1A,
    "sender_email": 0x0C1F,
    "transport_headers": 0x007D,
    "body": 0x1000,
    "message_id": 0x1035,
    "in_reply_to": 0x1042,
    "display_to": 0x0E04,
}


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: list[_Entry] = field(default_factory=list)
    sid: int = 0
    start: int = END
    left: int = NOSTREAM
    right: int = NOSTREAM
    child: int = NOSTREAM


def _key(entry: _Entry) -> tuple[int, str]:
    return (len(entry.name), entry.name.upper())  # MS-CFB: shorter names first, then by upper case


def _tree(entries: list[_Entry]) -> int:
    """Link siblings into a balanced binary tree; returns the root's stream id."""
    if not entries:
        return NOSTREAM
    entries = sorted(entries, key=_key)
    mid = len(entries) // 2
    root = entries[mid]
    root.left, root.right = _tree(entries[:mid]), _tree(entries[mid + 1 :])
    return root.sid


def _chain(fat: list[int], first: int, count: int) -> None:
    for i in range(count):
        fat[first + i] = first + i + 1 if i < count - 1 else END


def compound_file(root_children: list[_Entry]) -> bytes:
    root = _Entry("Root Entry", 5, children=root_children)
    order: list[_Entry] = []

    def number(e: _Entry) -> None:
        e.sid = len(order)
        order.append(e)
        for c in e.children:
            number(c)

    number(root)
    for e in order:
        e.child = _tree(e.children)
    streams = [e for e in order if e.kind == 2]
    small = [e for e in streams if len(e.data) < CUTOFF]
    large = [e for e in streams if len(e.data) >= CUTOFF]
    # the mini stream and its FAT
    mini_fat: list[int] = []
    mini = bytearray()
    for e in small:
        count = max(1, -(-len(e.data) // MINI)) if e.data else 0
        if count:
            e.start = len(mini_fat)
            mini_fat += [0] * count
            _chain(mini_fat, e.start, count)
            mini += e.data.ljust(count * MINI, b"\0")
    # regular sectors: mini stream, large streams, directory, mini FAT, then the FAT itself
    body: list[bytes] = []
    fat: list[int] = []

    def place(data: bytes) -> int:
        count = -(-len(data) // SECTOR)
        if count == 0:
            return END
        first = len(fat)
        fat.extend([0] * count)
        _chain(fat, first, count)
        body.append(data.ljust(count * SECTOR, b"\0"))
        return first

    root.start = place(bytes(mini)) if mini else END
    root.data = bytes(mini)
    for e in large:
        e.start = place(e.data)
    directory = b"".join(_dir_entry(e) for e in order)
    directory = directory.ljust(-(-len(directory) // SECTOR) * SECTOR, b"\0")
    if len(order) % 4:
        directory += b"".join(_empty_entry() for _ in range(4 - len(order) % 4))
        directory = directory[: -(-len(directory) // SECTOR) * SECTOR]
    dir_start = place(directory)
    mini_fat_bytes = struct.pack(f"<{len(mini_fat)}I", *mini_fat) if mini_fat else b""
    mini_fat_start = place(mini_fat_bytes.ljust(-(-len(mini_fat_bytes) // SECTOR) * SECTOR, b"\xff"))
    mini_fat_sectors = -(-len(mini_fat_bytes) // SECTOR)
    fat_sectors = 1
    while (len(fat) + fat_sectors) > fat_sectors * (SECTOR // 4):
        fat_sectors += 1
    fat_start = len(fat)
    fat += [FATSECT] * fat_sectors
    fat += [FREE] * (fat_sectors * (SECTOR // 4) - len(fat))
    if fat_sectors > 109:
        raise ValueError("too large for a header-only DIFAT")
    difat = list(range(fat_start, fat_start + fat_sectors)) + [FREE] * (109 - fat_sectors)
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        bytes.fromhex("D0CF11E0A1B11AE1"),
        b"\0" * 16,
        0x003E,
        0x0003,
        0xFFFE,
        9,
        6,
        b"\0" * 6,
        0,
        fat_sectors,
        dir_start,
        0,
        CUTOFF,
        mini_fat_start if mini_fat else END,
        mini_fat_sectors,
        END,
        0,
    ) + struct.pack("<109I", *difat)
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    return header + b"".join(body) + fat_bytes


def _dir_entry(e: _Entry) -> bytes:
    name = e.name.encode("utf-16-le") + b"\0\0"
    size = len(e.data) if e.kind in (2, 5) else 0
    start = e.start if (e.kind == 2 and e.data) or (e.kind == 5 and e.data) else (END if e.kind != 1 else 0)
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        name,
        len(name),
        e.kind,
        1,
        e.left,
        e.right,
        e.child,
        b"\0" * 16,
        0,
        0,
        0,
        start,
        size,
    )


def _empty_entry() -> bytes:
    return struct.pack(
        "<64sHBBIII16sIQQIQ", b"", 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM, b"\0" * 16, 0, 0, 0, 0, 0
    )


def msg_bytes(
    *,
    subject: str,
    body: str,
    sender_email: str,
    sender_name: str,
    to: str,
    message_id: str,
    in_reply_to: str | None,
    date: str,
) -> bytes:
    """An Outlook message (IPM.Note) with these headers and a plain-text body."""
    headers = (
        f"From: {sender_name} <{sender_email}>\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date}\r\n"
        f"Message-ID: {message_id}\r\n"
        + (f"In-Reply-To: {in_reply_to}\r\n" if in_reply_to else "")
        + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    values = {
        "message_class": "IPM.Note",
        "subject": subject,
        "sender_name": sender_name,
        "sender_email": sender_email,
        "transport_headers": headers,
        "body": body,
        "message_id": message_id,
        "display_to": to,
    }
    if in_reply_to:
        values["in_reply_to"] = in_reply_to
    children = []
    entries = b""
    for key, text in values.items():
        data = text.encode(
            "utf-16-le"
        )  # the stream holds no terminator; the size counts one (MS-OXMSG 2.1.3)
        tag = (PROPS[key] << 16) | 0x001F
        children.append(_Entry(f"__substg1.0_{tag:08X}", 2, data))
        entries += struct.pack("<IIII", tag, 0x6, len(data) + 2, 0)
    when = parsedate_to_datetime(date)
    filetime = int((when - dt.datetime(1601, 1, 1, tzinfo=dt.UTC)).total_seconds() * 10_000_000)
    for prop in (0x0039, 0x0E06):  # PidTagClientSubmitTime, PidTagMessageDeliveryTime (PtypTime)
        entries += struct.pack("<IIQ", (prop << 16) | 0x0040, 0x6, filetime)
    # property stream: 8 reserved, next recipient id, next attachment id, recipient count, attachment count,
    # 8 reserved (MS-OXMSG 2.4.1.1), then one 16-byte entry per property
    children.append(_Entry("__properties_version1.0", 2, struct.pack("<8xIIII8x", 0, 0, 0, 0) + entries))
    nameid = _Entry(
        "__nameid_version1.0",
        1,
        children=[
            _Entry("__substg1.0_00020102", 2),
            _Entry("__substg1.0_00030102", 2),
            _Entry("__substg1.0_00040102", 2),
        ],
    )
    children.append(nameid)
    return compound_file(children)


if __name__ == "__main__":  # write one for a look: python tests/foi/msgfile.py out.msg
    import sys

    with open(sys.argv[1], "wb") as fh:
        fh.write(
            msg_bytes(
                subject="Test",
                body="Hello",
                sender_email="foi@example.gov.uk",
                sender_name="FOI",
                to="survey@camcensus.example",
                message_id="<t@example.gov.uk>",
                in_reply_to=None,
                date="Tue, 01 Dec 2026 10:00:00 +0000",
            )
        )

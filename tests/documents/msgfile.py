"""A small Outlook .msg file (an OLE compound file holding MAPI properties), for the .msg reader's tests.

No library writes .msg files, so this builds one by the book: [MS-CFB] version 3 (512-byte sectors, a mini
stream for streams under 4096 bytes) holding the [MS-OXMSG] storages: properties, string properties as
``__substg1.0_<tag>`` streams, and an attachment storage per attachment.
"""

from __future__ import annotations

import struct

SECTOR = 512
MINI = 64
CUTOFF = 4096
FREE, END, FAT_SECTOR = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF


class _Entry:
    def __init__(self, name: str, kind: int, data: bytes = b"", children: list[_Entry] | None = None) -> None:
        self.name, self.kind, self.data, self.children = name, kind, data, children or []
        self.left = self.right = self.child = NOSTREAM
        self.start, self.index = END, 0


def _sort_key(entry: _Entry) -> tuple[int, str]:
    return (len(entry.name), entry.name.upper())


def _flatten(root: _Entry) -> list[_Entry]:
    out: list[_Entry] = []

    def visit(entry: _Entry) -> None:
        entry.index = len(out)
        out.append(entry)
        ordered = sorted(entry.children, key=_sort_key)
        for child in ordered:
            visit(child)
        if ordered:  # a degenerate (all right-leaning) binary tree of siblings, every node black
            entry.child = ordered[0].index
            for a, b in zip(ordered, ordered[1:], strict=False):
                a.right = b.index

    visit(root)
    return out


def _chain(fat: list[int], start: int, count: int) -> None:
    for i in range(count):
        fat[start + i] = start + i + 1 if i < count - 1 else END


def compound_file(root_children: list[_Entry]) -> bytes:
    root = _Entry("Root Entry", 5, children=root_children)
    entries = _flatten(root)
    mini_stream, minifat = b"", []
    big: list[_Entry] = []
    for entry in entries:
        if entry.kind != 2:
            continue
        if len(entry.data) < CUTOFF:
            if not entry.data:
                entry.start = END
                continue
            blocks = -(-len(entry.data) // MINI)
            entry.start = len(minifat)
            minifat.extend([0] * blocks)
            _chain(minifat, entry.start, blocks)
            mini_stream += entry.data.ljust(blocks * MINI, b"\0")
        else:
            big.append(entry)
    # sector layout: [FAT] [directory] [minifat] [mini stream] [big streams...]
    dir_bytes_count = -(-len(entries) * 128 // SECTOR)
    minifat_count = -(-len(minifat) * 4 // SECTOR) if minifat else 0
    mini_count = -(-len(mini_stream) // SECTOR)
    big_counts = [-(-len(e.data) // SECTOR) for e in big]
    data_sectors = dir_bytes_count + minifat_count + mini_count + sum(big_counts)
    fat_count = 1
    while fat_count * (SECTOR // 4) < data_sectors + fat_count:
        fat_count += 1
    assert fat_count <= 109
    fat = [FREE] * (fat_count * SECTOR // 4)
    for i in range(fat_count):
        fat[i] = FAT_SECTOR
    pos = fat_count
    dir_start = pos
    _chain(fat, pos, dir_bytes_count)
    pos += dir_bytes_count
    minifat_start = pos if minifat_count else END
    _chain(fat, pos, minifat_count)
    pos += minifat_count
    root.start = pos if mini_count else END
    root.data = mini_stream
    _chain(fat, pos, mini_count)
    pos += mini_count
    for entry, count in zip(big, big_counts, strict=True):
        entry.start = pos
        _chain(fat, pos, count)
        pos += count
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        b"\0" * 16,
        0x3E,
        3,
        0xFFFE,
        9,
        6,
        b"\0" * 6,
        0,
        fat_count,
        dir_start,
        0,
        CUTOFF,
        minifat_start,
        minifat_count,
        END,
        0,
    )
    difat = list(range(fat_count)) + [FREE] * (109 - fat_count)
    header += struct.pack("<109I", *difat)
    body = struct.pack(f"<{len(fat)}I", *fat)
    directory = b"".join(_dir_entry(e, len(mini_stream) if e.kind == 5 else len(e.data)) for e in entries)
    body += directory.ljust(dir_bytes_count * SECTOR, b"\0")
    body += (
        struct.pack(f"<{len(minifat)}I", *minifat).ljust(minifat_count * SECTOR, b"\xff") if minifat else b""
    )
    body += mini_stream.ljust(mini_count * SECTOR, b"\0")
    for entry, count in zip(big, big_counts, strict=True):
        body += entry.data.ljust(count * SECTOR, b"\0")
    return header + body


def _dir_entry(entry: _Entry, size: int) -> bytes:
    name = (entry.name + "\0").encode("utf-16-le")
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        name.ljust(64, b"\0"),
        len(name),
        entry.kind,
        1,
        entry.left,
        entry.right,
        entry.child,
        b"\0" * 16,
        0,
        0,
        0,
        entry.start,
        size,
    )


def _string(tag: int, value: str) -> _Entry:
    return _Entry(f"__substg1.0_{tag:04X}001F", 2, value.encode("utf-16-le"))


def _properties(header: bytes, props: list[tuple[int, int, bytes]]) -> _Entry:
    """The fixed-size property stream: (property id, type, 8-byte value or size) entries after a header."""
    rows = b"".join(
        struct.pack("<IIQ", (pid << 16) | kind, 0x6, int.from_bytes(value.ljust(8, b"\0"), "little"))
        for pid, kind, value in props
    )
    return _Entry("__properties_version1.0", 2, header + rows)


def msg_bytes(
    subject: str,
    body: str,
    sender: str,
    message_id: str,
    in_reply_to: str | None = None,
    attachments: list[tuple[str, bytes]] = (),
) -> bytes:
    strings = {
        0x001A: "IPM.Note",
        0x0037: subject,
        0x1000: body,
        0x0C1F: sender,
        0x0C1A: sender,
        0x1035: message_id,
        0x0E1D: subject,
    }
    if in_reply_to:
        strings[0x1042] = in_reply_to
    children = [_string(tag, value) for tag, value in strings.items()]
    props = [(tag, 0x001F, struct.pack("<I", (len(value) + 1) * 2)) for tag, value in strings.items()]
    header = struct.pack("<QIIIIQ", 0, 0, len(attachments), 0, len(attachments), 0)
    children.append(_properties(header, props))
    children.append(
        _Entry(
            "__nameid_version1.0",
            1,
            children=[
                _Entry("__substg1.0_00020102", 2, b""),
                _Entry("__substg1.0_00030102", 2, b""),
                _Entry("__substg1.0_00040102", 2, b""),
            ],
        )
    )
    for n, (filename, data) in enumerate(attachments):
        parts = [
            _string(0x3707, filename),
            _string(0x3704, filename[:12]),
            _Entry("__substg1.0_37010102", 2, data),
            _properties(
                b"\0" * 8,
                [
                    (0x3705, 0x0003, struct.pack("<I", 1)),
                    (0x3707, 0x001F, struct.pack("<I", (len(filename) + 1) * 2)),
                    (0x3701, 0x0102, struct.pack("<I", len(data))),
                ],
            ),
        ]
        children.append(_Entry(f"__attach_version1.0_#{n:08X}", 1, children=parts))
    return compound_file(children)

"""Files uuencoded in a message's text (``begin 644 name`` ... ``end``), as old mailers and some council
systems still attach them: each block is cut from the text and decoded into a file of its own.

A damaged line is decoded as far as its length byte says (the workaround Python's old ``uu`` module used
for encoders that pad badly); a block with no ``end`` runs to the end of the text.
"""

from __future__ import annotations

import binascii
import re

_BEGIN = re.compile(r"^begin [0-7]{3,4} +(\S[^\n]*?)\s*$", re.MULTILINE)
_END = re.compile(r"^end\s*$", re.MULTILINE)
MOST_FILES = 50


def split_uuencoded(text: str) -> tuple[str, list[tuple[str, bytes]]]:
    """The text without its uuencoded blocks, and the files they hold as (name, bytes)."""
    files: list[tuple[str, bytes]] = []
    kept: list[str] = []
    pos = 0
    while len(files) < MOST_FILES and (begin := _BEGIN.search(text, pos)) is not None:
        end = _END.search(text, begin.end())
        stop = end.start() if end else len(text)
        data = decode_block(text[begin.end() : stop])
        if data is None:  # "begin" that is no uuencoding: leave the words where they are
            kept.append(text[pos : begin.end()])
            pos = begin.end()
            continue
        kept.append(text[pos : begin.start()])
        files.append((_name(begin.group(1), len(files) + 1), data))
        pos = end.end() if end else len(text)
    kept.append(text[pos:])
    return "".join(kept), files


def decode_block(body: str) -> bytes | None:
    """The bytes of a block's lines; None when its first line is no uuencoded line."""
    out = bytearray()
    lines = [line.rstrip("\r") for line in body.strip("\n").split("\n")]
    for n, line in enumerate(lines):
        if not line or line in ("`", " "):
            continue
        try:
            out += binascii.a2b_uu(line)
        except binascii.Error:
            length = (((ord(line[0]) - 32) & 63) * 4 + 5) // 3
            try:
                out += binascii.a2b_uu(line[:length])
            except binascii.Error:
                if n == 0:
                    return None
                break
    return bytes(out) if out else None


def _name(raw: str, n: int) -> str:
    name = raw.strip().replace("\\", "/").rsplit("/", 1)[-1]
    return name or f"uuencoded-{n}"

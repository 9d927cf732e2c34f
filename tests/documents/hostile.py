"""Hostile and broken files: bombs, entity expansion, encryption, truncation, noise. Built here, quickly."""

from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib

from tests.documents import files

from camcensus.demo import render

GiB = 1024 * 1024 * 1024

LAUGHS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b"]>\n"
)


def zip_bomb(declared: int = GiB) -> bytes:
    """A valid ZIP whose one member really inflates to ``declared`` bytes of zeros (about 1 MB on disk).

    Built without compressing a gigabyte: after a full flush, deflate compresses each identical chunk of
    zeros to the same bytes, so the stream is one chunk's output repeated.
    """
    chunk_size = 1024 * 1024
    chunks = declared // chunk_size
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(b"\0" * chunk_size) + packer.flush(zlib.Z_FULL_FLUSH)
    last = packer.compress(b"\0" * chunk_size) + packer.flush(zlib.Z_FINISH)
    stream = block * (chunks - 1) + last
    crc = 0
    zeros = b"\0" * chunk_size
    for _ in range(chunks):
        crc = zlib.crc32(zeros, crc)
    return _single_member_zip(b"zeros.bin", stream, chunks * chunk_size, crc)


def _single_member_zip(name: bytes, data: bytes, size: int, crc: int) -> bytes:
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(data), size, len(name), 0) + name
    central = (
        struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            0,
            8,
            0,
            0,
            crc,
            len(data),
            size,
            len(name),
            0,
            0,
            0,
            0,
            0,
            0,
        )
        + name
    )
    offset = len(local) + len(data)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), offset, 0)
    return local + data + central + end


def billion_laughs_docx() -> bytes:
    """A Word file whose document.xml defines the billion-laughs entities and uses them."""
    original = io.BytesIO(render.docx_bytes("harmless", None))
    out = io.BytesIO()
    with zipfile.ZipFile(original) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                body = data.split(b"?>", 1)[1]
                data = LAUGHS + body.replace(b"harmless", b"&lol9;")
            target.writestr(info, data)
    return out.getvalue()


def billion_laughs_odt() -> bytes:
    original = io.BytesIO(render.odt_bytes("harmless"))
    out = io.BytesIO()
    with zipfile.ZipFile(original) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "content.xml":
                data = LAUGHS + data.split(b"?>", 1)[1].replace(b"harmless", b"&lol9;")
            target.writestr(info, data)
    return out.getvalue()


def office_bomb(member_size: int = 64 * 1024 * 1024) -> bytes:
    """An .xlsx with a worksheet padded by tens of MB of spaces: a ratio no real workbook has."""
    original = io.BytesIO(render.xlsx_bytes(files.TABLE))
    out = io.BytesIO()
    with zipfile.ZipFile(original) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<sheetData>", b"<sheetData>" + b" " * member_size, 1)
            target.writestr(info.filename, data)
    return out.getvalue()


def encrypted_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner-secret", user_password="user-secret")  # noqa: S106
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(text="Secret: 12 Hikvision cameras")
    return bytes(pdf.output())


def encrypted_zip() -> bytes:
    """A ZIP whose member is flagged as encrypted (traditional PKWARE encryption, bit 0 of the flags)."""
    data = bytearray(files.zip_bytes({"secret.csv": render.csv_bytes(files.TABLE)}))
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        pos = data.find(signature)
        data[pos + flag_offset] |= 0x01
    return bytes(data)


def encrypted_docx() -> bytes:
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = OOXMLFile(io.BytesIO(render.docx_bytes(files.TEXT, files.TABLE)))
    out = io.BytesIO()
    plain.encrypt("password", out)
    return out.getvalue()


def nested_zips(depth: int) -> bytes:
    data = render.csv_bytes(files.TABLE)
    name = "deepest.csv"
    for level in range(depth):
        data, name = files.zip_bytes({name: data}), f"level{level}.zip"
    return data


def truncated_pdf() -> bytes:
    whole = render.pdf_bytes(files.TEXT, files.TABLE)
    return whole[: len(whole) // 3]


def random_bytes(size: int = 50_000) -> bytes:
    return os.urandom(size)


_CACHE: dict[str, bytes] = {}


def hostile_set_cache() -> dict[str, bytes]:
    """``hostile_set()`` built once per test process (the bomb and the encrypted docx take a few seconds)."""
    if not _CACHE:
        _CACHE.update(hostile_set())
    return _CACHE


def hostile_set() -> dict[str, bytes]:
    return {
        "truncated.pdf": truncated_pdf(),
        "random.pdf": random_bytes(),
        "random.bin": random_bytes(),
        "empty.docx": b"",
        "encrypted.pdf": encrypted_pdf(),
        "encrypted.zip": encrypted_zip(),
        "encrypted.docx": encrypted_docx(),
        "bomb.zip": zip_bomb(),
        "laughs.docx": billion_laughs_docx(),
        "laughs.odt": billion_laughs_odt(),
        "laughs.xml": LAUGHS + b"<lolz>&lol9;</lolz>",
        "wide.xlsx": office_bomb(),
        "deep.zip": nested_zips(12),
    }

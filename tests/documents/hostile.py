"""Hostile and broken files: bombs, entity expansion, encryption, truncation, noise. Built here, quickly."""

from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib

from tests.documents import files

from camcensus.demo import render

MiB = 1024 * 1024
GiB = 1024 * MiB

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
    stream, crc = _deflated_zeros(declared)
    return _single_member_zip(b"zeros.bin", stream, declared, crc)


def _deflated_zeros(size: int) -> tuple[bytes, int]:
    """A deflate stream of ``size`` zero bytes (a whole number of MiB) and the CRC-32 of the data, made
    without compressing them all: after a full flush each identical chunk compresses to the same bytes."""
    chunk_size = 1024 * 1024
    chunks = size // chunk_size
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    zeros = b"\0" * chunk_size
    first = packer.compress(zeros) + packer.flush(zlib.Z_FULL_FLUSH)
    block = packer.compress(zeros) + packer.flush(zlib.Z_FULL_FLUSH)
    last = packer.compress(zeros) + packer.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(chunks):
        crc = zlib.crc32(zeros, crc)
    return first + block * (chunks - 2) + last, crc


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


def many_members_zip(count: int, member_size: int = MiB) -> bytes:
    """A ZIP of ``count`` different text members of ``member_size`` bytes each (about 3 KB each on disk):
    every member is under the per-member ratio limit's floor, so only the whole file's allowance stops it.
    170 members make the 540 KB ZIP of the security review."""
    filler = b"We use Hikvision cameras in car parks and leisure centres. " * (member_size // 50 + 1)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for n in range(count):
            archive.writestr(f"part-{n:04d}.txt", (b"Part %d.\n" % n + filler)[:member_size])
    return out.getvalue()


def lying_zip(claimed: int = 1024, holds: int = 8 * MiB) -> bytes:
    """A ZIP whose one member's headers claim ``claimed`` bytes (with their CRC) but whose deflate stream
    inflates to ``holds``."""
    stream, _crc = _deflated_zeros(holds)
    return _single_member_zip(b"small.txt", stream, claimed, zlib.crc32(b"\0" * claimed))


def nested_message(depth: int) -> bytes:
    """An e-mail that is nothing but another e-mail (message/rfc822 as its whole body), ``depth`` deep."""
    message = b"From: foi@council.example\r\nSubject: inner\r\n\r\nWe use 4 Hikvision cameras.\r\n"
    for level in range(depth):
        message = (
            b"From: foi@council.example\r\nTo: requester@example.org\r\nSubject: level %d\r\n"
            b"MIME-Version: 1.0\r\nContent-Type: message/rfc822\r\n\r\n" % level
        ) + message
    return message


def huge_image_pdf(width: int = 40_000, height: int = 40_000, bits: int = 8) -> bytes:
    """A one-page PDF with no text whose page is one image of ``width`` x ``height`` pixels (1 bit each,
    Flate-compressed zeros: about 200 KB for 40000 x 40000). Rendering the page for OCR decodes the image
    whole, gigabytes of it, whatever size it is drawn at."""
    row = (width * bits + 7) // 8
    size = -(-row * height // MiB) * MiB  # whole MiB of zeros; PDFium reads the rows it needs
    raw, _crc = _deflated_zeros(size)
    adler = 1
    zeros = b"\0" * MiB
    for _ in range(size // MiB):
        adler = zlib.adler32(zeros, adler)
    stream = b"\x78\xda" + raw + adler.to_bytes(4, "big")
    image = (
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent %d /Filter /FlateDecode /Length %d >>\nstream\n"
        % (width, height, bits, len(stream))
        + stream
        + b"\nendstream"
    )
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
            image,
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        ]
    )


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


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
        "many.zip": many_members_zip(170),
        "huge-image.pdf": huge_image_pdf(),
        "deep.eml": nested_message(200),
    }

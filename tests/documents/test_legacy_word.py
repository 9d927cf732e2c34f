"""Legacy Word (.doc) read with Debian's antiword, catdoc when antiword refuses, alone and inside TNEF."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import require_tool
from tests.foi.arriving_mail import tnef_reply, winmail_dat

from camcensus.documents import worddoc
from camcensus.documents.reader import read_bytes
from camcensus.evidence.files import read_file

DOC = (Path(__file__).parent / "data" / "reply.doc").read_bytes()


def _texts(doc) -> list[str]:
    return [s.text for s in doc.segments]


def test_a_word_97_reply_is_read_and_its_evidence_extracted(tmp_path: Path) -> None:
    require_tool("antiword", "antiword is not installed (Debian package antiword)")
    doc = read_bytes(DOC, "FOI-2026-0412 response.doc")
    assert doc.format == "doc" and doc.error is None
    assert any(t.endswith("The council operates 63 CCTV cameras.") for t in _texts(doc))
    assert doc.segments[0].location == "paragraph 1"
    (tmp_path / "reply.doc").write_bytes(DOC)
    reading = read_file(tmp_path / "reply.doc").as_dict()
    assert (reading["hikvision"], reading["dahua"], reading["camera_count"]) == ("yes", "no", 63)


def test_catdoc_reads_what_antiword_cannot(monkeypatch: pytest.MonkeyPatch) -> None:
    require_tool("catdoc", "catdoc is not installed (Debian package catdoc)")
    real = worddoc.tool
    monkeypatch.setattr(worddoc, "tool", lambda name: None if name == "antiword" else real(name))
    doc = read_bytes(DOC, "reply.doc")
    assert doc.error is None
    assert any("21 of the cameras are Hikvision DS-2CD2143G2-I units." in t for t in _texts(doc))


def test_a_doc_inside_winmail_dat_is_flattened_and_read() -> None:
    require_tool("antiword", "antiword is not installed (Debian package antiword)")
    mail = tnef_reply(
        "office@ysgolbryn.example.sch.uk",
        "<req-1@camcensus.example>",
        winmail_dat("See attached.", [("answer.doc", DOC)]),
    )
    doc = read_bytes(mail, "reply.eml")
    winmail = next(c for c in doc.children if c.filename == "winmail.dat")
    inner = next(c for c in winmail.children if c.filename == "answer.doc")
    assert inner.format == "doc" and inner.error is None
    assert any(t.endswith("The council operates 63 CCTV cameras.") for t in _texts(inner))


def test_a_damaged_doc_is_refused_with_each_tools_reason() -> None:
    require_tool("antiword", "antiword is not installed (Debian package antiword)")
    doc = read_bytes(DOC[:600], "broken.doc")
    assert doc.error is not None and "legacy Word document not read" in doc.error
    assert "antiword" in doc.error and doc.segments == []

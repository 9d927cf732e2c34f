from __future__ import annotations

import email
import io
import json
from email import policy
from pathlib import Path

import pypdfium2
from python_calamine import CalamineWorkbook

from camcensus.demo.corpus import RequestInfo, example_requests, write_corpus
from camcensus.demo.scenarios import SYNTHETIC


def _requests(n: int) -> list[RequestInfo]:
    return example_requests(n, "CC-DEMO")


def test_corpus_is_labelled_varied_and_marked_synthetic(tmp_path: Path) -> None:
    labels = write_corpus(_requests(70), tmp_path)
    rows = [json.loads(line) for line in (tmp_path / "labels.jsonl").open()]
    assert rows == labels and 50 <= len(rows) < 70  # some bodies never reply
    assert {"pdf", "docx", "odt", "xlsx", "csv", "html", "eml"} <= {r["format"] for r in rows}
    assert {"yes", "no", "unknown"} <= {r["hikvision"] for r in rows}
    assert {"answered", "refused", "not_held", "partially_answered"} <= {r["outcome"] for r in rows}
    assert {"thread", "reference", "domain"} == {r["matched_by"] for r in rows}
    for row in rows:
        message = email.message_from_bytes((tmp_path / row["path"]).read_bytes(), policy=policy.default)
        assert SYNTHETIC in message.get_body(("plain",)).get_content()
        assert (
            message["Message-ID"]
            == f"<reply-{row['reference'].lower()}@{message['From'].addresses[0].domain}>"
        )
        assert (message["In-Reply-To"] is not None) == (row["matched_by"] == "thread")
        for part in message.iter_attachments():
            data = part.get_content()
            if part.get_filename().endswith(".pdf") and "scanned" not in part.get_filename():
                text = pypdfium2.PdfDocument(data)[0].get_textpage().get_text_range()
                assert "SYNTHETIC DEMO DATA" in text
            if part.get_filename().endswith(".xlsx"):
                sheets = CalamineWorkbook.from_filelike(io.BytesIO(data)).sheet_names
                assert sheets == ["CCTV cameras", "Notes"]


def test_police_refuse_and_scottish_refusals_cite_foisa(tmp_path: Path) -> None:
    rows = write_corpus(_requests(70), tmp_path)
    reqs = {r.reference: r for r in _requests(70)}
    for row in rows:
        request = reqs[row["reference"]]
        if row["scenario"] == "foisa_s35":
            assert request.nation == "scotland" and request.body_type == "police"
        if row["scenario"] == "welsh_dahua":
            assert request.nation == "wales"


def test_rewriting_the_corpus_gives_the_same_messages(tmp_path: Path) -> None:
    first = write_corpus(_requests(20), tmp_path / "a")
    second = write_corpus(_requests(20), tmp_path / "b")
    assert first == second

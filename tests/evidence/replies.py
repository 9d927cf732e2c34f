"""The labelled reply corpus: cases in ``corpus/cases.yaml`` rendered to the formats replies arrive in.

Each case is the text an FOI officer wrote (and, where the answer is a table, its rows), the format it
arrives in, and the labels a careful reader would record. ``render_corpus(folder)`` writes one file per case
and ``labels.jsonl``, the folder ``camcensus eval`` scores. To look at the corpus by hand:

    /work/venv/bin/python tests/evidence/replies.py OUT_DIR      # then: camcensus eval OUT_DIR --misses

Formats: ``txt``, ``eml`` (answer in the body), ``eml+FMT`` (a covering e-mail with the answer attached as
FMT), ``pdf``, ``scan`` (an image-only PDF put through a scanner, needs OCR), ``docx``, ``odt``, ``html``,
``xlsx``, ``ods``, ``csv``. All but ``txt`` and ``eml`` need ``camcensus.documents.reader``; ``scan`` also
needs tesseract.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import textwrap
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from camcensus.demo import render
from camcensus.demo.corpus import MEDIA
from camcensus.demo.scenarios import SYNTHETIC

CASES_FILE = Path(__file__).parent / "corpus" / "cases.yaml"
LABEL_FIELDS = ("hikvision", "dahua", "outcome", "exemptions", "camera_count")
PLAIN_FORMATS = {"txt", "eml", "eml+txt"}

ACTS = {
    "foia": "Freedom of Information Act 2000",
    "foisa": "Freedom of Information (Scotland) Act 2002",
    "eir": "Environmental Information Regulations 2004",
}
REQUEST = (
    "Dear FOI Officer,\n\n"
    "Under the {act}, please provide the following information:\n"
    "1. How many CCTV cameras does your organisation operate?\n"
    "2. Who manufactures the cameras? In particular, are any of them made by Hikvision or Dahua, "
    "including their sub-brands (HiLook, HiWatch, EZVIZ, Imou)?\n"
    "3. Do any of the cameras have facial recognition, ANPR or audio recording capability, and is it used?\n"
    "4. Has a Data Protection Impact Assessment been completed for the CCTV system?\n\n"
    "Yours faithfully,\nSurvey Team"
)
RIGHTS = {
    "foia": (
        "If you are dissatisfied with the handling of your request, you have the right to ask for an "
        "internal review. Internal review requests should be submitted within 40 working days of the date "
        "of this response. If you are not content with the outcome of the internal review, you have the "
        "right to apply directly to the Information Commissioner's Office, Wycliffe House, Water Lane, "
        "Wilmslow, Cheshire SK9 5AF.\n\n"
        "The information supplied to you is subject to copyright and may be re-used under the terms of the "
        "Open Government Licence."
    ),
    "foisa": (
        "If you are unhappy with the way we have handled your request, you may ask us to carry out an "
        "internal review within 40 working days of receiving this response. If you remain dissatisfied "
        "after the review, you have the right to apply to the Scottish Information Commissioner for a "
        "decision (www.itspublicknowledge.info/appeal)."
    ),
    "eir": (
        "If you are unhappy with this response you may request an internal review under regulation 11 within "
        "40 working days. You may then complain to the Information Commissioner."
    ),
}
RIGHTS_WELSH = (
    "Os ydych yn anfodlon â'r ymateb hwn, gallwch ofyn am adolygiad mewnol. "
    "If you are dissatisfied with this response, you may ask for an internal review, and then complain to "
    "the Information Commissioner."
)
OFFICERS = [
    ("Information Governance Officer", "Kind regards"),
    ("Freedom of Information Co-ordinator", "Yours sincerely"),
    ("Information Rights Team", "Regards"),
    ("FOI and Data Protection Officer", "Many thanks"),
]


@dataclass
class Case:
    id: str
    format: str
    labels: dict[str, Any]
    text: str = ""
    body: str = "Example Body"
    law: str = "foia"
    frame: str = "letter"  # letter | short (no rights paragraph, as on a scanned slip) | none
    quote: str = "outlook"  # how an e-mail carries the request: outlook | gt | none
    cover: str | None = None  # covering e-mail text when the answer is attached
    table: list[list[str]] | None = None
    title: list[str] = field(default_factory=list)  # spreadsheet rows above the table
    welsh: bool = False
    wrap: int | None = None  # hard-wrap the letter at this width, as many mail clients send it
    tags: list[str] = field(default_factory=list)
    note: str = ""

    @property
    def needs_reader(self) -> bool:
        return self.format not in PLAIN_FORMATS

    @property
    def needs_ocr(self) -> bool:
        return self.format.endswith("scan")

    @property
    def number(self) -> int:
        """A number for the letter (reference, dates, officer) that stays put when cases are added."""
        return zlib.crc32(self.id.encode()) % 1000

    @property
    def filename(self) -> str:
        suffix = {"scan": "pdf", "eml": "eml", "txt": "txt"}.get(self.format, self.format)
        return f"{self.id}.{'eml' if self.format.startswith('eml') else suffix}"


def load_cases(path: Path = CASES_FILE) -> list[Case]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    cases = []
    for i, entry in enumerate(raw):
        try:
            case = Case(**entry)
        except TypeError as exc:
            raise ValueError(f"{path}: case {i + 1} ({entry.get('id')}): {exc}") from exc
        missing = [f for f in LABEL_FIELDS if f not in case.labels]
        if missing:
            raise ValueError(f"{path}: case {case.id}: labels lack {missing}")
        cases.append(case)
    ids = [c.id for c in cases]
    if len(ids) != len(set(ids)):
        raise ValueError(f"{path}: duplicate case ids")
    return cases


def _table_text(table: list[list[str]] | None) -> str:
    return "\n".join("\t".join(row) for row in table or [])


def letter(case: Case) -> str:
    """The reply as the officer sent it: letterhead, the answer, the rights paragraph, the sign-off."""
    text = _letter(case)
    if case.wrap:
        text = "\n".join(textwrap.fill(line, case.wrap) if line else "" for line in text.split("\n"))
    return text


def _letter(case: Case) -> str:
    if case.frame == "none":
        return f"{SYNTHETIC}\n\n{case.text.strip()}\n"
    number = case.number
    role, sign_off = OFFICERS[number % len(OFFICERS)]
    received = dt.date(2025, 1, 6) + dt.timedelta(days=number % 40)
    rights = "" if case.frame == "short" else (RIGHTS_WELSH if case.welsh else RIGHTS[case.law]) + "\n\n"
    opening = (
        f"Thank you for your request for information received on {received:%d %B %Y}, which has been "
        f"dealt with under the {ACTS[case.law]}."
    )
    if case.welsh:
        opening = "Diolch am eich cais am wybodaeth o dan Ddeddf Rhyddid Gwybodaeth 2000.\n" + opening
    return (
        f"{SYNTHETIC}\n\n{case.body}\nInformation Governance\n\nOur ref: FOI-{2025000 + number}\n"
        f"Date: {received + dt.timedelta(days=18):%d %B %Y}\n\nDear Requester,\n\n"
        f"Freedom of Information request - CCTV\n\n{opening}\n\n{case.text.strip()}\n\n{rights}"
        f"{sign_off},\n\n{role}\n{case.body}\n"
    )


def _quoted_request(case: Case) -> str:
    request = REQUEST.format(act=ACTS[case.law])
    if case.quote == "none":
        return ""
    if case.quote == "gt":
        return "\n\nOn 6 January 2025, Survey Team wrote:\n" + "\n".join(
            "> " + line for line in request.splitlines()
        )
    return (
        "\n\n-----Original Message-----\nFrom: Survey Team <survey@camcensus.example>\n"
        "Sent: 06 January 2025 09:14\nTo: FOI <foi@body.example>\n"
        "Subject: Freedom of Information request - CCTV cameras\n\n" + request
    )


def _document(case: Case, fmt: str, text: str) -> bytes:
    table = case.table
    rows = [[t] for t in case.title] + (table or [])
    builders = {
        "txt": lambda: (text + ("\n" + _table_text(table) if table else "")).encode("utf-8"),
        "pdf": lambda: render.pdf_bytes(text, table),
        "scan": lambda: render.scanned_pdf_bytes(
            text + ("\n\n" + "\n".join("   ".join(r) for r in table) if table else ""), noise=True
        ),
        "docx": lambda: render.docx_bytes(text, table),
        "odt": lambda: render.odt_bytes(text, table),
        "html": lambda: render.html_bytes(text, table),
        "xlsx": lambda: render.xlsx_bytes(rows or [[line] for line in text.splitlines()]),
        "ods": lambda: render.ods_bytes(rows or [[line] for line in text.splitlines()]),
        "csv": lambda: render.csv_bytes(rows or [[line] for line in text.splitlines()]),
    }
    if fmt not in builders:
        raise ValueError(f"case {case.id}: unknown format {fmt!r}")
    return builders[fmt]()


def render_case(case: Case, folder: Path) -> Path:
    path = folder / case.filename
    number = case.number
    text = letter(case)
    if not case.format.startswith("eml"):
        spreadsheet = case.format in ("xlsx", "ods", "csv")
        path.write_bytes(_document(case, case.format, text if not spreadsheet or not case.table else ""))
        return path
    attachments = []
    if case.format == "eml":
        body = text + ("\n" + _table_text(case.table) if case.table else "") + _quoted_request(case)
    else:
        fmt = case.format.split("+", 1)[1]
        data = _document(case, fmt, text)
        suffix = "pdf" if fmt == "scan" else fmt
        media = MEDIA.get(fmt, "text/plain")
        attachments.append((f"FOI-{2025000 + number}-response.{suffix}", data, media))
        cover = case.cover or "Please find attached our response to your Freedom of Information request."
        body = f"{SYNTHETIC}\n\nDear Requester,\n\n{cover.strip()}\n\nKind regards,\n\nFOI Team\n{case.body}"
        body += _quoted_request(case)
    path.write_bytes(
        render.email_bytes(
            sender=f"FOI Team <foi@{case.id}.example>",
            to="survey@camcensus.example",
            subject="RE: Freedom of Information request - CCTV cameras",
            body=body,
            date=dt.datetime(2025, 2, 3, 10, 30, tzinfo=dt.UTC) + dt.timedelta(days=number),
            attachments=attachments,
            message_id=f"<reply-{case.id}@corpus.example>",
        )
    )
    return path


def render_corpus(folder: Path, cases: list[Case] | None = None) -> list[dict[str, Any]]:
    """Write every case and ``labels.jsonl`` into ``folder``; returns the label rows."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for case in cases if cases is not None else load_cases():
        path = render_case(case, folder)
        rows.append({"path": path.name, "id": case.id, "format": case.format, **case.labels})
    with (folder / "labels.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")
    return rows


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: replies.py OUT_DIR")
    written = render_corpus(Path(sys.argv[1]))
    print(f"{len(written)} replies written to {sys.argv[1]}")

"""WhatDoTheyKnow exports (whole-request zip, Pro batch zip, request JSON) built as Alaveteli writes them,
imported end to end into a campaign and its statistics; hostile and broken zips refused, the rest imported."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import pytest
from alaveteli_exports import (
    ACK,
    ExportedRequest,
    Reply,
    batch_zip,
    correspondence,
    display_filename,
    request_json,
    request_zip,
    xlsx_bytes,
)
from sqlalchemy import func, select

from camcensus.documents.limits import DEFAULT_LIMITS
from camcensus.enums import BodyType, Nation
from camcensus.foi.alaveteli import ExportError, read_export
from camcensus.foi.alaveteli_import import import_exports
from camcensus.store import Store
from camcensus.store.models import (
    Body,
    BodyFact,
    Document,
    Evidence,
    Message,
    Request,
    RequestEvent,
)


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


ANSWER_DOCX = _docx(
    [
        "Freedom of Information request FOI-2022-0117",
        "1. Yes. The council uses CCTV cameras made by Hikvision at its depots.",
        "2. No. The council does not use any Dahua cameras.",
        "3. The council operates 85 CCTV cameras.",
        "Contact: xxxxxxx@xxxxxxxxx.gov.uk",
    ]
)
EXAMPLETON = ExportedRequest(
    url_title="cctv_cameras_made_by_hikvision_or_47",
    title="CCTV cameras made by Hikvision or Dahua",
    body_name="Exampleton Council",  # what WhatDoTheyKnow calls it; the register says "... Borough Council"
    sent=dt.datetime(2022, 1, 3, 9, 12, 5),
    body_id=1001,
    body_url_name="exampleton",
    replies=[
        Reply(ACK, dt.datetime(2022, 1, 4, 8, 30)),
        Reply(
            "Dear XXXX,\n\nPlease find attached our response to your request. Any queries to "
            "[email address].\n\nInformation Governance Team",
            dt.datetime(2022, 1, 28, 15, 1, 7),
            attachments=[("FOI-2022-0117 response (final).docx", ANSWER_DOCX)],
        ),
    ],
)
GLENMORE = ExportedRequest(
    url_title="cctv_cameras_made_by_hikvision_or_52",
    title="CCTV cameras made by Hikvision or Dahua",
    body_name="Glenmore",  # the register's alias
    sent=dt.datetime(2022, 1, 3, 9, 12, 9),
    replies=[
        Reply(
            "Dear Jo Researcher,\n\n1. No. The council does not use any Hikvision cameras.\n"
            "2. No. The council does not use any Dahua cameras.\n3. The council operates 40 CCTV cameras.\n\n"
            "Regards,\nXXXX\nFOI Officer",
            dt.datetime(2022, 1, 20, 11, 0, 0),
        )
    ],
)
LOUGHSIDE = ExportedRequest(
    url_title="cctv_cameras_made_by_hikvision_or_53",
    title="CCTV cameras made by Hikvision or Dahua",
    body_name="Loughside Health and Social Care Trust",
    sent=dt.datetime(2022, 1, 3, 9, 12, 11),
    kind="trust",
    replies=[
        Reply(
            "Dear Jo Researcher,\n\n1. No. The Trust does not use any Hikvision cameras.\n"
            "2. Yes. The Trust uses Dahua cameras; see the attached list.\n\nRegards",
            dt.datetime(2022, 2, 1, 10, 0, 0),
            attachments=[
                (
                    "CCTV asset list.xlsx",
                    xlsx_bytes(
                        [
                            ["Site", "Make", "Model", "Count"],
                            ["Loughside Hospital", "Dahua", "IPC-HFW2431S", 12],
                        ]
                    ),
                )
            ],
        )
    ],
)
NOWHERE = ExportedRequest(
    url_title="cctv_cameras_made_by_hikvision_or_54",
    title="CCTV cameras made by Hikvision or Dahua",
    body_name="Nowhere Parish Meeting",
    sent=dt.datetime(2022, 1, 3, 9, 12, 13),
    replies=[Reply("We hold no information.", dt.datetime(2022, 1, 10, 9, 0, 0))],
)


def _bodies(store: Store) -> None:
    with store.session() as session:
        session.add_all(
            [
                Body(
                    code="t:exampleton",
                    name="Exampleton Borough Council",
                    body_type=BodyType.COUNCIL,
                    nation=Nation.ENGLAND,
                    wdtk_id="1001",
                    source="test",
                    extra={},
                ),
                Body(
                    code="t:glenmore",
                    name="Glenmore Council",
                    body_type=BodyType.COUNCIL,
                    nation=Nation.SCOTLAND,
                    source="test",
                    extra={"aliases": ["Glenmore", "Comhairle Ghleann Mòr"]},
                ),
                Body(
                    code="t:loughside",
                    name="Loughside Health and Social Care Trust",
                    body_type=BodyType.HSC_TRUST,
                    nation=Nation.NORTHERN_IRELAND,
                    source="test",
                    extra={},
                ),
            ]
        )


def _exports(folder: Path) -> list[Path]:
    folder.mkdir(exist_ok=True)
    single = folder / f"{EXAMPLETON.url_title}.zip"
    single.write_bytes(request_zip(EXAMPLETON))
    (folder / f"{EXAMPLETON.url_title}.json").write_bytes(request_json(EXAMPLETON))
    name, data = batch_zip([GLENMORE, LOUGHSIDE, NOWHERE])
    (folder / name).write_bytes(data)
    return [folder]


def _counts(store: Store) -> dict[str, int]:
    with store.session() as session:
        return {
            model.__name__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Document, Message, Request, RequestEvent, Evidence, BodyFact)
        }


def test_correspondence_is_read_as_alaveteli_writes_it() -> None:
    files = request_zip(EXAMPLETON)
    [export] = read_export(files, "x.zip", DEFAULT_LIMITS)  # type: ignore[misc]
    assert export.url == f"https://www.whatdotheyknow.com/request/{EXAMPLETON.url_title}"
    assert export.title == EXAMPLETON.title and export.body_name == "Exampleton Council"
    assert [o.text for o in export.outgoing] == [EXAMPLETON.outgoing]
    assert export.outgoing[0].sent == dt.datetime(2022, 1, 3)  # the text view gives the day only
    assert [m.n for m in export.incoming] == [1, 2]  # the annotation is no message
    answer = export.incoming[1]
    assert answer.text.startswith("Dear XXXX,") and "[email address]" in answer.text
    assert "Attachment:" not in answer.text
    assert answer.sender == "Information Governance Team, Exampleton Council"
    assert answer.attachments == [("FOI 2022 0117 response final.docx", ANSWER_DOCX)]
    assert display_filename("FOI-2022-0117 response (final).docx") == "FOI 2022 0117 response final.docx"


def test_batch_zip_is_read_per_request_with_exact_times() -> None:
    _name, data = batch_zip([GLENMORE, LOUGHSIDE, NOWHERE])
    exports = read_export(data, "batch.zip", DEFAULT_LIMITS)
    assert isinstance(exports, list)
    by_title = {e.url_title: e for e in exports}
    loughside = by_title[LOUGHSIDE.url_title]
    assert loughside.body_name == LOUGHSIDE.body_name and loughside.requester_status == "Successful"
    assert loughside.outgoing[0].sent == LOUGHSIDE.sent
    assert [(m.n, m.sent) for m in loughside.incoming] == [(1, dt.datetime(2022, 2, 1, 10))]
    assert [name for name, _ in loughside.incoming[0].attachments] == ["CCTV asset list.xlsx"]


def test_a_body_with_a_slash_in_its_name_is_split_at_the_url_title() -> None:
    odd = ExportedRequest(
        "cctv_1", "CCTV", "Police and Crime Commissioner / Midshire", dt.datetime(2022, 1, 3)
    )
    exports = read_export(batch_zip([odd])[1], "b.zip", DEFAULT_LIMITS)
    assert isinstance(exports, list) and exports[0].body_name == "Police and Crime Commissioner / Midshire"


def test_import_places_each_reply_on_its_request_and_reads_it_against_the_questions(
    sqlite_store: Store, tmp_path: Path
) -> None:
    _bodies(sqlite_store)
    summary = import_exports(sqlite_store, _exports(tmp_path / "wdtk"), "survey-2022").as_dict()
    matched = {r["code"]: r["matched_by"] for r in summary["requests"]}
    assert matched == {"t:exampleton": "wdtk_id", "t:glenmore": "name", "t:loughside": "name"}
    assert [u["name"] for u in summary["unmatched"]] == ["Nowhere Parish Meeting"]
    assert "no body in the register" in summary["unmatched"][0]["reason"]
    assert summary["refused"] == [] and summary["replies_placed"] == 4
    with sqlite_store.session() as session:
        req = session.scalars(select(Request).join(Body).where(Body.code == "t:exampleton")).one()
        assert req.text == EXAMPLETON.outgoing and req.sent_at == EXAMPLETON.sent  # exact, from the JSON
        assert req.extra["alaveteli"]["url"] == EXAMPLETON.url
        assert req.extra["alaveteli"]["requester_status"] == "successful"  # a label, not the state
        assert req.state.value == "answered"
        docs = session.scalars(select(Document).where(Document.request_id == req.id)).all()
        roots = sorted(d.source_path or "" for d in docs if d.parent_id is None)
        assert roots == [f"{EXAMPLETON.url}#incoming-1", f"{EXAMPLETON.url}#incoming-2"]
        assert any(d.filename == "FOI 2022 0117 response final.docx" for d in docs)
        facts = {
            (f.body_id, f.key): f.value
            for f in session.scalars(select(BodyFact).where(BodyFact.key.in_(["hikvision", "dahua"])))
        }
        codes = {b.code: b.id for b in session.scalars(select(Body))}
    assert facts[(codes["t:exampleton"], "hikvision")] == "yes"
    assert facts[(codes["t:glenmore"], "hikvision")] == "no"
    assert facts[(codes["t:loughside"], "dahua")] == "yes"


def test_importing_the_same_files_again_adds_nothing(sqlite_store: Store, tmp_path: Path) -> None:
    _bodies(sqlite_store)
    paths = _exports(tmp_path / "wdtk")
    import_exports(sqlite_store, paths, "survey-2022")
    before = _counts(sqlite_store)
    again = import_exports(sqlite_store, paths, "survey-2022").as_dict()
    assert again["replies_placed"] == 0 and again["ingest"]["ingested"] == 0
    assert _counts(sqlite_store) == before


def _zip(members: dict[str, bytes], links: tuple[str, ...] = ()) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            if name in links:
                info.external_attr = 0o120777 << 16
            archive.writestr(info, data)
    return out.getvalue()


def test_hostile_and_broken_zips_are_refused_with_their_reason_and_the_rest_imported(
    sqlite_store: Store, tmp_path: Path
) -> None:
    _bodies(sqlite_store)
    folder = tmp_path / "mixed"
    folder.mkdir()
    good = request_zip(EXAMPLETON)
    text = correspondence(EXAMPLETON).encode()
    (folder / "good.zip").write_bytes(good)
    (folder / "good.json").write_bytes(request_json(EXAMPLETON))
    (folder / "bomb.zip").write_bytes(
        _zip({"correspondence.txt": text, "1_2_big.txt": b"\0" * (60 * 1024 * 1024)})
    )
    (folder / "escape.zip").write_bytes(_zip({"correspondence.txt": text, "../../../etc/cron.d/x": b"boo"}))
    (folder / "link.zip").write_bytes(
        _zip({"correspondence.txt": text, "1_2_passwd": b"/etc/passwd"}, ("1_2_passwd",))
    )
    (folder / "truncated.zip").write_bytes(good[: len(good) // 2])
    (folder / "other.zip").write_bytes(_zip({"notes.txt": b"not an export"}))
    (folder / "notes.json").write_bytes(json.dumps({"hello": 1}).encode())
    summary = import_exports(sqlite_store, [folder], "survey-2022").as_dict()
    reasons = {Path(r["path"]).name: r["reason"] for r in summary["refused"]}
    assert set(reasons) == {"bomb.zip", "escape.zip", "link.zip", "truncated.zip", "other.zip", "notes.json"}
    assert "ZIP bomb" in reasons["bomb.zip"]
    assert "leaves the archive" in reasons["escape.zip"]
    assert "symbolic link" in reasons["link.zip"]
    assert "damaged ZIP" in reasons["truncated.zip"]
    assert "not a WhatDoTheyKnow export" in reasons["other.zip"]
    assert "url_title" in reasons["notes.json"]
    assert [r["code"] for r in summary["requests"]] == ["t:exampleton"] and summary["replies_placed"] == 2


def test_a_link_named_as_a_path_is_not_followed(sqlite_store: Store, tmp_path: Path) -> None:
    _bodies(sqlite_store)
    real = tmp_path / "real.zip"
    real.write_bytes(request_zip(EXAMPLETON))
    link = tmp_path / "link.zip"
    link.symlink_to(real)
    summary = import_exports(sqlite_store, [link], "survey-2022").as_dict()
    assert summary["requests"] == [] and "symbolic link" in summary["refused"][0]["reason"]


def test_a_request_json_alone_is_reported() -> None:
    with pytest.raises(ExportError, match="neither a zip"):
        read_export(b"hello", "x.txt", DEFAULT_LIMITS)


def test_cli_imports_into_statistics(run_cli, tmp_path: Path, sqlite_store: Store) -> None:
    _bodies(sqlite_store)
    db = str(tmp_path / "camcensus.db")
    paths = _exports(tmp_path / "wdtk")
    out = json.loads(
        run_cli("foi", "import", str(paths[0]), "--campaign", "survey-2022", "--json", db=db).stdout
    )
    assert len(out["requests"]) == 3 and out["unmatched"][0]["name"] == "Nowhere Parish Meeting"
    rows = [json.loads(line) for line in run_cli("stats", "--json", "--by", "", db=db).stdout.splitlines()]
    hik = next(
        r for r in rows if r["vendor"] == "hikvision" and r["sector"] == "all" and r["nation"] == "all"
    )
    assert (hik["asked"], hik["k"], hik["n"]) == (3, 1, 3)

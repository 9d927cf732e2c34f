"""The review queue of replies and the review coverage of body facts, on replies of the labelled corpus read
by the real pipeline (ingest, extraction, placing on bodies and requests), on both backends."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import func, select

from camcensus.analysis.coverage import REVIEWED_STATUSES, STATES, fact_state, review_coverage
from camcensus.analysis.queue import MAX_LIMIT, reply_pending, reply_queue
from camcensus.enums import ReviewAction
from camcensus.evidence import confidence
from camcensus.evidence.files import read_file
from camcensus.evidence.review import record_decision
from camcensus.pipeline import ingest_paths
from camcensus.store import Store
from camcensus.store.models import BodyFact, Campaign, Document, Evidence
from evidence.replies import render_corpus
from read_replies import CAMPAIGN, Corpus, read_into
from sqlcount import statements

FIELDS = ("hikvision", "dahua", "outcome", "camera_count", "exemptions")


@pytest.fixture
def read_store(any_store: Store, reply_corpus) -> tuple[Store, dict[str, int]]:
    return any_store, read_into(any_store, reply_corpus)


def _order_key(item: dict) -> tuple:
    return (not item["needs_review"], -item["uncertainty"], item["document"]["id"])


def test_one_item_per_reply_most_uncertain_first(read_store, reply_corpus) -> None:
    store, placed = read_store
    with store.session() as session:
        queue = reply_queue(session, limit=MAX_LIMIT)
    items = queue.items
    assert queue.total == len(items) == len(placed)
    assert sorted(i["document"]["id"] for i in items) == sorted(placed.values())
    assert items == sorted(items, key=_order_key)
    flagged = [i for i in items if i["needs_review"]]
    trusted = [i for i in items if not i["needs_review"]]
    assert flagged and trusted, "the calibration trusts some readings and flags others"
    assert len({i["uncertainty"] for i in flagged}) >= 3
    assert max(i["uncertainty"] for i in trusted) > min(i["uncertainty"] for i in flagged), (
        "a flagged reply comes before a trusted one however certain its fields"
    )
    assert all(bool(i["reasons"]) == i["needs_review"] for i in items)
    refs = {i["document"]["id"]: i["reference"] for i in items}
    assert [refs[placed[c.id]] for c in reply_corpus.cases[:3]] == ["Q-0001", "Q-0002", "Q-0003"]
    assert {refs[placed[c.id]] for c in reply_corpus.cases[3:]} == {None}
    by_case = {c.id: c for c in reply_corpus.cases}
    for item in items:
        body = item["body"]
        assert body["code"] == f"test:{item['document']['filename'].rsplit('.', 1)[0]}"
        assert body["name"] == by_case[body["code"].removeprefix("test:")].body


def test_fields_are_the_reading_of_the_reply(read_store, reply_corpus, monkeypatch) -> None:
    """Each field of an item says what `camcensus extract` says of the same file: value, confidence, quote."""
    store, placed = read_store
    monkeypatch.setattr(confidence, "calibration", lambda: reply_corpus.calibration)
    with store.session() as session:
        items = {i["document"]["id"]: i for i in reply_corpus_queue(session)}
    for case in reply_corpus.cases[3:]:  # read alone, as extract reads a file without --request
        item, reading = items[placed[case.id]], read_file(reply_corpus.folder / case.filename).as_dict()
        for name in FIELDS:
            field = item["fields"][name]
            assert field["value"] == reading[name], (case.id, name)
            assert field["confidence"] == reading["confidence"][name], (case.id, name)
            assert field["basis"] == reading["confidence_basis"][name], (case.id, name)
            assert field["quote"] == (reading["quotes"][name] or ""), (case.id, name)
            assert bool(field["evidence_ids"]) or field["quote"] == ""
        assert item["needs_review"] == reading["needs_review"]
        assert item["reasons"] == reading["review_reasons"]
        assert item["uncertainty"] == round(1 - min(reading["confidence"].values()), 3)


def reply_corpus_queue(session) -> list[dict]:
    return reply_queue(session, limit=MAX_LIMIT).items


def test_pending_evidence_is_the_reply_unreviewed_evidence(read_store) -> None:
    store, _ = read_store
    with store.session() as session:
        items = reply_corpus_queue(session)
        for item in items:
            doc_id = item["document"]["id"]
            machine = session.scalars(
                select(Evidence.id).where(Evidence.document_id == doc_id, Evidence.status == "machine")
            ).all()
            assert sorted(item["pending_evidence"]) == sorted(machine)
            behind = {i for f in item["fields"].values() for i in f["evidence_ids"]}
            first = item["pending_evidence"][: len(behind)]
            assert set(first) == behind, "the evidence behind the fields comes first"


def test_pages_cover_the_queue_once_each(read_store) -> None:
    store, placed = read_store
    with store.session() as session:
        whole = [i["document"]["id"] for i in reply_corpus_queue(session)]
        pages, offset = [], 0
        while True:
            page = reply_queue(session, limit=7, offset=offset)
            assert page.total == len(placed) and (page.limit, page.offset) == (7, offset)
            if not page.items:
                break
            pages += [i["document"]["id"] for i in page.items]
            offset += 7
        assert pages == whole
        assert reply_queue(session, limit=10_000).limit == MAX_LIMIT
        clamped = reply_queue(session, limit=0, offset=-5)
        assert (clamped.limit, clamped.offset, len(clamped.items)) == (1, 0, 1)


def test_a_page_costs_the_same_few_queries_however_long(read_store) -> None:
    store, _ = read_store
    counts = []
    for limit in (2, 40):
        with store.session() as session, statements(store) as seen:
            assert len(reply_queue(session, limit=limit).items) == limit
        counts.append(len([s for s in seen if s.lstrip().upper().startswith("SELECT")]))
    assert counts[0] == counts[1] <= 4


def test_a_reviewed_reply_leaves_the_queue(read_store) -> None:
    store, _ = read_store
    with store.session() as session:
        first = reply_queue(session, limit=1)
        item = first.items[0]
        pending = item["pending_evidence"]
        record_decision(session, "rex", evidence_id=pending[0], action=ReviewAction.ACCEPT)
    with store.session() as session:
        again = reply_queue(session, limit=1)
        assert again.total == first.total
        assert again.items[0]["pending_evidence"] == pending[1:]
        for evidence_id in pending[1:]:
            record_decision(session, "rex", evidence_id=evidence_id, action=ReviewAction.REJECT)
    with store.session() as session:
        after = reply_queue(session, limit=MAX_LIMIT)
        assert after.total == first.total - 1
        assert item["document"]["id"] not in {i["document"]["id"] for i in after.items}


def test_rejected_readings_are_left_out_of_the_fields(read_store) -> None:
    store, _ = read_store
    with store.session() as session:
        item = next(i for i in reply_corpus_queue(session) if i["fields"]["camera_count"]["value"])
        behind = item["fields"]["camera_count"]["evidence_ids"]
        for evidence_id in behind:
            record_decision(session, "rex", evidence_id=evidence_id, action=ReviewAction.REJECT)
    with store.session() as session:
        now = next(i for i in reply_corpus_queue(session) if i["document"]["id"] == item["document"]["id"])
        assert now["fields"]["camera_count"]["value"] is None
        assert now["fields"]["camera_count"]["evidence_ids"] == []
        assert not set(behind) & set(now["pending_evidence"])


def test_coverage_counts_machine_and_reviewed_facts(read_store) -> None:
    store, placed = read_store
    with store.session() as session:
        before = review_coverage(session)
        facts = session.scalar(select(func.count(BodyFact.id)))
        queue = reply_corpus_queue(session)
        assert before["facts"]["total"] == facts == 10 * len(placed)
        assert before["facts"]["reviewed"] == 0 and before["facts"]["machine"] > 0
        assert before["facts"]["unreviewed_share"] == 1.0
        assert sum(k["total"] for k in before["by_key"].values()) == facts
        assert list(before["by_key"])[:4] == ["hikvision", "dahua", "outcome", "camera_count"]
        assert before["replies"] == {
            "in_queue": len(queue),
            "needs_review": sum(i["needs_review"] for i in queue),
        }
        # a person reviews every piece of evidence of one reply, and sets one fact of another body by hand
        item = next(i for i in queue if i["fields"]["hikvision"]["evidence_ids"])
        for evidence_id in item["pending_evidence"]:
            record_decision(session, "rex", evidence_id=evidence_id, action=ReviewAction.ACCEPT)
        other = next(i for i in queue if i["body"]["id"] != item["body"]["id"])
        dpia = session.scalars(
            select(BodyFact).where(BodyFact.body_id == other["body"]["id"], BodyFact.key == "dpia")
        ).one()
        dpia_was_read = bool(dpia.evidence_ids)
        record_decision(
            session,
            "rex",
            body_id=other["body"]["id"],
            action=ReviewAction.SET_FACT,
            fact_key="dpia",
            new_value="yes",
        )
    with store.session() as session:
        after = review_coverage(session)
        mine = session.scalars(select(BodyFact).where(BodyFact.body_id == item["body"]["id"])).all()
        read = {f.key for f in mine if f.evidence_ids}
    reviewed = len(read)
    assert reviewed >= 3 and after["facts"]["reviewed"] == reviewed + 1
    assert {k: v["reviewed"] for k, v in after["by_key"].items()} == {
        k: (k in read) + (k == "dpia") for k in after["by_key"]
    }
    assert after["facts"]["machine"] == before["facts"]["machine"] - reviewed - dpia_was_read
    assert after["facts"]["total"] == before["facts"]["total"]
    assert 0 < after["facts"]["unreviewed_share"] < 1
    assert after["replies"]["in_queue"] == before["replies"]["in_queue"] - 1


def test_coverage_for_the_public_leaves_out_embargoed_bodies(read_store) -> None:
    store, placed = read_store
    today = dt.date(2026, 5, 1)
    with store.session() as session:
        session.scalars(select(Campaign).where(Campaign.name == CAMPAIGN)).one().embargo_until = today
        on_request = session.scalar(select(func.count(Document.id)).where(Document.request_id.is_not(None)))
    with store.session() as session:
        everyone = review_coverage(session, include_embargoed=True)
        public = review_coverage(session, include_embargoed=False, today=today - dt.timedelta(days=1))
        lifted = review_coverage(session, include_embargoed=False, today=today)
    assert on_request == 3
    assert public["replies"]["in_queue"] == everyone["replies"]["in_queue"] - 3
    assert public["facts"]["total"] == everyone["facts"]["total"] - 3 * 10
    assert lifted == everyone


def test_coverage_counted_in_the_store_agrees_with_each_fact(read_store) -> None:
    """Bodies without reviewed evidence are counted by the database; the others fact by fact: both agree
    with ``fact_state`` of every fact."""
    store, _ = read_store
    with store.session() as session:
        queue = reply_corpus_queue(session)
        for evidence_id in queue[0]["pending_evidence"]:
            record_decision(session, "rex", evidence_id=evidence_id, action=ReviewAction.ACCEPT)
        record_decision(
            session, "rex", evidence_id=queue[1]["pending_evidence"][0], action=ReviewAction.ACCEPT
        )
        record_decision(
            session, "rex", evidence_id=queue[2]["pending_evidence"][0], action=ReviewAction.REJECT
        )
    with store.session() as session:
        coverage = review_coverage(session)
        reviewed = set(session.scalars(select(Evidence.id).where(Evidence.status.in_(REVIEWED_STATUSES))))
        expected: dict[str, dict[str, int]] = {}
        for fact in session.scalars(select(BodyFact)):
            state = fact_state(fact.source, fact.value, fact.evidence_ids, reviewed)
            cell = expected.setdefault(fact.key, dict.fromkeys(STATES, 0))
            cell[state] += 1
    assert {k: {s: v[s] for s in STATES} for k, v in coverage["by_key"].items()} == expected
    assert coverage["facts"]["reviewed"] > 0 and coverage["facts"]["empty"] > 0


ATTACHED = ("council-bosch-maintainer-hik-cameras", "council-s40-names-partial")


@pytest.fixture
def attached_store(any_store: Store, reply_corpus, tmp_path: Path) -> tuple[Store, dict[str, int], list[str]]:
    """A few replies of the corpus as they came, and two whose answer is a .txt attached to a covering
    e-mail ("Please find attached our response ..."), all read by the pipeline, each placed on a body."""
    by_id = {c.id: c for c in reply_corpus.cases}
    attached = [replace(by_id[i], id=f"attached-{i}", format="eml+txt") for i in ATTACHED]
    corpus = Corpus(tmp_path / "replies", reply_corpus.cases[3:8] + attached, reply_corpus.calibration)
    render_corpus(corpus.folder, corpus.cases)
    return any_store, read_into(any_store, corpus, on_request=0), [c.id for c in attached]


def _known(value) -> bool:
    return value not in ("unknown", None, [])


def test_a_reply_with_an_attachment_is_one_item_with_the_attachment_fields(
    attached_store, reply_corpus, monkeypatch, tmp_path
) -> None:
    store, placed, attached = attached_store
    monkeypatch.setattr(confidence, "calibration", lambda: reply_corpus.calibration)
    with store.session() as session:
        queue = reply_queue(session, limit=MAX_LIMIT)
        assert queue.total == len(queue.items) == len(placed), "one item per reply, not per document"
        assert sorted(i["document"]["id"] for i in queue.items) == sorted(placed.values())
        assert queue.items == sorted(queue.items, key=_order_key)
        assert review_coverage(session)["replies"]["in_queue"] == queue.total
        items = {i["document"]["id"]: i for i in queue.items}
        for case_id in attached:
            root = session.get(Document, placed[case_id])
            item = items[root.id]
            attachment = session.scalars(select(Document).where(Document.parent_id == root.id)).one()
            assert item["documents"] == [
                {"id": root.id, "filename": root.filename, "format": "eml"},
                {"id": attachment.id, "filename": attachment.filename, "format": "txt"},
            ]
            covering = session.scalars(
                select(Evidence).where(Evidence.document_id == root.id, Evidence.kind == "outcome")
            ).all()
            assert [e.value for e in covering if e.detail.get("decided")] == ["unknown"], (
                "the covering e-mail alone says nothing"
            )
            copy = tmp_path / attachment.filename
            copy.write_bytes(attachment.content)
            reading = read_file(copy).as_dict()
            known = [name for name in FIELDS if _known(reading[name])]
            assert {"outcome", "camera_count"} <= set(known), case_id
            for name in known:  # a value the attachment found is the reply's, with its confidence and quote
                field = item["fields"][name]
                assert field["value"] == reading[name], (case_id, name)
                assert field["confidence"] == reading["confidence"][name], (case_id, name)
                assert field["basis"] == reading["confidence_basis"][name], (case_id, name)
                assert field["quote"] == (reading["quotes"][name] or ""), (case_id, name)
                assert field["document_id"] == attachment.id, (case_id, name)
            for name, field in item["fields"].items():
                assert field["value"] == reading[name], (case_id, name)
                assert field["document_id"] in (root.id, attachment.id)
            least = min(f["confidence"] for f in item["fields"].values())
            assert item["uncertainty"] == round(1 - least, 3)
            assert item["needs_review"] == bool(item["reasons"])
            assert not any(r.startswith("outcome read on a weak basis (unknown") for r in item["reasons"]), (
                "the covering e-mail's weak outcome is not the reply's"
            )
            assert confidence.ATTACHED_NOT_READ not in item["reasons"], "its attachment was read"
            machine = session.scalars(
                select(Evidence.id).where(
                    Evidence.document_id.in_([root.id, attachment.id]), Evidence.status == "machine"
                )
            ).all()
            assert sorted(item["pending_evidence"]) == sorted(machine)
            assert set(item["pending_evidence"]) & {e.id for e in covering}, "the e-mail's evidence too"
            assert reply_pending(session, root.id) == reply_pending(session, attachment.id)
            assert reply_pending(session, attachment.id) == item["pending_evidence"]


def test_a_reply_leaves_the_queue_when_all_its_documents_are_reviewed(attached_store) -> None:
    store, placed, attached = attached_store
    root_id = placed[attached[0]]
    with store.session() as session:
        before = reply_queue(session, limit=MAX_LIMIT)
        attachment_id = session.scalars(select(Document.id).where(Document.parent_id == root_id)).one()
        own = session.scalars(
            select(Evidence.id).where(Evidence.document_id == root_id, Evidence.status == "machine")
        ).all()
        for evidence_id in own:
            record_decision(session, "rex", evidence_id=evidence_id, action=ReviewAction.ACCEPT)
    with store.session() as session:
        still = reply_queue(session, limit=MAX_LIMIT)
        assert still.total == before.total, "the attachment still waits"
        item = next(i for i in still.items if i["document"]["id"] == root_id)
        assert item["pending_evidence"] == reply_pending(session, attachment_id)
        assert item["pending_evidence"] and not set(item["pending_evidence"]) & set(own)
        for evidence_id in item["pending_evidence"]:
            record_decision(session, "rex", evidence_id=evidence_id, action=ReviewAction.ACCEPT)
    with store.session() as session:
        after = reply_queue(session, limit=MAX_LIMIT)
        assert after.total == before.total - 1
        assert root_id not in {i["document"]["id"] for i in after.items}
        assert reply_pending(session, attachment_id) == []
        assert review_coverage(session)["replies"]["in_queue"] == after.total


def test_a_reply_whose_attachment_could_not_be_read_needs_review(any_store: Store, tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "foi@example.gov.uk", "me@example.org", "FOI 123"
    message.set_content("Dear Requester,\n\nPlease find attached our response to your request.\n\nFOI Team")
    message.add_attachment(
        b"%PDF-1.7\n%broken", maintype="application", subtype="pdf", filename="response.pdf"
    )
    (tmp_path / "reply.eml").write_bytes(message.as_bytes())
    ingest_paths(any_store, [tmp_path / "reply.eml"], workers=1)
    with any_store.session() as session:
        (item,) = reply_queue(session, limit=MAX_LIMIT).items
    assert item["needs_review"] and confidence.ATTACHED_NOT_READ in item["reasons"]

"""The report's "Change since" section: there with two published rounds, not with one; its figures compare's
document (in figures.json as ``change``); its quotes redacted as every published quote is."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from camcensus.analysis.compare import compare_rounds
from camcensus.reports.html import write_report
from camcensus.store import Store
from camcensus.store.models import Body, Campaign, Evidence, Request
from crafted_survey import SEEDED, build_survey, reply_document

EARLIER = {  # body: (Hikvision then, the words of its reply then, personal data and all)
    "C1 County Council": (
        "no",
        "We do not use Hikvision cameras. Jane Smith, jane.smith@county.gov.uk, 01632 960123.",
    ),
    "N1 Health Board": (
        "yes",
        "Our cameras are made by Hikvision. Ask Sarah O'Neill on +44 (0)29 2018 0000.",
    ),
}


@pytest.fixture
def crafted(sqlite_store: Store) -> Store:
    """The crafted survey: one published round (cctv-2026) and one under embargo."""
    with sqlite_store.session() as session:
        build_survey(session, synthetic=True)
    return sqlite_store


def _earlier_round(store: Store) -> None:
    """cctv-2024: two of the bodies asked two years before, each reply read as saying whether it uses
    Hikvision."""
    with store.session() as session:
        campaign = Campaign(name="cctv-2024", template="cctv", synthetic=True)
        session.add(campaign)
        session.flush()
        for name, (status, quote) in EARLIER.items():
            body = session.scalars(select(Body).where(Body.name == name)).one()
            request = Request(
                campaign_id=campaign.id,
                body_id=body.id,
                reference=f"CC-2024-{body.id}",
                law="foia",
                state="answered",
                subject="FOI request",
                to_address="foi@county.gov.uk",
                sent_at=dt.datetime(2024, 1, 8, 9, 0),
                received_on=dt.date(2024, 1, 8),
                text="Dear FOI officer, ...",
            )
            session.add(request)
            session.flush()
            doc = reply_document(session, request, quote, "reply.pdf", f"{body.id:064x}"[::-1])
            session.add(
                Evidence(
                    document_id=doc.id,
                    body_id=body.id,
                    kind="vendor_status",
                    value=status,
                    quote=quote,
                    location="page 1",
                    detail={"vendor": "Hikvision", "status": status},
                )
            )


def test_one_published_round_has_no_change_section(crafted: Store, tmp_path: Path) -> None:
    html = write_report(crafted, tmp_path).read_text()  # the other round is under embargo
    assert "Change since" not in html
    assert "change" not in json.loads((tmp_path / "figures.json").read_text())


def test_two_rounds_have_a_change_section_of_compares_figures_with_quotes_redacted(
    crafted: Store, tmp_path: Path
) -> None:
    _earlier_round(crafted)
    html = write_report(crafted, tmp_path).read_text()
    figures = json.loads((tmp_path / "figures.json").read_text())
    with crafted.session() as session:
        expected = compare_rounds(session, by=("sector",))
    assert figures["change"] == json.loads(json.dumps(expected))
    assert (expected["a"]["campaign"], expected["b"]["campaign"]) == ("cctv-2024", "cctv-2026")

    assert '<li><a href="#change-since-cctv-2024">Change since cctv-2024</a></li>' in html
    section = html.split('id="change-since-cctv-2024"', 1)[1].split("</section>", 1)[0]
    assert "sent on 2024-01-08" in section and "sent on 2026-01-05" in section
    assert "Said then, does not say now" in section
    for name in EARLIER:
        assert name in section
    assert "We do not use Hikvision cameras." in section and "Our cameras are made by Hikvision." in section
    for personal in SEEDED:
        assert personal not in html, personal

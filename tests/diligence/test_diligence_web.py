"""Due diligence in the web app, in process: the /diligence page and its JSON, the body page's section, and
what an anonymous visitor may see (published bodies only, free text escaped and redacted)."""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Iterator

import pytest
from diligence_survey import HOSTILE_NOTE, SECRET_COUNT, build_survey
from sqlalchemy import select

from camcensus.diligence.one_body import BODY_COLUMNS
from camcensus.enums import Role
from camcensus.store import Store
from camcensus.store.models import Body
from camcensus.web.body_page import read_body
from camcensus.web.diligence import body_diligence, national
from camcensus.web.viewer import Viewer
from sqlcount import statements

warnings.filterwarnings("ignore", message=".*httpx2.*")
from fastapi.testclient import TestClient  # noqa: E402

from camcensus.web import create_app  # noqa: E402

TODAY = dt.date.today()


@pytest.fixture
def site(sqlite_store: Store) -> Iterator[tuple[TestClient, Store, dict[str, int]]]:
    with sqlite_store.session() as session:
        ids = build_survey(session, TODAY).ids
    with TestClient(create_app(sqlite_store, secret_key="test-secret")) as client:
        yield client, sqlite_store, ids


def test_diligence_page_shows_the_sections_linked_from_the_navigation(site) -> None:
    client, _, _ = site
    home = client.get("/").text
    assert '<a href="/diligence">Due diligence</a>' in home
    page = client.get("/diligence")
    assert page.status_code == 200
    html = page.text
    for title in (
        "Due diligence",
        "Replacement",
        "Capabilities and rights impact",
        "Surveillance Camera Code",
    ):
        assert f"<h2>{title}</h2>" in html
    text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    assert "4 of 5 (80%) use at least one" in text  # Council F's campaign is under embargo
    assert "£5,760 to £79,300" in text and "2 of 3 (67%) bodies whose DPIA status is known" in text
    assert "1 body is left out until its campaign's embargo ends" in text
    assert "Council F" not in html and "Secret Supplier" not in html and str(SECRET_COUNT) not in html


def test_diligence_api_gives_figures_with_denominators(site) -> None:
    client, _, ids = site
    data = client.get("/api/diligence").json()
    assert data["exposure"]["using_restricted"] == {"k": 4, "n": 5, "share": 0.8}
    assert data["national"]["total"]["replacement_cost_gbp"] == [5760, 79300]
    assert data["rights"]["self_assessment"]["bodies"]["k"] == 2
    assert data["withheld_bodies"] == 1
    assert sorted(b["body"]["id"] for b in data["bodies"]) == sorted(ids[k] for k in "ABCDE")
    a = next(b for b in data["bodies"] if b["body"]["id"] == ids["A"])
    note = a["rights"]["self_assessment"]["principles"][10]["note"]
    assert note and "Jane Smith" not in note and "01632 960123" not in note  # redacted for the public


def test_signed_in_views_include_embargoed_bodies(site) -> None:
    _, store, ids = site
    with store.session() as session:
        data = national(session, Viewer(name="ada", role=Role.ADMIN, today=TODAY))
        f = body_diligence(session, Viewer(name="ada", role=Role.ADMIN, today=TODAY), ids["F"])
    assert data["exposure"]["using_restricted"]["k"] == 5 and data["withheld_bodies"] == 0
    assert data["questionnaires"]["sent"] == 4
    assert f is not None and f["uses_restricted"] and f["camera_count"]["best"] == SECRET_COUNT


def test_body_page_has_its_due_diligence_escaped_and_redacted(site) -> None:
    client, _, ids = site
    html = client.get(f"/bodies/{ids['A']}").text
    assert '<h2 id="diligence">Due diligence</h2>' in html
    assert "Restricted-vendor cameras" in html and "£4,700 to £18,800" in html
    assert "declared by the body" in html and "10 of 12 principles assessed are met" in html
    assert HOSTILE_NOTE not in html and "<script>alert" not in html and "&lt;script&gt;" in html
    assert "Jane Smith" not in html and "01632 960123" not in html
    assert "DDQ-" in html and "Acme CCTV Ltd" in html
    trust = client.get(f"/bodies/{ids['B']}").text
    assert (
        "no answer (flagged)" in trust
        and "restricted-vendor equipment at a body treated as sensitive" in trust
    )
    assert "project&#39;s own test, not a government rule" in trust


def test_body_diligence_json_and_embargo(site) -> None:
    client, _, ids = site
    b = client.get(f"/api/bodies/{ids['B']}/diligence").json()
    assert b["restricted_cameras"]["cameras"] == [1, 40] and b["replacement_cost_gbp"] == [265, 55000]
    assert b["rights"]["dpia"]["status"] == "no" and b["rights"]["code_statement"]["reply"] == "yes"
    assert [q["state"] for q in b["questionnaires"]] == ["no_answer"]
    assert client.get(f"/api/bodies/{ids['F']}/diligence").json() == {"embargoed": True}
    html = client.get(f"/bodies/{ids['F']}").text
    assert "due diligence is under embargo" in html and str(SECRET_COUNT) not in html
    assert client.get("/api/bodies/99999/diligence").status_code == 404


def test_one_body_read_gives_the_same_figures_as_body_exposure_and_body_rights(site) -> None:
    from camcensus.diligence.exposure import body_exposure
    from camcensus.diligence.one_body import exposure_and_rights
    from camcensus.diligence.rights import body_rights

    _, store, ids = site
    with store.session() as session:
        for body_id in ids.values():
            found = exposure_and_rights(session, body_id)
            assert found is not None
            exposure, rights = found
            assert exposure.as_dict() == body_exposure(session, body_id).as_dict()
            assert rights.as_dict() == body_rights(session, body_id).as_dict()
        assert exposure_and_rights(session, 99999) is None


@pytest.mark.parametrize("viewer", [Viewer(today=TODAY), Viewer(name="ada", role=Role.ADMIN, today=TODAY)])
def test_body_page_diligence_section_reuses_the_body_and_its_facts(site, viewer) -> None:
    """The section reads only what the page has not: the body's devices, declarations and questionnaires."""
    _, store, ids = site
    counts = set()
    for key in "ABCDE":
        with store.session() as session:
            read = read_body(session, viewer, ids[key])
            assert read.body is not None and read.facts is not None
            with statements(store) as seen:
                shared = body_diligence(session, viewer, ids[key], False, read.body, read.facts)
            alone = body_diligence(session, viewer, ids[key])
            # a row without the page's has_* flags: every statement asked, as another caller would
            plain = session.execute(select(*BODY_COLUMNS).where(Body.id == ids[key])).one()
            full = body_diligence(session, viewer, ids[key], False, plain, read.facts)
        # only the devices, declarations and questionnaires the body has are asked for
        flags = (read.body.has_devices, read.body.has_declarations, read.body.has_questionnaires)
        assert len(seen) == sum(map(bool, flags)), seen
        assert shared == alone == full and shared is not None and shared["camera_count"]
        counts.add(len(seen))
    assert 3 in counts and min(counts) < 3  # some bodies have all three, some lack one


def test_body_diligence_alone_is_a_few_column_queries(site) -> None:
    _, store, ids = site
    with store.session() as session, statements(store) as seen:
        assert body_diligence(session, Viewer(today=TODAY), ids["A"]) is not None
    # the body with its embargo flag, its facts, devices, declarations and questionnaires
    assert len(seen) == 5, seen
    with store.session() as session, statements(store) as seen:
        assert body_diligence(session, Viewer(today=TODAY), ids["F"]) == {"embargoed": True}
    assert len(seen) == 1, seen

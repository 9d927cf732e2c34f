"""Every read-only page and API route on the crafted dataset, as an anonymous visitor and signed in."""

from __future__ import annotations

import re

import pytest
from webdata import HOSTILE, PERSONAL_EMAIL, REVIEWER, login

from camcensus.analysis.figures import survey_figures


def test_dashboard_shows_k_of_n_with_intervals(client, seeded) -> None:
    html = client.get("/").text
    council = re.search(r'data-sector="council" data-vendor="hikvision">.*?</div>\s*</div>', html, re.S)
    assert council, html
    assert re.search(r'class="k">1</span> of <span class="n">1</span>', council.group(0))
    assert "95% CI" in html and 'class="chart chart-wide"' in html and 'class="chart chart-narrow"' in html
    # the report's map, with the outline of the UK
    assert 'class="map"' in html and "<polygon" in html and "Surveyed bodies by answer" in html
    rows = client.get("/api/stats").json()["rows"]
    hik = {r["sector"]: r for r in rows if r["vendor"] == "hikvision"}
    assert (hik["council"]["k"], hik["council"]["n"]) == (1, 1)
    lo, hi = hik["council"]["ci95"]
    assert 0 < lo < 1 and hi == pytest.approx(1.0)
    assert "school" not in hik  # the only school is under embargo


def test_signed_in_dashboard_counts_embargoed_bodies(client, seeded) -> None:
    login(client, *REVIEWER)
    hik = {r["sector"]: r for r in client.get("/api/stats").json()["rows"] if r["vendor"] == "hikvision"}
    assert (hik["school"]["k"], hik["school"]["n"]) == (1, 1)


def test_bodies_list_filters_and_pagination(client, seeded) -> None:
    page = client.get("/api/bodies", params={"per_page": 10}).json()
    assert page["total"] == 64 and page["pages"] == 7 and len(page["items"]) == 10
    last = client.get("/api/bodies", params={"per_page": 10, "page": 7}).json()
    assert len(last["items"]) == 4
    names = lambda **p: [b["name"] for b in client.get("/api/bodies", params=p).json()["items"]]  # noqa: E731
    assert names(vendor="hikvision") == ["Testshire Council"]
    assert names(vendor="dahua") == ["Example NHS Trust"]
    assert names(sector="nhs") == ["Example NHS Trust"]
    assert names(nation="scotland") == ["Test Police"]
    assert names(answer="partially_answered") == ["Example NHS Trust"]
    assert names(q="testSHIRE") == ["Testshire Council"]
    assert names(sector="council", answer="answered") == ["Testshire Council"]
    assert names(sector="school") == ["Quiet Academy"]
    assert names(sector="school", vendor="hikvision") == []  # embargoed facts do not leak through filters
    assert "Testshire Council" not in names(answer="unknown", per_page=200)
    council = client.get("/api/bodies", params={"q": "Testshire"}).json()["items"][0]
    assert council["facts"]["hikvision"] == "yes" and council["facts"]["camera_count"] == "120"


def test_bodies_page_renders_filters_and_pager(client, seeded) -> None:
    html = client.get("/bodies", params={"sector": "council", "per_page": 20}).text
    assert "Extra Borough 00" in html and 'rel="next"' in html and "page 1 of 4 (61)" in html
    assert '<option value="council" selected>' in html
    assert client.get("/bodies", params={"q": "zzz-none"}).text.count("No body matches") == 1
    assert client.get("/api/facets").json()["sector"] == ["council", "nhs", "nhs_trust", "police", "school"]


def test_public_body_page_shows_quotes_never_the_reply(client, seeded) -> None:
    html = client.get(f"/bodies/{seeded.council}").text
    assert HOSTILE not in html and "<script>alert" not in html and "<img src=x" not in html
    assert "Dear requester" not in html  # the reply itself is not shown, its quotes are
    assert re.search(rf'<li id="ev-{seeded.hik_evidence}" class="ev ev-manufacturer">', html)
    assert f'id="ev-{seeded.count_evidence}"' in html
    assert f'href="#ev-{seeded.hik_evidence}"' in html  # the fact links to its evidence's quote
    assert "We use Hikvision cameras" in html  # the quote
    assert "CC-0001" in html and "sent" in html  # request and its timeline
    assert PERSONAL_EMAIL not in html and "01632 960 123" not in html  # redacted for the public


def test_reviewer_body_page_highlights_evidence_and_escapes_hostile_text(client, seeded) -> None:
    login(client, *REVIEWER)
    html = client.get(f"/bodies/{seeded.council}").text
    assert HOSTILE not in html and "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in html
    assert re.search(
        rf'<mark class="ev ev-manufacturer" id="ev-{seeded.hik_evidence}"[^>]*>Hikvision</mark>', html
    )
    assert f'href="/review/published/{seeded.council}"' in html


def test_body_api_gives_quotes_facts_and_provenance(client, seeded) -> None:
    body = client.get(f"/api/bodies/{seeded.council}").json()
    facts = {f["key"]: f for f in body["facts"]}
    assert facts["hikvision"]["value"] == "yes"
    assert [e["id"] for e in facts["hikvision"]["evidence"]] == [seeded.hik_evidence]
    document = body["documents"][0]
    assert document["segments"] == [] and document["evidence_ids"] == [
        seeded.hik_evidence,
        seeded.count_evidence,
    ]
    quotes = {e["id"]: e["quote"] for e in body["evidence"]}
    assert "Hikvision" in quotes[seeded.hik_evidence] and "Dear requester" not in str(body)
    assert PERSONAL_EMAIL not in str(body) and body["email"] is None
    assert body["requests"][0]["events"][0]["actor"] is None
    assert client.get("/api/bodies/999999").status_code == 404
    assert client.get("/bodies/999999").status_code == 404
    login(client, *REVIEWER)
    pieces = client.get(f"/api/bodies/{seeded.council}").json()["documents"][0]["segments"][0]["pieces"]
    assert [p["text"] for p in pieces if p["evidence_id"]] == ["Hikvision", "120 cameras"]


def test_reviewer_sees_unredacted_text(client, seeded) -> None:
    login(client, *REVIEWER)
    html = client.get(f"/bodies/{seeded.council}").text
    assert PERSONAL_EMAIL in html and "<script>alert" not in html


def test_embargoed_campaign_hidden_from_public(client, seeded) -> None:
    names = [c["name"] for c in client.get("/api/campaigns").json()["items"]]
    assert names == [seeded.published]
    assert client.get(f"/api/campaigns/{seeded.embargoed}").status_code == 404
    assert client.get(f"/campaigns/{seeded.embargoed}").status_code == 404
    school = client.get(f"/api/bodies/{seeded.school}").json()
    assert school["facts_embargoed"] and school["facts"] == [] and school["documents"] == []
    assert school["requests"] == []
    assert "Embargoed answer" not in client.get(f"/bodies/{seeded.school}").text
    login(client, *REVIEWER)
    assert client.get(f"/api/campaigns/{seeded.embargoed}").status_code == 200
    assert "Embargoed answer" in client.get(f"/bodies/{seeded.school}").text


def test_campaign_page_lists_due_and_overdue(client, seeded) -> None:
    campaign = client.get(f"/api/campaigns/{seeded.published}").json()
    assert campaign["states"] == {"answered": 1, "awaiting": 1, "overdue": 1}
    assert [r["reference"] for r in campaign["overdue"]] == ["CC-0003"]
    assert campaign["overdue"][0]["days_overdue"] == 12
    assert [r["reference"] for r in campaign["due"]] == ["CC-0002"]
    only = client.get(f"/api/campaigns/{seeded.published}", params={"state": "awaiting"}).json()
    assert [r["reference"] for r in only["request_list"]["items"]] == ["CC-0002"]
    html = client.get(f"/campaigns/{seeded.published}").text
    assert "CC-0003" in html and "12 days" in html and "CCTV &lt;b&gt;survey&lt;/b&gt; 2026" in html
    assert "5 days" not in html  # an answered request is not overdue
    assert '<select name="state"' not in html  # campaign actions are for admins only
    assert "cctv-2026" in client.get("/campaigns").text


def test_signed_in_only_pages_redirect_or_refuse_the_public(client, seeded) -> None:
    for path in ("/review", "/unmatched", f"/review/{seeded.hik_evidence}"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"].startswith("/login?next=")
    for path in ("/api/review", "/api/review/next", f"/api/review/{seeded.hik_evidence}", "/api/unmatched"):
        assert client.get(path).status_code == 401, path


def test_openapi_documents_every_api_route(client) -> None:
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {
        "/api/stats",
        "/api/bodies",
        "/api/bodies/{body_id}",
        "/api/campaigns",
        "/api/campaigns/{name}",
        "/api/review",
        "/api/review/next",
        "/api/review/{evidence_id}",
        "/api/unmatched",
        "/api/unmatched/{message_id}",
        "/api/login",
        "/api/logout",
        "/api/session",
        "/api/campaigns/{name}/requests/{reference}/state",
    } <= paths
    params = {p["name"] for p in spec["paths"]["/api/bodies"]["get"]["parameters"]}
    assert params == {"sector", "nation", "answer", "vendor", "q", "page", "per_page", "after", "before"}
    assert all(p.startswith("/api/") for p in paths)
    lists = ("/api/bodies", "/api/campaigns", "/api/campaigns/{name}", "/api/review", "/api/unmatched")
    for path in lists:
        query = {p["name"]: p for p in spec["paths"][path]["get"]["parameters"] if p["in"] == "query"}
        assert {"page", "per_page"} <= set(query), path
        assert all(p.get("description") for p in query.values()), path
    filters = {
        "/api/campaigns/{name}": "state",
        "/api/review": "kind",
    }
    for path, name in filters.items():
        assert name in {p["name"] for p in spec["paths"][path]["get"]["parameters"]}, path


def test_security_headers_and_bad_parameters(client) -> None:
    response = client.get("/")
    assert response.headers["x-frame-options"] == "DENY"
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert client.get("/api/bodies", params={"per_page": 1000}).status_code == 422
    assert client.get("/bodies", params={"page": 0}).status_code == 422


def test_api_list_filters(client, seeded) -> None:
    login(client, *REVIEWER)
    counts = client.get("/api/review", params={"kind": "camera_count"}).json()
    assert [i["id"] for i in counts["items"]] == [seeded.count_evidence]
    assert client.get("/api/review").json()["total"] > counts["total"]
    assert client.get("/api/review", params={"kind": "nonsense"}).status_code == 422
    overdue = client.get(f"/api/campaigns/{seeded.published}", params={"state": "overdue"}).json()
    assert [r["reference"] for r in overdue["request_list"]["items"]] == ["CC-0003"]
    assert client.get(f"/api/campaigns/{seeded.published}", params={"state": "bogus"}).status_code == 422


def test_dashboard_shows_what_bodies_say_of_their_assessments(client, sqlite_store) -> None:
    html = client.get("/").text
    with sqlite_store.session() as session:
        figures = survey_figures(session)
    for row in figures.assessments:
        card = re.search(rf'data-assessment="{row["assessment"]}">.*?</div>\s*</div>', html, re.S)
        assert card, row["assessment"]
        if row["n"]:
            assert f'class="k">{row["k"]}</span> of <span class="n">{row["n"]}</span>' in card.group(0)
        assert f"{row['unknown']} said nothing of it" in card.group(0)

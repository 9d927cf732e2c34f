"""The review queue of replies in the web app: the page of cards, GET /api/review/replies, the walk from a
reply to its evidence items and back, and the review coverage on the dashboard and in /api/stats."""

from __future__ import annotations

from webdata import REVIEWER, login

from camcensus.analysis.queue import reply_queue


def _token(html: str) -> str:
    return html.split('name="csrf-token" content="', 1)[1].split('"', 1)[0]


def test_anonymous_visitors_are_refused(client, replies) -> None:
    assert client.get("/api/review/replies").status_code == 401
    page = client.get("/review", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/login?next=/review"
    assert client.get("/review/next", follow_redirects=False).status_code == 303


def test_reviewer_gets_the_replies_in_queue_order(client, replies, sqlite_store) -> None:
    login(client, *REVIEWER)
    whole = client.get("/api/review/replies", params={"limit": 200}).json()
    with sqlite_store.session() as session:
        expected = reply_queue(session, limit=200).as_dict()
    assert whole == expected
    assert whole["total"] == len(replies)  # the seeded replies were never read, so have no reading here
    page = client.get("/api/review/replies", params={"limit": 5, "offset": 3}).json()
    assert (page["total"], page["limit"], page["offset"]) == (whole["total"], 5, 3)
    assert page["items"] == whole["items"][3:8]
    assert client.get("/api/review/replies").json()["limit"] == 50
    for bad in ({"limit": 0}, {"limit": 201}, {"offset": -1}, {"limit": "x"}):
        assert client.get("/api/review/replies", params=bad).status_code == 422, bad
    assert "/api/review/replies" in client.get("/openapi.json").json()["paths"]


def test_queue_page_shows_one_card_per_reply_with_fields_and_quotes(client, replies) -> None:
    login(client, *REVIEWER)
    first = client.get("/api/review/replies", params={"limit": 20}).json()
    html = client.get("/review").text
    assert html.count('<article class="reply') == 20
    assert html.index(f'data-document-id="{first["items"][0]["document"]["id"]}"') < html.index(
        f'data-document-id="{first["items"][1]["document"]["id"]}"'
    )
    item = first["items"][0]
    assert item["body"]["name"] in html and item["reasons"][0].split(" (")[0] in html
    assert f'href="/review/{item["pending_evidence"][0]}"' in html
    assert f"{first['total']} replies waiting" in html and 'rel="next" href="/review?&amp;page=2"' in html
    # the seeded evidence belongs to no reading with confidences: reviewed one by one from /review/next
    assert 'href="/review/next"' in html

    everything = "".join(client.get("/review", params={"page": n}).text for n in (1, 2, 3, 4))
    assert everything.count('<article class="reply') == first["total"]
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in everything
    assert "<script>alert" not in everything
    assert 'data-field="hikvision"' in everything and "flagged for review" in everything


def test_walk_through_a_reply_then_back_to_the_queue(client, replies) -> None:
    login(client, *REVIEWER)
    before = client.get("/api/review/replies", params={"limit": 200}).json()
    item = next(i for i in before["items"] if i["document"]["id"] == replies["hostile"])
    pending = item["pending_evidence"]
    page = client.get(f"/review/{pending[0]}").text
    assert f"{len(pending)} items of this reply waiting" in page and 'name="walk" value="reply"' in page
    token = _token(page)
    for n, evidence_id in enumerate(pending):
        done = client.post(
            f"/review/{evidence_id}",
            data={"action": "accept", "csrf_token": token, "walk": "reply"},
            follow_redirects=False,
        )
        following = f"/review/{pending[n + 1]}" if n + 1 < len(pending) else "/review"
        assert done.status_code == 303 and done.headers["location"] == following
    after = client.get("/api/review/replies", params={"limit": 200}).json()
    assert after["total"] == before["total"] - 1
    assert replies["hostile"] not in {i["document"]["id"] for i in after["items"]}


def test_a_reply_with_an_attachment_is_one_card_and_one_walk(client, replies) -> None:
    login(client, *REVIEWER)
    whole = client.get("/api/review/replies", params={"limit": 200}).json()
    item = next(i for i in whole["items"] if i["document"]["id"] == replies["attached"])
    root, attachment = item["documents"]
    assert root["format"] == "eml" and attachment["format"] == "txt"
    assert attachment["id"] not in {i["document"]["id"] for i in whole["items"]}
    assert item["fields"]["outcome"]["value"] != "unknown"
    assert item["fields"]["outcome"]["document_id"] == attachment["id"]
    everything = "".join(client.get("/review", params={"page": n}).text for n in (1, 2, 3, 4))
    card = everything.split(f'data-document-id="{root["id"]}"', 1)[1].split("</article>", 1)[0]
    assert f'<span class="file">{attachment["filename"]}</span>' in card
    assert f"in {attachment['filename']}" in card  # the fields read in the attachment say so
    assert f"{len(item['pending_evidence'])} evidence item" in card
    pending = item["pending_evidence"]
    page = client.get(f"/review/{pending[0]}").text
    assert f"{len(pending)} items of this reply waiting" in page
    token = _token(page)
    for n, evidence_id in enumerate(pending):  # through the e-mail's evidence and the attachment's alike
        done = client.post(
            f"/review/{evidence_id}",
            data={"action": "accept", "csrf_token": token, "walk": "reply"},
            follow_redirects=False,
        )
        assert done.headers["location"] == (
            f"/review/{pending[n + 1]}" if n + 1 < len(pending) else "/review"
        )
    after = client.get("/api/review/replies", params={"limit": 200}).json()
    assert after["total"] == whole["total"] - 1


def test_stats_and_dashboard_say_how_many_facts_are_unreviewed(client, replies) -> None:
    public = client.get("/api/stats").json()["facts_review"]
    assert set(public) == {"facts", "by_key", "replies"}
    assert public["facts"]["reviewed"] == 0 and public["facts"]["machine"] > 0
    assert public["replies"]["in_queue"] == len(replies)
    assert "machine-read and not yet reviewed" in client.get("/").text
    login(client, *REVIEWER)
    signed_in = client.get("/api/stats").json()["facts_review"]
    # the facts of the school under embargo (one per key) count for reviewers only
    assert signed_in["facts"]["total"] == public["facts"]["total"] + len(signed_in["by_key"])
    token = client.get("/api/session").json()["csrf_token"]
    item = client.get("/api/review/replies", params={"limit": 1}).json()["items"][0]
    for evidence_id in item["pending_evidence"]:
        response = client.post(
            f"/api/review/{evidence_id}", json={"action": "accept"}, headers={"X-CSRF-Token": token}
        )
        assert response.status_code == 200
    reviewed = client.get("/api/stats").json()["facts_review"]
    assert reviewed["facts"]["reviewed"] > 0
    assert reviewed["replies"]["in_queue"] == signed_in["replies"]["in_queue"] - 1
    assert f"{reviewed['facts']['reviewed']}</span>\nreviewed" in client.get("/").text

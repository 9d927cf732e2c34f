"""Issue 18: a reply nobody could match, placed by a reviewer in Chromium: what it says (sender, subject,
date, its first lines redacted), a search of bodies and requests, and the placement recorded as events. As an
attacker: a forged reply naming a body is held by the trust checks, shown as untrusted wherever it could go,
and placed only by a signed-in reviewer, with the CSRF token, who says they checked its sender."""

from __future__ import annotations

from pathlib import Path

import httpx
from sqlalchemy import select
from test_browser import _serving, _shots
from test_browser_people import _page, _sign_in, browser  # noqa: F401 - the fixture
from webdata import seed

from camcensus.enums import ReviewAction
from camcensus.store import Store
from camcensus.store.models import Message, Request, RequestEvent, ReviewEvent

FORGED = """\
From: Testshire Council FOI <foi@testshire-council.example.net>
To: survey@example.org
Subject: Re: your FOI request, our answer
Date: Mon, 02 Nov 2026 10:15:00 +0000
Message-ID: <forged-1@testshire-council.example.net>
Content-Type: text/plain; charset=utf-8

Dear Requester,

Testshire Council now uses Dahua cameras only; the Hikvision ones have all gone.
For anything else call Jane Doe on 01632 960 321 or write to jane.doe@testshire-council.example.net.

Regards
"""


def _forged_reply(run_cli, store: Store, tmp_path: Path) -> int:
    """The forged reply through the real inbox command: held, suggesting the request it names."""
    path = tmp_path / "forged.eml"
    path.write_text(FORGED, encoding="utf-8")
    run_cli("foi", "inbox", str(path), db=store.url.split("///", 1)[1])
    with store.session() as session:
        msg = session.scalars(select(Message).where(Message.message_id.like("%forged-1%"))).one()
        assert msg.request_id is None and "names Testshire Council" in (msg.held_reason or "")
        return msg.id


def _placed(store: Store, message_id: int) -> int | None:
    with store.session() as session:
        return session.get(Message, message_id).request_id  # type: ignore[union-attr]


def test_a_reviewer_finds_and_places_a_held_reply(sqlite_store, run_cli, browser, tmp_path) -> None:  # noqa: F811
    seed(sqlite_store)
    forged = _forged_reply(run_cli, sqlite_store, tmp_path)
    with _serving(sqlite_store) as base:
        anonymous = httpx.post(f"{base}/unmatched/{forged}", data={"reference": "CC-0001"})
        assert anonymous.status_code in (401, 403) and _placed(sqlite_store, forged) is None
        assert httpx.get(f"{base}/unmatched").status_code in (302, 303, 307)  # to the sign-in page

        page = _page(browser, 390, [])
        _sign_in(page, base)
        page.goto(f"{base}/unmatched")
        reply = page.locator(f"#message-{forged}")
        shown = reply.inner_text()
        assert "foi@testshire-council.example.net" in shown and "Re: your FOI request, our answer" in shown
        assert "2026-11-02T10:15:00" in shown and "names Testshire Council but comes from" in shown
        preview = reply.locator("pre.preview").inner_text()
        assert "uses Dahua cameras only" in preview
        assert "01632 960 321" not in preview and "jane.doe@" not in preview  # redacted as quotes are

        no_token = page.request.post(f"{base}/unmatched/{forged}", form={"reference": "CC-0001"})
        assert no_token.status == 403 and _placed(sqlite_store, forged) is None

        reply.locator("input[name=q]").fill("testshire")
        with page.expect_navigation():
            reply.locator("form.search button").click()
        reply = page.locator(f"#message-{forged}")
        found = reply.locator("ul.found li", has_text="CC-0001")
        assert "Not trusted" in found.inner_text() and "testshire-council.example.net" in found.inner_text()
        checkbox = found.locator("input[name=checked_sender]")
        assert checkbox.get_attribute("required") is not None  # the form asks for the sender to be checked

        token = found.locator("input[name=csrf_token]").get_attribute("value") or ""
        unchecked = page.request.post(
            f"{base}/unmatched/{forged}", form={"reference": "CC-0001", "csrf_token": token}
        )
        assert unchecked.status == 422 and _placed(sqlite_store, forged) is None

        checkbox.check()
        with page.expect_navigation():
            found.locator("button").click()
        assert page.locator(f"#message-{forged}").count() == 0
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        page.screenshot(path=_shots(tmp_path) / "unmatched-placed-390.png", full_page=True)

    with sqlite_store.session() as session:
        request = session.scalars(select(Request).where(Request.reference == "CC-0001")).one()
        assert _placed(sqlite_store, forged) == request.id
        review = session.scalars(select(ReviewEvent).where(ReviewEvent.message_id == forged)).one()
        assert (review.action, review.actor, review.new_value) == (ReviewAction.ASSIGN, "rex", "CC-0001")
        kinds = {
            (e.kind, e.actor)
            for e in session.scalars(select(RequestEvent).where(RequestEvent.request_id == request.id))
        }
        assert ("reply_assigned", "rex") in kinds

"""Chromium drives the real server on loopback: sign in, review with the keyboard, see the dashboard change,
and a screenshot of every page (kept in CAMCENSUS_SCREENSHOTS when set, else the test's tmp dir)."""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from webdata import REVIEWER, Seeded, seed

from camcensus.store import Store
from camcensus.web import create_app
from read_replies import read_into

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@contextmanager
def _serving(store: Store) -> Iterator[str]:
    """The web app over ``store`` on a loopback port; yields its base URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(create_app(store, secret_key="browser"), log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline and thread.is_alive(), "server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture
def server(sqlite_store: Store) -> Iterator[tuple[str, Seeded]]:
    seeded = seed(sqlite_store)
    with _serving(sqlite_store) as base:
        yield base, seeded


@pytest.fixture
def queue_server(sqlite_store: Store, reply_corpus) -> Iterator[str]:
    """The seeded store with the corpus's replies read by the pipeline: a queue of replies to review."""
    seed(sqlite_store)
    read_into(sqlite_store, reply_corpus)
    with _serving(sqlite_store) as base:
        yield base


@pytest.fixture
def page(require_chromium: str) -> Iterator:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=require_chromium, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1200, "height": 900})
        page = context.new_page()
        page.set_default_timeout(15_000)
        errors: list[str] = []
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        yield page
        assert errors == []  # no script errors, nothing blocked by the content security policy
        browser.close()


def _shots(tmp_path: Path) -> Path:
    out = Path(os.environ.get("CAMCENSUS_SCREENSHOTS") or tmp_path / "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    return out


def _figure(page, sector: str, vendor: str) -> str:
    return page.locator(f'.figure[data-sector="{sector}"][data-vendor="{vendor}"] .kn').inner_text()


def test_sign_in_review_with_keyboard_and_dashboard_changes(server, page, tmp_path) -> None:
    base, seeded = server
    shots = _shots(tmp_path)
    page.goto(base + "/")
    assert _figure(page, "nhs", "dahua") == "1 of 1" and _figure(page, "council", "hikvision") == "1 of 1"
    page.screenshot(path=shots / "dashboard.png", full_page=True)

    page.goto(base + "/review")
    assert re.search(r"/login\?next=/review$", page.url)
    page.screenshot(path=shots / "login.png", full_page=True)
    page.fill("input[name=name]", REVIEWER[0])
    page.fill("input[name=password]", REVIEWER[1])
    page.click("button[type=submit]")
    page.wait_for_url(base + "/review")
    # no reply here has a reading with confidences: its evidence is reviewed one item at a time
    with page.expect_navigation():
        page.click("a[href='/review/next']")
    assert page.locator(".review .value").inner_text() == "Dahua"
    assert page.locator("mark.ev").inner_text() == "Dahua"
    page.screenshot(path=shots / "review.png", full_page=True)

    with page.expect_navigation():
        page.keyboard.press("r")  # reject the Dahua reading
    assert page.locator(".review .value").inner_text() == "Hikvision"
    page.keyboard.press("c")  # correct: the value field takes focus
    assert page.evaluate("document.activeElement.id") == "new-value"
    page.select_option("#fact-key", "hikvision")
    page.keyboard.type("no")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    page.goto(base + "/")
    assert _figure(page, "nhs", "dahua") == "0 of 0"
    assert _figure(page, "council", "hikvision") == "0 of 1"
    page.screenshot(path=shots / "dashboard-after-review.png", full_page=True)


def test_screenshot_of_every_page(server, page, tmp_path) -> None:
    base, seeded = server
    shots = _shots(tmp_path)
    page.goto(base + "/login")
    page.fill("input[name=name]", REVIEWER[0])
    page.fill("input[name=password]", REVIEWER[1])
    with page.expect_navigation():
        page.click("button[type=submit]")
    pages = {
        "bodies": "/bodies?sector=council",
        "body": f"/bodies/{seeded.council}",
        "campaigns": "/campaigns",
        "campaign": f"/campaigns/{seeded.published}",
        "unmatched": "/unmatched",
        "published": f"/review/published/{seeded.council}",
    }
    for name, path in pages.items():
        response = page.goto(base + path)
        assert response is not None and response.status == 200, path
        page.screenshot(path=shots / f"{name}.png", full_page=True)
    page.goto(base + f"/bodies/{seeded.council}")
    assert page.locator(f"#ev-{seeded.hik_evidence}").inner_text() == "Hikvision"
    assert page.evaluate("window.pwned === undefined")  # hostile reply text never ran
    assert "<script>alert" in page.locator("pre.text").first.inner_text()  # shown as text
    assert all((shots / f"{n}.png").stat().st_size > 5000 for n in pages)


def test_reply_queue_cards_lead_to_each_reply_evidence(queue_server, page, tmp_path) -> None:
    base = queue_server
    page.goto(base + "/review")
    page.fill("input[name=name]", REVIEWER[0])
    page.fill("input[name=password]", REVIEWER[1])
    page.click("button[type=submit]")
    page.wait_for_url(base + "/review")
    cards = page.locator("article.reply")
    assert cards.count() == 20
    first = cards.first
    assert "flagged" in (first.get_attribute("class") or "")
    assert first.locator("tr[data-field]").count() == 5
    assert first.locator("tr[data-field=outcome] td.value").inner_text().strip() != ""
    assert first.locator("td.quote q").count() >= 1
    assert first.locator("ul.reasons li").count() >= 1
    page.screenshot(path=_shots(tmp_path) / "review-queue.png", full_page=True)
    page.set_viewport_size({"width": 390, "height": 900})  # a phone: the cards fit, nothing scrolls sideways
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.set_viewport_size({"width": 1200, "height": 900})

    link = first.locator("a.review-reply")
    waiting = int(re.search(r"(\d+) evidence item", link.inner_text()).group(1))
    with page.expect_navigation():
        link.click()
    assert re.search(r"/review/\d+$", page.url)
    assert f"{waiting} items of this reply waiting" in page.locator("main").inner_text()
    at = page.url
    with page.expect_navigation():
        page.keyboard.press("a")  # accept: on to the next item of the same reply
    assert page.url != at and re.search(r"/review/\d+$", page.url)
    assert f"{waiting - 1} item" in page.locator("main").inner_text()

    page.goto(base + "/review")
    again = page.locator("article.reply").first.locator("a.review-reply").inner_text()
    assert f"{waiting - 1} evidence item" in again

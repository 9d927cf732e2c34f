"""The web app as people meet it, in Chromium at a desktop (1280 px) and a phone (390 px): the demo's
synthetic data said on every page, nothing scrolling sideways, the API reference drawn from the package's
own files, error pages for browsers and JSON for programs, and an empty database that says what to do."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import httpx
import pytest
from test_browser import CHROMIUM_ARGS, _serving, _shots
from webdata import REVIEWER

from camcensus.enums import Role
from camcensus.store import Store
from camcensus.synthetic import SYNTHETIC_NOTE
from camcensus.web.users import add_user

WIDTHS = (1280, 390)
PUBLIC = [
    "/",
    "/bodies",
    "/bodies/1",
    "/campaigns",
    "/campaigns/demo-cctv-2026",
    "/compare",
    "/diligence",
    "/api/docs",
]
SIGNED_IN = ["/review", "/unmatched", "/review/published/1"]


@pytest.fixture
def demo_store(demo_survey: Path, tmp_path: Path) -> Iterator[Store]:
    """A copy of the demo's database (the demo's own stays as it was made), with a reviewer."""
    db = tmp_path / "demo.db"
    shutil.copy(demo_survey / "camcensus.db", db)
    store = Store.open_existing(str(db))
    with store.session() as session:
        add_user(session, REVIEWER[0], Role.REVIEWER, REVIEWER[1])
    yield store
    store.dispose()


@pytest.fixture
def browser(require_chromium: str) -> Iterator:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=require_chromium, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _page(browser, width: int, errors: list[str], hosts: set[str] | None = None):
    page = browser.new_context(viewport={"width": width, "height": 900}).new_page()
    page.set_default_timeout(20_000)
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    if hosts is not None:
        page.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    return page


def _sign_in(page, base: str) -> None:
    page.goto(base + "/login")
    page.fill("input[name=name]", REVIEWER[0])
    page.fill("input[name=password]", REVIEWER[1])
    with page.expect_navigation():
        page.click("button[type=submit]")


def _visit(page, base: str, path: str, width: int) -> None:
    """Open ``path``: it answers 200 and nothing on it scrolls sideways at ``width``."""
    response = page.goto(base + path)
    assert response is not None and response.status == 200, path
    page.wait_for_load_state("networkidle")
    scroll = page.evaluate("document.documentElement.scrollWidth")
    assert scroll <= width, f"{path} scrolls sideways at {width} px ({scroll} px wide)"


def test_every_page_marks_synthetic_data_and_fits_a_phone(demo_store, browser, tmp_path) -> None:
    shots = _shots(tmp_path)
    with _serving(demo_store) as base:
        for width in WIDTHS:
            errors: list[str] = []
            page = _page(browser, width, errors)
            for path in PUBLIC + ["/login"] + SIGNED_IN:
                if path == SIGNED_IN[0]:
                    _sign_in(page, base)
                _visit(page, base, path, width)
                banner = page.locator(".synthetic-banner")
                assert banner.is_visible() and banner.inner_text() == SYNTHETIC_NOTE, path
                name = path.strip("/").replace("/", "-") or "dashboard"
                page.screenshot(path=shots / f"{name}-{width}.png", full_page=True)
                assert (shots / f"{name}-{width}.png").stat().st_size > 5000
            assert errors == []  # no script error, nothing blocked by the content security policy


def test_rounds_are_compared_from_the_dashboard_and_chosen_with_the_form(demo_store, browser) -> None:
    """The dashboard leads to the comparison of the demo's two rounds; choosing them the other way round
    turns each change about, on a desktop and on a phone."""
    with _serving(demo_store) as base:
        for width in WIDTHS:
            errors: list[str] = []
            page = _page(browser, width, errors)
            page.goto(base + "/")
            with page.expect_navigation():
                page.click("text=See what changed between the latest two rounds")
            assert page.url == base + "/compare"
            card = page.locator('.headline .figure[data-vendor="hikvision"] .diff')
            forward = card.inner_text()
            assert re.fullmatch(r"[−+]\d+ points|no change", forward), forward
            page.select_option("select[name=a]", "demo-cctv-2026")
            page.select_option("select[name=b]", "demo-cctv-2024")
            with page.expect_navigation():
                page.click("form.rounds button[type=submit]")
            assert page.url == base + "/compare?a=demo-cctv-2026&b=demo-cctv-2024"
            backward = card.inner_text()
            flip = {"−": "+", "+": "−"}
            assert backward == (forward if forward == "no change" else flip[forward[0]] + forward[1:])
            assert page.evaluate("document.documentElement.scrollWidth") <= width
            assert page.locator("section.moved article.moved-body").count() >= 8
            assert errors == []


def test_api_reference_is_drawn_from_the_package_alone(demo_store, browser) -> None:
    with _serving(demo_store) as base:
        errors: list[str] = []
        hosts: set[str] = set()
        page = _page(browser, 1280, errors, hosts)
        page.goto(base + "/api/docs")
        page.locator(".swagger-ui .opblock").first.wait_for()
        assert page.locator(".swagger-ui .opblock").count() > 10
        assert "/api/stats" in page.locator(".swagger-ui").inner_text()
        assert hosts == {urlparse(base).netloc} and errors == []  # nothing fetched from anywhere else


def test_errors_are_pages_for_browsers_and_json_for_programs(demo_store, browser) -> None:
    with _serving(demo_store) as base:
        page = _page(browser, 390, [])
        missing = page.goto(base + "/no-such-page")
        assert missing is not None and missing.status == 404
        assert "text/html" in missing.headers["content-type"]
        assert "There is no page at this address" in page.locator("main").inner_text()
        assert page.locator(".synthetic-banner").is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        for path in ("/api/no-such-thing", "/no-such-page"):
            answer = httpx.get(base + path, headers={"Accept": "application/json"})
            assert answer.status_code == 404 and answer.json() == {"detail": "Not Found"}

        with sqlite3.connect(demo_store.url.split("///", 1)[1]) as conn:  # a store gone wrong
            conn.execute("DROP TABLE requests")
        crashed = page.goto(base + "/campaigns/demo-cctv-2026")
        assert crashed is not None and crashed.status == 500
        assert "Something went wrong on our side" in page.locator("body").inner_text()
        assert "Traceback" not in page.content()
        api = httpx.get(base + "/api/campaigns/demo-cctv-2026")
        assert api.status_code == 500 and api.json() == {"detail": "Internal Server Error"}


def test_an_empty_database_says_what_to_do(sqlite_store, browser, tmp_path) -> None:
    shots = _shots(tmp_path)
    with _serving(sqlite_store) as base:
        for width in WIDTHS:
            errors: list[str] = []
            page = _page(browser, width, errors)
            for path in ("/", "/bodies", "/campaigns", "/compare", "/diligence"):
                _visit(page, base, path, width)
                assert page.locator(".synthetic-banner").count() == 0  # nothing synthetic here
            page.goto(base + "/compare")
            assert "Comparing needs two survey rounds" in page.locator(".empty-state").inner_text()
            page.screenshot(path=shots / f"empty-compare-{width}.png", full_page=True)
            page.goto(base + "/")
            empty = page.locator(".empty-state")
            assert empty.is_visible() and "camcensus demo" in empty.inner_text()
            page.screenshot(path=shots / f"empty-dashboard-{width}.png", full_page=True)
            assert errors == []

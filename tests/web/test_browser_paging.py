"""A person pages through the bodies list in Chromium: next and previous by key, a filtered list, and the
list on a desktop and on a phone (screenshots kept in CAMCENSUS_SCREENSHOTS when set)."""

from __future__ import annotations

from test_browser import _shots, page, server  # noqa: F401


def _names(page) -> list[str]:  # noqa: F811
    return page.locator("table.list tbody td:first-child a").all_inner_texts()


def test_a_person_pages_through_a_filtered_bodies_list(server, page, tmp_path) -> None:  # noqa: F811
    base, _ = server
    shots = _shots(tmp_path)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(base + "/bodies")
    page.fill("input[name=q]", "borough")
    page.select_option("select[name=sector]", "council")
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert "60 bodies" in page.locator("p.meta").inner_text()
    first = _names(page)
    assert first == [f"Extra Borough {i:02d}" for i in range(50)]
    assert page.locator("a[rel=prev]").count() == 0
    page.screenshot(path=shots / "bodies-1280.png", full_page=True)
    with page.expect_navigation():
        page.click("a[rel=next]")
    assert "after=" in page.url and "q=borough" in page.url and "sector=council" in page.url
    assert _names(page) == [f"Extra Borough {i:02d}" for i in range(50, 60)]
    assert page.locator("a[rel=next]").count() == 0
    assert page.input_value("input[name=q]") == "borough"
    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=shots / "bodies-390.png", full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    with page.expect_navigation():
        page.click("a[rel=prev]")
    assert "before=" in page.url and _names(page) == first
    with page.expect_navigation():
        page.goto(base + "/bodies?q=borough&sector=council&per_page=50&page=2")  # an old numbered link
    assert _names(page) == [f"Extra Borough {i:02d}" for i in range(50, 60)]
    with page.expect_navigation():
        page.click("text=« first")
    assert _names(page) == first

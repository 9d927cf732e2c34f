"""The bodies list paged by key: ``?after=ID`` and ``?before=ID`` walk the list in name order (ties by id),
page boundaries hold, and old numbered links keep working."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from webdata import _body, seed

from camcensus.enums import BodyType, Nation
from camcensus.store import Store
from camcensus.web import create_app

TIES = 5  # bodies with the very same name: their order is their id's


def _add_bodies(store: Store, names: list[str], prefix: str) -> None:
    with store.session() as session:
        for i, name in enumerate(names):
            _body(session, f"la:{prefix}{i:02d}", name, BodyType.COUNCIL, Nation.WALES)


@pytest.fixture
def keyed_store(any_store: Store) -> Store:
    seed(any_store)
    _add_bodies(any_store, ["Tied Name"] * TIES, "T")
    return any_store


@pytest.fixture
def keyed(keyed_store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(keyed_store, secret_key="test-secret")) as c:
        yield c


def _page(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/api/bodies", params=params)
    assert response.status_code == 200, response.text
    return dict(response.json())


def _ids(page: dict[str, Any]) -> list[int]:
    return [b["id"] for b in page["items"]]


def _walk_forward(client: TestClient, per_page: int, **filters: Any) -> list[list[int]]:
    pages = [_page(client, per_page=per_page, **filters)]
    while pages[-1]["next_after"] is not None:
        assert len(pages) < 100
        pages.append(_page(client, per_page=per_page, after=pages[-1]["next_after"], **filters))
    return [_ids(p) for p in pages]


def test_pages_by_key_follow_name_then_id_and_cover_every_body_once(keyed: TestClient) -> None:
    everything = _page(keyed, per_page=200)
    assert everything["total"] == 64 + TIES and everything["next_after"] is None
    ordered = [(b["name"], b["id"]) for b in everything["items"]]
    assert ordered == sorted(ordered)
    tied = [i for name, i in ordered if name == "Tied Name"]
    assert len(tied) == TIES and tied == sorted(tied)
    for per_page in (1, 2, 3, 7, 23, 69):  # 69: the whole list on one page, exactly
        pages = _walk_forward(keyed, per_page)
        assert [i for p in pages for i in p] == [i for _, i in ordered], per_page
        assert all(len(p) == per_page for p in pages[:-1]) and 0 < len(pages[-1]) <= per_page


def test_ties_split_across_a_page_boundary(keyed: TestClient) -> None:
    everything = [b["id"] for b in _page(keyed, per_page=200, q="Tied")["items"]]
    first = _page(keyed, q="Tied", per_page=2)
    assert _ids(first) == everything[:2] and first["previous_before"] is None
    second = _page(keyed, q="Tied", per_page=2, after=first["next_after"])
    assert _ids(second) == everything[2:4] and second["page"] is None
    last = _page(keyed, q="Tied", per_page=2, after=second["next_after"])
    assert _ids(last) == everything[4:] and last["next_after"] is None
    back = _page(keyed, q="Tied", per_page=2, before=last["previous_before"])
    assert _ids(back) == everything[2:4] and back["previous_before"] == everything[2]
    assert _ids(_page(keyed, q="Tied", per_page=2, before=back["previous_before"])) == everything[:2]


def test_walking_back_gives_the_same_pages(keyed: TestClient) -> None:
    forward = _walk_forward(keyed, 10, sector="council")
    page = _page(keyed, per_page=10, sector="council", after=forward[-2][-1])
    backward = [_ids(page)]
    while page["previous_before"] is not None:
        page = _page(keyed, per_page=10, sector="council", before=page["previous_before"])
        backward.append(_ids(page))
    assert backward[::-1] == forward
    assert page["next_after"] == forward[0][-1]


def test_first_and_last_pages_have_no_link_beyond_them(keyed: TestClient) -> None:
    first = _page(keyed, per_page=10)
    assert first["previous_before"] is None and first["page"] == 1 and first["pages"] == 7
    ids = [b["id"] for b in _page(keyed, per_page=200)["items"]]
    assert _page(keyed, per_page=10, after=ids[-1])["items"] == []
    last = _page(keyed, per_page=10, after=ids[-11])
    assert _ids(last) == ids[-10:] and last["next_after"] is None
    assert _page(keyed, per_page=10, before=ids[0])["items"] == []
    assert _page(keyed, per_page=10, before=ids[10])["previous_before"] is None


def test_numbered_links_still_work_and_lead_on_by_key(keyed: TestClient) -> None:
    ids = [b["id"] for b in _page(keyed, per_page=200)["items"]]
    third = _page(keyed, per_page=10, page=3)
    assert _ids(third) == ids[20:30] and third["page"] == 3
    assert (third["next_after"], third["previous_before"]) == (ids[29], ids[20])
    assert _ids(_page(keyed, per_page=10, after=third["next_after"])) == ids[30:40]
    assert _ids(_page(keyed, per_page=10, before=third["previous_before"])) == ids[10:20]
    last = _page(keyed, per_page=10, page=7)
    assert _ids(last) == ids[60:] and last["next_after"] is None


def test_a_key_that_names_no_body_gives_the_first_page(keyed: TestClient) -> None:
    ids = [b["id"] for b in _page(keyed, per_page=200)["items"]]
    for key in ("after", "before"):
        page = _page(keyed, per_page=10, **{key: 10**9})
        assert _ids(page) == ids[:10] and page["page"] == 1
    assert keyed.get("/api/bodies", params={"after": "x"}).status_code == 422
    assert keyed.get("/bodies", params={"after": 2**64}).status_code == 422


def test_a_page_by_key_does_not_shift_when_bodies_are_added_before_it(
    keyed_store: Store, keyed: TestClient
) -> None:
    first = _page(keyed, per_page=10)
    second = _ids(_page(keyed, per_page=10, after=first["next_after"]))
    _add_bodies(keyed_store, ["Aaa New Body", "Aab New Body"], "N")
    with TestClient(create_app(keyed_store, secret_key="test-secret")) as fresh:
        assert _ids(_page(fresh, per_page=10, after=first["next_after"])) == second
        assert _ids(_page(fresh, per_page=10, page=2)) != second  # by number, it shifts


def test_bodies_page_links_to_its_neighbours_by_key(keyed: TestClient) -> None:
    ids = [b["id"] for b in _page(keyed, per_page=200, sector="council")["items"]]
    html = keyed.get("/bodies", params={"sector": "council", "per_page": 20}).text
    assert f'rel="next" href="/bodies?sector=council&amp;per_page=20&amp;after={ids[19]}"' in html
    assert 'rel="prev"' not in html and "page 1 of 4" in html
    html = keyed.get("/bodies", params={"sector": "council", "per_page": 20, "after": ids[19]}).text
    assert f'rel="prev" href="/bodies?sector=council&amp;per_page=20&amp;before={ids[20]}"' in html
    assert f'after={ids[39]}"' in html and "20 shown of 66" in html
    assert f"/api/bodies?sector=council&amp;per_page=20&amp;after={ids[19]}" in html


def test_a_campaigns_requests_are_paged_by_key(keyed: TestClient) -> None:
    path = "/api/campaigns/cctv-2026"
    everything = keyed.get(path, params={"per_page": 200}).json()["request_list"]
    ids = [r["id"] for r in everything["items"]]
    assert len(ids) == 3 and ids == sorted(ids) and everything["next_after"] is None
    first = keyed.get(path, params={"per_page": 1}).json()["request_list"]
    walked = [r["id"] for r in first["items"]]
    page = first
    while page["next_after"] is not None:
        page = keyed.get(path, params={"per_page": 1, "after": page["next_after"]}).json()["request_list"]
        walked += [r["id"] for r in page["items"]]
        assert page["page"] is None
    assert walked == ids and page["previous_before"] == ids[-1]
    back = keyed.get(path, params={"per_page": 1, "before": ids[-1]}).json()["request_list"]
    assert [r["id"] for r in back["items"]] == [ids[-2]] and back["next_after"] == ids[-2]
    numbered = keyed.get(path, params={"per_page": 1, "page": 2}).json()["request_list"]
    assert [r["id"] for r in numbered["items"]] == [ids[1]] and numbered["page"] == 2

"""Low-severity findings, each tried as an attacker would: huge integers in URLs, a 500 without the security
headers, and an embargo put back on while public caches still hold the published pages."""

from __future__ import annotations

import datetime as dt
import time

from fastapi.testclient import TestClient
from sqlalchemy import select

from camcensus.store.models import Campaign
from camcensus.web import create_app

HUGE = "9" * 40


def test_huge_integers_in_urls_are_refused_not_crashed_on(client: TestClient, seeded) -> None:
    for path in (
        f"/bodies/{HUGE}",
        f"/api/bodies/{HUGE}",
        f"/api/bodies/{2**63}",
        f"/api/bodies/{HUGE}/diligence",
        f"/bodies?page={HUGE}",
        f"/api/bodies?page={HUGE}",
        f"/campaigns?page={HUGE}",
        f"/api/campaigns?page={HUGE}",
    ):
        response = client.get(path)
        assert response.status_code in (404, 422), (path, response.status_code)
        assert response.headers["x-content-type-options"] == "nosniff"
    assert client.get(f"/api/bodies/{2**63 - 1}").status_code == 404


def test_a_500_carries_the_security_headers(sqlite_store, seeded) -> None:
    app = create_app(sqlite_store, secret_key="k")

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("an unexpected failure")

    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/boom")
    assert response.status_code == 500
    assert response.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert "an unexpected failure" not in response.text


def test_an_embargo_put_back_reaches_the_public_caches(sqlite_store, seeded) -> None:
    """The body page and the API answer, kept for anonymous visitors, stop showing a campaign's facts once
    its embargo is set again (by the CLI, another worker or by hand), within the version ttl."""
    ttl = 0.2
    with TestClient(create_app(sqlite_store, secret_key="k", version_ttl=ttl, figures_ttl=300)) as client:
        before = client.get(f"/api/bodies/{seeded.council}").json()
        assert before["facts_embargoed"] is False and before["facts"]
        assert client.get(f"/api/bodies/{seeded.council}").json() == before  # now kept in the caches
        with sqlite_store.session() as session:
            campaign = session.scalar(select(Campaign).where(Campaign.name == seeded.published))
            campaign.embargo_until = dt.date.today() + dt.timedelta(days=30)
        time.sleep(ttl + 0.05)
        after = client.get(f"/api/bodies/{seeded.council}").json()
        assert after["facts_embargoed"] is True and not after["facts"]
        assert "Hikvision" not in client.get(f"/bodies/{seeded.council}").text.split("<main", 1)[-1]

"""Due-diligence figures at scale: the batched national read (`all_exposures`, `overview`) against one
`body_exposure` call per body, on the same synthetic store in the same run. Prints times and ratios.

    /work/venv/bin/python benchmarks/diligence.py [BODIES]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from camcensus.diligence.exposure import body_exposure
from camcensus.diligence.national import all_exposures
from camcensus.diligence.overview import diligence_body_ids, overview
from camcensus.enums import BodyType, Nation
from camcensus.store import Store
from camcensus.store.models import Body, BodyFact, Device


def build(store: Store, bodies: int) -> None:
    with store.session() as session:
        for i in range(bodies):
            body = Body(
                code=f"bench:{i}",
                name=f"Body {i}",
                body_type=BodyType.COUNCIL,
                nation=Nation.ENGLAND,
                source="benchmark",
            )
            session.add(body)
            session.flush()
            session.add_all(
                [
                    BodyFact(
                        body_id=body.id, key="hikvision", value="yes" if i % 3 else "no", evidence_ids=[]
                    ),
                    BodyFact(body_id=body.id, key="dahua", value="no", evidence_ids=[]),
                    BodyFact(body_id=body.id, key="camera_count", value=str(10 + i % 50), evidence_ids=[]),
                ]
            )
            if i % 5 == 0:
                session.add_all(
                    [
                        Device(
                            device_key=f"bench:{i}:{j}",
                            body_id=body.id,
                            source="asset_register",
                            vendor="Hikvision",
                            device_type="camera",
                            serial=f"S{i}-{j}",
                            evidence=[],
                        )
                        for j in range(8)
                    ]
                )


def timed(label: str, fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    print(f"{label:<42} {seconds:8.3f} s")
    return result, seconds


def main(bodies: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.from_url(f"sqlite:///{Path(tmp) / 'bench.db'}")
        store.upgrade()
        build(store, bodies)
        with store.session() as session:
            ids = diligence_body_ids(session)
            one_by_one, base = timed(
                f"body_exposure per body ({len(ids)} bodies)",
                lambda: [body_exposure(session, i).as_dict() for i in ids],
            )
        with store.session() as session:
            batched, batch = timed(
                "all_exposures (batched)", lambda: [e.as_dict() for e in all_exposures(session, ids)]
            )
        with store.session() as session:
            _, whole = timed("overview (exposure, costs, rights, ...)", lambda: overview(session, ids))
        store.dispose()
    assert batched == one_by_one, "the batched read must give the same figures"
    print(f"batched / one by one: {batch / base:.2f}; overview / one by one: {whole / base:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)

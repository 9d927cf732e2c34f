from __future__ import annotations

import datetime as dt

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text

from camcensus.enums import BodyType, EvidenceKind, Nation
from camcensus.store import Base, Store
from camcensus.store.models import Body, BodyFact, Device, Document, Evidence, Segment

TABLES = {
    "bodies",
    "campaigns",
    "requests",
    "request_events",
    "messages",
    "documents",
    "segments",
    "failures",
    "evidence",
    "review_events",
    "body_facts",
    "scans",
    "devices",
    "users",
    "settings",
}


def test_upgrade_creates_every_table(any_store: Store) -> None:
    assert set(any_store.table_names()) >= TABLES
    assert any_store.current_revisions()


def test_upgrade_is_idempotent(any_store: Store) -> None:
    before = any_store.current_revisions()
    assert any_store.upgrade() == before


def test_models_and_migrations_agree(any_store: Store) -> None:
    """Autogenerate finds nothing to do after every migration: a model changed without its migration (or
    a migration that leaves a column other than the model says) fails here, on each backend."""
    with any_store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": True}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_body_domains_left_null_become_empty(any_store: Store) -> None:
    """Bodies stored before trust_0005 may hold NULL domains; the migration makes them an empty list."""
    config = any_store.alembic_config()
    command.downgrade(config, "trust_0004")
    with any_store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO bodies (code, name, body_type, nation, source, current, extra,"
                " created_at, updated_at) VALUES ('la:OLD', 'Old Council', 'council', 'england',"
                " 'test', true, '{}', '2026-01-01', '2026-01-01')"
            )
        )
    any_store.upgrade()
    with any_store.session() as session:
        assert session.scalars(select(Body)).one().domains == []


def test_devices_from_an_inventory_take_the_source_inventory(any_store: Store) -> None:
    """devices_0002 renames the stored source "asset_register" (with its device keys and the probe in its
    evidence) to "inventory"; other sources are untouched; downgrading renames back."""
    config = any_store.alembic_config()
    command.downgrade(config, "devices_0003@-2")  # the devices branch down to 0001
    rows = [
        (
            "asset_register:-:serial:HF001",
            "asset_register",
            '[{"probe": "asset_register", "detail": "row 2"}]',
        ),
        ("nmap:-:addr:127.0.0.9:80", "nmap", '[{"probe": "nmap"}]'),
    ]
    with any_store.engine.begin() as conn:
        for key, source, evidence in rows:
            conn.execute(
                text(
                    "INSERT INTO devices (device_key, source, confidence, evidence, first_seen, last_seen)"
                    " VALUES (:key, :source, 1.0, :evidence, '2026-01-01', '2026-01-01')"
                ),
                {"key": key, "source": source, "evidence": evidence},
            )
    any_store.upgrade()
    with any_store.session() as session:
        found = {d.source: d for d in session.scalars(select(Device))}
    assert set(found) == {"inventory", "nmap"}
    assert found["inventory"].device_key == "inventory:-:serial:HF001"
    assert found["inventory"].evidence == [{"probe": "inventory", "detail": "row 2"}]
    assert found["nmap"].device_key == "nmap:-:addr:127.0.0.9:80"
    command.downgrade(config, "devices_0003@-2")  # the devices branch down to 0001
    with any_store.engine.connect() as conn:
        assert sorted(conn.execute(text("SELECT source FROM devices")).scalars()) == [
            "asset_register",
            "nmap",
        ]
    any_store.upgrade()


def test_device_quotes_lose_their_addresses_and_no_body_publishes_them(any_store: Store) -> None:
    """devices_0003 rewrites each device evidence quote without the address, port or inventory location it
    carried (quotes reach the public pages and the open data), and adds the body's opt-in, off."""
    config = any_store.alembic_config()
    command.downgrade(config, "devices_0003@-1")
    with any_store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO bodies (code, name, body_type, nation, source, current, extra, domains,"
                " created_at, updated_at) VALUES ('la:CAM', 'Cam Council', 'council', 'england',"
                " 'test', true, '{}', '[]', '2026-01-01', '2026-01-01')"
            )
        )
        body_id = conn.execute(text("SELECT id FROM bodies")).scalar_one()
        evidence = '[{"probe": "recorder-channel", "input": "ip", "channel": 3}]'
        device_id = conn.execute(
            text(
                "INSERT INTO devices (device_key, body_id, source, address, port, vendor, brand, model,"
                " device_type, location, confidence, evidence, first_seen, last_seen) VALUES ('k', :body,"
                " 'discovery', '10.20.30.40', 80, 'Hikvision', 'HiLook', 'IPC-B140H', 'camera',"
                " 'ip channel 3 of the recorder at 10.20.30.1', 1.0, :evidence, '2026-01-01', '2026-01-01')"
                " RETURNING id"
            ),
            {"body": body_id, "evidence": evidence},
        ).scalar_one()
        conn.execute(
            text(
                "INSERT INTO evidence (device_id, body_id, kind, value, detail, quote, location, segment_seq,"
                " char_start, char_end, confidence, extractor, status, created_at) VALUES (:device, :body,"
                " 'device', 'Hikvision', '{}', :quote, 'device 1', -1, -1, -1, 1.0, 'network', 'machine',"
                " '2026-01-01')"
            ),
            {
                "device": device_id,
                "body": body_id,
                "quote": "HiLook IPC-B140H at 10.20.30.40:80 (ip channel 3 of the recorder at 10.20.30.1)"
                " [discovery]",
            },
        )
    any_store.upgrade()
    with any_store.session() as session:
        quote = session.scalars(select(Evidence.quote)).one()
        body = session.scalars(select(Body)).one()
    assert quote == "HiLook IPC-B140H, camera on ip channel 3 of a recorder [discovery]"
    assert body.device_addresses_public_since is None


def test_round_trip_through_the_data_flow(any_store: Store) -> None:
    with any_store.session() as session:
        body = Body(
            code="la:TST",
            name="Test Council",
            body_type=BodyType.COUNCIL,
            nation=Nation.WALES,
            source="test",
            extra={"gss_code": "W0"},
        )
        session.add(body)
        session.flush()
        doc = Document(sha256="a" * 64, filename="reply.pdf", size=3, content=b"pdf", body_id=body.id)
        doc.segments.append(Segment(seq=0, location="page 1", page=1, text="We use Hikvision cameras."))
        session.add(doc)
        session.flush()
        session.add(
            Evidence(
                document_id=doc.id,
                body_id=body.id,
                kind=EvidenceKind.MANUFACTURER,
                value="Hikvision",
                quote="We use Hikvision cameras.",
                location="page 1",
                char_start=7,
                char_end=16,
                detail={"vendor": "Hikvision", "in_use": True},
            )
        )
        session.add(BodyFact(body_id=body.id, key="hikvision", value="yes", evidence_ids=[1]))
    with any_store.session() as session:
        body = session.scalars(select(Body)).one()
        assert body.nation is Nation.WALES and body.extra == {"gss_code": "W0"}
        evidence = session.scalars(select(Evidence)).one()
        assert evidence.kind is EvidenceKind.MANUFACTURER and evidence.detail["in_use"] is True
        doc = session.scalars(select(Document)).one()
        assert doc.segments[0].text.startswith("We use") and doc.content == b"pdf"
        assert isinstance(doc.created_at, dt.datetime)


def test_sqlite_runs_in_wal_mode(sqlite_store: Store) -> None:
    with sqlite_store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"

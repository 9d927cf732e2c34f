"""chase letters: each reminder or review request claimed before it is sent, once per request and stage

Revision ID: trust_0003
Revises: trust_0002
Create Date: 2026-12-10 12:00:00
"""

import datetime as dt
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "trust_0003"
down_revision: str | Sequence[str] | None = "trust_0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    letters = op.create_table(
        "chase_letters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("stage", sa.String(length=100), nullable=False),
        sa.Column("message_id", sa.String(length=300), nullable=False),
        sa.Column("send_started_at", sa.DateTime(), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["request_id"], ["requests.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("message_id"),
        sa.UniqueConstraint("request_id", "kind", "stage"),
    )
    op.create_index("ix_chase_letters_request_id", "chase_letters", ["request_id"])
    # letters sent before this table existed are on record as chase_sent events: never send them again
    events = sa.table(
        "request_events",
        sa.column("request_id", sa.Integer()),
        sa.column("kind", sa.String()),
        sa.column("at", sa.DateTime()),
        sa.column("detail", sa.JSON()),
    )
    conn = op.get_bind()
    rows: list[dict[str, object]] = []
    seen: set[tuple[int, str, str]] = set()
    for request_id, at, detail in conn.execute(
        sa.select(events.c.request_id, events.c.at, events.c.detail).where(events.c.kind == "chase_sent")
    ):
        detail = json.loads(detail) if isinstance(detail, str) else (detail or {})
        key = (request_id, str(detail.get("letter")), str(detail.get("stage")))
        if key in seen:
            continue
        seen.add(key)
        message_id = detail.get("message_id") or f"<chase-{request_id}-{len(rows)}@camcensus.invalid>"
        rows.append(
            {"request_id": key[0], "kind": key[1], "stage": key[2], "message_id": message_id,
             "send_started_at": at or dt.datetime(1970, 1, 1), "sent_at": at or dt.datetime(1970, 1, 1)}
        )  # fmt: skip
    if rows:
        op.bulk_insert(letters, rows)


def downgrade() -> None:
    op.drop_index("ix_chase_letters_request_id", table_name="chase_letters")
    op.drop_table("chase_letters")

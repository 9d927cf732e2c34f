"""a body's opt-in to publish its devices' addresses (bodies.device_addresses_public_since, none: withheld),
and device evidence quotes without addresses or inventory locations (they reach public pages and open data)

Revision ID: devices_0003
Revises: devices_0002
Create Date: 2027-01-12 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "devices_0003"
down_revision: str | Sequence[str] | None = "devices_0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DEVICES = sa.table(
    "devices",
    sa.column("id", sa.Integer),
    sa.column("source", sa.String),
    sa.column("vendor", sa.String),
    sa.column("brand", sa.String),
    sa.column("model", sa.String),
    sa.column("device_type", sa.String),
    sa.column("evidence", sa.JSON),
)
EVIDENCE = sa.table(
    "evidence",
    sa.column("id", sa.Integer),
    sa.column("device_id", sa.Integer),
    sa.column("quote", sa.Text),
)


def _quote(device: sa.Row) -> str:
    """The quote camcensus.network.record.device_quote writes (as of this revision)."""
    what = " ".join(p for p in (device.brand or device.vendor, device.model) if p)
    kind = f", {device.device_type}" if device.device_type else ""
    behind = next(
        (e for e in device.evidence or [] if isinstance(e, dict) and e.get("probe") == "recorder-channel"),
        None,
    )
    on = f" on {behind.get('input')} channel {behind.get('channel')} of a recorder" if behind else ""
    return f"{what}{kind}{on} [{(device.source or '').replace('_', ' ')}]"


def upgrade() -> None:
    with op.batch_alter_table("bodies") as batch:
        batch.add_column(sa.Column("device_addresses_public_since", sa.DateTime(), nullable=True))
        batch.create_index("ix_bodies_device_addresses_public_since", ["device_addresses_public_since"])
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(EVIDENCE.c.id, *(c for c in DEVICES.c if c.name != "id")).join(
            DEVICES, DEVICES.c.id == EVIDENCE.c.device_id
        )
    ).all()
    for row in rows:
        conn.execute(sa.update(EVIDENCE).where(EVIDENCE.c.id == row.id).values(quote=_quote(row)))


def downgrade() -> None:
    # the quotes stay without addresses: the devices' own rows still hold them
    with op.batch_alter_table("bodies") as batch:
        batch.drop_index("ix_bodies_device_addresses_public_since")
        batch.drop_column("device_addresses_public_since")

"""devices from an asset inventory are stored with the source "inventory" (was "asset_register": "register"
now means only the register of public bodies); their keys and the probe named in their evidence follow.

Revision ID: devices_0002
Revises: 0001
Create Date: 2026-12-04 16:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "devices_0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DEVICES = sa.table(
    "devices",
    sa.column("id", sa.Integer),
    sa.column("device_key", sa.String),
    sa.column("source", sa.String),
    sa.column("evidence", sa.JSON),
)


def _rename(old: str, new: str) -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(DEVICES.c.id, DEVICES.c.device_key, DEVICES.c.evidence).where(DEVICES.c.source == old)
    ).all()
    for row in rows:
        key = new + row.device_key[len(old) :] if row.device_key.startswith(old + ":") else row.device_key
        evidence = [
            {**e, "probe": new} if isinstance(e, dict) and e.get("probe") == old else e
            for e in row.evidence or []
        ]
        conn.execute(
            sa.update(DEVICES)
            .where(DEVICES.c.id == row.id)
            .values(source=new, device_key=key[:300], evidence=evidence)
        )


def upgrade() -> None:
    _rename("asset_register", "inventory")


def downgrade() -> None:
    _rename("inventory", "asset_register")

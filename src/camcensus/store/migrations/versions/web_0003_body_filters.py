"""indexes for the bodies list filtered by sector or nation, in name order

Revision ID: web_0003
Revises: web_0002
Create Date: 2026-12-01 16:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "web_0003"
down_revision: str | Sequence[str] | None = "web_0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # a page of one sector's or one nation's bodies is read in name order from the index, not sorted from
    # all of them (on SQLite the NHS page took 15 ms scanning every body by name)
    op.create_index("ix_bodies_type_name_id", "bodies", ["body_type", "name", "id"])
    op.create_index("ix_bodies_nation_name_id", "bodies", ["nation", "name", "id"])


def downgrade() -> None:
    op.drop_index("ix_bodies_nation_name_id", table_name="bodies")
    op.drop_index("ix_bodies_type_name_id", table_name="bodies")

"""indexes for the web app's lists: bodies by name, evidence by review status

Revision ID: web_0002
Revises: 0001
Create Date: 2026-12-01 13:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "web_0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # the bodies list pages through bodies ordered by name; the review queue counts pending evidence
    op.create_index("ix_bodies_name_id", "bodies", ["name", "id"])
    op.create_index("ix_evidence_status", "evidence", ["status"])


def downgrade() -> None:
    op.drop_index("ix_evidence_status", table_name="evidence")
    op.drop_index("ix_bodies_name_id", table_name="bodies")

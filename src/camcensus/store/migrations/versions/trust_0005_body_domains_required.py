"""a body's declared domains are never NULL (as the model says; trust_0002 left the column nullable)

Revision ID: trust_0005
Revises: trust_0004
Create Date: 2026-12-04 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "trust_0005"
down_revision: str | Sequence[str] | None = "trust_0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bodies = sa.table("bodies", sa.column("domains", sa.JSON()))
    op.get_bind().execute(sa.update(bodies).where(bodies.c.domains.is_(None)).values(domains=[]))
    with op.batch_alter_table("bodies") as batch:
        batch.alter_column("domains", existing_type=sa.JSON(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("bodies") as batch:
        batch.alter_column("domains", existing_type=sa.JSON(), nullable=True)

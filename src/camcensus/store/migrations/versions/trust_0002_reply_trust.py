"""a body's declared domains; a reply's authentication results, why it waits and the request it suggests

Revision ID: trust_0002
Revises: 0001
Create Date: 2026-12-10 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "trust_0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("bodies") as batch:
        batch.add_column(sa.Column("domains", sa.JSON(), nullable=True))
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("authentication", sa.Text(), nullable=True))
        batch.add_column(sa.Column("held_reason", sa.Text(), nullable=True))
        batch.add_column(sa.Column("suggested_request_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_messages_suggested_request_id_requests", "requests", ["suggested_request_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_constraint("fk_messages_suggested_request_id_requests", type_="foreignkey")
        batch.drop_column("suggested_request_id")
        batch.drop_column("held_reason")
        batch.drop_column("authentication")
    with op.batch_alter_table("bodies") as batch:
        batch.drop_column("domains")

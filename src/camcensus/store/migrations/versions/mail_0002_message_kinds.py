"""what an incoming e-mail is (reply, auto_reply, bounce, referral), the headers that say so, and the e-mail
it came enclosed in. Requests gain the state delivery_failed: the state column is a plain string with no
CHECK constraint (native_enum=False), so no change to it is needed.

Revision ID: mail_0002
Revises: 0001
Create Date: 2026-12-04 15:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "mail_0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("signals", sa.Text(), nullable=True))
        batch.add_column(sa.Column("enclosed_by_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_messages_enclosed_by_id_messages", "messages", ["enclosed_by_id"], ["id"]
        )
        batch.create_index("ix_messages_enclosed_by_id", ["enclosed_by_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_index("ix_messages_enclosed_by_id")
        batch.drop_constraint("fk_messages_enclosed_by_id_messages", type_="foreignkey")
        batch.drop_column("enclosed_by_id")
        batch.drop_column("signals")
        batch.drop_column("kind")

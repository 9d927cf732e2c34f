"""server-side web sessions, failed sign-ins shared by every worker, one key per user name

Revision ID: trust_0004
Revises: trust_0003
Create Date: 2026-12-10 14:00:00
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "trust_0004"
down_revision: str | Sequence[str] | None = "trust_0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _key(name: str) -> str:  # camcensus.store.models.name_key as it was when this ran
    return " ".join(unicodedata.normalize("NFKC", name).split()).casefold()[:100]


def upgrade() -> None:
    op.create_table(
        "web_sessions",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_web_sessions_user_id", "web_sessions", ["user_id"])
    op.create_index("ix_web_sessions_expires_at", "web_sessions", ["expires_at"])
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_login_failures_key_at", "login_failures", ["key", "at"])
    op.create_index("ix_login_failures_at", "login_failures", ["at"])
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("name_key", sa.String(length=100), nullable=True))
    users = sa.table("users", sa.column("id", sa.Integer()), sa.column("name", sa.String()),
                     sa.column("name_key", sa.String()))  # fmt: skip
    conn = op.get_bind()
    taken: set[str] = set()
    for user_id, name in conn.execute(sa.select(users.c.id, users.c.name).order_by(users.c.id)):
        key = _key(name)
        if key in taken:  # two accounts that differ only in case or spacing: the later one gets its id
            key = f"{key[:90]}#{user_id}"
        taken.add(key)
        conn.execute(sa.update(users).where(users.c.id == user_id).values(name_key=key))
    with op.batch_alter_table("users") as batch:
        batch.alter_column("name_key", existing_type=sa.String(length=100), nullable=False)
        batch.create_unique_constraint("uq_users_name_key", ["name_key"])
    # the session secret moves out of the store (camcensus.web.secret) when the web app next starts


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_constraint("uq_users_name_key", type_="unique")
        batch.drop_column("name_key")
    op.drop_index("ix_login_failures_at", table_name="login_failures")
    op.drop_index("ix_login_failures_key_at", table_name="login_failures")
    op.drop_table("login_failures")
    op.drop_index("ix_web_sessions_expires_at", table_name="web_sessions")
    op.drop_index("ix_web_sessions_user_id", table_name="web_sessions")
    op.drop_table("web_sessions")

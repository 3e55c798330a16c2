"""A small key/value table for facts about the database itself; the first is `instance_id`, a
random UUID written once here, which names this database in the Atom feed's ids.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.bulk_insert(table, [{"key": "instance_id", "value": str(uuid.uuid4())}])


def downgrade() -> None:
    op.drop_table("settings")

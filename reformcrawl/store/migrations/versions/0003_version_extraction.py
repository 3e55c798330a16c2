"""Versions record how their text was found and where their publication time came from.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("versions") as batch:
        batch.add_column(sa.Column("extraction", sa.String(length=8), nullable=True))
        batch.add_column(sa.Column("published_at_source", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("versions") as batch:
        batch.drop_column("published_at_source")
        batch.drop_column("extraction")

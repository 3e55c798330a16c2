"""Figures carry their identity (scope, measure, unit, period, role) and whether they are compared;
the transitions between a metric's readings are kept, each live or retracted, and the metrics whose
readings changed wait in pending_metrics until they are settled; an event says whether
it may be sent (an unconfirmed figure change is recorded, never sent).

Figures stored before this revision keep their old three-part metric keys and are not compared
with new ones.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("figures") as batch:
        batch.add_column(sa.Column("scope", sa.String(length=255), nullable=False, server_default=""))
        batch.add_column(sa.Column("measure", sa.String(length=255), nullable=False, server_default=""))
        batch.add_column(sa.Column("unit", sa.String(length=64), nullable=False, server_default=""))
        batch.add_column(sa.Column("period", sa.String(length=32), nullable=False, server_default="cumulative"))
        batch.add_column(sa.Column("period_label", sa.String(length=128), nullable=False, server_default=""))
        batch.add_column(sa.Column("role", sa.String(length=16), nullable=False, server_default="reading"))
        batch.add_column(sa.Column("certain", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("comparable", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("dated", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.create_index("ix_figures_metric_comparable", ["metric", "comparable", "current", "published_at"])
    op.create_table(
        "figure_transitions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=512), nullable=False),
        sa.Column("metric", sa.String(length=255), nullable=False),
        sa.Column("old_article_id", sa.Integer(), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("old_value", sa.Float(), nullable=False),
        sa.Column("new_article_id", sa.Integer(), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("new_value", sa.Float(), nullable=False),
        sa.Column("old_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
        sa.Column("live", sa.Boolean(), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id"), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("retracted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key", name="uq_figure_transitions_key"),
    )
    op.create_index("ix_figure_transitions_metric_old_at", "figure_transitions", ["metric", "old_at"])
    op.create_table(
        "pending_metrics",
        sa.Column("metric", sa.String(length=255), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("until", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("metric"),
    )
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("alert", sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("alert")
    op.drop_table("pending_metrics")
    op.drop_index("ix_figure_transitions_metric_old_at", table_name="figure_transitions")
    op.drop_table("figure_transitions")
    with op.batch_alter_table("figures") as batch:
        batch.drop_index("ix_figures_metric_comparable")
        for column in ("dated", "comparable", "certain", "role", "period_label", "period", "unit", "measure", "scope"):
            batch.drop_column(column)

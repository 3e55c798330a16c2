"""Initial schema: portals, runs, articles and their versions, dead links, and the monitor's
sessions, figures, events and deliveries.

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 18:34:10.320357
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("dead_links",
    sa.Column("url", sa.String(length=2048), nullable=False),
    sa.Column("portal", sa.String(length=64), nullable=False),
    sa.Column("status", sa.Integer(), nullable=False),
    sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_checked_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("url")
    )
    with op.batch_alter_table("dead_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dead_links_portal"), ["portal"], unique=False)

    op.create_table("portals",
    sa.Column("name", sa.String(length=64), nullable=False),
    sa.Column("host", sa.String(length=255), nullable=False),
    sa.Column("baseline_at", sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint("name")
    )
    op.create_table("runs",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("state", sa.String(length=16), nullable=False),
    sa.Column("portals", sa.JSON(), nullable=False),
    sa.Column("trigger", sa.String(length=64), nullable=False),
    sa.Column("counts", sa.JSON(), nullable=False),
    sa.Column("errors", sa.JSON(), nullable=False),
    sa.Column("pid", sa.Integer(), nullable=True),
    sa.Column("hostname", sa.String(length=255), nullable=True),
    sa.Column("exit_code", sa.Integer(), nullable=True),
    sa.Column("log_tail", sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint("id")
    )
    op.create_table("sessions",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("body_key", sa.String(length=255), nullable=False),
    sa.Column("body", sa.Text(), nullable=False),
    sa.Column("number", sa.Integer(), nullable=False),
    sa.Column("date", sa.Date(), nullable=True),
    sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("body_key", "number", name="uq_sessions_body_number")
    )
    op.create_table("articles",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("portal", sa.String(length=64), nullable=False),
    sa.Column("url", sa.String(length=2048), nullable=False),
    sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_fetched_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_changed_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("next_revisit_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("status", sa.String(length=8), nullable=False),
    sa.Column("gone_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("etag", sa.String(length=512), nullable=True),
    sa.Column("last_modified", sa.String(length=64), nullable=True),
    sa.Column("version_count", sa.Integer(), nullable=False),
    sa.Column("title", sa.Text(), nullable=True),
    sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("is_reform", sa.Boolean(), nullable=False),
    sa.Column("content_hash", sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(["portal"], ["portals.name"], ),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("url")
    )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_articles_portal"), ["portal"], unique=False)
        batch_op.create_index("ix_articles_portal_revisit", ["portal", "next_revisit_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_articles_published_at"), ["published_at"], unique=False)

    op.create_table("events",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("kind", sa.String(length=32), nullable=False),
    sa.Column("dedupe_key", sa.String(length=512), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("run_id", sa.Integer(), nullable=True),
    sa.Column("portal", sa.String(length=64), nullable=True),
    sa.Column("article_id", sa.Integer(), nullable=True),
    sa.Column("url", sa.String(length=2048), nullable=True),
    sa.Column("title", sa.Text(), nullable=True),
    sa.Column("backfill", sa.Boolean(), nullable=False),
    sa.Column("payload", sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ),
    sa.ForeignKeyConstraint(["run_id"], ["runs.id"], ),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("dedupe_key")
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_portal"), ["portal"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_run_id"), ["run_id"], unique=False)

    op.create_table("versions",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("article_id", sa.Integer(), nullable=False),
    sa.Column("number", sa.Integer(), nullable=False),
    sa.Column("content_hash", sa.String(length=64), nullable=False),
    sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("run_id", sa.Integer(), nullable=True),
    sa.Column("title", sa.Text(), nullable=True),
    sa.Column("author", sa.Text(), nullable=True),
    sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("text", sa.Text(), nullable=True),
    sa.Column("is_reform", sa.Boolean(), nullable=False),
    sa.Column("etag", sa.String(length=512), nullable=True),
    sa.Column("last_modified", sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ),
    sa.ForeignKeyConstraint(["run_id"], ["runs.id"], ),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("article_id", "number", name="uq_versions_article_number")
    )
    with op.batch_alter_table("versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_versions_article_id"), ["article_id"], unique=False)

    op.create_table("deliveries",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("event_id", sa.Integer(), nullable=False),
    sa.Column("channel", sa.String(length=64), nullable=False),
    sa.Column("state", sa.String(length=16), nullable=False),
    sa.Column("attempts", sa.Integer(), nullable=False),
    sa.Column("last_error", sa.Text(), nullable=True),
    sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(["event_id"], ["events.id"], ),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("event_id", "channel", name="uq_deliveries_event_channel")
    )
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deliveries_event_id"), ["event_id"], unique=False)

    op.create_table("figures",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("metric", sa.String(length=255), nullable=False),
    sa.Column("value", sa.Float(), nullable=False),
    sa.Column("kind", sa.String(length=16), nullable=False),
    sa.Column("denominator", sa.Float(), nullable=True),
    sa.Column("raw", sa.String(length=128), nullable=False),
    sa.Column("subject", sa.Text(), nullable=False),
    sa.Column("article_id", sa.Integer(), nullable=False),
    sa.Column("version_id", sa.Integer(), nullable=False),
    sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("current", sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ),
    sa.ForeignKeyConstraint(["version_id"], ["versions.id"], ),
    sa.PrimaryKeyConstraint("id")
    )
    with op.batch_alter_table("figures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_figures_article_id"), ["article_id"], unique=False)
        batch_op.create_index("ix_figures_metric_published", ["metric", "current", "published_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_figures_version_id"), ["version_id"], unique=False)

    op.create_table("session_sources",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("session_id", sa.Integer(), nullable=False),
    sa.Column("article_id", sa.Integer(), nullable=False),
    sa.Column("version_id", sa.Integer(), nullable=False),
    sa.Column("role", sa.String(length=16), nullable=False),
    sa.Column("date", sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ),
    sa.ForeignKeyConstraint(["session_id"], ["sessions.id"], ),
    sa.ForeignKeyConstraint(["version_id"], ["versions.id"], ),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("session_id", "article_id", name="uq_session_sources")
    )
    with op.batch_alter_table("session_sources", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_session_sources_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_session_sources_session_id"), ["session_id"], unique=False)



def downgrade() -> None:
    with op.batch_alter_table("session_sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_sources_session_id"))
        batch_op.drop_index(batch_op.f("ix_session_sources_article_id"))

    op.drop_table("session_sources")
    with op.batch_alter_table("figures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_figures_version_id"))
        batch_op.drop_index("ix_figures_metric_published")
        batch_op.drop_index(batch_op.f("ix_figures_article_id"))

    op.drop_table("figures")
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deliveries_event_id"))

    op.drop_table("deliveries")
    with op.batch_alter_table("versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_versions_article_id"))

    op.drop_table("versions")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_run_id"))
        batch_op.drop_index(batch_op.f("ix_events_portal"))
        batch_op.drop_index(batch_op.f("ix_events_kind"))
        batch_op.drop_index(batch_op.f("ix_events_created_at"))

    op.drop_table("events")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_published_at"))
        batch_op.drop_index("ix_articles_portal_revisit")
        batch_op.drop_index(batch_op.f("ix_articles_portal"))

    op.drop_table("articles")
    op.drop_table("sessions")
    op.drop_table("runs")
    op.drop_table("portals")
    with op.batch_alter_table("dead_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dead_links_portal"))

    op.drop_table("dead_links")

"""Alembic environment: runs on the connection `reformcrawl.store.db.upgrade` hands over."""

from __future__ import annotations

from alembic import context

from reformcrawl.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through `reformcrawl db upgrade`, which supplies the connection")

#: Tables other code owns in the same database: APScheduler's job store creates its own.
FOREIGN_TABLES = {"apscheduler_jobs"}


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Autogenerate leaves foreign tables alone (never proposes dropping them)."""
    return not (type_ == "table" and name in FOREIGN_TABLES)


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_name=include_name,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()

"""Opening the database: engine, migrations on first use, sessions.

Any SQLAlchemy URL works; SQLite gets WAL mode and a busy timeout so the crawler, the scheduler
and `reformcrawl events` can use one file at once. Migrations run under a lock (a PostgreSQL
advisory lock; SQLite serializes writers itself) so two processes starting together are safe.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from .. import config

_MIGRATION_LOCK = 0x7265666F726D  # "reform": the PostgreSQL advisory lock key for migrations


class StoreError(RuntimeError):
    """The database cannot be opened or migrated; the message names the URL (without password)."""


def redact(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin_before_savepoint(connection: Any, name: str | None) -> None:
    """pysqlite opens a transaction only before INSERT/UPDATE/DELETE; a SAVEPOINT issued first
    would start one itself, and its RELEASE would then commit everything. Open it first."""
    dbapi_connection = connection.connection.dbapi_connection
    if dbapi_connection is not None and not dbapi_connection.in_transaction:
        connection.exec_driver_sql("BEGIN")


def _sqlite_directory(url: str, directory: Path) -> None:
    """A SQLite file's directory must exist: a typo in --db must not leave a directory tree behind.
    Only reformcrawl's own home (where the default database lives) is created when missing."""
    if directory.is_dir():
        return
    if directory.exists():
        raise StoreError(f"{redact(url)}: {directory} is not a directory")
    if directory.absolute() == config.home_dir().absolute():
        directory.mkdir(parents=True, exist_ok=True)
        return
    raise StoreError(f"{redact(url)}: directory {directory} does not exist (create it first, or choose another database)")


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"{url!r} is not a database URL (try sqlite:///path/to/file.db)") from None
    if parsed.drivername in ("postgresql", "postgres"):
        # One PostgreSQL driver for every SQLAlchemy version: psycopg 3 (the `postgres` extra).
        parsed = parsed.set(drivername="postgresql+psycopg")
    kwargs: dict[str, Any] = {"future": True}
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            _sqlite_directory(url, Path(database).expanduser().parent)
        kwargs["connect_args"] = {"timeout": 30}
    else:
        kwargs["pool_pre_ping"] = True
    try:
        engine = create_engine(parsed, **kwargs)
    except (NoSuchModuleError, ImportError) as exc:
        hint = "; install it with: pip install 'reformcrawl[postgres]'" if parsed.get_backend_name() == "postgresql" else ""
        raise StoreError(f"{redact(url)}: no driver for this database ({exc}){hint}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "savepoint", _sqlite_begin_before_savepoint)
    return engine


# Alembic is imported where it is used: most commands find the schema current and never need it,
# and importing it costs a tenth of a second at every start.
def insert_on_conflict(session: Session) -> Any:
    """The dialect's `insert` with ON CONFLICT (SQLite and PostgreSQL): one statement for "insert
    unless it exists" or "insert or update", where a lookup first would race another writer."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:
        raise NotImplementedError(f"the store needs INSERT ... ON CONFLICT, which {dialect} lacks here")
    return insert


def _alembic_config() -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("reformcrawl.store").joinpath("migrations")))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration (a no-op when it is already there)."""
    from alembic import command

    cfg = _alembic_config()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


@dataclass
class Store:
    """An open database: the engine and a session factory."""

    engine: Engine
    url: str

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Open (and by default migrate) the database at `url`, or the configured default."""
    url = url or config.default_db_url()
    engine = make_engine(url)
    if migrate:
        try:
            if current_revision(engine) != head_revision():
                upgrade(engine)
        except DBAPIError as exc:  # OperationalError, and DatabaseError for a file that is no database
            engine.dispose()
            raise StoreError(f"{redact(url)}: cannot open database: {exc.orig}") from None
    return Store(engine=engine, url=url)


_SHARED: dict[str, Store] = {}


def shared_store(url: str) -> Store:
    """One open store per URL per process: every spider of a multi-portal crawl shares it."""
    store = _SHARED.get(url)
    if store is None:
        store = _SHARED[url] = open_store(url)
    return store


def close_shared_stores() -> None:
    while _SHARED:
        _SHARED.popitem()[1].close()

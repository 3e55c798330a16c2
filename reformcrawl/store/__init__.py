"""The database: SQLAlchemy models, Alembic migrations, and the functions that write them."""

from .db import Store, StoreError, close_shared_stores, open_store, redact, shared_store

__all__ = ["Store", "StoreError", "close_shared_stores", "open_store", "redact", "shared_store"]

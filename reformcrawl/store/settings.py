"""Facts about the database itself, kept in the `settings` table."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from .db import insert_on_conflict
from .models import SettingRow

INSTANCE_ID = "instance_id"


def instance_id(session: Session) -> uuid.UUID:
    """The database's own random UUID: written by migration 0005, or here if someone removed it
    (insert-if-absent, so two processes asking at once agree on one)."""
    row = session.get(SettingRow, INSTANCE_ID)
    if row is None:
        insert = insert_on_conflict(session)
        session.execute(insert(SettingRow).values(key=INSTANCE_ID, value=str(uuid.uuid4()))
                        .on_conflict_do_nothing(index_elements=["key"]))
        row = session.get(SettingRow, INSTANCE_ID, populate_existing=True)
        assert row is not None
    return uuid.UUID(row.value)

"""Per-install sync facts kept in `local_state` (they never travel).

Keys:
- `sync.export_seq`: sequence number of the last bundle this device wrote;
- `sync.acked_high_water` / `sync.acked_audit_seq` (field): the office has
  everything up to this change counter / own audit sequence;
- `sync.office_key`, `sync.office_key_id`, `sync.office_code` (field): the office
  key pinned at enrolment, the only key an assignment bundle may be signed with.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, inspect, select
from sqlalchemy.orm import Session

from inspector.domain.settings import LocalState
from inspector.storage.session import CHANGE_SEQ_KEY

EXPORT_SEQ = "sync.export_seq"
ACKED_HIGH_WATER = "sync.acked_high_water"
ACKED_AUDIT_SEQ = "sync.acked_audit_seq"
OFFICE_KEY = "sync.office_key"
OFFICE_KEY_ID = "sync.office_key_id"
OFFICE_CODE = "sync.office_code"

_LS = LocalState.__table__


def get_state(conn: Connection | Session, key: str, default: str | None = None) -> str | None:
    value = conn.execute(select(_LS.c.value).where(_LS.c.key == key)).scalar()
    return default if value is None else str(value)


def get_int(conn: Connection | Session, key: str) -> int:
    return int(get_state(conn, key, "0") or 0)


def set_state(session: Session, key: str, value: str | int) -> None:
    row = session.get(LocalState, key)
    if row is None:
        session.add(LocalState(key=key, value=str(value)))
    else:
        row.value = str(value)


def change_counter(conn: Connection | Session) -> int:
    return get_int(conn, CHANGE_SEQ_KEY)


def existing_tables(engine: Engine) -> frozenset[str]:
    """Tables present in this database (a model without its migration is skipped)."""
    return frozenset(inspect(engine).get_table_names())

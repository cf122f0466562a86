"""What the sync screen shows beyond the core's sync API: the pinned office key, recent imports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from inspector.domain.sync import ImportedBundle

if TYPE_CHECKING:
    from inspector.storage import Database


def office_key_id(db: Database) -> str | None:
    """The office key id this field device has pinned (None: not enrolled yet)."""
    from inspector.sync.state import OFFICE_KEY_ID, get_state

    with db.session() as s:
        return get_state(s, OFFICE_KEY_ID)


def recent_imports(db: Database, limit: int = 10) -> list[tuple[str, str, int]]:
    """(imported at, device code, sequence) of the latest imported bundles."""
    with db.session() as s:
        rows = s.execute(
            select(ImportedBundle.imported_at, ImportedBundle.device_code, ImportedBundle.seq)
            .order_by(ImportedBundle.imported_at.desc()).limit(limit)
        ).all()
    return [(r[0].isoformat(" ", "minutes"), r[1], int(r[2])) for r in rows]

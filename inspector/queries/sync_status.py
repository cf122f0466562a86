"""What the sync screen shows: this device, its office key, exports waiting, imports, conflicts.

`sync_status` is the one read the screen makes; the pieces stay callable alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select

from inspector.domain.sync import ImportedBundle

if TYPE_CHECKING:
    from inspector.storage import Database


@dataclass(frozen=True)
class SyncStatus:
    device_code: str
    role: str
    fingerprint: str
    office_enrolled: str  # office key fingerprint, "" when not enrolled
    last_export: str  # "2026-11-25 10:00" (UTC, minutes), "" before the first export
    unacknowledged: int
    numbers_left: int | None
    conflicts: int
    recent_imports: list[tuple[str, str, int]] = field(default_factory=list)


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


def sync_status(db: Database) -> SyncStatus:
    """Everything the sync screen shows, in one call."""
    from inspector.keys import fingerprint_display
    from inspector.queries.dashboard import home_summary
    from inspector.sync.conflicts import list_conflicts
    from inspector.sync.enroll import this_public_key

    me = this_public_key(db)
    summary = home_summary(db)
    office = office_key_id(db)
    return SyncStatus(
        device_code=me.code, role=me.role, fingerprint=me.fingerprint,
        office_enrolled=fingerprint_display(office) if office else "",
        last_export=summary.last_export.isoformat(" ", "minutes") if summary.last_export
        else "", unacknowledged=summary.unacknowledged,
        numbers_left=summary.numbers_left, conflicts=len(list_conflicts(db)),
        recent_imports=recent_imports(db),
    )

"""Operations of the sync screen: export a field bundle, import an assignment bundle, enroll.

The core's export and import take no progress callback and cannot stop half
way (each is one transaction by design), so their progress dialogs show a busy
indicator without a Cancel button; see the report of the desktop-app issue.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ui.operations import CoreOp, read, write

if TYPE_CHECKING:
    from inspector.storage import Database
    from inspector.sync.export import ExportResult
    from inspector.sync.importer import ImportReport


@dataclass(frozen=True)
class SyncStatus:
    device_code: str
    role: str
    fingerprint: str
    office_enrolled: str  # office key fingerprint, "" when not enrolled
    last_export: str
    unacknowledged: int
    numbers_left: int | None
    conflicts: int
    recent_imports: list[tuple[str, str, int]] = field(default_factory=list)


def status(*, parent: QWidget | None) -> CoreOp[SyncStatus]:
    def op(db: Database) -> SyncStatus:
        from inspector.keys import fingerprint_display
        from inspector.queries.dashboard import home_summary
        from inspector.queries.sync_status import office_key_id, recent_imports
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

    return read(parent, op)


def export_field(*, parent: QWidget | None, folder: Path) -> CoreOp[ExportResult]:
    def op(db: Database, _progress: object) -> ExportResult:
        from inspector.sync.export import export_field_bundle

        return export_field_bundle(db, folder)

    return CoreOp(parent=parent, op=op, changes=("sync",))


def import_bundle(*, parent: QWidget | None, path: Path) -> CoreOp[ImportReport]:
    """Import one bundle; a refusal raises a `BundleError` with the reason (nothing written)."""

    def op(db: Database, _progress: object) -> ImportReport:
        from inspector.sync.importer import import_bundle

        return import_bundle(db, path)

    return CoreOp(parent=parent, op=op, changes=("sync", "sites", "orders", "settings"))


def enroll_office_key(*, parent: QWidget | None, path: Path) -> CoreOp[object]:
    def op(db: Database) -> object:
        from inspector.sync.enroll import enroll

        return enroll(db, path)

    return write(parent, op, "sync")


def export_public_key(*, parent: QWidget | None, path: Path) -> CoreOp[object]:
    def op(db: Database) -> object:
        from inspector.sync.enroll import export_public_key

        return export_public_key(db, path)

    return read(parent, op)


def inspect(*, parent: QWidget | None, path: Path) -> CoreOp[tuple[object, str, str]]:
    """Verify a bundle without importing it: (manifest or None, code, message). Read-only,
    so cancelling simply discards the answer."""

    def op(db: Database, _progress: object) -> tuple[object, str, str]:
        from inspector.sync.importer import inspect_bundle

        return inspect_bundle(db, path)

    return CoreOp(parent=parent, op=op)

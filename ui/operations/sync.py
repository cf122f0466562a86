"""Operations of the sync screen: export a field bundle, import an assignment bundle, enroll.

Export, verify and import report progress and can be cancelled: run them
`.with_progress(label)` and the op hands the dialog's `Progress` to the core as
its `progress` callback. A cancel raises `ui.tasks.Cancelled` (the core's
`inspector.progress.Cancelled`) out of the core call, which promises that
nothing was written: no bundle file and no export bookkeeping, or an import
rolled back entirely.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from inspector.changes import Change
from ui.operations import CoreOp, read, write

if TYPE_CHECKING:
    from inspector.progress import ProgressFn
    from inspector.queries.sync_status import SyncStatus
    from inspector.storage import Database
    from inspector.sync.export import ExportResult
    from inspector.sync.importer import ImportReport
    from ui.tasks import Progress


def status(*, parent: QWidget | None) -> CoreOp[SyncStatus]:
    def op(db: Database) -> SyncStatus:
        from inspector.queries.sync_status import sync_status

        return sync_status(db)

    return read(parent, op)


def _callback(progress: Progress | None) -> ProgressFn | None:
    """The core's `progress` argument: the dialog's, or none when the op runs without one."""
    return progress.callback() if progress is not None else None


def export_field(*, parent: QWidget | None, folder: Path) -> CoreOp[ExportResult]:
    """Export a field bundle into `folder`; cancellable (then no file, nothing recorded)."""

    def op(db: Database, progress: Progress | None = None) -> ExportResult:
        from inspector.sync.export import export_field_bundle

        return export_field_bundle(db, folder, progress=_callback(progress))

    return CoreOp(parent=parent, op=op, changes=(Change.SYNC,))


def import_bundle(*, parent: QWidget | None, path: Path) -> CoreOp[ImportReport]:
    """Import one bundle; a refusal raises a `BundleError` with the reason and a cancel
    raises `Cancelled`; either way nothing was written."""

    def op(db: Database, progress: Progress | None = None) -> ImportReport:
        from inspector.sync.importer import import_bundle

        return import_bundle(db, path, progress=_callback(progress))

    return CoreOp(parent=parent, op=op, changes=(Change.SYNC, Change.SITES, Change.ORDERS, Change.SETTINGS))


def enroll_office_key(*, parent: QWidget | None, path: Path) -> CoreOp[object]:
    def op(db: Database) -> object:
        from inspector.sync.enroll import enroll

        return enroll(db, path)

    return write(parent, op, Change.SYNC)


def export_public_key(*, parent: QWidget | None, path: Path) -> CoreOp[object]:
    def op(db: Database) -> object:
        from inspector.sync.enroll import export_public_key

        return export_public_key(db, path)

    return read(parent, op)


def inspect(*, parent: QWidget | None, path: Path) -> CoreOp[tuple[object, str, str]]:
    """Verify a bundle without importing it: (manifest or None, code, message). Read-only,
    so cancelling simply discards the answer."""

    def op(db: Database, progress: Progress | None = None) -> tuple[object, str, str]:
        from inspector.sync.importer import inspect_bundle

        return inspect_bundle(db, path, progress=_callback(progress))

    return CoreOp(parent=parent, op=op)

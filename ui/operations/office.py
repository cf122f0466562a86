"""Operations of the office workstation: batch import (dry run first), devices, conflicts.

Each factory is one core call on the DB worker. The dry run and the import report
progress and can be cancelled (`.with_progress(label)`): a cancelled dry run leaves
nothing, a cancelled import keeps the bundles before the one being imported (each its
own transaction) and nothing of that one (see `inspector.sync.importer.import_bundles`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ui.operations import CoreOp, read, write

if TYPE_CHECKING:
    from inspector.queries.office import DeviceOverview, ImportRecord
    from inspector.storage import Database
    from inspector.sync.conflicts import ConflictInfo
    from inspector.sync.enroll import DeviceRow
    from inspector.sync.importer import ImportReport
    from inspector.sync.preview import BundlePreview
    from ui.tasks import Progress

IMPORT_CHANGES = ("sync", "sites", "orders", "settings", "conflicts", "devices")


def preview(*, parent: QWidget | None, paths: list[Path]) -> CoreOp[list[BundlePreview]]:
    """The dry run: what importing `paths` would do; the database stays as it is."""

    def op(db: Database, progress: Progress | None = None) -> list[BundlePreview]:
        from inspector.sync.preview import preview_import

        return preview_import(db, list(paths),
                              progress=progress.callback() if progress is not None else None)

    return CoreOp(parent=parent, op=op)


def import_batch(*, parent: QWidget | None, paths: list[Path]) -> CoreOp[list[ImportReport]]:
    """Import each file in its own transaction; refusals are reported, a cancel raised."""

    def op(db: Database, progress: Progress | None = None) -> list[ImportReport]:
        from inspector.sync.importer import import_bundles

        return import_bundles(db, list(paths),
                              progress=progress.callback() if progress is not None else None)

    return CoreOp(parent=parent, op=op, changes=IMPORT_CHANGES)


def history(*, parent: QWidget | None) -> CoreOp[list[ImportRecord]]:
    def op(db: Database) -> list[ImportRecord]:
        from inspector.queries.office import import_history

        return import_history(db)

    return read(parent, op)


def devices(*, parent: QWidget | None) -> CoreOp[tuple[int, list[DeviceOverview]]]:
    """(silent threshold in days, every field device)."""

    def op(db: Database) -> tuple[int, list[DeviceOverview]]:
        from inspector.queries.office import device_overview
        from inspector.sync.office import silent_days

        days = silent_days(db)
        return days, device_overview(db, silent_after=days)

    return read(parent, op)


def accept_device(*, parent: QWidget | None, path: Path, fingerprint: str) -> CoreOp[DeviceRow]:
    def op(db: Database) -> DeviceRow:
        from inspector.sync.office import accept_device_from_bundle

        return accept_device_from_bundle(db, path, confirmed_fingerprint=fingerprint)

    return write(parent, op, "devices")


def revoke(*, parent: QWidget | None, code: str, reason: str) -> CoreOp[DeviceRow]:
    def op(db: Database) -> DeviceRow:
        from inspector.sync.office import revoke_with_reason

        return revoke_with_reason(db, code, reason)

    return write(parent, op, "devices")


def set_silent_days(*, parent: QWidget | None, days: int) -> CoreOp[int]:
    def op(db: Database) -> int:
        from inspector.sync.office import set_silent_days

        return set_silent_days(db, days)

    return write(parent, op, "devices")


def conflicts(*, parent: QWidget | None) -> CoreOp[list[ConflictInfo]]:
    def op(db: Database) -> list[ConflictInfo]:
        from inspector.sync.conflicts import list_conflicts

        return list_conflicts(db)

    return read(parent, op)


def keep_side(*, parent: QWidget | None, conflict_id: str, side: str, actor: str,
              reason: str) -> CoreOp[ConflictInfo]:
    def op(db: Database) -> ConflictInfo:
        from inspector.sync.conflicts import resolve_conflict

        return resolve_conflict(db, conflict_id, side, actor=actor, reason=reason)

    return write(parent, op, "conflicts", "sites", "orders")


def merge(*, parent: QWidget | None, conflict_id: str, take: dict[str, str], actor: str,
          reason: str) -> CoreOp[ConflictInfo]:
    def op(db: Database) -> ConflictInfo:
        from inspector.sync.conflicts import merge_conflict

        return merge_conflict(db, conflict_id, dict(take), actor=actor, reason=reason)

    return write(parent, op, "conflicts", "sites", "orders")


def resolve_identical(*, parent: QWidget | None, actor: str,
                      reason: str) -> CoreOp[list[ConflictInfo]]:
    def op(db: Database) -> list[ConflictInfo]:
        from inspector.sync.conflicts import resolve_identical

        return resolve_identical(db, actor=actor, reason=reason)

    return write(parent, op, "conflicts", "sites", "orders")

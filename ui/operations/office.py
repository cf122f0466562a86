"""Operations of the office workstation: batch import (dry run first), devices, conflicts.

Each factory is one core call on the DB worker. The dry run and the import report
progress and can be cancelled (`.with_progress(label)`): a cancelled dry run leaves
nothing, a cancelled import keeps the bundles before the one being imported (each its
own transaction) and nothing of that one (see `inspector.sync.importer.import_bundles`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from inspector.changes import Change
from ui.operations import CoreOp, read, write

if TYPE_CHECKING:
    from inspector.orders.numbers import BlockInfo
    from inspector.queries.office import (
        AssignmentChoices,
        DeviceNumbers,
        DeviceOverview,
        ImportRecord,
    )
    from inspector.storage import Database
    from inspector.sync.assign_scope import AssignmentScope
    from inspector.sync.conflicts import ConflictInfo
    from inspector.sync.enroll import DeviceRow
    from inspector.sync.export import ExportResult
    from inspector.sync.importer import ImportReport
    from inspector.sync.preview import BundlePreview
    from ui.tasks import Progress

@dataclass(frozen=True)
class NumbersView:
    """Everything the blocks and assignments screen shows, read in one go."""

    low_water: int
    devices: list[DeviceNumbers]
    blocks: list[BlockInfo]
    choices: AssignmentChoices


IMPORT_CHANGES = (Change.SYNC, Change.SITES, Change.ORDERS, Change.SETTINGS, Change.CONFLICTS, Change.DEVICES)


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

    return write(parent, op, Change.DEVICES)


def revoke(*, parent: QWidget | None, code: str, reason: str) -> CoreOp[DeviceRow]:
    def op(db: Database) -> DeviceRow:
        from inspector.sync.office import revoke_with_reason

        return revoke_with_reason(db, code, reason)

    return write(parent, op, Change.DEVICES)


def set_silent_days(*, parent: QWidget | None, days: int) -> CoreOp[int]:
    def op(db: Database) -> int:
        from inspector.sync.office import set_silent_days

        return set_silent_days(db, days)

    return write(parent, op, Change.DEVICES)


def conflicts(*, parent: QWidget | None) -> CoreOp[list[ConflictInfo]]:
    def op(db: Database) -> list[ConflictInfo]:
        from inspector.sync.conflicts import list_conflicts

        return list_conflicts(db)

    return read(parent, op)


def keep_side(*, parent: QWidget | None, conflict_id: str, side: str, actor: str,
              reason: str, values: dict[str, str] | None = None) -> CoreOp[ConflictInfo]:
    """Keep one side (local | incoming), or for a natural-key conflict merge | both
    (`values`: the newcomer's corrected key)."""
    def op(db: Database) -> ConflictInfo:
        from inspector.sync.conflicts import resolve_conflict

        return resolve_conflict(db, conflict_id, side, values=dict(values or {}), actor=actor,
                                reason=reason)

    return write(parent, op, Change.CONFLICTS, Change.SITES, Change.ORDERS, Change.INSPECTORS)


def merge(*, parent: QWidget | None, conflict_id: str, take: dict[str, str], actor: str,
          reason: str) -> CoreOp[ConflictInfo]:
    def op(db: Database) -> ConflictInfo:
        from inspector.sync.conflicts import merge_conflict

        return merge_conflict(db, conflict_id, dict(take), actor=actor, reason=reason)

    return write(parent, op, Change.CONFLICTS, Change.SITES, Change.ORDERS)


def resolve_identical(*, parent: QWidget | None, actor: str,
                      reason: str) -> CoreOp[list[ConflictInfo]]:
    def op(db: Database) -> list[ConflictInfo]:
        from inspector.sync.conflicts import resolve_identical

        return resolve_identical(db, actor=actor, reason=reason)

    return write(parent, op, Change.CONFLICTS, Change.SITES, Change.ORDERS)


def numbers(*, parent: QWidget | None) -> CoreOp[NumbersView]:
    def op(db: Database) -> NumbersView:
        from inspector.orders.numbers import list_blocks
        from inspector.queries.office import assignment_choices, number_overview
        from inspector.sync.office import low_water

        mark = low_water(db)
        return NumbersView(mark, number_overview(db, low_water=mark), list_blocks(db),
                           assignment_choices(db))

    return read(parent, op)


def allocate(*, parent: QWidget | None, code: str, count: int) -> CoreOp[BlockInfo]:
    """The next `count` serials after every block (so never overlapping) for device `code`."""

    def op(db: Database) -> BlockInfo:
        from inspector.orders.numbers import allocate_block

        return allocate_block(db, code, count)

    return write(parent, op, Change.NUMBERS)


def add_range(*, parent: QWidget | None, device_id: str, first: int, last: int) -> CoreOp[str]:
    """Record an explicit range (a block handed out on paper); refused if it overlaps."""

    def op(db: Database) -> str:
        from inspector.orders.numbers import add_block

        return add_block(db, device_id, first, last, note="局端登记的指定号段")

    return write(parent, op, Change.NUMBERS)


def set_low_water(*, parent: QWidget | None, count: int) -> CoreOp[int]:
    def op(db: Database) -> int:
        from inspector.sync.office import set_low_water

        return set_low_water(db, count)

    return write(parent, op, Change.NUMBERS)


def write_assignment(*, parent: QWidget | None, code: str, folder: Path,
                     scope: AssignmentScope) -> CoreOp[ExportResult]:
    """Write device `code`'s assignment bundle into `folder`; cancellable (then no file)."""

    def op(db: Database, progress: Progress | None = None) -> ExportResult:
        from inspector.sync.assign_scope import scope_conditions
        from inspector.sync.export import export_assignment_bundle

        return export_assignment_bundle(
            db, code, folder, scope=scope_conditions(scope),
            progress=progress.callback() if progress is not None else None)

    return CoreOp(parent=parent, op=op, changes=(Change.SYNC,))

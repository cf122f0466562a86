"""Operations of the case form and the office's case views: create/edit a case, clearance
targets, province thresholds, the 失信 draft notice.

Writes are the one-transaction functions of `inspector.cases.actions` and announce
`Change.CASES` (thresholds also `Change.SETTINGS`: they are the authority settings' two region
parameters). Core modules are imported on the worker, as in `ui.operations.cases`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from inspector.changes import Change
from ui.operations import CoreOp, read, write

if TYPE_CHECKING:
    from inspector.cases.blacklist import Candidate
    from inspector.cases.office_views import ThresholdView
    from inspector.cases.service import CaseInput, WorkerInput
    from inspector.cases.targets import CampaignRow, TargetProgress
    from inspector.cases.thresholds import Threshold
    from inspector.storage import Database

def case_form(*, parent: QWidget | None, case_id: str) -> CoreOp[dict[str, Any]]:
    def op(db: Database) -> dict[str, Any]:
        from inspector.cases.office_views import case_form

        return case_form(db, case_id)

    return read(parent, op)


def save_case(*, parent: QWidget | None, case_id: str | None, data: CaseInput,
              worker_changes: dict[str, tuple[int, int]] | None = None) -> CoreOp[str]:
    """A new case (`case_id` None) or an edit of one; returns the case's id either way."""

    def op(db: Database) -> str:
        from inspector.cases.actions import create_case, update_case

        if case_id is None:
            return create_case(db, data)
        update_case(db, case_id, data, worker_changes)
        return case_id

    return write(parent, op, Change.CASES)


def campaign_rows(*, parent: QWidget | None) -> CoreOp[list[CampaignRow]]:
    def op(db: Database) -> list[CampaignRow]:
        from inspector.cases.targets import campaign_rows

        return campaign_rows(db)

    return read(parent, op)


def save_campaign(*, parent: QWidget | None, code: str, name: str, start_on: date | None,
                  end_on: date | None, new: bool) -> CoreOp[str]:
    """The CLI's `cases campaign` and this screen write through the same core function."""

    def op(db: Database) -> str:
        from inspector.cases.actions import save_campaign

        return save_campaign(db, code=code, name=name, start_on=start_on, end_on=end_on,
                             new=new)

    return write(parent, op, Change.CASES)


def targets(*, parent: QWidget | None) -> CoreOp[list[TargetProgress]]:
    def op(db: Database) -> list[TargetProgress]:
        from inspector.cases.targets import target_progress

        return target_progress(db)

    return read(parent, op)


def stale_targets(*, parent: QWidget | None) -> CoreOp[list[TargetProgress]]:
    def op(db: Database) -> list[TargetProgress]:
        from inspector.cases.office_views import stale_targets

        return stale_targets(db)

    return read(parent, op)


def save_target(*, parent: QWidget | None, name: str, amount_fen: int, due_on: date,
                area: str, campaign_code: str) -> CoreOp[str]:
    def op(db: Database) -> str:
        from inspector.cases.actions import save_target

        return save_target(db, name=name, amount_fen=amount_fen, due_on=due_on, area=area,
                           campaign_code=campaign_code)

    return write(parent, op, Change.CASES)


def touch_target(*, parent: QWidget | None, target_id: str) -> CoreOp[None]:
    def op(db: Database) -> None:
        from inspector.cases.actions import touch_target

        touch_target(db, target_id)

    return write(parent, op, Change.CASES)


def threshold_view(*, parent: QWidget | None) -> CoreOp[ThresholdView]:
    def op(db: Database) -> ThresholdView:
        from inspector.cases.office_views import threshold_view

        return threshold_view(db)

    return read(parent, op)


def set_threshold(*, parent: QWidget | None, province: str, single_fen: int | None,
                  multi_fen: int | None) -> CoreOp[Threshold]:
    def op(db: Database) -> Threshold:
        from inspector.cases.actions import set_threshold

        return set_threshold(db, province, single_fen=single_fen, multi_fen=multi_fen)

    return write(parent, op, Change.CASES, Change.SETTINGS)


def blacklist_notice(*, parent: QWidget | None, case_id: str) -> CoreOp[Candidate]:
    def op(db: Database) -> Candidate:
        from inspector.cases.office_views import blacklist_notice

        return blacklist_notice(db, case_id)

    return read(parent, op)


def worker_list(*, parent: QWidget | None, path: Path) -> CoreOp[list[WorkerInput]]:
    """A worker list read from a sheet off the GUI thread (no database write)."""

    def op(_db: Database) -> list[WorkerInput]:
        from inspector.cases.worker_list import read_worker_list

        return read_worker_list(path)

    return read(parent, op)


def save_notice(*, parent: QWidget | None, path: Path, text: str) -> CoreOp[Path]:
    """The draft notice as a UTF-8 text file (with a BOM, so Notepad on a Chinese Windows
    reads it right), written whole or not at all; a refusal is the core's (E_EXPORT_*)."""

    def op(_db: Database) -> Path:
        from inspector.storage.files import write_bytes_atomically

        return write_bytes_atomically(path, ("\ufeff" + text).encode("utf-8"))

    return read(parent, op)

"""Operations of the inspection screens: start, answer (autosave), attach evidence, finalize,
tag with a 专项行动.

Answers, header notes, photos and arrears of a draft announce no change: only the
open form shows them, and it updates from the op's own result (no other screen
lists a draft's content, and announcing them would reload Home on each keystroke's
autosave). Starting, finalising and the campaign tag change what lists and reports show.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from inspector.changes import Change
from inspector.inspections import arrears, service
from inspector.inspections.arrears import Arrears
from inspector.queries import inspections as queries
from inspector.queries import people
from ui.operations import CoreOp, read, write


def choices(*, parent: QWidget | None) -> CoreOp[people.StartChoices]:
    """Inspectors and templates to choose from when starting an inspection."""
    return read(parent, people.start_choices)


def start(*, parent: QWidget | None, target_kind: str, template_id: str,
          inspector_ids: list[str], site_id: str | None, employer_id: str | None,
          location: str) -> CoreOp[str]:
    return write(parent, lambda db: service.start_inspection(
        db, target_kind=target_kind, template_id=template_id, inspector_ids=inspector_ids,
        site_id=site_id, employer_id=employer_id, location=location), Change.INSPECTIONS)


def form(*, parent: QWidget | None, inspection_id: str) -> CoreOp[queries.InspectionForm]:
    return read(parent, lambda db: queries.inspection_form(db, inspection_id))


def answer(*, parent: QWidget | None, inspection_id: str, item_id: str, answer: str,
           value: str, note: str, responsible_employer_id: str | None) -> CoreOp[None]:
    return write(parent, lambda db: service.answer_item(
        db, inspection_id, item_id, answer=answer, value=value, note=note,
        responsible_employer_id=responsible_employer_id))


def update_header(*, parent: QWidget | None, inspection_id: str, location: str,
                  notes: str) -> CoreOp[None]:
    return write(parent, lambda db: service.update_inspection(
        db, inspection_id, location=location, notes=notes))


def attach(*, parent: QWidget | None, inspection_id: str, path: Path,
           item_id: str | None) -> CoreOp[str]:
    """Hash and store a photo (the hashing reads the file on the DB worker)."""
    mime = _mime(path)
    return write(parent, lambda db: service.attach_evidence(
        db, inspection_id, path, item_id=item_id, kind="photo", mime=mime))


def problems(*, parent: QWidget | None, inspection_id: str) -> CoreOp[list[str]]:
    return read(parent, lambda db: service.validate_for_finalize(db, inspection_id))


def finalize(*, parent: QWidget | None, inspection_id: str) -> CoreOp[list[str]]:
    return write(parent, lambda db: service.finalize_inspection(db, inspection_id),
                 Change.INSPECTIONS)


def set_campaign(*, parent: QWidget | None, inspection_id: str, code: str) -> CoreOp[None]:
    """Tag the inspection with a 专项行动 ("" clears it); lists and reports count by it."""
    from inspector.inspections.campaign import set_inspection_campaign

    return write(parent, lambda db: set_inspection_campaign(db, inspection_id, code),
                 Change.INSPECTIONS)


def _mime(path: Path) -> str:
    import mimetypes

    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def record_arrears(*, parent: QWidget | None, inspection_id: str, item_id: str, workers: int,
                   amount: str, list_csv: Path | None) -> CoreOp[Arrears]:
    """Wage arrears on a 拖欠/克扣 item: parsed, validated and stored by the core."""
    return write(parent, lambda db: arrears.record_arrears_typed(
        db, inspection_id, item_id, workers=workers, amount=amount, list_csv=list_csv))

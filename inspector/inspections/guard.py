"""The write rule that keeps a finalized inspection, and everything under it, as it was signed.

One of the app's write rules (`inspector.appdb.WRITE_RULES`), run before every
flush. It refuses, before anything is written:
- a status change away from `finalized`, and deleting a finalized inspection;
- any insert, change or delete of an item result, finding, inspector link or
  evidence row of a finalized inspection.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, attributes

from inspector.domain.inspections import (
    Evidence,
    Finding,
    Inspection,
    InspectionInspector,
    ItemResult,
)
from inspector.errors import ImmutableError

_UNDER_INSPECTION = (ItemResult, Finding, InspectionInspector, Evidence)


def guard_finalized(session: Session) -> None:
    ids: set[str] = set()
    for obj in list(session.dirty) + list(session.new) + list(session.deleted):
        if isinstance(obj, Inspection):
            hist = attributes.get_history(obj, "status")
            if hist.deleted and "finalized" in hist.deleted:
                raise ImmutableError("该检查已定稿，不能再修改。", code="E_INSPECTION_FINAL")
            if obj in session.deleted and obj.status == "finalized":
                raise ImmutableError("该检查已定稿，不能删除。", code="E_INSPECTION_FINAL")
        elif isinstance(obj, _UNDER_INSPECTION):
            if obj in session.dirty and not session.is_modified(obj):
                continue
            if obj.inspection_id:
                ids.add(obj.inspection_id)
    if not ids:
        return
    with session.no_autoflush:
        final = session.scalars(
            select(Inspection.id).where(Inspection.id.in_(ids), Inspection.status == "finalized")
        ).first()
    if final is not None:
        raise ImmutableError("该检查已定稿，其结果、证据和问题不能再修改。", code="E_INSPECTION_FINAL")

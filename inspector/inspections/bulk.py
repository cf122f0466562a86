"""Recording many finished inspections at once (back-office entry, demo data, benchmarks).

Same rules as the interactive path — at least two inspectors, a finding for each
non-compliant item, one audit event per inspection — but written with Core bulk
inserts in one transaction: the ORM unit of work is ~8× slower (TECH-NOTES).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from inspector.audit import record_many
from inspector.domain.checklists import TemplateItem
from inspector.domain.inspections import (
    ANSWERS,
    MIN_INSPECTORS,
    Finding,
    Inspection,
    InspectionInspector,
    ItemResult,
)
from inspector.errors import ValidationError
from inspector.ids import new_version, uuid7
from inspector.storage import Database
from inspector.storage.bulk import insert_new_rows


@dataclass
class InspectionRecord:
    target_kind: str
    template_id: str
    inspector_ids: list[str]
    started_at: datetime
    ended_at: datetime
    site_id: str | None = None
    employer_id: str | None = None
    location: str = ""
    notes: str = ""
    # item id → (answer, note); items not named are recorded as compliant.
    answers: dict[str, tuple[str, str]] = field(default_factory=dict)
    # duty holder → employer id, for findings (general_contractor, subcontractor …).
    parties: dict[str, str] = field(default_factory=dict)
    # item id → entered value of number / text / choice items (headcounts, 集体合同 …).
    values: dict[str, str] = field(default_factory=dict)


ItemRow = tuple[str, str, str, str]
"""(item id, duty holder, violation text, answer type) of a template's item."""


@dataclass
class _Batch:
    """The rows of one batch, inserted table by table."""

    inspections: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    results: list[dict[str, Any]] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)


def record_inspections(
    db: Database, records: Sequence[InspectionRecord], *, batch: int = 500,
    progress: Callable[[int, int], None] | None = None,
) -> list[str]:
    """Insert finalized inspections with their results and findings; returns their ids."""
    out: list[str] = []
    items_by_template = _template_items(db, {r.template_id for r in records})
    for start in range(0, len(records), batch):
        rows = _Batch()
        with db.uow() as s:
            for rec in records[start : start + batch]:
                out.append(_add_record(rows, rec, items_by_template[rec.template_id]))
            insert_new_rows(s, Inspection, rows.inspections)
            insert_new_rows(s, InspectionInspector, rows.links)
            insert_new_rows(s, ItemResult, rows.results)
            insert_new_rows(s, Finding, rows.findings)
            per: dict[str, int] = {}
            for f in rows.findings:
                per[f["inspection_id"]] = per.get(f["inspection_id"], 0) + 1
            record_many(s, [("inspection.record", "inspection", str(row["id"]),
                             {"findings": per.get(str(row["id"]), 0)})
                            for row in rows.inspections])
        if progress:
            progress(min(start + batch, len(records)), len(records))
    return out


def _template_items(db: Database, template_ids: set[str]) -> dict[str, list[ItemRow]]:
    with db.session() as s:
        return {tpl: [(i.id, i.duty_holder, i.violation_text, i.answer_type)
                      for i in s.scalars(select(TemplateItem)
                                         .where(TemplateItem.template_id == tpl)
                                         .order_by(TemplateItem.position))]
                for tpl in template_ids}


def _add_record(rows: _Batch, rec: InspectionRecord, items: list[ItemRow]) -> str:
    """Add one inspection's rows to the batch; returns its id."""
    if len(set(rec.inspector_ids)) < MIN_INSPECTORS:
        raise ValidationError("现场检查的劳动保障监察员不得少于2人。",
                              code="E_TOO_FEW_INSPECTORS")
    insp_id: str = uuid7()
    rows.inspections.append({
        "id": insp_id, "target_kind": rec.target_kind, "site_id": rec.site_id,
        "employer_id": rec.employer_id, "template_id": rec.template_id,
        "started_at": rec.started_at, "ended_at": rec.ended_at,
        "location": rec.location, "notes": rec.notes, "status": "finalized",
        "finalized_at": rec.ended_at, "version_id": new_version(),
    })
    rows.links.extend({"id": uuid7(), "inspection_id": insp_id, "inspector_id": i,
                       "position": n} for n, i in enumerate(rec.inspector_ids))
    for item_id, holder, violation, _atype in items:
        answer, note = rec.answers.get(item_id, ("compliant", ""))
        if answer not in ANSWERS:
            raise ValidationError(f"未知的检查结论：{answer}", code="E_ANSWER")
        res_id = uuid7()
        rows.results.append({"id": res_id, "inspection_id": insp_id,
                             "item_id": item_id, "answer": answer,
                             "value": rec.values.get(item_id, ""),
                             "note": note, "responsible_employer_id": None})
        if answer == "non_compliant":
            rows.findings.append({
                "id": uuid7(), "inspection_id": insp_id, "item_result_id": res_id,
                "item_id": item_id, "duty_holder": holder,
                "employer_id": rec.parties.get(holder, rec.employer_id),
                "fact": violation + (f"（{note}）" if note else ""),
            })
    return insp_id

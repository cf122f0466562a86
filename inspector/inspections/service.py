"""The inspection workflow: draft → answered → finalized (findings created, then immutable).

Every function here is one user action and one unit of work, so the UI's
operations and the CLI call the same thing. Finalizing checks everything the
law and the template ask for and names each missing piece.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.audit import record
from inspector.domain.checklists import ChecklistTemplate, TemplateItem
from inspector.domain.inspections import (
    ANSWERS,
    EVIDENCE_KINDS,
    MIN_INSPECTORS,
    Evidence,
    Finding,
    Inspection,
    InspectionInspector,
    ItemResult,
)
from inspector.domain.registry import Employer, Inspector, Site, SiteSubcontractor
from inspector.errors import ImmutableError, NotFoundError, ValidationError
from inspector.ids import utcnow
from inspector.inspections.evidence_files import DOCUMENT_KIND, classify
from inspector.inspections.measures import MEASURE_CODES, counts_of, problems_of
from inspector.storage import Database, blobs


class IncompleteInspection(ValidationError):
    """Finalize refused; `problems` names each missing piece."""

    code = "E_INSPECTION_INCOMPLETE"

    def __init__(self, problems: list[str]) -> None:
        super().__init__("检查尚不能定稿：\n" + "\n".join(f"· {p}" for p in problems))
        self.problems = problems


def _check_inspectors(s: Session, inspector_ids: list[str]) -> list[str]:
    ids = list(dict.fromkeys(inspector_ids))
    if len(ids) < MIN_INSPECTORS:
        raise ValidationError(
            "现场检查的劳动保障监察员不得少于2人（《劳动保障监察条例》第十六条）。",
            code="E_TOO_FEW_INSPECTORS",
        )
    found = s.scalars(select(Inspector).where(Inspector.id.in_(ids))).all()
    if len(found) != len(ids):
        raise NotFoundError("所选监察员不存在。", code="E_INSPECTOR_NOT_FOUND")
    inactive = [i.name for i in found if not i.active or i.tombstone]
    if inactive:
        raise ValidationError(f"监察员 {'、'.join(inactive)} 已停用。", code="E_INSPECTOR_INACTIVE")
    return ids


def _check_target(s: Session, target_kind: str, site_id: str | None,
                  employer_id: str | None, template: ChecklistTemplate) -> None:
    if target_kind == "site":
        if not site_id or s.get(Site, site_id) is None:
            raise NotFoundError("请选择要检查的工程项目。", code="E_SITE_NOT_FOUND")
    elif target_kind == "employer":
        if not employer_id or s.get(Employer, employer_id) is None:
            raise NotFoundError("请选择要检查的用人单位。", code="E_EMPLOYER_NOT_FOUND")
    else:
        raise ValidationError(f"检查对象类型应为 site 或 employer：{target_kind}")
    if template.kind != target_kind:
        raise ValidationError(
            f"检查表《{template.name}》不适用于此类检查对象。", code="E_TEMPLATE_KIND"
        )


def start_inspection(
    db: Database, *, target_kind: str, template_id: str, inspector_ids: list[str],
    site_id: str | None = None, employer_id: str | None = None, location: str = "",
    started_at: datetime | None = None, notes: str = "",
) -> str:
    """Open a draft inspection with an unanswered result for every template item."""
    with db.uow() as s:
        template = s.get(ChecklistTemplate, template_id)
        if template is None:
            raise NotFoundError("检查表不存在。", code="E_TEMPLATE_NOT_FOUND")
        _check_target(s, target_kind, site_id, employer_id, template)
        ids = _check_inspectors(s, inspector_ids)
        if target_kind == "site" and employer_id is None:
            employer_id = s.get(Site, site_id).general_contractor_id  # type: ignore[union-attr]
        insp = Inspection(
            target_kind=target_kind, site_id=site_id, employer_id=employer_id,
            template_id=template_id, started_at=started_at or utcnow(), location=location,
            notes=notes, status="draft",
        )
        s.add(insp)
        s.flush()
        s.add_all(InspectionInspector(inspection_id=insp.id, inspector_id=i, position=n)
                  for n, i in enumerate(ids))
        item_ids = s.scalars(select(TemplateItem.id).where(
            TemplateItem.template_id == template_id).order_by(TemplateItem.position)).all()
        s.add_all(ItemResult(inspection_id=insp.id, item_id=i) for i in item_ids)
        s.flush()
        record(s, "inspection.start", "inspection", insp.id,
               {"target": target_kind, "site_id": site_id, "employer_id": employer_id,
                "inspectors": ids})
        return insp.id


def _draft(s: Session, inspection_id: str) -> Inspection:
    insp = s.get(Inspection, inspection_id)
    if insp is None:
        raise NotFoundError("检查记录不存在。", code="E_INSPECTION_NOT_FOUND")
    if insp.status != "draft":
        raise ImmutableError("该检查已定稿，不能再修改。", code="E_INSPECTION_FINAL")
    return insp


def _result(s: Session, inspection_id: str, item_id: str) -> ItemResult:
    res = s.scalar(select(ItemResult).where(ItemResult.inspection_id == inspection_id,
                                            ItemResult.item_id == item_id))
    if res is None:
        raise NotFoundError("该检查项不属于本次检查。", code="E_ITEM_NOT_FOUND")
    return res


def answer_item(
    db: Database, inspection_id: str, item_id: str, *, answer: str, value: str = "",
    note: str = "", responsible_employer_id: str | None = None,
) -> None:
    """Record (or change) one answer of a draft inspection."""
    if answer not in ANSWERS:
        raise ValidationError(f"未知的检查结论：{answer}", code="E_ANSWER")
    with db.uow() as s:
        _draft(s, inspection_id)
        res = _result(s, inspection_id, item_id)
        item = s.get(TemplateItem, item_id)
        assert item is not None
        if answer == "not_applicable" and item.answer_type == "yes_no":
            raise ValidationError(f"检查项“{item.text}”不能选“不适用”。", code="E_ANSWER")
        if item.answer_type == "number" and value.strip():
            try:
                float(value)
            except ValueError:
                raise ValidationError(f"“{item.text}”应填写数字。", code="E_ANSWER_VALUE") from None
        if (res.answer, res.value, res.note, res.responsible_employer_id) == (
            answer, value, note, responsible_employer_id
        ):
            return
        res.answer, res.value, res.note = answer, value, note
        res.responsible_employer_id = responsible_employer_id


def update_inspection(db: Database, inspection_id: str, *, location: str | None = None,
                      notes: str | None = None) -> None:
    """Autosave of the draft's free text."""
    with db.uow() as s:
        insp = _draft(s, inspection_id)
        if location is not None and insp.location != location:
            insp.location = location
        if notes is not None and insp.notes != notes:
            insp.notes = notes


def attach_evidence(
    db: Database, inspection_id: str, source: Path | bytes, *, item_id: str | None = None,
    kind: str = "photo", filename: str = "", note: str = "", mime: str = "",
    taken_at: datetime | None = None,
) -> str:
    """Hash and store a file as evidence of a draft inspection (optionally of one item).

    A photo must decode as an image; a PDF offered as a photo is kept as a 材料
    (kind "document"); anything else is refused before a byte is stored. The same
    file attached again to the same item is the same evidence: its id is returned
    and nothing new is written.
    """
    if kind not in EVIDENCE_KINDS:
        raise ValidationError(f"未知的证据类型：{kind}", code="E_EVIDENCE_KIND")
    empty = not source if isinstance(source, bytes) else (
        source.is_file() and source.stat().st_size == 0)
    if empty:
        raise ValidationError("证据文件是空的。", code="E_EVIDENCE_EMPTY")
    if kind in ("photo", DOCUMENT_KIND):
        found = classify(source, filename)
        kind, mime = found.kind, found.mime
    if isinstance(source, bytes):
        sha = blobs.put_bytes(db.data_dir, source)
        size = len(source)
    else:
        sha, size = blobs.put_file(db.data_dir, source)
        filename = filename or source.name
    if size == 0:
        raise ValidationError("证据文件是空的。", code="E_EVIDENCE_EMPTY")
    with db.uow() as s:
        _draft(s, inspection_id)
        result_id = _result(s, inspection_id, item_id).id if item_id else None
        same = s.scalar(select(Evidence.id).where(
            Evidence.inspection_id == inspection_id, Evidence.item_result_id.is_(None)
            if result_id is None else Evidence.item_result_id == result_id,
            Evidence.sha256 == sha, Evidence.tombstone.is_(False)))
        if same is not None:
            return same
        ev = Evidence(
            inspection_id=inspection_id, item_result_id=result_id, owner_kind="inspection",
            owner_id=inspection_id, sha256=sha, kind=kind, size=size, mime=mime,
            filename=filename, taken_at=taken_at or utcnow(), note=note,
        )
        s.add(ev)
        s.flush()
        record(s, "evidence.attach", "evidence", ev.id,
               {"inspection_id": inspection_id, "sha256": sha, "size": size, "kind": kind})
        return ev.id


def _responsible(s: Session, insp: Inspection, item: TemplateItem,
                 res: ItemResult) -> str | None:
    if insp.target_kind == "employer" or item.duty_holder == "employer":
        return insp.employer_id
    site = s.get(Site, insp.site_id)
    assert site is not None
    if item.duty_holder == "general_contractor":
        return site.general_contractor_id
    if item.duty_holder == "project_owner":
        return site.project_owner_id
    if res.responsible_employer_id:
        return res.responsible_employer_id
    subs = s.scalars(select(SiteSubcontractor.employer_id).where(
        SiteSubcontractor.site_id == site.id, SiteSubcontractor.tombstone.is_(False))).all()
    if len(subs) == 1:
        return subs[0]
    if not subs:
        # No 分包 on record: the 总包 answers for its site's labour (条例第三十条).
        return site.general_contractor_id
    return None


def finalize_problems(s: Session, insp: Inspection) -> tuple[list[str], list[tuple]]:
    """What stops finalizing, and the (result, item, employer) triples that become findings."""
    problems: list[str] = []
    findings: list[tuple] = []
    n_inspectors = len(s.scalars(select(InspectionInspector.id).where(
        InspectionInspector.inspection_id == insp.id)).all())
    if n_inspectors < MIN_INSPECTORS:
        problems.append("现场检查的监察员不得少于2人")
    rows = s.execute(
        select(ItemResult, TemplateItem).join(TemplateItem, ItemResult.item_id == TemplateItem.id)
        .where(ItemResult.inspection_id == insp.id).order_by(TemplateItem.position)
    ).all()
    with_evidence = set(s.scalars(select(Evidence.item_result_id).where(
        Evidence.inspection_id == insp.id, Evidence.tombstone.is_(False))))
    measures: dict[str, str] = {}
    for res, item in rows:
        label = f"{item.code} {item.text}"
        if item.code in MEASURE_CODES:
            measures[item.code] = res.value or ""
            continue  # statistics (headcounts, 集体合同): optional, checked together below
        if item.answer_type in ("yes_no", "yes_no_na", "choice") and res.answer == "unanswered":
            problems.append(f"{label}：未作结论")
            continue
        if res.answer != "non_compliant":
            continue
        if item.evidence_required and res.id not in with_evidence:
            problems.append(f"{label}：认定违法须附证据（照片或材料）")
        employer_id = _responsible(s, insp, item, res)
        if employer_id is None:
            problems.append(f"{label}：请选择责任分包单位")
        else:
            findings.append((res, item, employer_id))
    problems.extend(problems_of(counts_of(measures)))
    return problems, findings


def validate_for_finalize(db: Database, inspection_id: str) -> list[str]:
    with db.session() as s:
        insp = s.get(Inspection, inspection_id)
        if insp is None:
            raise NotFoundError("检查记录不存在。", code="E_INSPECTION_NOT_FOUND")
        return finalize_problems(s, insp)[0]


def finalize_inspection(db: Database, inspection_id: str,
                        ended_at: datetime | None = None) -> list[str]:
    """Check, create one finding per violation, and make the inspection final."""
    with db.uow() as s:
        insp = _draft(s, inspection_id)
        problems, found = finalize_problems(s, insp)
        if problems:
            raise IncompleteInspection(problems)
        ids = []
        for res, item, employer_id in found:
            fact = item.violation_text + (f"（{res.note.strip()}）" if res.note.strip() else "")
            f = Finding(inspection_id=insp.id, item_result_id=res.id, item_id=item.id,
                        duty_holder=item.duty_holder, employer_id=employer_id, fact=fact,
                        arrears_workers=res.arrears_workers, arrears_fen=res.arrears_fen,
                        arrears_list=res.arrears_list)
            s.add(f)
            s.flush()
            ids.append(f.id)
        now = utcnow()
        insp.ended_at = ended_at or insp.ended_at or now
        insp.finalized_at = now
        insp.status = "finalized"
        s.flush()
        record(s, "inspection.finalize", "inspection", insp.id, {"findings": len(ids)})
        return ids


__all__ = [
    "IncompleteInspection",
    "answer_item",
    "attach_evidence",
    "finalize_inspection",
    "start_inspection",
    "update_inspection",
    "validate_for_finalize",
]

"""Read side of inspections: the form of one inspection, lists of inspections."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import orjson
from sqlalchemy import func, select

from inspector.domain.checklists import ChecklistTemplate, TemplateItem
from inspector.domain.inspections import (
    Evidence,
    Finding,
    Inspection,
    InspectionInspector,
    ItemResult,
)
from inspector.domain.registry import Employer, Inspector, Site
from inspector.errors import NotFoundError
from inspector.inspections.arrears import is_wage_item
from inspector.storage import Database


@dataclass(frozen=True)
class FormItem:
    item_id: str
    result_id: str
    code: str
    category: str
    text: str
    guidance: str
    answer_type: str
    options: list[str]
    evidence_required: bool
    duty_holder: str
    answer: str
    value: str
    note: str
    responsible_employer_id: str | None
    evidence: list[tuple[str, str, str]]  # (evidence id, sha256, filename)
    wage_item: bool = False  # a 拖欠/克扣 item: arrears can be recorded on it
    arrears_workers: int | None = None
    arrears_fen: int | None = None
    arrears_listed: int = 0  # lines in the arrears list


@dataclass(frozen=True)
class InspectionForm:
    id: str
    status: str
    target_kind: str
    target_name: str
    site_id: str | None
    employer_id: str | None
    template_name: str
    started_at: datetime
    location: str
    notes: str
    inspectors: list[tuple[str, str, str]]  # (id, name, credential_no)
    items: list[FormItem]
    campaign: str = ""  # 专项行动 code, "" when none

    def progress(self) -> dict[str, tuple[int, int]]:
        """category → (answered, total)."""
        out: dict[str, tuple[int, int]] = {}
        for it in self.items:
            done, total = out.get(it.category, (0, 0))
            out[it.category] = (done + (it.answer != "unanswered"), total + 1)
        return out


def inspection_form(db: Database, inspection_id: str) -> InspectionForm:
    with db.session() as s:
        insp = s.get(Inspection, inspection_id)
        if insp is None:
            raise NotFoundError("检查记录不存在。", code="E_INSPECTION_NOT_FOUND")
        tpl = s.get(ChecklistTemplate, insp.template_id)
        target: Site | Employer | None = (
            s.get(Site, insp.site_id) if insp.target_kind == "site"
            else s.get(Employer, insp.employer_id)
        )
        inspectors = [
            (i.id, i.name, i.credential_no)
            for i in s.scalars(select(Inspector).join(
                InspectionInspector, InspectionInspector.inspector_id == Inspector.id)
                .where(InspectionInspector.inspection_id == insp.id)
                .order_by(InspectionInspector.position))
        ]
        evidence: dict[str | None, list[tuple[str, str, str]]] = {}
        for ev in s.scalars(select(Evidence).where(Evidence.inspection_id == insp.id,
                                                   Evidence.tombstone.is_(False))):
            evidence.setdefault(ev.item_result_id, []).append((ev.id, ev.sha256, ev.filename))
        items = [
            FormItem(
                item_id=item.id, result_id=res.id, code=item.code, category=item.category,
                text=item.text, guidance=item.guidance, answer_type=item.answer_type,
                options=orjson.loads(item.options), evidence_required=item.evidence_required,
                duty_holder=item.duty_holder, answer=res.answer, value=res.value, note=res.note,
                responsible_employer_id=res.responsible_employer_id,
                evidence=evidence.get(res.id, []),
                wage_item=is_wage_item(orjson.loads(item.penalty_articles)),
                arrears_workers=res.arrears_workers, arrears_fen=res.arrears_fen,
                arrears_listed=len(orjson.loads(res.arrears_list or "[]")),
            )
            for res, item in s.execute(
                select(ItemResult, TemplateItem).join(TemplateItem,
                                                      ItemResult.item_id == TemplateItem.id)
                .where(ItemResult.inspection_id == insp.id).order_by(TemplateItem.position))
        ]
        return InspectionForm(
            id=insp.id, status=insp.status, target_kind=insp.target_kind,
            target_name=target.name if target else "", site_id=insp.site_id,
            employer_id=insp.employer_id, template_name=tpl.name if tpl else "",
            started_at=insp.started_at, location=insp.location, notes=insp.notes,
            inspectors=inspectors, items=items, campaign=insp.campaign,
        )


@dataclass(frozen=True)
class InspectionRow:
    id: str
    status: str
    target_kind: str
    target_name: str
    site_id: str | None
    started_at: datetime
    findings: int
    campaign: str = ""


def list_inspections(db: Database, *, site_id: str | None = None,
                     employer_id: str | None = None, status: str | None = None,
                     campaign: str | None = None,
                     limit: int | None = None) -> list[InspectionRow]:
    """Newest first; `campaign` keeps one 专项行动's inspections (by its code)."""
    findings = (select(Finding.inspection_id, func.count().label("n"))
                .group_by(Finding.inspection_id).subquery())
    q = (
        select(Inspection, Site.name, Employer.name, func.coalesce(findings.c.n, 0))
        .outerjoin(Site, Inspection.site_id == Site.id)
        .outerjoin(Employer, Inspection.employer_id == Employer.id)
        .outerjoin(findings, findings.c.inspection_id == Inspection.id)
        .where(Inspection.tombstone.is_(False))
        .order_by(Inspection.started_at.desc())
    )
    if site_id:
        q = q.where(Inspection.site_id == site_id)
    if employer_id:
        q = q.where(Inspection.employer_id == employer_id)
    if status:
        q = q.where(Inspection.status == status)
    if campaign:
        q = q.where(Inspection.campaign == campaign)
    if limit:
        q = q.limit(limit)
    with db.session() as s:
        return [
            InspectionRow(id=i.id, status=i.status, target_kind=i.target_kind,
                          target_name=(site_name if i.target_kind == "site" else emp_name) or "",
                          site_id=i.site_id, started_at=i.started_at, findings=int(n),
                          campaign=i.campaign)
            for i, site_name, emp_name, n in s.execute(q)
        ]


def templates(db: Database, kind: str | None = None) -> list[tuple[str, str, int, str]]:
    """(id, code, version, name) of the newest version of each template."""
    with db.session() as s:
        q = select(ChecklistTemplate).where(ChecklistTemplate.tombstone.is_(False))
        if kind:
            q = q.where(ChecklistTemplate.kind == kind)
        newest: dict[str, ChecklistTemplate] = {}
        for t in s.scalars(q):
            if t.code not in newest or t.version > newest[t.code].version:
                newest[t.code] = t
        return [(t.id, t.code, t.version, t.name) for t in newest.values()]

"""Drafting orders from a finalized inspection's findings, editing drafts, superseding.

One draft per responsible party: each finding goes to the employer it names
(`Finding.employer_id`), else to the party its duty holder designates on the
site (建设单位 / 施工总承包单位) or to the inspected employer. Violations keep the
checklist order; each gets the item's fact, articles, requirement and a default
deadline of the item's `deadline_days` counted in working days from today
(`inspector.orders.calendar`). Everything stays editable until issue.
"""

from __future__ import annotations

from datetime import date

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector import clock
from inspector.audit import record
from inspector.config import load_authority
from inspector.domain.checklists import TemplateItem
from inspector.domain.inspections import Finding, Inspection, InspectionInspector
from inspector.domain.orders import Order, OrderViolation
from inspector.domain.registry import Inspector, Site
from inspector.errors import NotFoundError
from inspector.ids import uuid7
from inspector.inspections.arrears import Arrears, is_wage_item, list_json, validate
from inspector.orders.calendar import load_calendar
from inspector.orders.edits import DraftEdit, ViolationEdit
from inspector.orders.errors import OrderError, OrderValidationError
from inspector.orders.lookup import live_order
from inspector.orders.wording import addressed_fact
from inspector.storage import Database

ACTIVE = ("draft", "issued", "served", "closed")


def _responsible(finding: Finding, insp: Inspection, site: Site | None) -> str | None:
    if finding.employer_id:
        return finding.employer_id
    if site is not None:
        if finding.duty_holder == "project_owner":
            return site.project_owner_id
        if finding.duty_holder == "general_contractor":
            return site.general_contractor_id
    return insp.employer_id


Grouped = dict[str, list[tuple[Finding, TemplateItem]]]
"""Employer id → its findings with their checklist items, in checklist order."""


def draft_orders(
    db: Database, inspection_id: str, *, today: date | None = None, actor: str = ""
) -> list[str]:
    """Draft one order per responsible party of a finalized inspection; returns the draft ids."""
    today = today or clock.today()
    with db.uow() as s:
        insp = _finalized_inspection(s, inspection_id)
        site = s.get(Site, insp.site_id) if insp.site_id else None
        cal = load_calendar(s)
        title = load_authority(s).order_title
        groups, holders = _group_findings(s, insp, site)
        existing = set(s.scalars(
            select(Order.employer_id).where(
                Order.inspection_id == inspection_id, Order.status.in_(ACTIVE),
                Order.tombstone.is_(False),
            )
        ))
        officers = list(s.scalars(
            select(InspectionInspector.inspector_id)
            .where(InspectionInspector.inspection_id == inspection_id,
                   InspectionInspector.tombstone.is_(False))
            .order_by(InspectionInspector.position)
        ))
        ids: list[str] = []
        for emp, items in groups.items():
            if emp in existing:
                continue
            deadlines = [cal.add_working_days(today, item.deadline_days) for _, item in items]
            order = Order(
                id=uuid7(), status="draft", inspection_id=inspection_id, employer_id=emp,
                site_id=insp.site_id, duty_holder=holders[emp], title=title,
                deadline=max(deadlines),
                inspector1_id=officers[0] if officers else None,
                inspector2_id=officers[1] if len(officers) > 1 else None,
            )
            s.add(order)
            _add_violations(s, order.id, items, deadlines)
            record(s, "order.draft", "order", order.id,
                   {"inspection_id": inspection_id, "employer_id": emp,
                    "violations": len(items)}, actor=actor)
            ids.append(order.id)
        if not ids:
            raise OrderError("该检查的指令书已起草，不能重复起草。", code="E_ALREADY_DRAFTED")
        return ids


def _finalized_inspection(s: Session, inspection_id: str) -> Inspection:
    insp = s.get(Inspection, inspection_id)
    if insp is None or insp.tombstone:
        raise NotFoundError(f"没有编号为 {inspection_id} 的检查。", code="E_INSPECTION_NOT_FOUND")
    if insp.status != "finalized":
        raise OrderError("检查尚未定稿，不能起草指令书。", code="E_INSPECTION_NOT_FINAL")
    return insp


def _group_findings(s: Session, insp: Inspection, site: Site | None) -> tuple[Grouped, dict[str, str]]:
    """The violations by responsible employer, and each employer's duty holder role."""
    rows = s.execute(
        select(Finding, TemplateItem)
        .join(TemplateItem, TemplateItem.id == Finding.item_id)
        .where(Finding.inspection_id == insp.id, Finding.tombstone.is_(False))
        .order_by(TemplateItem.position)
    ).all()
    groups: Grouped = {}
    holders: dict[str, str] = {}
    for finding, item in rows:
        if not item.violation_text and not finding.fact:
            continue  # an informational item (人数, 其他情况) is never a violation
        emp = _responsible(finding, insp, site)
        if emp is None:
            raise OrderValidationError(
                f"检查项 {item.code} 的责任单位不明确，请先在检查中指定责任单位。",
                code="E_NO_ADDRESSEE",
            )
        groups.setdefault(emp, []).append((finding, item))
        holders.setdefault(emp, finding.duty_holder)
    if not groups:
        raise OrderError("该检查没有发现违法问题，无需出具指令书。", code="E_NO_FINDINGS")
    return groups, holders


def _add_violations(s: Session, order_id: str, items: list[tuple[Finding, TemplateItem]],
                    deadlines: list[date]) -> None:
    for pos, ((finding, item), deadline) in enumerate(zip(items, deadlines, strict=True),
                                                       start=1):
        s.add(OrderViolation(
            id=uuid7(), order_id=order_id, finding_id=finding.id, position=pos,
            fact=addressed_fact(finding.fact or item.violation_text),
            duty_articles=item.duty_articles, penalty_articles=item.penalty_articles,
            requirement=item.requirement, deadline=deadline,
            arrears_workers=finding.arrears_workers, arrears_fen=finding.arrears_fen,
            arrears_list=finding.arrears_list,
        ))


def _draft(s: Session, order_id: str) -> Order:
    order = s.get(Order, order_id)
    if order is None or order.tombstone:
        raise NotFoundError(f"没有编号为 {order_id} 的指令书草稿。", code="E_ORDER_UNKNOWN")
    if order.status != "draft":
        raise OrderError(f"指令书 {order.number} 已出具，不能修改；如需更正请出具新指令书替代。",
                         code="E_ORDER_ISSUED")
    return order


def _violations(s: Session, order_id: str) -> list[OrderViolation]:
    return list(s.scalars(
        select(OrderViolation).where(OrderViolation.order_id == order_id,
                                     OrderViolation.tombstone.is_(False))
        .order_by(OrderViolation.position)
    ))


def _edit_header(
    s: Session, order: Order, *, deadline: date | None, inspector_ids: tuple[str, str] | None,
    title: str | None,
) -> dict[str, str]:
    changes: dict[str, str] = {}
    if deadline is not None:
        for v in _violations(s, order.id):
            v.deadline = deadline
        order.deadline = deadline
        changes["deadline"] = deadline.isoformat()
    if inspector_ids is not None:
        a, b = inspector_ids
        if a == b:
            raise OrderValidationError("两名监察员不能是同一人。", code="E_TWO_INSPECTORS")
        for iid in (a, b):
            if s.get(Inspector, iid) is None:
                raise NotFoundError(f"没有编号为 {iid} 的监察员。", code="E_INSPECTOR_NOT_FOUND")
        order.inspector1_id, order.inspector2_id = a, b
        changes["inspectors"] = f"{a},{b}"
    if title is not None:
        title = title.strip()
        if not title.endswith("指令书"):
            raise OrderValidationError("文书标题应以“指令书”结尾。", code="E_ORDER_TITLE")
        order.title = title
        changes["title"] = title
    return changes


def update_draft(
    db: Database, order_id: str, *, deadline: date | None = None,
    inspector_ids: tuple[str, str] | None = None, title: str | None = None, actor: str = "",
) -> None:
    """Edit a draft: one deadline for every violation, the two inspectors, the title."""
    with db.uow() as s:
        order = _draft(s, order_id)
        changes = _edit_header(s, order, deadline=deadline, inspector_ids=inspector_ids,
                               title=title)
        record(s, "order.edit", "order", order_id, changes, actor=actor)


def _edit_violation(s: Session, order: Order, vs: list[OrderViolation], e: ViolationEdit) -> None:
    v = next((x for x in vs if x.position == e.position), None)
    if v is None:
        raise NotFoundError(f"指令书草稿没有第 {e.position} 项。", code="E_VIOLATION_UNKNOWN")
    if e.fact is not None:
        if not e.fact.strip():
            raise OrderValidationError("违法事实不能为空。", code="E_FACT_EMPTY")
        v.fact = e.fact.strip()
    if e.requirement is not None:
        v.requirement = e.requirement.strip()
    if e.deadline is not None:
        v.deadline = e.deadline
    if e.arrears is not None:
        set_violation_arrears(v, e.arrears)
    order.deadline = max(x.deadline for x in vs)


def update_violation(
    db: Database, order_id: str, position: int, *, fact: str | None = None,
    requirement: str | None = None, deadline: date | None = None,
    arrears: Arrears | None = None, actor: str = "",
) -> None:
    """Edit one violation of a draft (by its number on the order); `arrears` only on a
    wage-arrears violation (validated like on the inspection item)."""
    with db.uow() as s:
        order = _draft(s, order_id)
        _edit_violation(s, order, _violations(s, order_id),
                        ViolationEdit(position, fact=fact, requirement=requirement,
                                      deadline=deadline, arrears=arrears))
        record(s, "order.edit_violation", "order", order_id,
               {"position": position, "fact": fact, "requirement": requirement,
                "deadline": deadline.isoformat() if deadline else None,
                "arrears_fen": arrears.amount_fen if arrears else None}, actor=actor)


def set_violation_arrears(v: OrderViolation, entry: Arrears) -> None:
    """Validate and store the arrears of a wage violation of a draft."""
    validate(entry)
    if not is_wage_item(article_ids(v.penalty_articles)):
        raise OrderValidationError(f"第 {v.position} 项不是欠薪事项，不能登记欠薪金额。",
                                   code="E_ARREARS_ITEM")
    v.arrears_workers, v.arrears_fen = entry.workers, entry.amount_fen
    v.arrears_list = list_json(entry.people)


def discard_draft(db: Database, order_id: str, *, actor: str = "") -> None:
    """Delete a draft (a tombstone, so the deletion travels)."""
    with db.uow() as s:
        order = _draft(s, order_id)
        order.tombstone = True
        for v in _violations(s, order_id):
            v.tombstone = True
        record(s, "order.discard", "order", order_id, {}, actor=actor)


def supersede(db: Database, order_id: str, *, reason: str, actor: str = "") -> str:
    """Start a correction: a new draft copying an issued order; issuing it supersedes the old."""
    if not reason.strip():
        raise OrderValidationError("更正须写明原因。", code="E_REASON_REQUIRED")
    with db.uow() as s:
        old = live_order(s, order_id)
        if old.status not in ("issued", "served"):
            raise OrderError(f"只有已出具（或已送达）的指令书可以被替代，该指令书状态为 {old.status}。",
                             code="E_ORDER_STATE")
        pending = s.scalar(select(Order.id).where(
            Order.supersedes_id == order_id, Order.status == "draft", Order.tombstone.is_(False)))
        if pending:
            raise OrderError("已有一份替代该指令书的草稿。", code="E_ALREADY_DRAFTED")
        new = Order(
            id=uuid7(), status="draft", inspection_id=old.inspection_id,
            employer_id=old.employer_id, site_id=old.site_id, duty_holder=old.duty_holder,
            title=old.title, deadline=old.deadline, inspector1_id=old.inspector1_id,
            inspector2_id=old.inspector2_id, supersedes_id=old.id,
        )
        s.add(new)
        s.flush()
        for v in _violations(s, order_id):
            s.add(OrderViolation(
                id=uuid7(), order_id=new.id, finding_id=v.finding_id, position=v.position,
                fact=v.fact, duty_articles=v.duty_articles, penalty_articles=v.penalty_articles,
                requirement=v.requirement, deadline=v.deadline,
                arrears_workers=v.arrears_workers, arrears_fen=v.arrears_fen,
                arrears_list=v.arrears_list,
            ))
        record(s, "order.supersede_draft", "order", new.id,
               {"supersedes": old.number, "reason": reason.strip()}, actor=actor)
        return new.id


def article_ids(text: str) -> list[str]:
    """A JSON list column as a Python list."""
    return list(orjson.loads(text or "[]"))


def save_draft(db: Database, order_id: str, edit: DraftEdit, *, actor: str = "") -> None:
    """Save every edit of a draft at once: all of it, or — on any refusal — nothing.

    The edit is checked whole before the transaction opens (so the message names
    every broken rule, not the first), then what needs the database (the draft
    itself, the inspectors, the violation numbers) is checked before the first
    write; one transaction holds all the writes and one audit event.
    """
    problems = edit.problems()
    if problems:
        raise OrderValidationError("\n".join(m for _, m in problems), code=problems[0][0])
    with db.uow() as s:
        order = _draft(s, order_id)
        vs = {v.position: v for v in _violations(s, order_id)}
        missing = [e.position for e in edit.violations if e.position not in vs]
        if missing:
            raise NotFoundError(f"指令书草稿没有第 {missing[0]} 项。", code="E_VIOLATION_UNKNOWN")
        if edit.inspector_ids is not None:
            for iid in edit.inspector_ids:
                if s.get(Inspector, iid) is None:
                    raise NotFoundError(f"没有编号为 {iid} 的监察员。", code="E_INSPECTOR_NOT_FOUND")
        changes: dict[str, object] = {}
        if edit.deadline is not None:
            for v in vs.values():
                v.deadline = edit.deadline
            changes["deadline"] = edit.deadline.isoformat()
        if edit.inspector_ids is not None:
            order.inspector1_id, order.inspector2_id = edit.inspector_ids
            changes["inspectors"] = ",".join(edit.inspector_ids)
        if edit.title is not None and edit.title.strip() != order.title:
            order.title = edit.title.strip()
            changes["title"] = order.title
        edited = []
        for e in edit.violations:
            v = vs[e.position]
            if e.fact is not None and e.fact.strip() != v.fact:
                v.fact = e.fact.strip()
                edited.append(e.position)
            if e.requirement is not None and e.requirement.strip() != v.requirement:
                v.requirement = e.requirement.strip()
                edited.append(e.position)
            if e.deadline is not None and e.deadline != v.deadline:
                v.deadline = e.deadline
                edited.append(e.position)
            if e.arrears is not None:
                set_violation_arrears(v, e.arrears)  # validated; a refusal rolls back the save
                edited.append(e.position)
        if edited:
            changes["violations"] = sorted(set(edited))
        if vs:
            order.deadline = max(v.deadline for v in vs.values())
        record(s, "order.edit", "order", order_id, changes, actor=actor)

"""Historical inspections in: matching checked rows to the register and saving them.

`import_history` reads and checks every row (`history_io`), then saves the good
ones in one transaction. An imported inspection is written finalized and marked
`imported`, so every figure counts it like a field inspection.

Re-importing a row with a known key (`history_io`) updates that inspection in
place. Field inspections are immutable once finalized; an imported one is a
transcription of a paper ledger, and the office corrects its transcription by
importing again. So this module alone updates imported rows through
`storage.bulk.update_local_row` (a Core statement stamped exactly as a flush would:
new version, base version, revision, change counter; the same value rules), and
never touches a field inspection.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from inspector.audit import record
from inspector.config import load_authority
from inspector.domain.cases import Campaign
from inspector.domain.checklists import ChecklistTemplate, TemplateItem
from inspector.domain.inspections import Finding, Inspection, InspectionInspector, ItemResult
from inspector.domain.orders import Order, OrderViolation
from inspector.domain.registry import Employer, Site
from inspector.errors import InspectorError, StorageError, ValidationError
from inspector.ids import uuid7
from inspector.inspections.history_io import COLUMNS, HistoryRow, check_row
from inspector.inspections.measures import (
    COLLECTIVE,
    COLLECTIVE_YES,
    HEADCOUNT,
    MEASURE_CODES,
    SIGNED,
    URGED,
)
from inspector.progress import Meter, ProgressFn
from inspector.registry.import_rows import ImportReport, RowError, RowProblems
from inspector.registry.service import EmployerInput, upsert_employer, upsert_inspector
from inspector.registry.sites_io import read_rows
from inspector.storage import Database
from inspector.storage.bulk import insert_new_rows, update_local_row


@dataclass(frozen=True)
class _Item:
    id: str
    code: str
    duty_holder: str
    violation_text: str
    requirement: str
    duty_articles: str
    penalty_articles: str
    deadline_days: int


def _templates(s: Session) -> dict[str, tuple[str, list[_Item]]]:
    """kind → (the newest built-in template of that kind, its items)."""
    out: dict[str, tuple[str, list[_Item]]] = {}
    for kind in ("site", "employer"):
        tpl = s.scalars(select(ChecklistTemplate).where(
            ChecklistTemplate.kind == kind, ChecklistTemplate.tombstone.is_(False))
            .order_by(ChecklistTemplate.version.desc())).first()
        if tpl is None:
            continue
        items = [_Item(i.id, i.code, i.duty_holder, i.violation_text, i.requirement,
                       i.duty_articles, i.penalty_articles, i.deadline_days)
                 for i in s.scalars(select(TemplateItem).where(
                     TemplateItem.template_id == tpl.id).order_by(TemplateItem.position))]
        out[kind] = (tpl.id, items)
    return out


def _unit(s: Session, row: HistoryRow) -> tuple[str | None, str | None, str]:
    """(site id, employer id of the order's addressee, key part) for the row's unit."""
    if row.kind == "employer":
        data = EmployerInput(name=row.name, credit_code=row.credit_code,
                             township=row.township, industry=row.industry or "E")
        existing = s.scalar(select(Employer).where(Employer.credit_code == row.credit_code))
        if existing is not None and row.industry is None:
            data.industry = existing.industry  # an empty cell keeps what is registered
        return None, upsert_employer(s, data)[0], row.credit_code
    gc = aliased(Employer)
    site = s.execute(select(Site.id, Site.general_contractor_id)
                     .join(gc, gc.id == Site.general_contractor_id)
                     .where(Site.name == row.name.strip(), gc.credit_code == row.credit_code,
                            Site.tombstone.is_(False))).first()
    if site is None:
        raise ValidationError(f"未找到工程项目“{row.name}”（总包信用代码 {row.credit_code}），"
                              "请先导入工程项目。", code="E_HISTORY_SITE_UNKNOWN")
    return site[0], site[1], site[0]


def _values(row: HistoryRow, items: list[_Item]) -> dict[str, tuple[str, str]]:
    """item id → (answer, value) for every item of the template."""
    measure = {HEADCOUNT: row.counts.headcount, SIGNED: row.counts.signed,
               URGED: row.counts.urged}
    by_code = {i.code: i for i in items}
    unknown = [c for c in row.findings if c not in by_code or c in MEASURE_CODES]
    if unknown:
        raise ValidationError("发现问题中的检查项编号不在检查表中：" + "、".join(unknown) + "。",
                              code="E_HISTORY_ITEM_UNKNOWN")
    out: dict[str, tuple[str, str]] = {}
    for it in items:
        kind = MEASURE_CODES.get(it.code)
        value = ""
        if kind == COLLECTIVE and row.counts.collective is not None:
            value = COLLECTIVE_YES if row.counts.collective else "无"
        elif kind in measure and measure[kind] is not None:
            value = str(measure[kind])
        answer = "non_compliant" if it.code in row.findings else (
            "compliant" if value else "unanswered")
        out[it.id] = (answer, value)
    return out


def _children(s: Session, model: type[Any], parent: Any, key: str,
              wanted: dict[Any, dict[str, Any]]) -> None:
    """Make the live children under `parent` exactly `wanted` (key value → columns):
    revive or change the ones that exist (unique keys forbid a second row), add the
    missing, tombstone the rest."""
    have = {getattr(r, key): r for r in s.scalars(select(model).where(parent))}
    new: list[dict[str, Any]] = []
    for k, cols in wanted.items():
        row = have.pop(k, None)
        if row is None:
            new.append({"id": uuid7(), key: k, **cols})
            continue
        changed = {c: v for c, v in cols.items() if getattr(row, c) != v}
        if row.tombstone or changed:
            update_local_row(s, model, row.id, {**changed, "tombstone": False})
    for row in have.values():
        if not row.tombstone:
            update_local_row(s, model, row.id, {"tombstone": True})
    insert_new_rows(s, model, new)


def _started_at(row: HistoryRow) -> datetime:
    # 09:00 local: a stored time whose local date is the 检查日期 in any time zone.
    return datetime.combine(row.on, time(9)).astimezone(UTC).replace(tzinfo=None)


@dataclass
class _Context:
    templates: dict[str, tuple[str, list[_Item]]]
    order_title: str


def _save_row(s: Session, ctx: _Context, row: HistoryRow) -> str:
    """Create, update or leave one imported inspection; returns the outcome."""
    if row.kind not in ctx.templates:
        raise ValidationError("没有该对象类型的检查表。", code="E_HISTORY_ITEM_UNKNOWN")
    template_id, items = ctx.templates[row.kind]
    site_id, employer_id, unit = _unit(s, row)
    key = f"{row.kind}:{unit}:{row.on.isoformat()}"
    digest = row.digest()
    old = s.scalar(select(Inspection).where(Inspection.import_key == key))
    if old is not None and old.import_digest == digest and not old.tombstone:
        return "unchanged"
    if row.campaign and s.scalar(select(Campaign.id).where(
            Campaign.code == row.campaign, Campaign.tombstone.is_(False))) is None:
        raise ValidationError(f"找不到专项行动：{row.campaign}", code="E_CAMPAIGN_NOT_FOUND")
    values = _values(row, items)
    people = [upsert_inspector(s, name=n, credential_no=c) for n, c in row.inspectors]
    at = _started_at(row)
    head = {"target_kind": row.kind, "site_id": site_id,
            "employer_id": employer_id if row.kind == "employer" else None,
            "template_id": template_id, "started_at": at, "ended_at": at,
            "notes": row.notes, "status": "finalized", "finalized_at": at,
            "imported": True, "import_key": key, "import_digest": digest,
            "campaign": row.campaign, "tombstone": False}
    if old is None:
        iid = uuid7()
        insert_new_rows(s, Inspection, [{"id": iid, "location": "", **head}])
    else:
        iid = old.id
        update_local_row(s, Inspection, iid, head)
    _children(s, InspectionInspector, InspectionInspector.inspection_id == iid, "inspector_id",
              {p: {"inspection_id": iid, "position": n} for n, p in enumerate(people)})
    _children(s, ItemResult, ItemResult.inspection_id == iid, "item_id",
              {i: {"inspection_id": iid, "answer": a, "value": v}
               for i, (a, v) in values.items()})
    results = {item: rid for item, rid in s.execute(
        select(ItemResult.item_id, ItemResult.id).where(ItemResult.inspection_id == iid))}
    bad = [it for it in items if values[it.id][0] == "non_compliant"]
    _children(s, Finding, Finding.inspection_id == iid, "item_result_id",
              {results[it.id]: {"inspection_id": iid, "item_id": it.id,
                                "duty_holder": it.duty_holder, "employer_id": employer_id,
                                "fact": it.violation_text} for it in bad})
    _save_order(s, ctx, row, iid, site_id, employer_id, people, bad)
    record(s, "inspection.import", "inspection", iid,
           {"row": row.number, "key": key, "updated": old is not None})
    return "created" if old is None else "updated"


def _save_order(s: Session, ctx: _Context, row: HistoryRow, iid: str, site_id: str | None,
                employer_id: str | None, people: Sequence[str], bad: list[_Item]) -> None:
    order = s.scalar(select(Order).where(Order.inspection_id == iid))
    if not row.order_no or row.order_date is None or employer_id is None:
        if order is not None and not order.tombstone:
            update_local_row(s, Order, order.id, {"tombstone": True})
        return
    clash = s.scalar(select(Order.id).where(Order.number == row.order_no,
                                            Order.inspection_id != iid))
    if clash is not None:
        raise ValidationError(f"指令书文号“{row.order_no}”已被另一份指令书使用。",
                              code="E_HISTORY_ORDER_NUMBER")
    issued = datetime.combine(row.order_date, time(9)).astimezone(UTC).replace(tzinfo=None)
    deadlines = {it.id: row.order_date + timedelta(days=it.deadline_days) for it in bad}
    cols = {"number": row.order_no, "status": "closed", "inspection_id": iid,
            "employer_id": employer_id, "site_id": site_id, "title": ctx.order_title,
            "duty_holder": "general_contractor" if site_id else "employer",
            "deadline": max(deadlines.values()), "issue_date": row.order_date,
            "issued_at": issued, "closed_at": issued, "tombstone": False,
            "inspector1_id": people[0], "inspector2_id": people[1]}
    if order is None:
        oid = uuid7()
        insert_new_rows(s, Order, [{"id": oid, **cols}])
    else:
        oid = order.id
        update_local_row(s, Order, oid, cols)
    _children(s, OrderViolation, OrderViolation.order_id == oid, "position",
              {n: {"order_id": oid, "fact": it.violation_text, "requirement": it.requirement,
                   "duty_articles": it.duty_articles, "penalty_articles": it.penalty_articles,
                   "deadline": deadlines[it.id]} for n, it in enumerate(bad, 1)})


def _checked(path: Path, report: ImportReport) -> list[HistoryRow]:
    good: list[HistoryRow] = []
    first: dict[tuple[str, str, str, str], int] = {}
    for number, raw in read_rows(path, COLUMNS):
        try:
            row = check_row(number, raw)
        except RowProblems as exc:
            report.errors.extend(RowError(number, p) for p in exc.problems)
            continue
        k = (row.kind, row.name, row.credit_code, row.on.isoformat())
        if k in first:
            report.errors.append(RowError(number, f"与第 {first[k]} 行是同一对象同一检查日期，本行未导入。"))
            continue
        first[k] = number
        good.append(row)
    return good


def _require_office(db: Database) -> None:
    """The ledger is the office's: its rows are written with Core statements that the
    field's rights guard (a flush hook) would not see, and campaigns live at the office."""
    from inspector.domain.settings import LocalState
    from inspector.rights import FIELD

    with db.session() as s:
        role = s.get(LocalState, "role")
    if role is not None and role.value == FIELD:
        raise ValidationError("历史检查台账只能在办公室端导入。", code="E_HISTORY_OFFICE_ONLY")


def import_history(db: Database, path: Path, *,
                   progress: ProgressFn | None = None) -> ImportReport:
    """Check every row of a historical-inspections file, then save the good ones in
    one transaction (a `Cancelled` from `progress` leaves the database as it was)."""
    _require_office(db)
    meter = Meter(progress)
    meter.report("正在读取文件…")
    report = ImportReport()
    good = _checked(path, report)
    meter.total = len(good)
    with db.uow() as s:
        ctx = _Context(_templates(s), load_authority(s).order_title)
        for k, row in enumerate(good, 1):
            meter.at(k - 1, f"正在保存第 {k}/{len(good)} 行…")
            try:
                with s.begin_nested():
                    outcome = _save_row(s, ctx, row)
            except StorageError:
                raise  # a full disk or a lock is the file's failure, not this row's
            except InspectorError as exc:
                report.errors.append(RowError(row.number, exc.message))
                continue
            setattr(report, outcome, getattr(report, outcome) + 1)
        meter.at(len(good), "正在提交…")
    report.errors.sort(key=lambda e: e.row)
    return report

"""Wage arrears (拖欠/克扣) recorded on a checklist item: the workers concerned and the money.

An item is a wage-payment item when its penalty articles include 《劳动保障监察条例》
第二十六条 or 《劳动合同法》第八十五条 (the provisions that empower 责令限期支付,
DOMAIN §2.4/§2.5), so the checklists need no extra flag. On such an item the
inspector records the number of workers, the amount owed (integer fen, never a
float) and optionally the arrears list (清单: name, months, amount). Rules:
nothing negative; the count is at least the list's length; the list's amounts
never exceed the total, and equal it when the list names every worker.

The figures travel item result → finding (at finalize) → order violation (at
drafting) and later feed the office's figures (workers involved, wages recovered).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import orjson

from inspector.errors import NotFoundError, ValidationError
from inspector.storage import Database

WAGE_PAYMENT_ARTICLES = ("JC-26", "HT-85")
_YUAN = re.compile(r"^(\d+)(?:\.(\d{1,2}))?$")


def is_wage_item(penalty_articles: Iterable[str]) -> bool:
    """Is this (item's or violation's) penalty basis a 责令限期支付 provision?"""
    return any(a in WAGE_PAYMENT_ARTICLES for a in penalty_articles)


def parse_yuan(text: str) -> int:
    """'12,345.6' 元 → 1234560 fen, exactly (no float on the way)."""
    t = text.strip().replace(",", "").replace("，", "").removesuffix("元")
    m = _YUAN.match(t)
    if m is None:
        raise ValidationError(f"金额“{text}”不正确，应为非负的元数，最多两位小数。",
                              code="E_ARREARS_AMOUNT")
    return int(m.group(1)) * 100 + int((m.group(2) or "0").ljust(2, "0"))


def format_yuan(fen: int) -> str:
    """1234560 → '12345.60元' (as orders write money, DOMAIN §1.4)."""
    sign = "-" if fen < 0 else ""
    return f"{sign}{abs(fen) // 100}.{abs(fen) % 100:02d}元"


@dataclass(frozen=True)
class ArrearsWorker:
    """One line of the arrears list (清单)."""

    name: str
    months: str  # e.g. "2026年9月—10月", as the inspector writes it
    amount_fen: int


@dataclass(frozen=True)
class Arrears:
    workers: int
    amount_fen: int
    people: tuple[ArrearsWorker, ...] = ()


def validate(entry: Arrears) -> None:
    """Raise `ValidationError` (E_ARREARS_*) when the figures do not hold together."""
    if entry.workers < 0 or entry.amount_fen < 0:
        raise ValidationError("劳动者人数和金额不能为负数。", code="E_ARREARS_NEGATIVE")
    if entry.workers < len(entry.people):
        raise ValidationError(
            f"劳动者人数（{entry.workers}）少于清单人数（{len(entry.people)}）。",
            code="E_ARREARS_COUNT")
    for p in entry.people:
        if not p.name.strip():
            raise ValidationError("清单中的劳动者姓名不能为空。", code="E_ARREARS_NAME")
        if p.amount_fen < 0:
            raise ValidationError(f"{p.name} 的金额不能为负数。", code="E_ARREARS_NEGATIVE")
    listed = sum(p.amount_fen for p in entry.people)
    if listed > entry.amount_fen:
        raise ValidationError(
            f"清单金额合计 {format_yuan(listed)} 超过欠薪总额 {format_yuan(entry.amount_fen)}。",
            code="E_ARREARS_SUM")
    if entry.people and len(entry.people) == entry.workers and listed != entry.amount_fen:
        raise ValidationError(
            f"清单列明了全部 {entry.workers} 名劳动者，其金额合计 {format_yuan(listed)} "
            f"应等于欠薪总额 {format_yuan(entry.amount_fen)}。", code="E_ARREARS_SUM")


def list_json(people: Sequence[ArrearsWorker]) -> str:
    return orjson.dumps([{"name": p.name.strip(), "months": p.months.strip(),
                          "amount_fen": p.amount_fen} for p in people]).decode()


def list_from_json(text: str) -> tuple[ArrearsWorker, ...]:
    return tuple(ArrearsWorker(d["name"], d.get("months", ""), int(d["amount_fen"]))
                 for d in orjson.loads(text or "[]"))


def read_list_csv(source: Path | str) -> tuple[ArrearsWorker, ...]:
    """A CSV (UTF-8, with or without BOM, else GB18030) of 姓名,月份,金额(元); a header row
    whose amount cell is not a number is skipped."""
    raw = Path(source).read_bytes() if isinstance(source, Path) else source.encode()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    out = []
    for n, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if len(cells) < 3:
            raise ValidationError(f"清单第{n}行应有三列：姓名、月份、金额（元）。",
                                  code="E_ARREARS_LIST")
        try:
            amount = parse_yuan(cells[2])
        except ValidationError:
            if n == 1:
                continue  # header
            raise
        out.append(ArrearsWorker(cells[0], cells[1], amount))
    return tuple(out)


def record_arrears(
    db: Database, inspection_id: str, item_id: str, entry: Arrears | None, *, actor: str = ""
) -> None:
    """Record (or clear, with None) the arrears of a wage item of a draft inspection."""
    from sqlalchemy import select

    from inspector.audit import record
    from inspector.domain.checklists import TemplateItem
    from inspector.domain.inspections import ItemResult
    from inspector.inspections.service import _draft

    if entry is not None:
        validate(entry)
    with db.uow() as s:
        _draft(s, inspection_id)
        res = s.scalar(select(ItemResult).where(ItemResult.inspection_id == inspection_id,
                                                ItemResult.item_id == item_id))
        item = s.get(TemplateItem, item_id)
        if res is None or item is None:
            raise NotFoundError("该检查项不属于本次检查。", code="E_ITEM_NOT_FOUND")
        if not is_wage_item(orjson.loads(item.penalty_articles)):
            raise ValidationError(f"检查项 {item.code} 不是欠薪（拖欠、克扣工资）事项，不能登记欠薪金额。",
                                  code="E_ARREARS_ITEM")
        res.arrears_workers = entry.workers if entry else None
        res.arrears_fen = entry.amount_fen if entry else None
        res.arrears_list = list_json(entry.people) if entry else "[]"
        record(s, "inspection.arrears", "inspection", inspection_id,
               {"item": item.code, "workers": res.arrears_workers, "amount_fen": res.arrears_fen,
                "listed": len(entry.people) if entry else 0}, actor=actor)


def record_arrears_typed(
    db: Database, inspection_id: str, item_id: str, *, workers: int, amount: str,
    list_csv: Path | None = None, actor: str = "",
) -> Arrears:
    """The inspection screen's action: the figures as typed (amount in 元, an optional list
    CSV), parsed, validated and recorded in one transaction; returns what was recorded."""
    people = read_list_csv(list_csv) if list_csv is not None else ()
    fen = parse_yuan(amount) if amount.strip() else sum(p.amount_fen for p in people)
    entry = Arrears(workers, fen, people)
    record_arrears(db, inspection_id, item_id, entry, actor=actor)
    return entry


def arrears_of(workers: int | None, fen: int | None, people_json: str) -> Arrears | None:
    """The stored three columns (item result, finding or violation) as one value."""
    if workers is None and fen is None:
        return None
    return Arrears(workers or 0, fen or 0, list_from_json(people_json))

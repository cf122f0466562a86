"""Domain rules on single values of a row: enumerations, signs, code shapes, times, `rev`.

The bundle codec checks that a value fits its column (type, length, null); these
rules say whether it makes sense in the domain. `problem` is the one validator:
import applies it to every imported row version (`inspector.sync.authority`), and
every local write passes it too (the flush guard `guard_local_values` for ORM
writes, `storage.bulk.insert_new_rows` for bulk ones), so a value refused from a
bundle is refused at the keyboard with the same rule and the same words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from inspector import clock
from inspector.errors import ValidationError

REV_MAX = 1_000_000
"""No row is edited a million times; a bound keeps `rev` meaningful (it orders
provisional conflict winners) and inside a 32-bit column on every database."""

CLOCK_SKEW = timedelta(days=1)
"""How far in the future a timestamp may be: a laptop clock set to local time
instead of UTC is 8 hours ahead; a day more is a wrong clock or a forgery."""

CREDIT_CODE = re.compile(r"^[0-9A-Z]{18}$")
PARKED_PREFIX = "~"
"""A natural key parked by a conflict under review (`inspector.sync.natkeys`): `~` and
17 hex digits, never a real code, unique because it derives from the row's id."""
PARKED_KEY = re.compile(r"^~[0-9a-f]{17}$")

Rule = Callable[[Any], bool]


def one_of(values: Any) -> Rule:
    allowed = frozenset(values)
    return lambda v: v in allowed


def non_negative(v: Any) -> bool:
    return v is None or (isinstance(v, int) and v >= 0)


def positive(v: Any) -> bool:
    return isinstance(v, int) and v >= 1


TableRules = dict[str, tuple[Rule, str]]
"""column → (rule, the column's name for people)."""


def _order_rules() -> dict[str, TableRules]:
    from inspector.domain.orders import (
        ESCALATIONS,
        NUMBER_USE_STATUSES,
        ORDER_STATUSES,
        SERVICE_METHODS,
    )

    return {
        "rectification_order": {
            "status": (one_of(ORDER_STATUSES), "状态"),
            "escalation": (one_of(ESCALATIONS), "逾期处置"),
        },
        "order_service": {"method": (one_of(SERVICE_METHODS), "送达方式")},
        "number_use": {
            "status": (one_of(NUMBER_USE_STATUSES), "状态"),
            "serial": (positive, "序号"),
        },
        "number_block": {"first": (positive, "起号"), "last": (positive, "止号")},
    }


def _inspection_rules() -> dict[str, TableRules]:
    from inspector.domain.inspections import ANSWERS, INSPECTION_STATUSES

    return {
        "inspection": {
            "status": (one_of(INSPECTION_STATUSES), "状态"),
            "target_kind": (one_of(("site", "employer")), "检查对象"),
        },
        "item_result": {"answer": (one_of(ANSWERS), "检查结果")},
        "evidence": {"size": (non_negative, "大小")},
    }


def _checklist_rules() -> dict[str, TableRules]:
    from inspector.domain.checklists import DUTY_HOLDERS

    return {"template_item": {"duty_holder": (one_of(DUTY_HOLDERS), "责任单位")}}


def _registry_rules() -> dict[str, TableRules]:
    from inspector.domain.registry import INDUSTRIES, REGULATORS, SITE_STATUSES

    return {
        "site": {
            "status": (one_of(SITE_STATUSES), "状态"),
            "regulator": (one_of(REGULATORS), "行业主管部门"),
            "contract_amount_fen": (non_negative, "合同金额"),
            "headcount_registered": (non_negative, "登记人数"),
            "headcount_active": (non_negative, "在岗人数"),
        },
        "employer": {
            "credit_code": (
                lambda v: bool(CREDIT_CODE.match(v or "") or PARKED_KEY.match(v or "")),
                "统一社会信用代码",
            ),
            "industry": (one_of(INDUSTRIES), "行业"),
        },
    }


def _device_rules() -> dict[str, TableRules]:
    from inspector.domain.devices import ROLES

    return {"device": {"role": (one_of(ROLES), "角色")}}


_RULE_SOURCES: dict[str, Callable[[], dict[str, TableRules]]] = {
    **dict.fromkeys(("rectification_order", "order_service", "number_use", "number_block"),
                    _order_rules),
    **dict.fromkeys(("inspection", "item_result", "evidence"), _inspection_rules),
    "template_item": _checklist_rules,
    **dict.fromkeys(("site", "employer"), _registry_rules),
    "device": _device_rules,
}
"""table → the rules of its area. Each area's vocabularies live in its model module,
imported when a row of one of its tables is first checked: a row written through the
ORM has loaded it already, so the value guard never imports an area on its own
(start-up, issue #14). Other tables add theirs here."""


def rules_of(table: str) -> TableRules:
    """The value rules of `table` (none for a table without any)."""
    source = _RULE_SOURCES.get(table)
    return source()[table] if source is not None else {}


def problem(table: str, row: Mapping[str, Any]) -> str | None:
    """Why `row` breaks a domain rule (a Chinese phrase), or None."""
    return row_check(table)(row, clock.utcnow() + CLOCK_SKEW)


RowCheck = Callable[[Mapping[str, Any], datetime], "str | None"]
"""`problem` for one table: (row, the latest acceptable time) → why, or None."""

_ABSENT: Any = object()


@cache
def row_check(table: str, datetime_columns: tuple[str, ...] | None = None) -> RowCheck:
    """`problem` for many rows of `table`, built once: only the columns with rules are
    looked at, and the caller reads the clock once for a whole batch (import checks a
    million rows; the clock and a loop over every value per row were a sixth of it).

    `datetime_columns`: where the rows' datetimes can be (rows decoded from a bundle
    hold them only in the table's datetime columns); None looks at every value.
    """
    rules = tuple((col, rule, label) for col, (rule, label) in rules_of(table).items())
    blocks = table == "number_block"

    def check(row: Mapping[str, Any], limit: datetime) -> str | None:
        rev = row.get("rev", _ABSENT)
        if rev is not _ABSENT and not (isinstance(rev, int) and 1 <= rev <= REV_MAX):
            return f"版本号 rev={rev} 超出范围（1–{REV_MAX}）"
        for col, rule, label in rules:
            v = row.get(col, _ABSENT)
            if v is not _ABSENT and not rule(v):
                return f"{label}（{col}）的值 {v!r} 无效"
        if blocks and isinstance(row.get("first"), int) and isinstance(
            row.get("last"), int
        ) and row["last"] < row["first"]:
            return f"编号段 {row['first']}–{row['last']} 止号小于起号"
        if datetime_columns is None:
            for col, v in row.items():
                if isinstance(v, datetime) and v > limit:
                    return _future(col, v)
            return None
        for col in datetime_columns:
            v = row.get(col)
            if isinstance(v, datetime) and v > limit:
                return _future(col, v)
        return None

    return check


def _future(col: str, v: datetime) -> str:
    return f"时间 {col}={v.isoformat()} 晚于现在（超出允许的时钟误差）"


def refuse(table: str, row: Mapping[str, Any], label: str = "") -> None:
    """Raise `ValidationError` (E_VALUE_RULE) when a locally written row breaks a rule."""
    if (why := problem(table, row)) is not None:
        raise ValidationError(f"{label or table}的{why}，未保存。", code="E_VALUE_RULE")

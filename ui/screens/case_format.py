"""Names and columns the case screens share: statuses, sources, clocks, flags, money.

The Chinese source texts equal the core's labels (`CASE_STATUS_LABELS`, `SOURCES`,
`CLOCK_LABELS`, `STATE_LABELS`; tests/ui/test_cases_list.py keeps them equal),
written out here because lupdate only sees literal strings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ui import format as fmt
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.rows_table import Column

if TYPE_CHECKING:
    from inspector.cases.clocks import Clock
    from inspector.cases.queries import CaseRow

_CTX = "Cases"
RED, AMBER = QColor("#c0392b"), QColor("#b9770e")


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def STATUS_NAMES() -> dict[str, str]:
    return {
        "registered": _t("登记"), "accepted": _t("受理"), "rejected": _t("不予受理"),
        "filed": _t("立案"), "investigating": _t("调查"), "handling": _t("处理"),
        "closed": _t("结案"), "transferred": _t("移送"), "withdrawn": _t("撤销立案"),
    }


def SOURCE_NAMES() -> dict[str, str]:
    return {
        "national_platform": _t("全国根治欠薪线索反映平台"),
        "provincial_platform": _t("省级线索平台"), "hotline_12345": _t("12345 热线"),
        "visit": _t("来访"), "letter": _t("来信"), "inspection": _t("检查发现"),
        "assigned": _t("上级交办"), "other": _t("其他"),
    }


def CLOCK_NAMES() -> dict[str, str]:
    return {"accept": _t("受理期限"), "investigate": _t("调查期限"), "limitation": _t("追溯时效")}


def STATE_NAMES() -> dict[str, str]:
    return {"ok": _t("未到期"), "due_soon": _t("即将到期"), "overdue": _t("已逾期"),
            "met": _t("已完成"), "expired": _t("已超过时效")}


def flag_color(flag: str) -> QColor | None:
    return RED if flag == "overdue" else AMBER if flag == "due_soon" else None


def clock_text(c: Clock) -> str:
    """受理期限 2026年11月30日（即将到期，剩余 2 个工作日）."""
    state = STATE_NAMES().get(c.state, c.state)
    days = ""
    if c.working_days_left is not None and c.state in ("ok", "due_soon"):
        days = _t("，剩余 %1 个工作日").replace("%1", str(c.working_days_left))
    elif c.working_days_left is not None and c.state == "overdue":
        days = _t("，逾期 %1 个工作日").replace("%1", str(-c.working_days_left))
    return f"{CLOCK_NAMES().get(c.kind, c.kind)} {fmt.fmt_date(c.due)}（{state}{days}）"


def next_due(r: CaseRow) -> str:
    """The running clock nearest its date (what the list's 期限 column shows)."""
    running = [c for c in r.clocks if c.state in ("ok", "due_soon", "overdue")]
    if not running:
        return ""
    return clock_text(min(running, key=lambda c: c.due))


def case_columns(*, short: bool = False) -> list[Column[CaseRow]]:
    cols: list[Column[CaseRow]] = [
        Column(QT_TRANSLATE_NOOP("Cases", "案号"), lambda r: r.case_no),
        Column(QT_TRANSLATE_NOOP("Cases", "时限"),
               lambda r: STATE_NAMES().get(r.flag, r.flag),
               lambda r: {"overdue": 0, "due_soon": 1}.get(r.flag, 2)),
        Column(QT_TRANSLATE_NOOP("Cases", "用人单位"), lambda r: r.employer),
        Column(QT_TRANSLATE_NOOP("Cases", "状态"), lambda r: STATUS_NAMES().get(r.status, r.status)),
        Column(QT_TRANSLATE_NOOP("Cases", "期限"), next_due),
    ]
    if short:
        return cols
    more: list[Column[CaseRow]] = [
        Column(QT_TRANSLATE_NOOP("Cases", "来源"), lambda r: SOURCE_NAMES().get(r.source, r.source)),
        Column(QT_TRANSLATE_NOOP("Cases", "来源编号"), lambda r: r.source_ref),
        Column(QT_TRANSLATE_NOOP("Cases", "收到日期"), lambda r: fmt.fmt_date(r.received_on),
               lambda r: r.received_on.isoformat()),
        Column(QT_TRANSLATE_NOOP("Cases", "专项行动"), lambda r: r.campaign),
        Column(QT_TRANSLATE_NOOP("Cases", "人数"), lambda r: str(r.workers), lambda r: r.workers),
        Column(QT_TRANSLATE_NOOP("Cases", "欠薪"), lambda r: fmt.fmt_yuan(r.owed_fen),
               lambda r: r.owed_fen),
        Column(QT_TRANSLATE_NOOP("Cases", "已追回"), lambda r: fmt.fmt_yuan(r.paid_fen),
               lambda r: r.paid_fen),
    ]
    return [*cols, *more]

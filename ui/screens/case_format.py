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

RED, AMBER = QColor("#c0392b"), QColor("#b9770e")


def STATUS_NAMES() -> dict[str, str]:
    return {
        "registered": QCoreApplication.translate("Cases", "登记"), "accepted": QCoreApplication.translate("Cases", "受理"), "rejected": QCoreApplication.translate("Cases", "不予受理"),
        "filed": QCoreApplication.translate("Cases", "立案"), "investigating": QCoreApplication.translate("Cases", "调查"), "handling": QCoreApplication.translate("Cases", "处理"),
        "closed": QCoreApplication.translate("Cases", "结案"), "transferred": QCoreApplication.translate("Cases", "移送"), "withdrawn": QCoreApplication.translate("Cases", "撤销立案"),
    }


def SOURCE_NAMES() -> dict[str, str]:
    return {
        "national_platform": QCoreApplication.translate("Cases", "全国根治欠薪线索反映平台"),
        "provincial_platform": QCoreApplication.translate("Cases", "省级线索平台"), "hotline_12345": QCoreApplication.translate("Cases", "12345 热线"),
        "visit": QCoreApplication.translate("Cases", "来访"), "letter": QCoreApplication.translate("Cases", "来信"), "inspection": QCoreApplication.translate("Cases", "检查发现"),
        "assigned": QCoreApplication.translate("Cases", "上级交办"), "other": QCoreApplication.translate("Cases", "其他"),
    }


def CLOCK_NAMES() -> dict[str, str]:
    return {"accept": QCoreApplication.translate("Cases", "受理期限"), "investigate": QCoreApplication.translate("Cases", "调查期限"), "limitation": QCoreApplication.translate("Cases", "追溯时效")}


def STATE_NAMES() -> dict[str, str]:
    return {"ok": QCoreApplication.translate("Cases", "未到期"), "due_soon": QCoreApplication.translate("Cases", "即将到期"), "overdue": QCoreApplication.translate("Cases", "已逾期"),
            "met": QCoreApplication.translate("Cases", "已完成"), "expired": QCoreApplication.translate("Cases", "已超过时效")}


def flag_color(flag: str) -> QColor | None:
    return RED if flag == "overdue" else AMBER if flag == "due_soon" else None


def clock_text(c: Clock) -> str:
    """受理期限 2026年11月30日（即将到期，剩余 2 个工作日）."""
    state = STATE_NAMES().get(c.state, c.state)
    days = ""
    if c.working_days_left is not None and c.state in ("ok", "due_soon"):
        days = QCoreApplication.translate("Cases", "，剩余 %1 个工作日").replace("%1", str(c.working_days_left))
    elif c.working_days_left is not None and c.state == "overdue":
        days = QCoreApplication.translate("Cases", "，逾期 %1 个工作日").replace("%1", str(-c.working_days_left))
    return f"{CLOCK_NAMES().get(c.kind, c.kind)} {fmt.fmt_date(c.due)}（{state}{days}）"


def next_due(r: CaseRow) -> str:
    """The running clock nearest its date (what the list's 期限 column shows)."""
    running = [c for c in r.clocks if c.state in ("ok", "due_soon", "overdue")]
    if not running:
        return ""
    return clock_text(min(running, key=lambda c: c.due))


def next_due_key(r: CaseRow) -> str:
    """The 期限 column sorts by date (its text starts with the clock's name)."""
    running = [c for c in r.clocks if c.state in ("ok", "due_soon", "overdue")]
    return min(c.due for c in running).isoformat() if running else "9999-12-31"


def case_columns(*, short: bool = False) -> list[Column[CaseRow]]:
    cols: list[Column[CaseRow]] = [
        Column(QT_TRANSLATE_NOOP("Cases", "案号"), lambda r: r.case_no),
        Column(QT_TRANSLATE_NOOP("Cases", "时限"),
               lambda r: STATE_NAMES().get(r.flag, r.flag),
               lambda r: {"overdue": 0, "due_soon": 1}.get(r.flag, 2)),
        Column(QT_TRANSLATE_NOOP("Cases", "用人单位"), lambda r: r.employer),
        Column(QT_TRANSLATE_NOOP("Cases", "状态"), lambda r: STATUS_NAMES().get(r.status, r.status)),
        Column(QT_TRANSLATE_NOOP("Cases", "期限"), next_due, next_due_key),
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

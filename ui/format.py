"""Display conventions: dates as 2026年11月25日, money in yuan from fen, code → name maps.

Names are looked up through Qt's translator at call time, so switching the
language changes them; the Chinese source texts are the core's own labels
(`ORDER_STATUS_LABELS`, `ANSWER_LABELS` …; a test keeps them equal), written out
here because lupdate only sees literal strings.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from inspector import clock
from inspector.documents.dates import format_cn_date, local_date, local_from_utc


def is_chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def fmt_date(value: date | datetime | None) -> str:
    """A calendar date: 2026年11月25日 in Chinese, 2026-11-25 otherwise; "" for None."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = local_date(value)
    return format_cn_date(value) if is_chinese() else value.isoformat()


def fmt_datetime(value: datetime | None) -> str:
    """2026年11月25日 10:05 (local time) from a stored naive-UTC time."""
    if value is None:
        return ""
    local = local_from_utc(value)
    return f"{fmt_date(local.date())} {local:%H:%M}"


def fmt_yuan(fen: int | None) -> str:
    """Money from integer fen: ¥1,234.50 (never through float arithmetic on the stored value)."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}¥{yuan:,}.{cents:02d}"


def days_left_text(deadline: date, today: date | None = None) -> str:
    """剩余 3 天 / 今日到期 / 逾期 2 天."""
    today = today or clock.today()
    delta = (deadline - today).days
    if delta > 0:
        return QCoreApplication.translate("Format", "剩余 %1 天").replace("%1", str(delta))
    if delta == 0:
        return QCoreApplication.translate("Format", "今日到期")
    return QCoreApplication.translate("Format", "逾期 %1 天").replace("%1", str(-delta))


def REGULATOR_NAMES() -> dict[str, str]:
    return {
        "housing": QCoreApplication.translate("Format", "住建"),
        "transport": QCoreApplication.translate("Format", "交通"),
        "water": QCoreApplication.translate("Format", "水利"),
        "other": QCoreApplication.translate("Format", "其他"),
    }


def SITE_STATUS_NAMES() -> dict[str, str]:
    return {
        "building": QCoreApplication.translate("Format", "在建"),
        "suspended": QCoreApplication.translate("Format", "停工"),
        "completed": QCoreApplication.translate("Format", "已完工"),
    }


def INDUSTRY_NAMES() -> dict[str, str]:
    from inspector.domain.registry import INDUSTRIES

    # GB/T 4754 category names stay in Chinese: they are the standard's own words.
    return dict(INDUSTRIES)


def INSPECTION_STATUS_NAMES() -> dict[str, str]:
    return {
        "draft": QCoreApplication.translate("Format", "草稿"),
        "finalized": QCoreApplication.translate("Format", "已定稿"),
    }


def ROLE_NAMES() -> dict[str, str]:
    return {
        "field": QCoreApplication.translate("Format", "外勤设备"),
        "office": QCoreApplication.translate("Format", "局端"),
    }


def ORDER_STATUS_NAMES() -> dict[str, str]:
    return {
        "draft": QCoreApplication.translate("Format", "草稿"),
        "issued": QCoreApplication.translate("Format", "已出具"),
        "served": QCoreApplication.translate("Format", "已送达"),
        "closed": QCoreApplication.translate("Format", "已结案"),
        "revoked": QCoreApplication.translate("Format", "已撤销"),
        "superseded": QCoreApplication.translate("Format", "已被替代"),
    }


def ANSWER_NAMES() -> dict[str, str]:
    return {
        "unanswered": QCoreApplication.translate("Format", "未检查"),
        "compliant": QCoreApplication.translate("Format", "符合"),
        "non_compliant": QCoreApplication.translate("Format", "不符合"),
        "not_applicable": QCoreApplication.translate("Format", "不适用"),
    }


def SERVICE_METHOD_NAMES() -> dict[str, str]:
    return {
        "direct": QCoreApplication.translate("Format", "直接送达"),
        "left_at_premises": QCoreApplication.translate("Format", "留置送达"),
        "posted": QCoreApplication.translate("Format", "张贴送达"),
        "mail": QCoreApplication.translate("Format", "邮寄送达"),
    }

"""Dates as official documents write them: 2026年11月25日 (no zero padding)."""

from __future__ import annotations

from datetime import UTC, date, datetime


def format_cn_date(d: date) -> str:
    """2026年11月25日 — the one date format of every document."""
    return f"{d.year}年{d.month}月{d.day}日"


def format_cn_datetime(dt: datetime) -> str:
    """2026年11月25日10时05分 (签收时间); `dt` is already local time."""
    return f"{format_cn_date(dt.date())}{dt.hour}时{dt.minute:02d}分"


def local_from_utc(dt: datetime) -> datetime:
    """A stored naive-UTC time in this machine's time zone, naive again (for printing)."""
    return dt.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def local_date(dt: datetime) -> date:
    """The local calendar date of a stored naive-UTC time."""
    return local_from_utc(dt).date()


def pdf_date(utc: datetime) -> str:
    """A stored naive-UTC time as a PDF date in local time: D:20261125093000+08'00'."""
    local = utc.replace(tzinfo=UTC).astimezone()
    offset = local.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hh, mm = divmod(abs(minutes), 60)
    return f"D:{local:%Y%m%d%H%M%S}{sign}{hh:02d}'{mm:02d}'"

"""Operations of the reports screen: dashboard charts, drill-down, ledgers, the summary.

Each is one core call on the DB worker (core imported there, not at start-up).
A ledger export reports progress and can be cancelled; a cancel leaves no file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from ui.operations import CoreOp, read

if TYPE_CHECKING:
    from inspector.reports.dashboard import Chart
    from inspector.reports.figures import Period, Record
    from inspector.reports.ledgers import LedgerFilter
    from inspector.storage import Database
    from ui.tasks import Progress

PREVIEW_ROWS = 500


@dataclass(frozen=True)
class LedgerPreview:
    headers: list[str]
    rows: list[list[str]]
    truncated: bool


def charts(*, parent: QWidget | None, period: Period) -> CoreOp[list[Chart]]:
    def op(db: Database) -> list[Chart]:
        from inspector.reports.dashboard import dashboard

        return dashboard(db, period)

    return read(parent, op)


def bar_records(*, parent: QWidget | None, chart: str, bar: str, series: int | None,
                period: Period) -> CoreOp[list[Record]]:
    def op(db: Database) -> list[Record]:
        from inspector.reports.dashboard import chart_records

        return chart_records(db, chart, bar, series, period)

    return read(parent, op)


def ledger_preview(*, parent: QWidget | None, name: str,
                   filters: LedgerFilter) -> CoreOp[LedgerPreview]:
    """The first rows of a ledger as display text (the export writes them all)."""

    def op(db: Database) -> LedgerPreview:
        from itertools import islice

        from inspector.reports.ledgers import iter_ledger, ledger
        from inspector.reports.tabular import csv_value

        led = ledger(name)
        rows = [[csv_value(c.kind, v) for c, v in zip(led.columns, r, strict=True)]
                for r in islice(iter_ledger(db, name, filters), PREVIEW_ROWS + 1)]
        return LedgerPreview([c.header for c in led.columns], rows[:PREVIEW_ROWS],
                             len(rows) > PREVIEW_ROWS)

    return read(parent, op)


def export_ledger(*, parent: QWidget | None, name: str, filters: LedgerFilter,
                  out: Path) -> CoreOp[int]:
    def op(db: Database, progress: Progress | None = None) -> int:
        from inspector.reports.ledgers import export_ledger

        return export_ledger(db, name, filters, out,
                             progress=progress.callback() if progress is not None else None)

    return CoreOp(parent=parent, op=op)


def summary(*, parent: QWidget | None, period: Period) -> CoreOp[tuple[dict[str, Any], str]]:
    def op(db: Database) -> tuple[dict[str, Any], str]:
        from inspector.config import load_authority
        from inspector.reports.summary import build_summary, summary_text

        doc = build_summary(db, period)
        with db.session() as s:
            name = load_authority(s).authority_name
        return doc, summary_text(doc, name)

    return read(parent, op)


def save_summary(*, parent: QWidget | None, period: Period, out: Path) -> CoreOp[Path]:
    def op(db: Database) -> Path:
        from inspector.reports.summary import write_summary

        return write_summary(db, period, out).path

    return read(parent, op)

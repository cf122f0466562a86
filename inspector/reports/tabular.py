"""One writer for every table an office exports: .xlsx (openpyxl write-only) or .csv.

Columns are typed, so a date is a real date cell, money is a number in 元 with two
decimals (stored as integer fen, converted only here), counts are integers. The
file is written beside its target and moved into place, so a cancelled or failed
export never leaves half a file.

Text that a spreadsheet would read as a formula (= + - @, or a leading tab or
carriage return) is neutralised with a leading apostrophe: imported data can
carry "=HYPERLINK(…)", and an office must be able to open an export safely.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from inspector.errors import InspectorError
from inspector.storage.files import write_via_temp

Kind = Literal["text", "int", "date", "datetime", "money", "percent", "bool", "any"]
# "any": numbers stay numbers, anything else is text (a summary's mixed value column).
FORMULA_LEAD = ("=", "+", "-", "@", "\t", "\r")
XLSX_DATE = 'yyyy"年"m"月"d"日"'
XLSX_DATETIME = 'yyyy"年"m"月"d"日" hh:mm'


class ExportError(InspectorError):
    code = "E_EXPORT"


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = "text"
    width: int = 0  # characters; 0 = from the header


def neutralise(text: str) -> str:
    """Text safe to open in a spreadsheet: a would-be formula gets a leading apostrophe."""
    return "'" + text if text.startswith(FORMULA_LEAD) else text


def _yuan(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))


def csv_value(kind: Kind, value: Any) -> str:
    """A value as CSV text: ISO dates (for other programs), 元 with two decimals."""
    if value is None:
        return ""
    if kind == "money":
        return f"{_yuan(int(value)):.2f}"
    if kind == "percent":
        return f"{float(value):.1f}"
    if kind == "bool":
        return "是" if value else "否"
    if kind == "datetime" and isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if kind == "date" and isinstance(value, date):
        return value.isoformat()
    if kind == "int":
        return str(int(value))
    if kind == "any" and isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return neutralise(str(value))


def _width(col: Column) -> float:
    # East Asian characters take two columns in Excel's width unit.
    head = sum(2 if ord(ch) > 0x2E7F else 1 for ch in col.header)
    return float(max(col.width, head, 6) + 2)


def write_csv(path: Path, columns: Sequence[Column], rows: Iterable[Sequence[Any]]) -> int:
    """UTF-8 with a byte-order mark, so Excel on a Chinese Windows reads it right."""
    count = 0

    def write(tmp: Path) -> None:
        nonlocal count
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh)
            out.writerow([c.header for c in columns])
            for row in rows:
                out.writerow([csv_value(c.kind, v) for c, v in zip(columns, row, strict=True)])
                count += 1

    write_via_temp(path, write)
    return count


class _XlsxCells:
    """Makes cells for one write-only sheet; styled cells only where a format is needed.

    Each column gets its converter once, so a row is one pass of calls, not a chain of
    kind tests per value. A styled column reuses one cell whose style is set once: a
    write-only sheet serialises a row as it is appended, so the cell is free again for
    the next row (creating a cell and looking up its style per value cost ~10 % of a
    100,000-row export).
    """

    def __init__(self, ws: Any, columns: Sequence[Column]) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font

        self._cell = WriteOnlyCell
        self._ws = ws
        self._convert = [self._converter(c.kind) for c in columns]
        self.header = []
        for c in columns:
            cell = WriteOnlyCell(ws, value=c.header)
            cell.font = Font(bold=True)
            self.header.append(cell)

    def _styled(self, number_format: str, make: Callable[[Any], Any]) -> Callable[[Any], Any]:
        cell = self._cell(self._ws)
        cell.number_format = number_format

        def convert(v: Any) -> Any:
            cell.value = make(v)
            return cell
        return convert

    def _converter(self, kind: Kind) -> Callable[[Any], Any]:
        if kind == "money":
            return self._styled("#,##0.00", lambda v: _yuan(int(v)))
        if kind in ("date", "datetime"):
            return self._styled(XLSX_DATE if kind == "date" else XLSX_DATETIME, _same)
        if kind == "percent":
            return self._styled("0.0", lambda v: round(float(v), 1))
        if kind == "int":
            return int
        if kind == "bool":
            return lambda v: "是" if v else "否"
        if kind == "any":
            return lambda v: v if isinstance(v, int | float) and not isinstance(v, bool) \
                else _text(v)
        return _text

    def row(self, values: Sequence[Any]) -> list[Any]:
        # An empty text is no cell at all: openpyxl skips None but writes an element
        # for "", and a ledger row has several empty columns.
        return [None if v is None or v == "" else f(v)
                for f, v in zip(self._convert, values, strict=True)]


def _same(v: Any) -> Any:
    return v


def _text(v: Any) -> str:
    # openpyxl stores text as a formula only when it starts with "="; neutralised text
    # never does, so a plain value is a string cell.
    text = v if isinstance(v, str) else str(v)
    return "'" + text if text.startswith(FORMULA_LEAD) else text


@dataclass(frozen=True)
class Sheet:
    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]


def write_xlsx(path: Path, sheets: Sequence[Sheet]) -> int:
    """One workbook, a sheet per table: frozen header, autofilter, widths; rows streamed."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    count = 0

    def write(tmp: Path) -> None:
        nonlocal count
        wb = Workbook(write_only=True)
        for sheet in sheets:
            ws = wb.create_sheet(sheet.title[:31])
            for i, col in enumerate(sheet.columns, start=1):
                ws.column_dimensions[get_column_letter(i)].width = _width(col)
            ws.freeze_panes = "A2"
            cells = _XlsxCells(ws, sheet.columns)
            ws.append(cells.header)
            n = 0
            try:
                for row in sheet.rows:
                    ws.append(cells.row(row))
                    n += 1
            except BaseException:
                # Finish the sheet's stream so its temporary file is closed in order;
                # the half-written workbook itself is discarded by write_via_temp.
                with suppress(Exception):
                    ws.close()
                raise
            last = get_column_letter(max(len(sheet.columns), 1))
            ws.auto_filter.ref = f"A1:{last}{n + 1}"
            count += n
        wb.save(tmp)

    write_via_temp(path, write)
    return count


def write_table(path: Path, title: str, columns: Sequence[Column],
                rows: Iterable[Sequence[Any]]) -> int:
    """Write one table to `path` by its suffix (.xlsx or .csv); returns the row count."""
    if Path(path).is_dir():
        raise ExportError(f"{path} 是文件夹，请给出文件名。", code="E_EXPORT_PATH")
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        return write_csv(path, columns, rows)
    if suffix == ".xlsx":
        return write_xlsx(path, [Sheet(title, columns, rows)])
    raise ExportError("只能导出为 .xlsx 或 .csv 文件。", code="E_EXPORT_TYPE")

"""A read-only table model over a short list of dataclass rows (detail tabs, home lists).

Columns are declared once as `Column(header, display, sort)`; headers are
source strings in a translation context given by the caller. For long lists use
the index-backed models in `site_table`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ui.models import DisplayRole, ForegroundRole, IdRole, RowRole, SortRole, ToolTipRole
from ui.models.table import AnyIndex, TableModel

R = TypeVar("R")


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str  # source text, translated in the model's context
    display: Callable[[R], str]
    sort: Callable[[R], Any] | None = None


class RowsTableModel(TableModel, Generic[R]):
    """Rows are any objects with an `id` attribute; `set_rows` replaces them all."""

    def __init__(self, columns: Sequence[Column[R]], *, context: str, parent: Any = None) -> None:
        super().__init__([c.header for c in columns], context=context, parent=parent)
        self._columns = list(columns)
        self._rows: list[R] = []
        self._colors: Callable[[R], Any] | None = None

    def data(self, index: AnyIndex, role: int = DisplayRole) -> Any:
        if not self.has_row(index):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[index.row()]
        col = self._columns[index.column()]
        try:
            if role in (DisplayRole, ToolTipRole):
                return col.display(row)
            if role == SortRole:
                return col.sort(row) if col.sort else col.display(row)
            if role == IdRole:
                return getattr(row, "id", None)
            if role == RowRole:
                return row
            if role == ForegroundRole and self._colors is not None:
                return self._colors(row)
        except Exception:  # a bad row must never break painting: show a placeholder
            return "—" if role == DisplayRole else None
        return None

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_foreground(self, colors: Callable[[R], Any]) -> None:
        """Colour rows (e.g. overdue in red); `colors(row)` returns a QColor or None."""
        self._colors = colors

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def rows(self) -> list[R]:
        return list(self._rows)

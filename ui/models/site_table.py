"""Table models of all sites and all employers, over the in-memory indexes of `inspector.queries`.

The model keeps only a list of row positions into the index (what the current
search and filters let through) and reads display text from the index columns
when the view asks for a visible cell. Filtering replaces the position list in
one `beginResetModel`/`endResetModel`; sorting happens here rather than in a
proxy because a proxy over 100,000 rows re-sorts far slower than a list of ints.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from inspector.queries.site_index import EmployerIndex, SiteIndex
from ui.format import INDUSTRY_NAMES, REGULATOR_NAMES, SITE_STATUS_NAMES
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models import IdRole, SortRole
from ui.models.table import AnyIndex, TableModel

# The view asks for ~7 roles per visible cell on every paint; answering the ones
# we never serve first keeps a repaint of a 100,000-row list cheap.
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SortRole, IdRole})


class SiteTableModel(TableModel):
    """Sites shown by the site list and the target picker."""

    COL_NAME, COL_TOWNSHIP, COL_ADDRESS, COL_CONTRACTOR, COL_REGULATOR, COL_STATUS, COL_LAST = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("SiteTableModel", "项目名称"),
        QT_TRANSLATE_NOOP("SiteTableModel", "乡镇（街道）"),
        QT_TRANSLATE_NOOP("SiteTableModel", "地址"),
        QT_TRANSLATE_NOOP("SiteTableModel", "施工总承包单位"),
        QT_TRANSLATE_NOOP("SiteTableModel", "主管部门"),
        QT_TRANSLATE_NOOP("SiteTableModel", "状态"),
        QT_TRANSLATE_NOOP("SiteTableModel", "最近检查"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.HEADERS, context="SiteTableModel", parent=parent)
        self._index = SiteIndex()
        self._rows: list[int] = []
        self._query = ""
        self._filters: dict[str, str | None] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- Qt model API ---------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        pos = self._rows[row]
        col = index.column()
        if role == IdRole:
            return self._index.ids[pos]
        if role in (Qt.ItemDataRole.DisplayRole, SortRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(pos, col, role)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._rows = self._sorted(self._rows)
        self.layoutChanged.emit()

    # -- ours -----------------------------------------------------------------
    def _cell(self, pos: int, col: int, role: int) -> Any:
        idx = self._index
        if col == self.COL_NAME:
            return idx.names[pos]
        if col == self.COL_TOWNSHIP:
            return idx.townships[pos]
        if col == self.COL_ADDRESS:
            return idx.addresses[pos]
        if col == self.COL_CONTRACTOR:
            return idx.contractors[pos]
        if col == self.COL_REGULATOR:
            code = idx.regulators[pos]
            return code if role == SortRole else REGULATOR_NAMES().get(code, code)
        if col == self.COL_STATUS:
            code = idx.statuses[pos]
            return code if role == SortRole else SITE_STATUS_NAMES().get(code, code)
        if col == self.COL_LAST:
            return idx.last_inspected[pos]
        return None

    def _sorted(self, rows: list[int]) -> list[int]:
        if self._sort is None:
            return rows
        col, order = self._sort
        column = self._column_values(col)
        if column is None:
            return rows
        return sorted(rows, key=column.__getitem__,
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def _column_values(self, col: int) -> list[str] | None:
        idx = self._index
        return {
            self.COL_NAME: idx.names, self.COL_TOWNSHIP: idx.townships,
            self.COL_ADDRESS: idx.addresses, self.COL_CONTRACTOR: idx.contractors,
            self.COL_REGULATOR: idx.regulators, self.COL_STATUS: idx.statuses,
            self.COL_LAST: idx.last_inspected,
        }.get(col)

    @property
    def site_index(self) -> SiteIndex:
        return self._index

    def set_index(self, index: SiteIndex) -> None:
        """Show a freshly loaded index, keeping the current search and filters."""
        self._index = index
        self._apply()

    def set_filter(self, query: str, *, status: str | None = None,
                   regulator: str | None = None, township: str | None = None) -> None:
        self._query = query
        self._filters = {"status": status, "regulator": regulator, "township": township}
        self._apply()

    def _apply(self) -> None:
        rows = self._index.search(self._query, **self._filters)
        self.beginResetModel()
        self._rows = self._sorted(rows)
        self.endResetModel()

    def site_id(self, row: int) -> str | None:
        if 0 <= row < len(self._rows):
            return self._index.ids[self._rows[row]]
        return None

    def row_of(self, site_id: str) -> int | None:
        pos = self._index.position(site_id)
        if pos is None:
            return None
        try:
            return self._rows.index(pos)
        except ValueError:
            return None

    @property
    def total(self) -> int:
        return len(self._index)


class EmployerTableModel(TableModel):
    """Employers (用人单位) shown by the employer list and the target picker."""

    COL_NAME, COL_CREDIT_CODE, COL_LEGAL_REP, COL_TOWNSHIP, COL_INDUSTRY = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("EmployerTableModel", "单位名称"),
        QT_TRANSLATE_NOOP("EmployerTableModel", "统一社会信用代码"),
        QT_TRANSLATE_NOOP("EmployerTableModel", "法定代表人"),
        QT_TRANSLATE_NOOP("EmployerTableModel", "乡镇（街道）"),
        QT_TRANSLATE_NOOP("EmployerTableModel", "行业"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.HEADERS, context="EmployerTableModel", parent=parent)
        self._index = EmployerIndex()
        self._rows: list[int] = []
        self._query = ""
        self._filters: dict[str, str | None] = {}

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:
            return None
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        pos = self._rows[index.row()]
        idx = self._index
        if role == IdRole:
            return idx.ids[pos]
        if role not in (Qt.ItemDataRole.DisplayRole, SortRole, Qt.ItemDataRole.ToolTipRole):
            return None
        col = index.column()
        if col == self.COL_NAME:
            return idx.names[pos]
        if col == self.COL_CREDIT_CODE:
            return idx.credit_codes[pos]
        if col == self.COL_LEGAL_REP:
            return idx.legal_reps[pos]
        if col == self.COL_TOWNSHIP:
            return idx.townships[pos]
        if col == self.COL_INDUSTRY:
            code = idx.industries[pos]
            return code if role == SortRole else INDUSTRY_NAMES().get(code, code)
        return None

    def set_index(self, index: EmployerIndex) -> None:
        self._index = index
        self._apply()

    def set_filter(self, query: str, *, industry: str | None = None,
                   township: str | None = None) -> None:
        self._query = query
        self._filters = {"industry": industry, "township": township}
        self._apply()

    def _apply(self) -> None:
        rows = self._index.search(self._query, **self._filters)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def employer_id(self, row: int) -> str | None:
        if 0 <= row < len(self._rows):
            return self._index.ids[self._rows[row]]
        return None

    @property
    def total(self) -> int:
        return len(self._index)

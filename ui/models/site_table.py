"""Table models of all sites and all employers, over the in-memory indexes of `inspector.queries`.

The model keeps only a list of row positions into the index (what the current
search and filters let through) and reads display text from the index columns
when the view asks for a visible cell. The index answers already sorted (each
column's order is sorted once, then filtered; a proxy over 100,000 rows
re-sorts far slower), and a new answer replaces the rows without a model reset
(`replace_rows`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex

from inspector.queries.site_index import EmployerIndex, SiteIndex
from ui.format import INDUSTRY_NAMES, REGULATOR_NAMES, SITE_STATUS_NAMES
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models import DisplayRole, IdRole, SortRole, ToolTipRole
from ui.models.table import AnyIndex, TableModel

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

# The view asks for ~7 roles per visible cell on every paint; answering the ones
# we never serve first keeps a repaint of a 100,000-row list cheap.
_ROLES = frozenset({DisplayRole, ToolTipRole, SortRole, IdRole})


def replace_rows(model: QAbstractTableModel, old: list[int], new: list[int],
                 set_rows: Callable[[list[int]], None]) -> None:
    """Show `new` instead of `old` (index positions, one per row) without resetting the model.

    A reset makes the view drop its scroll position, selection and current row and
    lay out every row again; on a keystroke that matches all 100,000 rows that is
    the slowest part. Instead the rows past the shorter list are removed or
    inserted, the rest reported changed (the view repaints only what it shows), and
    every persistent index (selection, current row) moved to the row now showing
    the same record, or dropped when the record is filtered out.
    """
    if old == new:
        return
    moves = _persistent_moves(model, old, new)
    shared = min(len(old), len(new))
    # First the rows both lists have, at the old row count (a view, and Qt's model
    # tester, expect the rows outside an insertion or removal to stay as they are) …
    set_rows(new[:shared] + old[shared:])
    columns = model.columnCount()
    if shared and columns:
        model.dataChanged.emit(model.index(0, 0), model.index(shared - 1, columns - 1))
    if len(new) <= len(old):
        _move_persistent(model, moves)  # every target row exists before and after
    # … then the tail removed or inserted.
    if len(new) < len(old):
        model.beginRemoveRows(QModelIndex(), len(new), len(old) - 1)
        set_rows(new)
        model.endRemoveRows()
    elif len(new) > len(old):
        model.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
        set_rows(new)
        model.endInsertRows()
        _move_persistent(model, moves)  # target rows may lie in the inserted range
    set_rows(new)  # the caller's list itself, whichever branch ran


_Moves = list[tuple[QModelIndex, int | None, int]]


def _persistent_moves(model: QAbstractTableModel, old: list[int], new: list[int]) -> _Moves:
    """(persistent index, its row in `new` or None, column) for every persistent index."""
    persistent = model.persistentIndexList()
    if not persistent:
        return []
    wanted = {old[p.row()] for p in persistent if 0 <= p.row() < len(old)}
    # A few persistent indexes (current row, a selection) is the usual case: scanning
    # `new` for each one is cheaper than a dict of 100,000 rows.
    where = ({pos: r for r, pos in enumerate(new) if pos in wanted} if len(wanted) > 8
             else {pos: new.index(pos) for pos in wanted if pos in new})
    return [(p, where.get(old[p.row()]) if 0 <= p.row() < len(old) else None, p.column())
            for p in persistent]


def _move_persistent(model: QAbstractTableModel, moves: _Moves) -> None:
    for index, row, column in moves:
        model.changePersistentIndex(
            index, QModelIndex() if row is None else model.index(row, column))


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
        self._sort: tuple[int, bool] | None = None  # column, descending

    # -- Qt model API ---------------------------------------------------------
    def data(self, index: AnyIndex, role: int = DisplayRole) -> Any:
        if role not in _ROLES:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        pos = self._rows[row]
        col = index.column()
        if role == IdRole:
            return self._index.ids[pos]
        if role in (DisplayRole, SortRole, ToolTipRole):
            return self._cell(pos, col, role)
        return None

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        # Qt calls this with its enum, which exists by then; `set_sort` is the same
        # without it, for a screen that sorts before the `Qt` namespace is built.
        from PySide6.QtCore import Qt

        self.set_sort(column, descending=order == Qt.SortOrder.DescendingOrder)

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

    # Sorting by a column sorts by its raw values (codes, ISO dates): what SortRole gives.
    _SORT_COLUMNS: ClassVar[dict[int, str]] = {
        COL_NAME: "names", COL_TOWNSHIP: "townships", COL_ADDRESS: "addresses",
        COL_CONTRACTOR: "contractors", COL_REGULATOR: "regulators", COL_STATUS: "statuses",
        COL_LAST: "last_inspected",
    }

    @property
    def site_index(self) -> SiteIndex:
        return self._index

    def set_index(self, index: SiteIndex) -> None:
        """Show a freshly loaded index, keeping the current search and filters."""
        self._index = index
        self._apply()

    def set_sort(self, column: int, *, descending: bool = False) -> None:
        """Sort by `column` (its raw values); the index keeps each column's order sorted
        once, and searching filters that order."""
        self._sort = (column, descending)
        self._apply()

    def set_filter(self, query: str, *, status: str | None = None,
                   regulator: str | None = None, township: str | None = None) -> None:
        self._query = query
        self._filters = {"status": status, "regulator": regulator, "township": township}
        self._apply()

    def _apply(self) -> None:
        order_by = None
        if self._sort is not None and self._sort[0] in self._SORT_COLUMNS:
            col, descending = self._sort
            sign = "-" if descending else ""
            order_by = sign + self._SORT_COLUMNS[col]
        rows = self._index.search(self._query, order_by=order_by, **self._filters)
        replace_rows(self, self._rows, rows, self._set_rows)

    def _set_rows(self, rows: list[int]) -> None:
        self._rows = rows

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

    def data(self, index: AnyIndex, role: int = DisplayRole) -> Any:
        if role not in _ROLES:
            return None
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        pos = self._rows[index.row()]
        idx = self._index
        if role == IdRole:
            return idx.ids[pos]
        if role not in (DisplayRole, SortRole, ToolTipRole):
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
        replace_rows(self, self._rows, self._index.search(self._query, **self._filters),
                     self._set_rows)

    def _set_rows(self, rows: list[int]) -> None:
        self._rows = rows

    def employer_id(self, row: int) -> str | None:
        if 0 <= row < len(self._rows):
            return self._index.ids[self._rows[row]]
        return None

    @property
    def total(self) -> int:
        return len(self._index)

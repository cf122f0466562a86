"""The part every flat table model of the app shares: row and column counts, translated headers.

A model keeps the rows it shows in `self._rows` (dataclass rows, index positions or
field names: the base only counts them) and gives its header source texts and
their translation context once. Column fitting, sorting and the header menu
(ui.widgets.common, the screens) read only what these methods answer, so every
model behaves the same to them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

AnyIndex = QModelIndex | QPersistentModelIndex


class TableModel(QAbstractTableModel):
    """A flat table: `_rows` are its rows, `headers` (source texts in `context`) its columns."""

    def __init__(self, headers: Sequence[str], *, context: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._context = context
        self._rows: Sequence[object] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return QCoreApplication.translate(self._context, self._headers[section])
        return None

    def has_row(self, index: AnyIndex) -> bool:
        """True when `index` is a valid cell of a row this model holds."""
        return index.isValid() and 0 <= index.row() < len(self._rows)

"""The part every flat table model of the app shares: row and column counts, translated headers.

A model keeps the rows it shows in `self._rows` (dataclass rows, index positions or
field names: the base only counts them) and gives its header source texts and
their translation context once. Column fitting, sorting and the header menu
(ui.widgets.common, the screens) read only what these methods answer, so every
model behaves the same to them.

The header texts are not served by a `headerData` override: Qt calls it with a
`Qt.Orientation`, and the first such call builds PySide6's whole `Qt` namespace
(93 Python enums, ~30 ms) before the window is usable (issue #14), even for a view
that is not shown yet. Instead each view's horizontal header reads them from a small
C++ model (`header_model`), which `ui.widgets.common.TableView` puts in place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
)
from PySide6.QtGui import QStandardItemModel

AnyIndex = QModelIndex | QPersistentModelIndex


class TableModel(QAbstractTableModel):
    """A flat table: `_rows` are its rows, `headers` (source texts in `context`) its columns."""

    def __init__(self, headers: Sequence[str], *, context: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._context = context
        self._rows: Sequence[object] = []
        self._header_model: QStandardItemModel | None = None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def column_title(self, section: int) -> str | None:
        """Column `section`'s header as the user reads it (translated), None past the last."""
        if 0 <= section < len(self._headers):
            return QCoreApplication.translate(self._context, self._headers[section])
        return None

    def header_model(self) -> QStandardItemModel:
        """The column titles as a model with no rows, for a view's horizontal header.

        Made on first use, in the language installed then: the language changes only
        at a restart (Settings says so)."""
        if self._header_model is None:
            model = QStandardItemModel(0, len(self._headers), self)
            model.setHorizontalHeaderLabels(
                [str(self.column_title(c)) for c in range(len(self._headers))])
            self._header_model = model
        return self._header_model

    def has_row(self, index: AnyIndex) -> bool:
        """True when `index` is a valid cell of a row this model holds."""
        return index.isValid() and 0 <= index.row() < len(self._rows)

"""Small building blocks shared by screens: section headers, figure tiles, a loading label."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.table import TableModel


def heading(text: str, *, size: int = 4) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() + size)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


class FigureTile(QFrame):
    """A big number with a caption (home screen)."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("figureTile")
        layout = QVBoxLayout(self)
        # Centred by the style sheet, not `setAlignment(Qt.AlignmentFlag…)`: Home shows
        # before the database is open, and the first touch of the `Qt` namespace costs
        # ~30 ms there (issue #14).
        self.setStyleSheet("QLabel { qproperty-alignment: AlignCenter; }")
        self.value = heading("—", size=10)
        self.caption = QLabel(caption)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, text: str, *, alert: bool = False) -> None:
        self.value.setText(text)
        self.value.setStyleSheet("color: #c0392b;" if alert else "")


class TableView(QTableView):
    """A table view whose horizontal header shows a `TableModel`'s `header_model`.

    The header follows the view's model as Qt sets it up, then gets the titles model
    of the `TableModel` under it (through a proxy too); sorting, hiding and sizing
    sections work on the header as before. Other models keep their own headers.

    A header over its own model no longer hears the rows change, so columns sized to
    their contents would keep the width of the first rows: when rows come, go or are
    reset, the header is asked to fit those columns again, as it did by itself.
    """

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if old is not None:
            for signal, slot in self._row_slots(old):
                signal.disconnect(slot)
        super().setModel(model)
        if model is None:
            return
        source = model
        while isinstance(source, QAbstractProxyModel):
            source = source.sourceModel()
        if isinstance(source, TableModel):
            self.horizontalHeader().setModel(source.header_model())
        for signal, slot in self._row_slots(model):  # after the view's own handlers
            signal.connect(slot)

    def _row_slots(self, model: QAbstractItemModel) -> list[tuple[SignalInstance, Callable[..., None]]]:
        """What runs when `model`'s rows change; a subclass adds its own."""
        return [(signal, self._refit_contents) for signal in
                (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved)]

    def _refit_contents(self, *_args: object) -> None:
        header = self.horizontalHeader()
        if header.model() is self.model():
            return  # a header over the view's own model follows its rows itself
        contents = QHeaderView.ResizeMode.ResizeToContents
        for col in range(header.count()):
            if header.sectionResizeMode(col) == contents:
                # Setting a section's mode makes the header re-fit every such section
                # on its next layout: the one public way to ask for that.
                header.setSectionResizeMode(col, contents)
                return


class FilteredTableView(TableView):
    """A table whose rows change on every keystroke (a search list): laid out at once.

    When rows come or go, Qt lays the view out on a zero timer, after the paint that the
    same change already asked for: every keystroke then paints the list twice (~8 ms
    each at the default size). Laying out as soon as the model has changed leaves one
    paint, with the new scroll range, per keystroke.
    """

    def _row_slots(self, model: QAbstractItemModel) -> list[tuple[SignalInstance, Callable[..., None]]]:
        return [*super()._row_slots(model), (model.rowsInserted, self._lay_out_now),
                (model.rowsRemoved, self._lay_out_now)]

    def _lay_out_now(self, *_args: object) -> None:
        self.executeDelayedItemsLayout()


def table_view(parent: QWidget | None = None, *, filtered: bool = False) -> QTableView:
    """A read-only, row-selecting table with fixed row height (cheap for long lists);
    `filtered` for a list that a search box filters as the user types."""
    view = FilteredTableView(parent) if filtered else TableView(parent)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.verticalHeader().setSectionResizeMode(view.verticalHeader().ResizeMode.Fixed)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    return view


def fit_columns(view: QTableView, *, stretch: int, widths: dict[int, int] | None = None,
                to_contents: tuple[int, ...] = ()) -> None:
    """Size the columns so that none is cut off at the window's default size.

    Every column is at least as wide as its header text (with the sort arrow and
    the style's margins); `widths` gives some a larger start; `to_contents` follow
    their cells (only for short lists: Qt measures rows for it); `stretch` takes
    what is left, so the last columns are never pushed out of the viewport.
    """
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for col in range(view.model().columnCount()):
        need = _header_text_width(header, col)
        mode = (QHeaderView.ResizeMode.ResizeToContents if col in to_contents
                else QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(col, mode)
        header.resizeSection(col, max(need, (widths or {}).get(col, 0)))
    header.setMinimumSectionSize(min(header.minimumSectionSize(), 40))
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def _header_text_width(header: QHeaderView, col: int) -> int:
    """The width that shows column `col`'s header text whole, with the sort arrow when the
    view sorts, plus a little air.

    The header's own size hint measures text, margins and arrow with the style's metrics,
    so no `QStyle` is touched from Python: creating that type's eleven enums took 12 ms
    before the first paint (issue #14). A hidden section's hint is 0, so it is measured
    shown.
    """
    hidden = header.isSectionHidden(col)
    if hidden:
        header.showSection(col)
    need = header.sectionSizeHint(col) + 10
    if hidden:
        header.hideSection(col)
    return need

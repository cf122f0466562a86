"""A list filtered as the user types paints once per keystroke, not twice."""

from __future__ import annotations

from PySide6.QtCore import SIGNAL, QEvent, QObject
from PySide6.QtWidgets import QApplication, QTableView

from tests.ui.test_models import _site_index
from ui.models.site_table import EmployerTableModel, SiteTableModel
from ui.widgets.common import FilteredTableView, table_view


class _Paints(QObject):
    """Counts the paint events of the widget it filters."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _settle() -> None:
    for _ in range(5):  # posted events, then the zero timers they start, then their updates
        QApplication.processEvents()


def _paints_per_keystroke(view: QTableView, model: SiteTableModel) -> list[int]:
    view.resize(400, 60)  # shorter than the rows: the scroll range changes with them
    view.show()
    _settle()
    paints = _Paints()
    view.viewport().installEventFilter(paints)
    counts = []
    for query in ("中天", "", "河道", ""):  # 3 rows to 2, 3, 1, 3: a new scroll range each
        before = paints.count
        model.set_filter(query)
        _settle()
        counts.append(paints.count - before)
    view.viewport().removeEventFilter(paints)
    return counts


def test_a_filtered_view_paints_once_per_keystroke(qapp) -> None:
    """Qt lays a plain view out after the paint a row change asks for, then paints again
    (shown here as the control); the filtered view lays out first and paints once."""
    plain, filtered = SiteTableModel(), SiteTableModel()
    for model in (plain, filtered):
        model.set_index(_site_index())
    plain_view, filtered_view = table_view(), table_view(filtered=True)
    assert isinstance(filtered_view, FilteredTableView)
    plain_view.setModel(plain)
    filtered_view.setModel(filtered)
    assert _paints_per_keystroke(plain_view, plain) == [2, 2, 2, 2]
    assert _paints_per_keystroke(filtered_view, filtered) == [1, 1, 1, 1]


def test_a_filtered_view_follows_only_the_model_it_shows(qapp) -> None:
    """Switching models (the site and employer tabs) disconnects the old one; coming back
    connects once, not twice: one slot more than a plain view connects."""
    removed = SIGNAL("rowsRemoved(QModelIndex,int,int)")
    sites, employers = SiteTableModel(), EmployerTableModel()
    sites.set_index(_site_index())
    plain = table_view()
    plain.setModel(sites)
    by_plain = sites.receivers(removed)
    plain.setModel(None)
    view = table_view(filtered=True)
    view.setModel(sites)
    view.setModel(employers)
    assert sites.receivers(removed) == 0
    view.setModel(sites)
    assert (sites.receivers(removed), employers.receivers(removed)) == (by_plain + 1, 0)
    assert _paints_per_keystroke(view, sites) == [1, 1, 1, 1]

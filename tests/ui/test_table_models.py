"""The app's flat table models share `TableModel`: counts and headers answered in one place."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

import ui.models
from inspector.sync.conflicts import ConflictInfo
from ui.models.office import ConflictFieldsModel
from ui.models.table import TableModel


def _models() -> list[type]:
    found = []
    for info in pkgutil.iter_modules(ui.models.__path__, "ui.models."):
        module = importlib.import_module(info.name)
        found += [cls for _, cls in inspect.getmembers(module, inspect.isclass)
                  if issubclass(cls, QAbstractItemModel) and cls.__module__ == module.__name__]
    return found


def test_every_model_in_ui_models_is_a_table_model() -> None:
    models = _models()
    assert {cls.__name__ for cls in models} >= {"RowsTableModel", "SiteTableModel",
                                                "EmployerTableModel", "ConflictFieldsModel"}
    assert [cls.__name__ for cls in models if not issubclass(cls, TableModel)] == []


def test_a_conflict_has_one_row_per_field_under_three_headers(qapp) -> None:
    model = ConflictFieldsModel()
    assert (model.rowCount(), model.columnCount()) == (0, 3)
    model.set_conflict(ConflictInfo(
        id="c1", table="sites", row_id="s1", status="open", winner="local",
        local_version_id="v1", incoming_version_id="v2", differing=["name"],
        local={"name": "东方花园", "address": "人民路1号"},
        incoming={"name": "东方花园一期", "address": "人民路1号"},
        created_at="2026-11-25T10:00:00", resolution=None, resolved_by=None))
    assert (model.rowCount(), model.columnCount()) == (2, 3)
    assert model.rowCount(model.index(0, 0)) == 0  # a flat table: cells have no children
    headers = [model.column_title(c) for c in range(4)]
    assert headers == ["字段", "本机版本", "传入版本", None]
    labels = model.header_model()
    assert (labels.rowCount(), labels.columnCount()) == (0, 3)
    assert [labels.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == headers[:3]
    assert model.data(model.index(0, 0)) == "name"  # the differing field comes first
    assert model.data(QModelIndex()) is None


def test_a_views_header_shows_the_titles_through_a_proxy_too(qapp) -> None:
    from PySide6.QtCore import QSortFilterProxyModel
    from PySide6.QtGui import QStandardItemModel

    from tests.ui.conftest import header_titles
    from ui.widgets.common import table_view

    model = ConflictFieldsModel()
    view = table_view()
    view.setModel(model)
    assert view.horizontalHeader().model() is model.header_model()
    assert header_titles(view) == ["字段", "本机版本", "传入版本"]
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    view.setModel(proxy)
    assert header_titles(view) == ["字段", "本机版本", "传入版本"]
    # A model of another kind keeps its own header.
    other = QStandardItemModel(0, 2)
    other.setHorizontalHeaderLabels(["甲", "乙"])
    view.setModel(other)
    assert view.horizontalHeader().model() is other
    assert header_titles(view) == ["甲", "乙"]

"""Qt item models over the core's read models; they hold ids or positions, never ORM objects."""

from __future__ import annotations

from PySide6.QtCore import Qt

SortRole = Qt.ItemDataRole.UserRole
"""Raw comparable value of a cell (numbers, ISO dates), for sorting."""
IdRole = Qt.ItemDataRole.UserRole + 1
"""The row's id (a UUID string); safe through a proxy."""
RowRole = Qt.ItemDataRole.UserRole + 2
"""The row's light record (a dataclass) where the model keeps one."""

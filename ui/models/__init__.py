"""Qt item models over the core's read models; they hold ids or positions, never ORM objects.

The roles are plain ints (Qt's fixed values, checked against `Qt.ItemDataRole` in
tests/ui/test_models.py): the first touch of PySide6's `Qt` namespace builds its 93
Python enums, ~30 ms, and the models and screens that show before the database is
open must not pay that (issue #14). Past start-up, `Qt.ItemDataRole` is fine to use.
"""

from __future__ import annotations

DisplayRole = 0
"""Qt.ItemDataRole.DisplayRole: the cell's text."""
ToolTipRole = 3
"""Qt.ItemDataRole.ToolTipRole."""
ForegroundRole = 9
"""Qt.ItemDataRole.ForegroundRole: the text colour (a QColor)."""
UserRole = 0x100
"""Qt.ItemDataRole.UserRole: the first role free for the app."""

SortRole = UserRole
"""Raw comparable value of a cell (numbers, ISO dates), for sorting."""
IdRole = UserRole + 1
"""The row's id (a UUID string); safe through a proxy."""
RowRole = UserRole + 2
"""The row's light record (a dataclass) where the model keeps one."""

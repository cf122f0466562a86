"""The domain model: every table, typed with `Mapped[...]`.

Importing this package registers all models on `Base.metadata` (Alembic and the
sync layer rely on that), so every model module is imported here.
"""

from __future__ import annotations

from inspector.domain import (  # noqa: F401  (registration side effect)
    audit,
    cases,
    checklists,
    inspections,
    orders,
    registry,
    settings,
    sync,
)
from inspector.domain.base import Base, SyncedMixin

__all__ = ["Base", "SyncedMixin"]

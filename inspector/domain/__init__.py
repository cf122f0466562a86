"""The domain model: every table, typed with `Mapped[...]`.

A model module is imported by what uses it, so that opening the database loads only
the tables the first screen and the write rules need (start-up, issue #14): the
package itself imports none. What works across every table (Alembic, bundles, a
database copy, `base.synced_tables`) calls `load_all_models` first, so its answer
never depends on which areas happen to be imported already.

The models hold no `relationship()`: mapper configuration never needs a module that
is not loaded, and a foreign key names its target table by string
(tests/core/test_lazy_models.py keeps both true).
"""

from __future__ import annotations

from importlib import import_module

from inspector.domain.base import Base, SyncedMixin

MODEL_MODULES = ("audit", "cases", "checklists", "devices", "inspections", "orders",
                 "registry", "settings", "sync")
"""Every module of this package that defines tables (a test checks the list is whole)."""


def load_all_models() -> None:
    """Import every model module, so that `Base.metadata` holds every table."""
    for name in MODEL_MODULES:
        import_module(f"{__name__}.{name}")


__all__ = ["MODEL_MODULES", "Base", "SyncedMixin", "load_all_models"]

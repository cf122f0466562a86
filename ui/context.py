"""The app's shared state: the open database, the task manager and app-wide signals.

One `AppContext` per process (tests install a fresh one per test). The database
is opened on the DB worker at start-up; until then `db` is None and screens show
"loading". Widgets never use `db` directly: they pass work to `ui.operations`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ui.tasks import TaskManager

if TYPE_CHECKING:
    from inspector.devices import DeviceInfo
    from inspector.storage import Database


class AppSignals(QObject):
    """App-wide notifications, always emitted on the GUI thread."""

    # What a write changed (an `inspector.changes.ChangeSet`) and the widget that
    # started it (or None); screens listen through `ui.changes.subscribe`.
    operation_did_execute = Signal(object, object)
    database_ready = Signal()
    status_message = Signal(str)


@dataclass
class AppContext:
    db_path: str | Path
    tasks: TaskManager
    signals: AppSignals
    db: Database | None = None
    device: DeviceInfo | None = None
    startup_error: str = ""
    # Set by the GUI thread once the first list has painted; the full open waits for
    # it (briefly) so that importing SQLAlchemy does not compete for the GIL with it.
    first_paint: threading.Event = field(default_factory=threading.Event)
    extras: dict[str, object] = field(default_factory=dict)

    def require_db(self) -> Database:
        """The open database (call only from operations running on the DB worker)."""
        if self.db is None:
            raise RuntimeError("database is not open yet")
        return self.db


_current: AppContext | None = None


def install(ctx: AppContext) -> AppContext:
    global _current
    _current = ctx
    return ctx


def current() -> AppContext:
    if _current is None:
        raise RuntimeError("no AppContext installed")
    return _current


def create(db_path: str | Path) -> AppContext:
    """A fresh context (GUI thread) for the database at `db_path` (not opened yet)."""
    return install(AppContext(db_path=db_path, tasks=TaskManager(), signals=AppSignals()))

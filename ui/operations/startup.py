"""Start-up in two steps on the DB worker, so the window paints before any heavy import.

1. The fast index: with only the standard library's sqlite3, read the site index
   of an existing, initialized SQLite file (read-only), so the list shows data at
   once. `ui.app` starts that read on a plain thread before it imports Qt
   (`ui.app.prefetch_fast_index`); the DB worker's first task then only waits for
   it, so the order of DB work stays the same.
2. `open_full`: import SQLAlchemy, open (back up, migrate) the database, make it
   a field device if it is not initialized yet, and install it in the context.

Both run on the single DB worker, in order; operations queued afterwards see the
open database. Then the site list's search haystacks, which the fast read skips,
are built on a pool thread.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING

# Re-exported: the screens name the start-up result by this module.
from inspector.queries.fast_open import FastIndex, read_fast_index

if TYPE_CHECKING:
    from ui.context import AppContext

__all__ = ["FastIndex", "Opened", "begin", "open_full", "read_fast_index"]


@dataclass(frozen=True)
class Opened:
    device_code: str
    initialized_now: bool
    stale_index: bool  # the fast index predates a migration: reload it


def open_full(ctx: AppContext, fast_revision: str | None) -> Opened:
    """Open and, if needed, initialize the database; runs on the DB worker."""
    ctx.first_paint.wait(timeout=3.0)
    from inspector.appdb import open_app_database
    from inspector.devices import init_device, this_device
    from inspector.storage.schema import SCHEMA_HEAD

    db = open_app_database(ctx.db_path, data_dir=ctx.data_dir)
    info = this_device(db)
    created = info is None
    if info is None:
        info = init_device(db, role="field")
    ctx.db = db
    ctx.device = info
    return Opened(device_code=info.code, initialized_now=created,
                  stale_index=fast_revision != SCHEMA_HEAD)


def _ignore(_future: Future[object]) -> None:
    """A callback for background work whose result nobody waits for."""


def begin(
    ctx: AppContext,
    *,
    on_fast_index: Callable[[FastIndex | None], None],
    on_opened: Callable[[Opened | None, BaseException | None], None],
    prefetched: Future[FastIndex | None] | None = None,
) -> None:
    """Queue both start-up steps; callbacks run on the GUI thread.

    `prefetched` is the fast read already started by `ui.app.prefetch_fast_index` for
    `ctx.db_path`; without it the DB worker reads it itself.
    """
    revision: list[str | None] = [None]
    shown: list[FastIndex | None] = [None]

    def fast() -> FastIndex | None:
        try:
            result = prefetched.result() if prefetched is not None \
                else read_fast_index(ctx.db_path)
        except Exception:  # the slow path will report a real problem with the file
            return None
        revision[0] = result.revision if result else None
        return result

    def fast_done(f: Future[FastIndex | None]) -> None:
        fast_index: FastIndex | None = None
        try:
            fast_index = f.result()
            on_fast_index(fast_index)
        finally:
            from PySide6.QtCore import QTimer

            # After this turn of the event loop has painted (timers run after the
            # posted paint events), release the full open: it then does not compete
            # with that paint for the GIL.
            shown[0] = fast_index
            QTimer.singleShot(0, ctx.first_paint.set)

    def opened_done(f: Future[Opened]) -> None:
        exc = f.exception()
        try:
            on_opened(None if exc else f.result(), exc)
        finally:
            # The search haystacks the read skipped, built off the GUI and DB threads once
            # the database is open: built during the open they took the GIL from it
            # (issue #14). A text search typed before they are ready builds them itself.
            if shown[0] is not None:
                ctx.tasks.run(shown[0].index.prepare, _ignore, uses_db=False)

    ctx.tasks.run(fast, fast_done)
    ctx.tasks.run(lambda: open_full(ctx, revision[0]), opened_done)

"""Start-up in two steps on the DB worker, so the window paints before any heavy import.

1. `read_fast_index`: with only the standard library's sqlite3, read the site
   index of an existing, initialized SQLite file (read-only), so the list shows
   data at once.
2. `open_full`: import SQLAlchemy, open (back up, migrate) the database, make it
   a field device if it is not initialized yet, and install it in the context.

Both run on the single DB worker, in order; operations queued afterwards see the
open database.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ui.context import AppContext

if TYPE_CHECKING:
    from inspector.queries.site_index import SiteIndex


@dataclass(frozen=True)
class FastIndex:
    index: SiteIndex
    revision: str | None


@dataclass(frozen=True)
class Opened:
    device_code: str
    initialized_now: bool
    stale_index: bool  # the fast index predates a migration: reload it


def _sqlite_path(target: str | Path) -> Path | None:
    text = str(target)
    if text.startswith("sqlite:///"):
        return Path(text[len("sqlite:///"):])
    if "://" in text:
        return None
    return Path(text).expanduser()


def read_fast_index(target: str | Path) -> FastIndex | None:
    """The site index read without SQLAlchemy, or None (not SQLite, not initialized)."""
    from inspector.queries.fast_open import open_readonly, sqlite_revision
    from inspector.queries.site_index import load_site_index

    path = _sqlite_path(target)
    if path is None:
        return None
    con = open_readonly(path)
    if con is None:
        return None
    try:
        return FastIndex(load_site_index(con), sqlite_revision(con))
    finally:
        con.close()


def open_full(ctx: AppContext, fast_revision: str | None) -> Opened:
    """Open and, if needed, initialize the database; runs on the DB worker."""
    ctx.first_paint.wait(timeout=3.0)
    from inspector.devices import init_device, this_device
    from inspector.storage import open_database
    from inspector.storage.schema import SCHEMA_HEAD

    db = open_database(ctx.db_path)
    info = this_device(db)
    created = info is None
    if info is None:
        info = init_device(db, role="field")
    ctx.db = db
    ctx.device = info
    return Opened(device_code=info.code, initialized_now=created,
                  stale_index=fast_revision != SCHEMA_HEAD)


def begin(
    ctx: AppContext,
    *,
    on_fast_index: Callable[[FastIndex | None], None],
    on_opened: Callable[[Opened | None, BaseException | None], None],
) -> None:
    """Queue both start-up steps; callbacks run on the GUI thread."""
    revision: list[str | None] = [None]

    def fast() -> FastIndex | None:
        try:
            result = read_fast_index(ctx.db_path)
        except Exception:  # the slow path will report a real problem with the file
            return None
        revision[0] = result.revision if result else None
        return result

    def fast_done(f: Future[FastIndex | None]) -> None:
        try:
            on_fast_index(f.result())
        finally:
            from PySide6.QtCore import QTimer

            # Release the full open after this turn of the event loop has painted.
            QTimer.singleShot(0, ctx.first_paint.set)

    def opened_done(f: Future[Opened]) -> None:
        exc = f.exception()
        on_opened(None if exc else f.result(), exc)

    ctx.tasks.run(fast, fast_done)
    ctx.tasks.run(lambda: open_full(ctx, revision[0]), opened_done)

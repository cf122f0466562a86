"""A read-only SQLite connection for the first paint, without importing SQLAlchemy.

Importing SQLAlchemy costs more than starting Qt and showing a window, so the
desktop app reads its first list through the standard library while the full
`open_database` (migrations, device check) runs behind it. This only reads, and
only when the file already is an initialized database; otherwise it returns
None and the caller takes the normal path.

Nothing here imports Qt or SQLAlchemy, so the desktop app can start
`read_fast_index` on a plain thread before it even imports Qt.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from inspector.queries.site_index import SiteIndex, load_site_index

_REQUIRED_TABLES = {"site", "employer", "inspection", "local_state", "alembic_version"}


def open_readonly(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to an initialized SQLite database at `path`, or None."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not _REQUIRED_TABLES.issubset(tables):
            con.close()
            return None
        device = con.execute("SELECT value FROM local_state WHERE key='device_id'").fetchone()
        if device is None:
            con.close()
            return None
    except sqlite3.Error:
        con.close()
        return None
    return con


def sqlite_revision(con: sqlite3.Connection) -> str | None:
    """The Alembic revision stamped in the file (compared by the caller after the full open)."""
    row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


@dataclass(frozen=True)
class FastIndex:
    """The site index read at start-up and the schema revision it was read under."""

    index: SiteIndex
    revision: str | None


def sqlite_path(target: str | Path) -> Path | None:
    """The file behind a path or `sqlite:///` URL; None for other databases."""
    text = str(target)
    if text.startswith("sqlite:///"):
        return Path(text[len("sqlite:///"):])
    if "://" in text:
        return None
    return Path(text).expanduser()


def read_fast_index(target: str | Path) -> FastIndex | None:
    """The site index read without SQLAlchemy, or None (not SQLite, not initialized).

    Its search haystacks are not built yet: the caller prepares the index once the
    window has painted (`SiteIndex.prepare`), so that work does not compete with it.
    """
    path = sqlite_path(target)
    if path is None:
        return None
    con = open_readonly(path)
    if con is None:
        return None
    try:
        return FastIndex(load_site_index(con, prepare=False), sqlite_revision(con))
    finally:
        con.close()

"""SQLite's and the file system's failures, mapped into the core's typed errors in one place.

SQLite reports every problem as `sqlite3.OperationalError`/`DatabaseError` with an
English text ("attempt to write a readonly database", "database is locked", …);
SQLAlchemy wraps those again. The user must see what happened and what to do, in
Chinese, with a stable code — never the English text or a traceback. The engine
(`install_error_mapping`), the raw sqlite3 paths (migration, backup) and the CLI's
and UI's last-resort handlers all call `as_inspector_error`, so one problem gets
one code wherever it surfaces.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from inspector.errors import InspectorError, StorageError, catalogued

# (substring of SQLite's message, code), checked in order; SQLite's texts are stable
# across versions (they come from sqlite3ErrStr).
_SQLITE_TEXTS: tuple[tuple[str, str], ...] = (
    ("readonly database", "E_DB_READONLY"),
    ("database is locked", "E_DB_LOCKED"),
    ("database table is locked", "E_DB_LOCKED"),
    ("database or disk is full", "E_DISK_FULL"),
    ("file is not a database", "E_DB_NOT_A_DATABASE"),
)
_ERRNO_CODES = {
    errno.ENOSPC: "E_DISK_FULL",
    errno.EDQUOT: "E_DISK_FULL",
    errno.EROFS: "E_DB_READONLY",
    errno.EISDIR: "E_DB_IS_DIRECTORY",
}


def as_inspector_error(exc: BaseException, where: object = "") -> InspectorError | None:
    """The typed error for a storage failure, or None when `exc` is not one we know.

    Accepts SQLAlchemy's wrappers (their `.orig` is the DBAPI error), sqlite3's
    errors and `OSError`s whose errno says full disk, read-only or a directory.
    """
    if isinstance(exc, InspectorError):
        return exc
    direct = _direct(exc, where)
    if direct is not None:
        return direct
    # A failure while cleaning up after a storage failure names the cleanup, not the
    # cause: SQLite rolls the whole transaction back on a full disk, so SQLAlchemy's
    # ROLLBACK TO SAVEPOINT then fails with "no such savepoint". Report the cause.
    cause, depth = exc.__context__, 0
    while cause is not None and depth < 5:
        if isinstance(cause, StorageError):
            return cause
        found = _direct(cause, where)
        if found is not None:
            return found
        cause, depth = cause.__context__, depth + 1
    return None


def _direct(exc: BaseException, where: object) -> InspectorError | None:
    orig = getattr(exc, "orig", None)
    if isinstance(orig, BaseException):
        exc = orig
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        for needle, code in _SQLITE_TEXTS:
            if needle in text:
                return _make(code, where)
        return None
    if isinstance(exc, OSError) and exc.errno in _ERRNO_CODES:
        return _make(_ERRNO_CODES[exc.errno], where or exc.filename or "")
    return None


def _make(code: str, where: object) -> InspectorError:
    from inspector.storage import engine  # the busy timeout lives there (engine imports us)

    return catalogued(code, StorageError, where=where or "数据库",
                      seconds=max(1, round(engine.BUSY_TIMEOUT_MS / 1000)))


@contextmanager
def mapped_errors(where: object) -> Iterator[None]:
    """Re-raise known storage failures inside the block as their typed errors."""
    try:
        yield
    except Exception as exc:
        mapped = as_inspector_error(exc, where)
        if mapped is None or mapped is exc:
            raise
        raise mapped from exc


def check_database_file(path: Path) -> None:
    """Refuse, before SQLite sees it, a path that cannot be this program's database.

    SQLite would turn a zero-byte file into a new empty database without a word
    (losing the chance to notice a wrong file or a truncated copy), report a
    directory as "unable to open database file", and fail on a read-only file
    only at the first write, after the user has typed their edits.
    """
    if path.is_dir():
        raise catalogued("E_DB_IS_DIRECTORY", StorageError, where=path)
    if path.exists():
        if path.stat().st_size == 0:
            raise catalogued("E_DB_NOT_A_DATABASE", StorageError, where=path)
        with path.open("rb") as fh:
            head = fh.read(16)
        if head != b"SQLite format 3\x00":
            raise catalogued("E_DB_NOT_A_DATABASE", StorageError, where=path)
        # WAL writes -wal and -shm files beside the database: the folder must be
        # writable too, not only the file.
        if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            raise catalogued("E_DB_READONLY", StorageError, where=path)
    elif path.parent.exists() and not os.access(path.parent, os.W_OK):
        raise catalogued("E_DB_READONLY", StorageError, where=path.parent)


def install_error_mapping(engine: Engine, where: object) -> None:
    """Raise the typed error in place of SQLAlchemy's for known SQLite failures.

    The unit of work still rolls back (SQLAlchemy cleans up the connection before
    the replacement is raised), so nothing is half-written.
    """

    def _on_error(context: Any) -> None:
        mapped = as_inspector_error(context.original_exception, where)
        if mapped is not None:
            raise mapped from context.original_exception

    event.listen(engine, "handle_error", _on_error)

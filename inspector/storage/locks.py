"""One writer at a time on a shared server, as SQLite already guarantees for a file.

Several clerks share one PostgreSQL database. Under READ COMMITTED two of them
could both read "conflict still open", "last audit seq is 41", "change counter is
7" or "next free serial is 51" and both act on it: a lost update, a broken audit
chain, two number blocks over the same serials. Taking one transaction-scoped
advisory lock before such a read-then-write makes those writers queue exactly as
SQLite's single writer lock makes them queue; the lock is released by the commit
or rollback, so no path can leak it. One lock (not one per resource) means the
order in which a transaction reaches these places can never deadlock them.

Readers never take it: a clerk browsing ledgers is never blocked.
"""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

WRITER_LOCK_KEY = 0x1A5E_0011
"""The advisory lock id (arbitrary, fixed: every program version must use the same)."""


def serialise_writers(conn: Connection | Session) -> None:
    """Wait for, then hold until the end of this transaction, the database's writer lock.

    A no-op on SQLite, whose own write lock already serialises writers. Re-entrant:
    a transaction that holds the lock takes it again at once.
    """
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    if bind.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITER_LOCK_KEY})

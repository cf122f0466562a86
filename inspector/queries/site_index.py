"""In-memory indexes of every site and employer, for lists that filter on each keystroke.

An index is a column store: parallel lists of plain strings, one entry per row,
read once in a single query. The UI's models keep only row positions into it,
so a 100,000-row list costs one list of ints per filter, and display text is
read from the columns on demand (lazily, per visible row).

Loading reads through a DB-API connection, not the ORM: building 100,000 ORM
objects would take seconds, while a plain cursor takes a fraction of one. The
row query (`SITE_SQL`) runs on SQLite and PostgreSQL; on SQLite the site list is
read column-wise in one step instead (`SITE_COLUMNS_SQL`), which keeps start-up
from fighting the GUI thread for the GIL. `inspector.queries.fast_open` provides
a read-only SQLite connection that needs no SQLAlchemy import at start-up.
"""

from __future__ import annotations

import operator
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from inspector.queries.column_index import ColumnIndex
from inspector.queries.search import RECORD_SEPARATOR

if TYPE_CHECKING:
    from inspector.storage import Database


class DbApiConnection(Protocol):
    def cursor(self) -> Any: ...


# The site list's columns, in `SiteIndex` order, as SQL that yields text and never
# NULL (the aggregate read below drops NULLs). Shared by both reads so they cannot drift.
_SITE_COLUMNS = (
    "s.id",
    "COALESCE(s.name, '')",
    "COALESCE(s.code, '')",
    "COALESCE(s.address, '')",
    "COALESCE(s.township, '')",
    "COALESCE(s.regulator, '')",
    "COALESCE(s.status, '')",
    "COALESCE(gc.name, '')",
    "COALESCE(gc.credit_code, '')",
    # The owner's name and credit code, as one searchable cell.
    "CASE WHEN COALESCE(po.name, '') = '' THEN ''"
    " WHEN COALESCE(po.credit_code, '') = '' THEN po.name"
    " ELSE po.name || ' ' || po.credit_code END",
    # Last inspection day: stored as text on SQLite, a timestamp on PostgreSQL.
    "COALESCE(SUBSTR(CAST(li.at AS TEXT), 1, 10), '')",
)
_SITE_FIELDS = ("ids", "names", "codes", "addresses", "townships", "regulators", "statuses",
                "contractors", "contractor_codes", "owners", "last_inspected")

_SITE_FROM = """
FROM site s
LEFT JOIN employer gc ON gc.id = s.general_contractor_id
LEFT JOIN employer po ON po.id = s.project_owner_id
LEFT JOIN (
    SELECT site_id, MAX(started_at) AS at FROM inspection
    WHERE NOT tombstone AND site_id IS NOT NULL GROUP BY site_id
) li ON li.site_id = s.id
WHERE NOT s.tombstone
"""

SITE_SQL = f"SELECT {', '.join(_SITE_COLUMNS)} {_SITE_FROM} ORDER BY s.name, s.id"

# SQLite only: every column as one string (rows joined by RECORD_SEPARATOR, char 30).
# The query runs in one sqlite3 step, which releases the GIL for all of it, so the
# GUI thread keeps running while the worker reads; a row-by-row fetch gives the GIL
# back and waits for it again on every row, and loses every time to a busy GUI
# thread. All aggregates consume the same row sequence, so the columns stay
# parallel; `+s.name` makes SQLite sort the scan instead of walking the name index
# and looking up each row (measured 45 ms against 85 ms on 10,000 sites).
SITE_COLUMNS_SQL = (
    "SELECT COUNT(*), "
    + ", ".join(f"GROUP_CONCAT(c{i}, char(30))" for i in range(len(_SITE_COLUMNS)))
    + " FROM (SELECT "
    + ", ".join(f"{sql} AS c{i}" for i, sql in enumerate(_SITE_COLUMNS))
    + f" {_SITE_FROM} ORDER BY +s.name, s.id)"
)

EMPLOYER_SQL = """
SELECT e.id, e.name, e.credit_code, e.legal_rep, e.address, e.township, e.industry
FROM employer e
WHERE NOT e.tombstone
ORDER BY e.name, e.id
"""


def _fetch(conn: DbApiConnection, sql: str) -> list[Sequence[Any]]:
    cur = conn.cursor()
    try:
        cur.execute(sql)
        return list(cur.fetchall())
    finally:
        cur.close()


def _is_sqlite(conn: DbApiConnection) -> bool:
    """True for a stdlib sqlite3 connection, bare or inside SQLAlchemy's pool proxy."""
    return isinstance(getattr(conn, "driver_connection", conn), sqlite3.Connection)


@dataclass
class SiteIndex(ColumnIndex):
    """Every live site as parallel columns; `search()` returns positions into them.

    Text matches the name, address, township, code, the contractor's and owner's names
    and credit codes; facets: `status`, `regulator`, `township` (exact values).
    """

    SEARCHED: ClassVar[tuple[str, ...]] = (
        "names", "addresses", "townships", "codes", "contractors", "contractor_codes", "owners")
    FACETS: ClassVar[dict[str, str]] = {
        "status": "statuses", "regulator": "regulators", "township": "townships"}

    names: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    townships: list[str] = field(default_factory=list)
    regulators: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    contractors: list[str] = field(default_factory=list)
    contractor_codes: list[str] = field(default_factory=list)
    owners: list[str] = field(default_factory=list)
    last_inspected: list[str] = field(default_factory=list)

    def townships_sorted(self) -> list[str]:
        return sorted({t for t in self.townships if t})


def load_site_index(conn: DbApiConnection, *, prepare: bool = True) -> SiteIndex:
    """Read every live site with its contractor, owner and last inspection day.

    On SQLite the columns come back as a handful of strings (`SITE_COLUMNS_SQL`);
    elsewhere, or if a value holds the row separator, one row at a time. With
    `prepare=False` the search haystacks are left for the caller to build later
    (`SiteIndex.prepare`); searching without text works either way.
    """
    columns = _site_columns_sqlite(conn) if _is_sqlite(conn) else None
    if columns is None:
        rows = _fetch(conn, SITE_SQL)
        # Transposed in C: no Python work per row.
        columns = [list(col) for col in zip(*rows, strict=True)] if rows else \
            [[] for _ in _SITE_FIELDS]
    idx = SiteIndex(**dict(zip(_SITE_FIELDS, columns, strict=True)))
    if prepare:
        idx.prepare()
    return idx


def _site_columns_sqlite(conn: DbApiConnection) -> list[list[str]] | None:
    """The site columns read in one step, or None when a value holds the separator."""
    row = _fetch(conn, SITE_COLUMNS_SQL)[0]
    count = row[0]
    if not count:
        return [[] for _ in _SITE_FIELDS]
    columns = [text.split(RECORD_SEPARATOR) for text in row[1:]]
    if any(len(col) != count for col in columns):
        return None
    names, ids = columns[1], columns[0]
    if not all(map(operator.le, names, islice(names, 1, None))):
        # SQLite documents GROUP_CONCAT's order as arbitrary (before 3.44's ORDER BY
        # argument); it follows the subquery in practice, and this keeps the promise.
        keys = list(zip(names, ids, strict=True))
        order = sorted(range(count), key=keys.__getitem__)
        columns = [[col[i] for i in order] for col in columns]
    return columns


@dataclass
class EmployerIndex(ColumnIndex):
    """Every live employer as parallel columns, in the same shape as `SiteIndex`.

    Text matches the name, credit code, address, township and legal representative;
    facets: `industry`, `township`.
    """

    SEARCHED: ClassVar[tuple[str, ...]] = (
        "names", "credit_codes", "addresses", "townships", "legal_reps")
    FACETS: ClassVar[dict[str, str]] = {"industry": "industries", "township": "townships"}

    names: list[str] = field(default_factory=list)
    credit_codes: list[str] = field(default_factory=list)
    legal_reps: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    townships: list[str] = field(default_factory=list)
    industries: list[str] = field(default_factory=list)


def load_employer_index(conn: DbApiConnection) -> EmployerIndex:
    idx = EmployerIndex()
    for row in _fetch(conn, EMPLOYER_SQL):
        idx.ids.append(row[0])
        idx.names.append(row[1] or "")
        idx.credit_codes.append(row[2] or "")
        idx.legal_reps.append(row[3] or "")
        idx.addresses.append(row[4] or "")
        idx.townships.append(row[5] or "")
        idx.industries.append(row[6] or "")
    idx.prepare()
    return idx


def read_site_index(db: Database) -> SiteIndex:
    """`load_site_index` over the open database's own connection pool."""
    conn = db.engine.raw_connection()
    try:
        return load_site_index(conn)
    finally:
        conn.close()


def read_employer_index(db: Database) -> EmployerIndex:
    conn = db.engine.raw_connection()
    try:
        return load_employer_index(conn)
    finally:
        conn.close()

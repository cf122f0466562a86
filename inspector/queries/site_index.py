"""In-memory indexes of every site and employer, for lists that filter on each keystroke.

An index is a column store: parallel lists of plain strings, one entry per row,
read once in a single query. The UI's models keep only row positions into it,
so a 100,000-row list costs one list of ints per filter, and display text is
read from the columns on demand (lazily, per visible row).

Loading reads through a DB-API connection, not the ORM: building 100,000 ORM
objects would take seconds, while a plain cursor takes a fraction of one. The
same SQL runs on SQLite and PostgreSQL. `inspector.queries.fast_open` provides a
read-only SQLite connection that needs no SQLAlchemy import at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from inspector.queries.search import TextSearch, make_haystack

if TYPE_CHECKING:
    from inspector.storage import Database


class DbApiConnection(Protocol):
    def cursor(self) -> Any: ...


SITE_SQL = """
SELECT s.id, s.name, s.code, s.address, s.township, s.regulator, s.status,
       gc.name, gc.credit_code, po.name, po.credit_code
FROM site s
LEFT JOIN employer gc ON gc.id = s.general_contractor_id
LEFT JOIN employer po ON po.id = s.project_owner_id
WHERE NOT s.tombstone
ORDER BY s.name, s.id
"""

LAST_INSPECTED_SQL = """
SELECT site_id, MAX(started_at) FROM inspection
WHERE NOT tombstone AND site_id IS NOT NULL GROUP BY site_id
"""

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


def _day(value: Any) -> str:
    """A stored timestamp (text on SQLite, datetime on PostgreSQL) as YYYY-MM-DD."""
    if value is None:
        return ""
    return str(value)[:10]


@dataclass
class SiteIndex:
    """Every live site as parallel columns; `search()` returns positions into them."""

    ids: list[str] = field(default_factory=list)
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
    _search: TextSearch | None = None
    _pos: dict[str, int] | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def prepare(self) -> SiteIndex:
        """Build the search haystacks now (call in a worker; the first search needs them)."""
        if self._search is None:
            hay = [
                make_haystack(n, a, t, c, gc, gcc, po)
                for n, a, t, c, gc, gcc, po in zip(
                    self.names, self.addresses, self.townships, self.codes,
                    self.contractors, self.contractor_codes, self.owners, strict=True,
                )
            ]
            self._search = TextSearch(hay)
        return self

    def search(self, query: str = "", *, status: str | None = None,
               regulator: str | None = None, township: str | None = None) -> list[int]:
        """Positions of sites matching the text (name, address, township, code, owner and
        contractor names and credit codes) and the exact-match filters."""
        search = self.prepare()._search
        assert search is not None
        return search.search(
            query,
            ((self.statuses, status), (self.regulators, regulator), (self.townships, township)),
        )

    def position(self, site_id: str) -> int | None:
        if self._pos is None:
            self._pos = {sid: i for i, sid in enumerate(self.ids)}
        return self._pos.get(site_id)

    def townships_sorted(self) -> list[str]:
        return sorted({t for t in self.townships if t})


def load_site_index(conn: DbApiConnection) -> SiteIndex:
    """Read every live site (one query) and the date each was last inspected (one more)."""
    idx = SiteIndex()
    for row in _fetch(conn, SITE_SQL):
        idx.ids.append(row[0])
        idx.names.append(row[1] or "")
        idx.codes.append(row[2] or "")
        idx.addresses.append(row[3] or "")
        idx.townships.append(row[4] or "")
        idx.regulators.append(row[5] or "")
        idx.statuses.append(row[6] or "")
        idx.contractors.append(row[7] or "")
        idx.contractor_codes.append(row[8] or "")
        owner = row[9] or ""
        idx.owners.append(f"{owner}{' ' + row[10] if row[10] else ''}" if owner else "")
    last = {sid: _day(at) for sid, at in _fetch(conn, LAST_INSPECTED_SQL)}
    idx.last_inspected = [last.get(sid, "") for sid in idx.ids]
    return idx.prepare()


@dataclass
class EmployerIndex:
    """Every live employer as parallel columns."""

    ids: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    credit_codes: list[str] = field(default_factory=list)
    legal_reps: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    townships: list[str] = field(default_factory=list)
    industries: list[str] = field(default_factory=list)
    _search: TextSearch | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def prepare(self) -> EmployerIndex:
        """Build the search haystacks now (call in a worker)."""
        if self._search is None:
            hay = [
                make_haystack(n, c, a, t, r)
                for n, c, a, t, r in zip(
                    self.names, self.credit_codes, self.addresses, self.townships,
                    self.legal_reps, strict=True,
                )
            ]
            self._search = TextSearch(hay)
        return self

    def search(self, query: str = "", *, industry: str | None = None,
               township: str | None = None) -> list[int]:
        """Positions of employers matching name, credit code, address, township or legal rep."""
        search = self.prepare()._search
        assert search is not None
        return search.search(
            query, ((self.industries, industry), (self.townships, township))
        )


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
    return idx.prepare()


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

"""The one shape of the in-memory list indexes (sites, employers): columns, search, sort orders.

An index is a column store: parallel lists of plain strings, one entry per row,
never changed after loading. A subclass names its columns as dataclass fields
and says which are searched as text (`SEARCHED`) and which filter by exact value
(`FACETS`, keyword → column). Everything else is here, once:

- `search(query, order_by="column" or "-column", **facets)`: positions of the matching
  rows, already in the chosen sort order. Each column's order is sorted once
  (on first use) and every search filters that permutation, so no keystroke
  sorts, and a query that extends the previous one scans only its result
  (`inspector.queries.search.TextSearch`);
- `order(column, descending)`: that permutation (ties by position, so by the
  load order, name then id, in both directions);
- `position(id)`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import ClassVar

from inspector.queries.search import TextSearch, filter_facets, make_haystacks, terms_of


@dataclass
class ColumnIndex:
    """Base of the list indexes; subclasses add `ids` and their other columns as fields."""

    SEARCHED: ClassVar[tuple[str, ...]] = ()  # columns whose text a query matches
    FACETS: ClassVar[dict[str, str]] = {}  # search() keyword → exact-match column

    ids: list[str] = field(default_factory=list)
    _search: TextSearch | None = field(default=None, init=False, repr=False, compare=False)
    _pos: dict[str, int] | None = field(default=None, init=False, repr=False, compare=False)
    _orders: dict[tuple[str, bool], tuple[int, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False,
                                  compare=False)

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def columns(cls) -> tuple[str, ...]:
        """The data columns, in field order (the private caches left out)."""
        return tuple(f.name for f in fields(cls) if not f.name.startswith("_"))

    def column(self, name: str) -> list[str]:
        if name not in self.columns():
            raise KeyError(name)
        values: list[str] = getattr(self, name)
        return values

    def prepare(self) -> ColumnIndex:
        """Build the search haystacks now (call in a worker; the first text search needs them).

        Safe to run on a worker while the GUI thread searches: the columns never
        change after loading, and `_search` is set in one step.
        """
        if self._search is None:
            search = TextSearch(make_haystacks(*(self.column(c) for c in self.SEARCHED)))
            for order in list(self._orders.values()):  # sorted before the haystacks were built
                search.warm(order)
            self._search = search
        return self

    def order(self, column: str | None, descending: bool = False) -> tuple[int, ...] | None:
        """All positions sorted by `column` (stable: equal values keep the load order);
        None for the load order itself. Sorted once per column and direction, then kept."""
        if column is None:
            return None
        key = (column, descending)
        found = self._orders.get(key)
        if found is None:
            values = self.column(column)
            # Python's sort is stable in both directions: ties keep the load order.
            # A tuple, which the cyclic collector stops walking (see search._Layout).
            found = tuple(sorted(range(len(values)), key=values.__getitem__,
                                 reverse=descending))
            with self._lock:
                found = self._orders.setdefault(key, found)
            if self._search is not None:
                self._search.warm(found)  # here, where sorting already costs, not per keystroke
        return found

    def search(self, query: str = "", *, order_by: str | None = None,
               **facets: str | None) -> list[int]:
        """Positions of rows whose searched columns hold every term of `query` and whose
        facet columns equal the given values (None or "" ignores a facet), in the order
        of `order_by`: a column name, "-name" for descending (the load order when None)."""
        unknown = set(facets) - set(self.FACETS)
        if unknown:
            raise TypeError(f"unknown facet(s): {', '.join(sorted(unknown))}")
        active = tuple((self.column(self.FACETS[k]), v) for k, v in facets.items())
        descending = bool(order_by and order_by.startswith("-"))
        order = self.order(order_by.removeprefix("-") if order_by else None, descending)
        if self._search is None and not terms_of(query):
            # No text to match: the facets answer it, and the haystacks can still be
            # built in the background (`prepare`) instead of before the first paint.
            every: Iterable[int] = range(len(self.ids)) if order is None else order
            return filter_facets(every, active)
        search = self.prepare()._search
        assert search is not None
        return search.search(query, active, order)

    def position(self, row_id: str) -> int | None:
        if self._pos is None:
            self._pos = {rid: i for i, rid in enumerate(self.ids)}
        return self._pos.get(row_id)


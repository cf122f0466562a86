"""Per-keystroke text search over an in-memory column store (shared by the site and employer indexes).

The indexes keep one lower-cased "haystack" string per row. A query is split on
whitespace and every term must occur in the haystack. Typing usually extends the
previous query, so a search that refines a recent one only scans that result
instead of the whole table, and deleting back to a recent query reuses its
answer: only a query that narrows nothing recent scans every row.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, compress
from typing import NamedTuple

SEPARATOR = "\x1f"  # never typed by a user, so a term cannot match across two fields
# Between rows when many haystacks are built as one string (`make_haystacks`).
RECORD_SEPARATOR = "\x1e"


# Full-width ASCII (typed with a Chinese IME) → ASCII; ideographic space → space.
_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


_NEEDS_WIDTH = re.compile("[\uff01-\uff5e\u3000]")


def normalize(text: str) -> str:
    """Lower-case, full-width to half-width digits/letters, trimmed (credit codes are typed both ways).

    Only text holding a full-width character is translated; the check runs in C,
    so building the haystacks of 100,000 rows stays cheap.
    """
    if _NEEDS_WIDTH.search(text):
        text = text.translate(_WIDTH)
    return text.strip().casefold()


def terms_of(query: str) -> tuple[str, ...]:
    return tuple(t for t in normalize(query).split() if t)


def make_haystack(*fields: str | None) -> str:
    return normalize(SEPARATOR.join(f for f in fields if f))


def make_haystacks(*columns: Sequence[str]) -> list[str]:
    """One haystack per row of the parallel `columns`, matching what `make_haystack` matches.

    The rows are joined into one string, normalised in a single pass and split
    again, so 100,000 rows cost a few C-level calls instead of 100,000 Python
    calls. The result may differ from `make_haystack`'s text (empty fields keep
    their separators, ends are not trimmed), never in what it matches: a search
    term holds no whitespace, and Python counts both separators as whitespace.
    A field holding the row separator falls back to the per-row path.
    """
    count = len(columns[0]) if columns else 0
    if count == 0:
        return []
    joined = RECORD_SEPARATOR.join(map(SEPARATOR.join, zip(*columns, strict=True)))
    if joined.count(RECORD_SEPARATOR) != count - 1:
        return [make_haystack(*row) for row in zip(*columns, strict=True)]
    if _NEEDS_WIDTH.search(joined):
        joined = joined.translate(_WIDTH)
    return joined.casefold().split(RECORD_SEPARATOR)


Facets = Sequence[tuple[Sequence[str], str | None]]


def filter_facets(rows: Iterable[int], facets: Facets) -> list[int]:
    """The positions in `rows` whose every (column, wanted) facet matches exactly.

    A facet whose wanted value is None or "" is ignored. Needs no haystacks, so an
    index can answer "no text typed" before its haystacks are built.
    """
    active = [(col, want) for col, want in facets if want]
    if not active:
        return list(rows)
    return [i for i in rows if all(col[i] == want for col, want in active)]


RECENT_ROWS = 1_000_000  # row positions kept in recent results (~24 MB with their haystacks and shadows)

LAID_OUT_ORDERS = 4  # sort orders whose rows, shadows and places are kept (`TextSearch.warm`)

# Below this many rows a per-row scan is cheaper than counting the term in the whole table.
SCAN_ROWS = 5_000
# Following one occurrence (find, bisect, append) costs about four per-row tests, so the
# occurrences are followed only when there are fewer than a quarter as many as rows to scan.
OCCURRENCE_COST = 4


class _Rows(NamedTuple):
    """Row positions with each row's haystack and ASCII shadow, in the same order."""

    rows: list[int]
    hays: list[str]
    shadows: list[str]


def ascii_shadow(text: str) -> str:
    """`text` with every non-ASCII character replaced by "?", one for one.

    Python searches a string of one-byte characters several times faster than one
    holding Chinese; an ASCII term without "?" (a credit-code or number fragment)
    occurs in the shadow exactly where it occurs in the text.
    """
    return text.encode("ascii", "replace").decode("latin-1")


def _tested(term: str, rows: _Rows) -> list[str]:
    return rows.shadows if term.isascii() and "?" not in term else rows.hays


@dataclass(frozen=True)
class _Result:
    terms: tuple[str, ...]
    found: _Rows


def _narrows(earlier: tuple[str, ...], terms: tuple[str, ...]) -> bool:
    """True when every row matching `terms` also matches `earlier` (each earlier term is
    part of some new term), so `terms` can be answered from `earlier`'s rows."""
    return all(any(p in t for t in terms) for p in earlier)


@dataclass
class TextSearch:
    """Search over `haystacks`, with optional facet filtering by exact-match code columns.

    Recent results are kept (by terms, facets and order, up to `RECENT_ROWS` positions in
    all): a query asked again (deleting back to it) is answered at once, and any other
    is scanned within the smallest recent result it narrows, else over every row.

    Each result keeps its rows' haystacks beside the rows, so a scan walks two lists
    side by side instead of looking each row up (about 40 % faster at 100,000 rows);
    a rare term is found through its occurrences in all haystacks joined (`_occurring`).
    """

    haystacks: list[str]
    _recent: OrderedDict[tuple[object, ...], _Result] = field(default_factory=OrderedDict)
    _orders: dict[int, Sequence[int]] = field(default_factory=dict)  # keeps ids valid
    _in_order: dict[int, _Rows] = field(default_factory=dict)  # id(order) → every row in it
    _ranks: dict[int, list[int]] = field(default_factory=dict)  # id(order) → each row's place
    _joined: str = ""  # every haystack, one string, rows at `_starts`
    _starts: list[int] = field(default_factory=list)
    _shadows: list[str] = field(default_factory=list)  # `ascii_shadow` of each haystack

    def __post_init__(self) -> None:
        # Joined here, where the index is prepared (a worker), not on the first keystroke.
        self._join()

    def _join(self) -> None:
        self._starts = list(accumulate(map((1).__add__, map(len, self.haystacks)), initial=0))
        self._joined = RECORD_SEPARATOR.join(self.haystacks)
        self._shadows = ascii_shadow(self._joined).split(RECORD_SEPARATOR)
        if len(self._shadows) != len(self.haystacks):  # a haystack holds the separator
            self._shadows = [ascii_shadow(h) for h in self.haystacks]

    def warm(self, order: Sequence[int]) -> None:
        """Lay out `order`'s haystacks and places now (where it is sorted), not on a keystroke."""
        key = id(order)
        self._orders[key] = order
        if key not in self._in_order:
            rows = self._rows(list(order))
            # Shadows made anew in this order lie side by side in memory, so a scan reads
            # them in sequence: about twice as fast as visiting each row's own string.
            shadows = ascii_shadow(RECORD_SEPARATOR.join(rows.shadows)).split(RECORD_SEPARATOR)
            if len(shadows) == len(rows.rows):
                rows = rows._replace(shadows=shadows)
            self._in_order[key] = rows
        if key not in self._ranks:
            rank = [0] * len(order)
            for place, row in enumerate(order):
                rank[row] = place
            self._ranks[key] = rank
        # ~17 MB an order at 100,000 rows: keep the latest few (another is laid out again).
        while len(self._in_order) > LAID_OUT_ORDERS:
            oldest = next(k for k in self._in_order if k != key)
            del self._in_order[oldest]
            self._ranks.pop(oldest, None)

    def search(
        self,
        query: str,
        facets: Facets = (),
        order: Sequence[int] | None = None,
    ) -> list[int]:
        """Row positions matching every term of `query` and every (column, wanted) facet.

        A facet whose wanted value is None or "" is ignored. Positions come in the
        order of `order` (a permutation of all positions, e.g. pre-sorted by a
        column), else in the index's order: filtering a pre-sorted order keeps it
        sorted, so no keystroke sorts its result. An empty query without facets
        is the order itself, copied.
        """
        terms = terms_of(query)
        active = tuple((col, want) for col, want in facets if want)
        scope = (tuple((id(col), want) for col, want in active), id(order))
        hit = self._recent.get((terms, *scope))
        if hit is not None:
            self._recent.move_to_end((terms, *scope))
            return list(hit.found.rows)
        found = self._base(terms, scope) or self._everything(active, order)
        for term in terms:
            found = self._matching(term, found, order)
        self._remember((terms, *scope), _Result(terms, found))
        return list(found.rows)  # the cached list stays ours: callers may change theirs

    def _rows(self, rows: list[int]) -> _Rows:
        return _Rows(rows, list(map(self.haystacks.__getitem__, rows)),
                     list(map(self._shadows.__getitem__, rows)))

    def _everything(self, active: Facets, order: Sequence[int] | None) -> _Rows:
        """Every row let through by the facets, in `order`."""
        if order is None:
            rows = filter_facets(range(len(self.haystacks)), active)
            return self._rows(rows) if active else _Rows(rows, self.haystacks, self._shadows)
        self.warm(order)
        if not active:
            return self._in_order[id(order)]
        return self._rows(filter_facets(order, active))

    def _matching(self, term: str, scope: _Rows, order: Sequence[int] | None) -> _Rows:
        """The rows of `scope` (in the order of `order`) whose haystack holds `term`.

        Testing each row runs Python code per row; a rare term is found faster by
        C-level `str.find` over all haystacks joined, following only its occurrences.
        """
        rows = scope.rows
        if len(rows) >= SCAN_ROWS and \
                self._joined.count(term) * OCCURRENCE_COST < len(rows):
            found = self._occurring(term)
            if len(rows) != len(self.haystacks):  # a narrowed or faceted scope: keep its rows
                within = set(rows)
                found = [i for i in found if i in within]
            if order is not None:
                self.warm(order)
                found.sort(key=self._ranks[id(order)].__getitem__)
            return self._rows(found)
        keep = [term in text for text in _tested(term, scope)]
        if all(keep):  # typing on within a credit code: the scope itself (never changed)
            return scope
        return _Rows(list(compress(rows, keep)), list(compress(scope.hays, keep)),
                     list(compress(scope.shadows, keep)))

    def _occurring(self, term: str) -> list[int]:
        """Positions (ascending) of the rows holding `term`, by its occurrences in `_joined`.

        A term holds no whitespace (both separators count as whitespace), so an
        occurrence never spans two rows.
        """
        starts, find, rows = self._starts, self._joined.find, []
        at = find(term)
        while at >= 0:
            row = bisect_right(starts, at) - 1
            rows.append(row)
            at = find(term, starts[row + 1])  # the row's other occurrences add nothing
        return rows

    def _base(self, terms: tuple[str, ...], scope: tuple[object, ...]) -> _Rows | None:
        """The smallest recent result in the same facets and order that `terms` narrows."""
        best: _Result | None = None
        for key, found in self._recent.items():
            if key[1:] == scope and _narrows(found.terms, terms) and (
                    best is None or len(found.found.rows) < len(best.found.rows)):
                best = found
        return None if best is None else best.found

    def _remember(self, key: tuple[object, ...], result: _Result) -> None:
        self._recent[key] = result
        total = sum(len(r.found.rows) for r in self._recent.values())
        while total > RECENT_ROWS and len(self._recent) > 1:
            _key, dropped = self._recent.popitem(last=False)
            total -= len(dropped.found.rows)

    def forget(self) -> None:
        """Drop the recent results and laid-out orders (after the rows changed)."""
        self._recent.clear()
        self._in_order.clear()
        self._ranks.clear()
        self._join()

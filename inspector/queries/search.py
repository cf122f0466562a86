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
from itertools import accumulate
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


RECENT_ROWS = 1_000_000  # row positions kept in recent results (~16 MB: places and rows)

LAID_OUT_ORDERS = 4  # sort orders whose rows, haystacks and places are kept (`TextSearch.warm`)

# Below this many rows a per-row scan is cheaper than estimating the term's occurrences.
SCAN_ROWS = 5_000
# The costs of the two ways to a term's rows, in tests of one laid-out row (~120 ns, measured
# at 100,000 rows): following the occurrences passes once over every haystack joined
# (~0.4 of a row test per row in the table), then costs ~8 row tests per row found.
JOINED_PASS, OCCURRENCE_COST = 0.4, 8
# The occurrences are estimated by counting in this many slices spread over the joined
# haystacks, an eighth of it in all: a full count costs about as much as the scan it would save.
SAMPLES, SAMPLED_PART = 16, 8


class _Layout(NamedTuple):
    """One order of the rows: the rows in it, their haystacks copied in it, each row's place.

    Searches within an order work on places (0, 1, … along the order): a place finds
    its haystack by one index into `hays`, which lie in memory in place order.

    Everything kept of 100,000 rows is a tuple (haystacks, layouts, places and rows of
    results): the cyclic collector stops tracking a tuple of strings and ints once it
    has seen it, while it walks every item of every list on each full collection (the
    app's is once a minute, on the GUI thread: a pause a keystroke can fall into).
    """

    rows: Sequence[int]  # the order itself (row positions)
    hays: tuple[str, ...]  # hays[place] is the haystack of rows[place]
    ranks: tuple[int, ...] | None  # ranks[row] is its place; None when place == row


class _Found(NamedTuple):
    """A search's answer in one layout: ascending places and the rows at them."""

    places: Sequence[int]  # a range for every row
    rows: Sequence[int]  # never changed: callers get copies


def lay_out(texts: list[str]) -> list[str]:
    """Copies of `texts` made one after the other, so they lie side by side in memory.

    A scan over strings in sequence runs 3-5 times faster than one over the same
    strings scattered through the heap (as a sort order leaves them); a text holding
    the row separator keeps the caller's strings.
    """
    laid = RECORD_SEPARATOR.join(texts).split(RECORD_SEPARATOR)
    return laid if len(laid) == len(texts) else list(texts)


@dataclass(frozen=True)
class _Result:
    terms: tuple[str, ...]
    found: _Found


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

    Each sort order's haystacks are copied in that order (`warm`), so a scan reads
    memory in sequence, and a result is kept as places in its order, so a narrower
    query tests each place's haystack without looking its row up; a rare term is
    found through its occurrences in all haystacks joined (`_occurring`).
    """

    haystacks: Sequence[str]  # kept as a tuple (see `_Layout`)
    _recent: OrderedDict[tuple[object, ...], _Result] = field(default_factory=OrderedDict)
    _orders: dict[int, Sequence[int]] = field(default_factory=dict)  # keeps ids valid
    _in_order: dict[int, _Layout] = field(default_factory=dict)  # id(order) → its layout
    _ranks: dict[int, tuple[int, ...]] = field(default_factory=dict)  # id(order) → each row's place
    _joined: str = ""  # every haystack, one string, rows at `_starts`
    _starts: tuple[int, ...] = ()
    _load_order: _Layout | None = None  # the rows as loaded (made on first use)

    def __post_init__(self) -> None:
        self.haystacks = tuple(self.haystacks)
        # Joined here, where the index is prepared (a worker), not on the first keystroke.
        self._join()

    def _join(self) -> None:
        self._starts = tuple(accumulate(map((1).__add__, map(len, self.haystacks)), initial=0))
        self._joined = RECORD_SEPARATOR.join(self.haystacks)
        self._load_order = None

    def warm(self, order: Sequence[int]) -> None:
        """Lay out `order`'s haystacks and places now (where it is sorted), not on a keystroke."""
        key = id(order)
        self._orders[key] = order
        if key not in self._ranks:
            rank = [0] * len(order)
            for place, row in enumerate(order):
                rank[row] = place
            self._ranks[key] = tuple(rank)
        if key not in self._in_order:
            # The copies: a sort leaves the rows' own strings scattered, and a one-character
            # Chinese term scanned over them took 25 ms at 100,000 rows against 5 ms here.
            hays = self.haystacks
            self._in_order[key] = _Layout(order, tuple(lay_out([hays[row] for row in order])),
                                          self._ranks[key])
        # ~33 MB an order at 100,000 rows (RSS): keep the latest few (another is laid out
        # again when asked for, on the sort click that asks).
        while len(self._in_order) > LAID_OUT_ORDERS:
            oldest = next(k for k in self._in_order if k != key)
            del self._in_order[oldest]
            self._ranks.pop(oldest, None)

    def _layout(self, order: Sequence[int] | None) -> _Layout:
        if order is not None:
            self.warm(order)
            return self._in_order[id(order)]
        if self._load_order is None:  # the haystacks were made in this order: laid out
            self._load_order = _Layout(range(len(self.haystacks)), tuple(self.haystacks), None)
        return self._load_order

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
        layout = self._layout(order)
        base = self._base(terms, scope) or self._everything(active, layout)
        places = base.places
        for term in terms:
            places = self._matching(term, places, layout)
        rows = layout.rows
        # A term every row of the base holds leaves its places as they were: so are its rows.
        found = base if places is base.places else \
            _Found(tuple(places), tuple([rows[p] for p in places]))
        self._remember((terms, *scope), _Result(terms, found))
        return list(found.rows)  # the kept list stays ours: callers may change theirs

    def _everything(self, active: Facets, layout: _Layout) -> _Found:
        """Every row let through by the facets, in the layout's order."""
        rows = layout.rows
        places: Sequence[int] = range(len(rows))
        if not active:
            return _Found(places, rows)
        for col, want in active:  # one facet at a time: no per-row loop over the facets
            places = [p for p in places if col[rows[p]] == want]
        return _Found(tuple(places), tuple([rows[p] for p in places]))

    def _matching(self, term: str, places: Sequence[int], layout: _Layout) -> Sequence[int]:
        """The `places` (ascending) whose haystack holds `term`; `places` itself when all do.

        Testing each row runs Python code per row; a rare term is found faster by
        C-level `str.find` over all haystacks joined, following only its occurrences.
        """
        if len(places) >= SCAN_ROWS and (JOINED_PASS * len(self.haystacks)
                                         + self._guess_count(term) * OCCURRENCE_COST) < len(places):
            return self._occurring_in(term, places, layout)
        hays = layout.hays
        found = [p for p in places if term in hays[p]]
        # Typing on within a credit code: the same places, so the same rows (none copied).
        return places if len(found) == len(places) else found

    def _guess_count(self, term: str) -> int:
        """About how often `term` occurs in all haystacks, from `SAMPLES` slices of them.

        Only chooses between two ways to the same answer: a wrong guess costs time,
        never a row. A slice's edge may split an occurrence (missed, or counted in the
        next slice's start), which a guess can afford.
        """
        joined, count = self._joined, 0
        step = len(joined) // SAMPLES
        width = step // SAMPLED_PART
        if width < 4 * len(term):  # too short to sample: count it all (small tables)
            return joined.count(term)
        for start in range(0, SAMPLES * step, step):
            count += joined.count(term, start, start + width)
        return count * SAMPLED_PART

    def _occurring_in(self, term: str, places: Sequence[int], layout: _Layout) -> list[int]:
        """`_matching` by `term`'s occurrences: the `places` whose row holds it, ascending."""
        found = self._occurring(term)
        if layout.ranks is not None:
            rank = layout.ranks
            found = sorted([rank[row] for row in found])
        if len(places) != len(layout.rows):  # a narrowed or faceted scope: keep its places
            within = set(places)
            found = [p for p in found if p in within]
        return found

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

    def _base(self, terms: tuple[str, ...], scope: tuple[object, ...]) -> _Found | None:
        """The smallest recent result in the same facets and order that `terms` narrows."""
        best: _Result | None = None
        for key, found in self._recent.items():
            if key[1:] == scope and _narrows(found.terms, terms) and (
                    best is None or len(found.found.places) < len(best.found.places)):
                best = found
        return None if best is None else best.found

    def _remember(self, key: tuple[object, ...], result: _Result) -> None:
        self._recent[key] = result
        total = sum(len(r.found.places) for r in self._recent.values())
        while total > RECENT_ROWS and len(self._recent) > 1:
            _key, dropped = self._recent.popitem(last=False)
            total -= len(dropped.found.places)

    def forget(self) -> None:
        """Drop the recent results and laid-out orders (after the rows changed)."""
        self._recent.clear()
        self._in_order.clear()
        self._ranks.clear()
        self._join()

"""Per-keystroke text search over an in-memory column store (shared by the site and employer indexes).

The indexes keep one lower-cased "haystack" string per row. A query is split on
whitespace and every term must occur in the haystack. Typing usually extends the
previous query, so a search that refines the last one only scans the last
result instead of the whole table: that keeps each keystroke well under the
50 ms budget on 100,000 rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

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


@dataclass
class SearchState:
    """The previous query and its result, reused when the next query only narrows it."""

    terms: tuple[str, ...] = ()
    facets: tuple[object, ...] = ()
    result: list[int] | None = None


@dataclass
class TextSearch:
    """Search over `haystacks`, with optional facet filtering by exact-match code columns."""

    haystacks: list[str]
    _state: SearchState = field(default_factory=SearchState)

    def search(
        self,
        query: str,
        facets: Facets = (),
    ) -> list[int]:
        """Row positions matching every term of `query` and every (column, wanted) facet.

        A facet whose wanted value is None or "" is ignored. Positions keep the
        index's order.
        """
        terms = terms_of(query)
        active = tuple((col, want) for col, want in facets if want)
        key = tuple((id(col), want) for col, want in active)
        prev = self._state
        narrows = (
            prev.result is not None
            and prev.facets == key
            and all(any(p in t for t in terms) for p in prev.terms)
        )
        candidates: Sequence[int] | range = prev.result if narrows and prev.result is not None else range(len(self.haystacks))
        hay = self.haystacks
        result = filter_facets(candidates, active)
        for term in terms:
            result = [i for i in result if term in hay[i]]
        self._state = SearchState(terms=terms, facets=key, result=result)
        return result

    def forget(self) -> None:
        """Drop the cached result (after the rows changed)."""
        self._state = SearchState()

"""Per-keystroke text search over an in-memory column store (shared by the site and employer indexes).

The indexes keep one lower-cased "haystack" string per row. A query is split on
whitespace and every term must occur in the haystack. Typing usually extends the
previous query, so a search that refines the last one only scans the last
result instead of the whole table: that keeps each keystroke well under the
50 ms budget on 100,000 rows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

SEPARATOR = "\x1f"  # never typed by a user, so a term cannot match across two fields


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
        facets: Sequence[tuple[Sequence[str], str | None]] = (),
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
        if active:
            cols = active
            candidates = [i for i in candidates if all(col[i] == want for col, want in cols)]
        result = list(candidates)
        for term in terms:
            result = [i for i in result if term in hay[i]]
        self._state = SearchState(terms=terms, facets=key, result=result)
        return result

    def forget(self) -> None:
        """Drop the cached result (after the rows changed)."""
        self._state = SearchState()

"""The per-keystroke text search: normalisation, narrowing reuse, facets (Qt-free)."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from inspector.queries.search import (
    JOINED_PASS,
    LAID_OUT_ORDERS,
    OCCURRENCE_COST,
    TextSearch,
    make_haystack,
    normalize,
)


def test_normalize_folds_width_and_case() -> None:
    """Full-width letters and digits (typed with a Chinese IME) match their ASCII forms."""
    assert normalize("  ＭＡ２ＡＢ Credit ") == "ma2ab credit"
    assert make_haystack("东方花园", None, "ＡＢ") == "东方花园\x1fab"


def test_terms_must_all_match() -> None:
    search = TextSearch([make_haystack("东方花园", "城关镇"), make_haystack("东方大道", "青山镇")])
    assert search.search("东方") == [0, 1]
    assert search.search("东方 青山") == [1]
    assert search.search("西方") == []


def test_facets_filter_exactly() -> None:
    statuses = ["building", "completed", "building"]
    search = TextSearch(["a", "ab", "abc"])
    assert search.search("a", ((statuses, "building"),)) == [0, 2]
    assert search.search("a", ((statuses, None),)) == [0, 1, 2]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="东方花园路12ab", max_size=6), min_size=1, max_size=40),
       st.lists(st.text(alphabet="东方花园路12ab", min_size=0, max_size=3), min_size=1,
                max_size=6))
def test_incremental_search_equals_full_search(rows: list[str], queries: list[str]) -> None:
    """Reusing the previous result never changes the answer (typing, deleting, retyping)."""
    rng = random.Random(len(rows))
    statuses = [rng.choice(["x", "y"]) for _ in rows]
    reused = TextSearch([make_haystack(r) for r in rows])
    for q in queries:
        for typed in (q[:1], q, q[:-1]):
            fresh = TextSearch([make_haystack(r) for r in rows])
            want = rng.choice([None, "x"])
            assert reused.search(typed, ((statuses, want),)) == \
                fresh.search(typed, ((statuses, want),))


def test_large_tables_match_a_plain_filter_in_every_order() -> None:
    """At thousands of rows rare terms are found through their occurrences in the joined
    haystacks and common ones row by row (in each order's laid-out haystacks); all give
    what a plain filter gives, in the requested order, within facets, narrowing and
    deleting back."""
    rng = random.Random(7)
    common, rare = "东方花园路1?", "青山镇9"
    rows = ["".join(rng.choice(common) for _ in range(rng.randint(0, 8)))
            + ("" if rng.random() < 0.97 else rng.choice(rare) * rng.randint(1, 3))
            for _ in range(6_000)]
    hays = [make_haystack(r, rng.choice(["", "城关镇"])) for r in rows]
    statuses = [rng.choice(["x", "y"]) for _ in rows]
    order = list(range(len(rows)))
    rng.shuffle(order)
    search = TextSearch(list(hays))
    # A rare term takes the occurrence path (a pass over the joined haystacks and a step
    # per occurrence cost less than testing every row).
    assert search._joined.count("青") > 0
    assert JOINED_PASS * len(rows) + search._guess_count("青") * OCCURRENCE_COST < len(rows)

    def plain(query: str, want: str | None, by: list[int] | None) -> list[int]:
        terms = query.split()
        return [i for i in (by if by is not None else range(len(rows)))
                if (not want or statuses[i] == want) and all(t in hays[i] for t in terms)]

    typed = ["青", "青山", "青山镇", "青山", "", "东", "东方", "东方 青", "城关", "9",
             "镇9", "东方花园路1", "东方", "19", "1?", "?", "园1", "1", "11", "东 1", "1 9"]
    # More sort orders than are kept laid out, then the first again (laid out anew).
    others = [rng.sample(order, len(order)) for _ in range(5)]
    for by in (None, order, *others, order):
        for want in (None, "x"):
            for query in typed:
                got = search.search(query, ((statuses, want),), by)
                assert got == plain(query, want, by), (query, want, by is None)
    assert len(search._in_order) == len(search._ranks) == LAID_OUT_ORDERS

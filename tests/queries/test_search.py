"""The per-keystroke text search: normalisation, narrowing reuse, facets (Qt-free)."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from inspector.queries.search import TextSearch, make_haystack, normalize


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

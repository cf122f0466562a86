"""The one index shape: pre-sorted orders, facets, recent results reused (Qt-free)."""

from __future__ import annotations

import random

import pytest

from inspector.queries.site_index import EmployerIndex, SiteIndex


def _sites(n: int) -> SiteIndex:
    rng = random.Random(n)
    idx = SiteIndex()
    for i in range(n):
        idx.ids.append(f"s{i}")
        idx.names.append(rng.choice(["东方花园", "滨江道路", "河道整治"]) + str(rng.randint(1, 30)))
        idx.codes.append("")
        idx.addresses.append(rng.choice(["人民路", "滨江路"]) + f"{i}号")
        idx.townships.append(rng.choice(["城关镇", "青山镇", ""]))
        idx.regulators.append(rng.choice(["housing", "water"]))
        idx.statuses.append(rng.choice(["building", "completed"]))
        idx.contractors.append(rng.choice(["中天建设", "华建集团"]))
        idx.contractor_codes.append(f"9133{i:014d}")
        idx.owners.append("")
        idx.last_inspected.append(rng.choice(["", "2026-09-01", "2026-10-02"]))
    return idx.prepare()  # type: ignore[return-value]


def _expected(idx: SiteIndex, query: str, column: str, descending: bool,
              status: str | None) -> list[int]:
    terms = query.casefold().split()
    hay = idx._search.haystacks  # type: ignore[union-attr]
    rows = [i for i in range(len(idx)) if all(t in hay[i] for t in terms)
            and (not status or idx.statuses[i] == status)]
    values = idx.column(column)
    return sorted(rows, key=values.__getitem__, reverse=descending)


def test_search_answers_in_the_sort_order_while_typing_and_deleting() -> None:
    """Every keystroke equals a from-scratch filter and sort (stable: ties in load order)."""
    idx = _sites(400)
    typed = ["东", "东方", "东方花", "东方花园1", "东方花", "", "9", "91", "9133", "", "人民 1"]
    for column, descending in (("names", False), ("last_inspected", True), ("townships", False)):
        for status in (None, "building"):
            for text in typed + typed[::-1]:
                order_by = ("-" if descending else "") + column
                got = idx.search(text, order_by=order_by, status=status)
                assert got == _expected(idx, text, column, descending, status), (text, column)


def test_the_returned_list_is_the_callers_own() -> None:
    idx = _sites(50)
    first = idx.search("东方", order_by="names")
    first.clear()
    assert idx.search("东方", order_by="names") == _expected(idx, "东方", "names", False, None)


def test_sort_orders_are_made_once_and_unknown_facets_refused() -> None:
    idx = _sites(30)
    assert idx.order("names") is idx.order("names")
    assert idx.order(None) is None
    with pytest.raises(TypeError, match="industry"):
        idx.search("", industry="E")
    with pytest.raises(KeyError):
        idx.order("no_such_column")


def test_employer_index_has_the_same_shape() -> None:
    idx = EmployerIndex(ids=["e1", "e2", "e3"], names=["中天建设", "华建集团", "安居置业"],
                        credit_codes=["91330100MA2AAAAAA1", "", "91330100MA2BBBBBB2"],
                        legal_reps=["张三", "", ""], addresses=["", "", ""],
                        townships=["城关镇", "青山镇", "城关镇"], industries=["E", "E", "K"])
    assert idx.search("9133", order_by="-names") == [2, 0]  # 安 sorts after 中
    assert idx.search("", township="城关镇", industry="E") == [0]
    assert idx.position("e3") == 2 and len(idx) == 3

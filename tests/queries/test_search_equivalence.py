"""The fast search (pre-sorted orders, narrowing, recent results, occurrences) answers exactly
what a plain filter and sort answers, for every sort column and direction (Qt-free).

One index serves every typing session, so its kept results, laid-out orders and their
eviction all come into play; the plain side builds each row's text with `make_haystack`,
filters row by row and sorts with `sorted`, sharing nothing with the fast path.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from inspector.queries import search as search_module
from inspector.queries.search import TextSearch, make_haystack, normalize
from inspector.queries.site_index import SiteIndex
from inspector.registry.credit_code import make as credit_code

TOWNS = ["城关镇", "青山镇", "城东街道", "滨江街道", "石桥镇", ""]
BRANDS = ["宏达", "华建", "中天", "恒信", "金鼎", "安居", "Ａｂｃ", "ABC"]
KINDS = ["花园{n}期住宅项目", "安置小区{n}号地块", "第{n}中学教学楼", "道路改造{n}标段", "标准厂房"]


def _index(n: int, seed: int) -> SiteIndex:
    rng = random.Random(seed)
    idx = SiteIndex()
    for i in range(n):
        brand = rng.choice(BRANDS)
        idx.ids.append(f"s{i}")
        idx.names.append(f"{brand}{rng.choice(KINDS).format(n=rng.randint(1, 12))}")
        idx.codes.append(rng.choice(["", f"XM{rng.randint(0, 999):03d}"]))
        idx.addresses.append(f"{rng.choice(TOWNS)}人民路{rng.randint(1, 300)}号")
        idx.townships.append(rng.choice(TOWNS))
        idx.regulators.append(rng.choice(["housing", "transport", "water"]))
        idx.statuses.append(rng.choice(["building", "suspended", "completed"]))
        idx.contractors.append(rng.choice(["", f"{brand}建设有限公司", "中天建设集团"]))
        idx.contractor_codes.append(
            "" if rng.random() < 0.1 else credit_code(f"91330{rng.randint(0, 10**12):012d}"))
        idx.owners.append(rng.choice(["", "城投集团 913301001234567890", "安居置业"]))
        idx.last_inspected.append(rng.choice(["", "2026-09-01", "2026-10-02", "2026-11-20"]))
    return idx


def _texts(idx: SiteIndex) -> list[str]:
    """Each row's searched text, made row by row."""
    return [make_haystack(*(idx.column(c)[i] for c in SiteIndex.SEARCHED))
            for i in range(len(idx))]


def _plain(idx: SiteIndex, texts: list[str], query: str, column: str | None, descending: bool,
           status: str | None) -> list[int]:
    """The straightforward answer: every term in the row's text, then a stable sort."""
    terms = normalize(query).split()
    rows = [i for i, text in enumerate(texts)
            if all(t in text for t in terms) and (not status or idx.statuses[i] == status)]
    if column is None:
        return rows
    values = idx.column(column)
    return sorted(rows, key=lambda i: values[i], reverse=descending)


def _typing(rng: random.Random, idx: SiteIndex) -> Iterator[str]:
    """Queries as a user types them: a target typed key by key, some keys deleted, the box
    cleared; targets are fragments of names, addresses, townships and credit codes (with
    full-width or upper-case forms), two-term queries and text no row holds."""
    for _ in range(6):
        i = rng.randrange(len(idx))
        code = idx.contractor_codes[i] or "91330"
        target = rng.choice([
            idx.names[i][:rng.randint(1, 6)],
            idx.addresses[i][-rng.randint(2, 5):],
            idx.townships[i] or "镇",
            code[:rng.randint(1, 12)],
            code[:6].translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"}),
            code[-6:].upper(),
            f"{idx.names[i][:2]} {rng.randint(1, 12)}",
            "abc",
            "不存在的字",
        ])
        for end in range(1, len(target) + 1):  # typed, each key extending the query
            yield target[:end]
        for end in range(len(target) - 1, len(target) - rng.randint(1, 4), -1):
            yield target[:max(end, 0)]  # backspaces
        if rng.random() < 0.5:
            yield target  # retyped: a kept result
        yield ""  # cleared


ORDERS = [(None, False)] + [(c, d) for c in ("names", "townships", "addresses", "contractors",
                                             "regulators", "statuses", "last_inspected")
                            for d in (False, True)]


@pytest.mark.parametrize("scan_rows", [search_module.SCAN_ROWS, 100])
def test_every_keystroke_equals_a_plain_filter_and_sort(
        monkeypatch: pytest.MonkeyPatch, scan_rows: int) -> None:
    """Typing, deleting and clearing in every sort order (each again after the others, so
    laid out anew), with and without a facet, gives the plain answer row for row. A low
    `SCAN_ROWS` makes a few thousand rows take the occurrence path too; both paths must
    have answered some keystrokes."""
    monkeypatch.setattr(search_module, "SCAN_ROWS", scan_rows)
    used = {"occurrences": 0, "scans": 0}
    occurring_in, matching = TextSearch._occurring_in, TextSearch._matching

    def counted_occurring_in(self: TextSearch, *args: object) -> list[int]:
        used["occurrences"] += 1
        return occurring_in(self, *args)  # type: ignore[arg-type]

    def counted_matching(self: TextSearch, *args: object) -> object:
        used["scans"] += 1
        return matching(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(TextSearch, "_occurring_in", counted_occurring_in)
    monkeypatch.setattr(TextSearch, "_matching", counted_matching)
    idx = _index(3_000, seed=scan_rows).prepare()
    assert isinstance(idx, SiteIndex)
    texts = _texts(idx)
    rng = random.Random(11)
    checked = 0
    for column, descending in ORDERS + ORDERS[:3]:
        order_by = None if column is None else ("-" if descending else "") + column
        for query in _typing(rng, idx):
            status = rng.choice([None, None, "building"])
            got = idx.search(query, order_by=order_by, status=status)
            assert got == _plain(idx, texts, query, column, descending, status), \
                (query, order_by, status)
            checked += 1
    assert checked > 500
    assert used["scans"] > used["occurrences"]
    if scan_rows < 1_000:
        assert used["occurrences"] > 20


def test_a_result_handed_out_is_never_the_kept_one() -> None:
    """Changing a returned list (or the caller's order) changes no later answer."""
    idx = _index(300, seed=3).prepare()
    assert isinstance(idx, SiteIndex)
    texts = _texts(idx)
    for query in ("", "9", "9", "913", "华建", "华建"):
        first = idx.search(query, order_by="-names")
        first.reverse()
        first.append(-1)
        assert idx.search(query, order_by="-names") == _plain(idx, texts, query, "names", True,
                                                            None)

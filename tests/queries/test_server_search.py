"""`list_sites(search=…)` answers the same on SQLite and PostgreSQL (with its gram indexes)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from inspector.appdb import open_app_database
from inspector.registry import service
from inspector.registry.credit_code import make
from inspector.registry.service import EmployerInput, SiteInput, list_sites, upsert_site
from inspector.storage import Database

SITES = [
    ("城关镇恒泰花园一期", "城关镇", "恒泰建设有限公司", "91330100MA0000001"),
    ("东湖街道华盛广场", "东湖街道", "华盛建工集团", "91330100MA0000002"),
    ("西山乡安置房", "西山乡", "王记劳务有限公司", "91330100MA0000003"),
    ("Phoenix 大厦", "南塘镇", "恒泰建设有限公司", "91330100MA0000001"),
]


@pytest.fixture
def office(office_url: str, tmp_path: Path) -> Iterator[Database]:
    db = open_app_database(office_url, data_dir=tmp_path)
    with db.uow() as s:
        for name, town, gc, code in SITES:
            upsert_site(s, SiteInput(name=name, township=town,
                                   general_contractor=EmployerInput(gc, make(code))))
    yield db
    db.dispose()


def names(db: Database, query: str) -> list[str]:
    return [r.name for r in list_sites(db, search=query)]


@pytest.mark.parametrize(("query", "expected"), [
    ("城", ["城关镇恒泰花园一期"]),                       # one character
    ("恒泰", ["Phoenix 大厦", "城关镇恒泰花园一期"]),        # two: in a name, and via the contractor
    ("王", ["西山乡安置房"]),                              # a one-character surname, contractor only
    ("龘", []),
    ("华盛广场", ["东湖街道华盛广场"]),
    ("phoenix", ["Phoenix 大厦"]),                        # ASCII case ignored on both backends
    ("ma0000003", ["西山乡安置房"]),                       # credit code typed in lower case
    ("恒 泰", []),                                        # the whole text is one substring
])
def test_the_same_answers_on_both_backends(office: Database, query: str,
                                           expected: list[str]) -> None:
    assert names(office, query) == sorted(expected)


@pytest.mark.parametrize("office_url", ["postgresql"], indirect=True)
def test_postgresql_uses_the_gram_candidates(office: Database,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """On the server a term is narrowed by the gram indexes of migration 0004."""
    seen: list[str] = []
    real = service._gram_candidates

    def spy(term: str) -> Any:
        seen.append(term)
        return real(term)

    monkeypatch.setattr(service, "_gram_candidates", spy)
    assert names(office, "华盛") == ["东湖街道华盛广场"]
    assert "华盛" in seen
    # The query's expression is the indexed one (with four rows the planner would
    # rather scan; forbidding that shows whether the index can serve it at all).
    with office.engine.connect() as c:
        c.exec_driver_sql("SET enable_seqscan = off")
        plan = "\n".join(r[0] for r in c.exec_driver_sql(
            "EXPLAIN SELECT id FROM site WHERE inspector_site_grams(name, address, township, code)"
            " @> inspector_grams('华盛')"))
    assert "ix_site_grams" in plan

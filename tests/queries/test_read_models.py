"""Read models over a real database: site index (ORM-free and fast paths), details, home figures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector.appdb import open_app_database
from inspector.storage import Database


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    from inspector.demo import load_demo
    from inspector.devices import init_device

    db = open_app_database(tmp_path_factory.mktemp("q") / "inspector.db")
    init_device(db)
    load_demo(db, sites=6, seed=3)
    yield db
    db.dispose()


def test_site_index_reads_every_site(demo_db: Database) -> None:
    from inspector.queries.site_index import read_employer_index, read_site_index
    from inspector.registry.service import list_sites

    idx = read_site_index(demo_db)
    assert sorted(idx.ids) == sorted(r.id for r in list_sites(demo_db))
    assert len(read_employer_index(demo_db)) >= len(idx)
    first = idx.names[0]
    assert 0 in idx.search(first)
    code = idx.contractor_codes[0]
    assert 0 in idx.search(code.lower())
    assert idx.search(first, status="nonexistent") == []


def test_fast_path_matches_orm_path(demo_db: Database) -> None:
    """The start-up reader (stdlib sqlite3, read-only) sees the same index."""
    from inspector.queries.fast_open import open_readonly, sqlite_revision
    from inspector.queries.site_index import load_site_index, read_site_index
    from inspector.storage.schema import SCHEMA_HEAD

    path = Path(demo_db.url.removeprefix("sqlite:///"))
    con = open_readonly(path)
    assert con is not None
    try:
        assert sqlite_revision(con) == SCHEMA_HEAD
        assert load_site_index(con).ids == read_site_index(demo_db).ids
    finally:
        con.close()


def test_fast_path_refuses_uninitialized_files(tmp_path: Path) -> None:
    from inspector.queries.fast_open import open_readonly

    assert open_readonly(tmp_path / "missing.db") is None
    (tmp_path / "empty.db").write_bytes(b"")
    assert open_readonly(tmp_path / "empty.db") is None
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 100)
    assert open_readonly(tmp_path / "junk.db") is None


def test_site_detail_has_parties_and_history(demo_db: Database) -> None:
    from inspector.queries.details import employer_detail, site_detail
    from inspector.queries.site_index import read_site_index

    idx = read_site_index(demo_db)
    detail = site_detail(demo_db, idx.ids[0])
    assert detail.name == idx.names[0]
    roles = [p.role for p in detail.people]
    assert "施工总承包单位" in roles
    gc = next(p for p in detail.people if p.role == "施工总承包单位")
    assert gc.employer_id is not None
    emp = employer_detail(demo_db, gc.employer_id)
    assert ("统一社会信用代码", gc.credit_code) in emp.facts


def test_home_summary_counts(demo_db: Database) -> None:
    from inspector.queries.dashboard import home_summary

    summary = home_summary(demo_db)
    assert summary.sites == 6
    assert summary.unacknowledged > 0
    assert all(w.kind in ("inspection", "order") for w in summary.drafts)
    assert summary.due_soon_days >= 0

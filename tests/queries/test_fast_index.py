"""The start-up site index: the one-step columnar SQLite read equals the row read, haystacks
built in bulk match what per-row ones match, and an index answers before it is prepared."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspector.appdb import open_app_database
from inspector.queries import site_index
from inspector.queries.fast_open import read_fast_index, sqlite_path
from inspector.queries.search import (
    RECORD_SEPARATOR,
    TextSearch,
    make_haystack,
    make_haystacks,
)
from inspector.storage import Database


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    from inspector.demo import load_demo
    from inspector.devices import init_device

    db = open_app_database(tmp_path_factory.mktemp("fast") / "inspector.db")
    init_device(db)
    load_demo(db, sites=12, seed=5)
    yield db
    db.dispose()


def _connect(db: Database) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{db.url.removeprefix('sqlite:///')}?mode=ro", uri=True)


def _row_read(con: sqlite3.Connection) -> site_index.SiteIndex:
    """The portable path (one row at a time), as on PostgreSQL."""
    rows = con.execute(site_index.SITE_SQL).fetchall()
    columns = [list(col) for col in zip(*rows, strict=True)]
    return site_index.SiteIndex(**dict(zip(site_index._SITE_FIELDS, columns, strict=True)))


def test_columnar_read_equals_row_read(demo_db: Database) -> None:
    """Every column, in the same order, and the same search answers."""
    con = _connect(demo_db)
    try:
        fast = site_index.load_site_index(con)
        rows = _row_read(con)
    finally:
        con.close()
    for name in site_index._SITE_FIELDS:
        assert getattr(fast, name) == getattr(rows, name), name
    assert any(fast.last_inspected) and any(fast.owners)
    for query in ("", fast.names[0], fast.contractor_codes[1].upper(), fast.townships[2],
                  "不存在的工地"):
        assert fast.search(query) == rows.search(query)
    assert fast.search(status="building") == rows.search(status="building")


def test_columnar_read_falls_back_when_a_value_holds_the_separator(tmp_path: Path) -> None:
    """A site name holding the row separator cannot be split safely: rows are read instead."""
    con = sqlite3.connect(tmp_path / "x.db")
    con.executescript("""
        CREATE TABLE employer (id TEXT PRIMARY KEY, name TEXT, credit_code TEXT,
                               tombstone BOOLEAN NOT NULL DEFAULT 0);
        CREATE TABLE site (id TEXT PRIMARY KEY, name TEXT, code TEXT, address TEXT,
                           township TEXT, regulator TEXT, status TEXT,
                           general_contractor_id TEXT, project_owner_id TEXT,
                           tombstone BOOLEAN NOT NULL DEFAULT 0);
        CREATE TABLE inspection (id TEXT PRIMARY KEY, site_id TEXT, started_at TEXT,
                                 tombstone BOOLEAN NOT NULL DEFAULT 0);
    """)
    con.execute("INSERT INTO employer VALUES ('e1', '宏达建设', '91330100MA0000001X', 0)")
    con.executemany(
        "INSERT INTO site VALUES (?, ?, NULL, '', '城关镇', 'housing', 'building', 'e1', NULL, 0)",
        [("s1", f"甲{RECORD_SEPARATOR}乙"), ("s2", "丙"), ("s3", "乙")])
    con.execute("INSERT INTO inspection VALUES ('i1', 's2', '2024-05-06 07:08:09', 0)")
    con.commit()
    assert site_index._site_columns_sqlite(con) is None
    idx = site_index.load_site_index(con)
    assert idx.names == ["丙", "乙", f"甲{RECORD_SEPARATOR}乙"]
    assert idx.last_inspected == ["2024-05-06", "", ""]
    assert idx.contractors == ["宏达建设"] * 3
    assert idx.search("乙") == [1, 2]
    con.close()


def test_empty_database_gives_an_empty_index(tmp_path: Path) -> None:
    """No live site: empty columns, and searching works."""
    db = open_app_database(tmp_path / "empty.db")
    try:
        idx = site_index.read_site_index(db)
    finally:
        db.dispose()
    assert len(idx) == 0 and idx.search("x") == [] and idx.search("") == []


def test_unprepared_index_answers_without_haystacks(demo_db: Database) -> None:
    """The start-up index answers an empty query and the facets before its haystacks exist;
    the first text search builds them."""
    fast = read_fast_index(demo_db.url)
    assert fast is not None
    idx = fast.index
    assert idx._search is None
    assert idx.search("") == list(range(len(idx)))
    wanted = [i for i, s in enumerate(idx.statuses) if s == "building"]
    assert idx.search(" ", status="building") == wanted
    assert idx._search is None
    assert 0 in idx.search(idx.names[0])
    assert idx._search is not None


def test_sqlite_path_reads_paths_and_urls() -> None:
    assert sqlite_path("sqlite:////tmp/a.db") == Path("/tmp/a.db")
    assert sqlite_path("~/a.db") == Path("~/a.db").expanduser()
    assert sqlite_path("postgresql+psycopg://host/db") is None
    assert read_fast_index("postgresql+psycopg://host/db") is None


_ALPHABET = "东方花园路12abＡＢ \u2161" + RECORD_SEPARATOR


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.text(alphabet=_ALPHABET, max_size=5),
                          st.text(alphabet=_ALPHABET, max_size=5)), min_size=1, max_size=20),
       st.lists(st.text(alphabet="东方花园路12abａｂ\u2171", min_size=1, max_size=3), max_size=5))
def test_bulk_haystacks_match_what_per_row_haystacks_match(
        rows: list[tuple[str, str]], queries: list[str]) -> None:
    """Empty fields, untrimmed ends, full-width letters and a stray separator change no answer."""
    first = [a for a, _ in rows]
    second = [b for _, b in rows]
    bulk = TextSearch(make_haystacks(first, second))
    single = TextSearch([make_haystack(a, b) for a, b in rows])
    for query in queries:
        assert bulk.search(query) == single.search(query)


def test_orders_carry_their_inspectors(demo_db: Database) -> None:
    """Order rows and details name both inspectors, as stored."""
    from sqlalchemy import select

    from inspector.domain.orders import Order
    from inspector.queries.orders import get_order, list_orders

    rows = list_orders(demo_db, today=date(2024, 1, 1))
    assert rows
    with demo_db.session() as s:
        stored = {o.id: (o.inspector1_id, o.inspector2_id) for o in s.scalars(select(Order))}
    for row in rows:
        assert (row.inspector1_id, row.inspector2_id) == stored[row.id]
    detail = get_order(demo_db, rows[0].id)
    assert (detail.inspector1_id, detail.inspector2_id) == stored[rows[0].id]
    assert any(ids[0] for ids in stored.values())

"""`insert_plain` stores exactly what a Core insert stores, on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    select,
    text,
)

from inspector.storage.bulk import insert_plain
from inspector.storage.engine import server_url


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'plain.db'}"
        eng = create_engine(url)
        yield eng
        eng.dispose()
        return
    from tests.pg import fresh_database

    for url in fresh_database():
        eng = create_engine(server_url(url))
        yield eng
        eng.dispose()


def _tables(md: MetaData) -> tuple[Table, Table]:
    def cols() -> list[Column[Any]]:
        return [
            Column("id", String(10), primary_key=True), Column("at", DateTime, nullable=True),
            Column("day", Date, nullable=True), Column("flag", Boolean, nullable=True),
            Column("n", Integer, nullable=True),
        ]

    return Table("plain", md, *cols()), Table("core", md, *cols())


ROWS: list[list[dict[str, Any]]] = [
    # the importer's usual batch: naive UTC datetimes, booleans
    [{"id": f"a{i}", "at": datetime(2026, 11, 25, 10, 0, i, i * 1000), "day": date(2026, 1, 1 + i),
      "flag": i % 2 == 0, "n": i} for i in range(5)],
    # whole seconds (isoformat would drop the microseconds), a far past year, None among values
    [{"id": "b1", "at": datetime(2026, 11, 25, 10, 0, 0), "day": None, "flag": None, "n": None},
     {"id": "b2", "at": datetime(999, 1, 2, 3, 4, 5), "day": date(999, 1, 2), "flag": True, "n": 0},
     {"id": "b3", "at": None, "day": None, "flag": False, "n": 1}],
    # an aware datetime: the column type's own processor decides (SQLite drops the zone)
    [{"id": "c1", "at": datetime(2026, 11, 25, 18, 0, tzinfo=timezone(timedelta(hours=8))),
      "day": None, "flag": 1, "n": 2},
     {"id": "c2", "at": datetime(2026, 11, 25, 10, 0, tzinfo=UTC), "day": None, "flag": 0, "n": 3}],
    # every value of a column None
    [{"id": "d1", "at": None, "day": None, "flag": None, "n": None}],
]


@pytest.mark.parametrize("rows", ROWS, ids=["usual", "edges", "aware", "nulls"])
def test_stored_values_are_the_core_inserts(engine: Engine, rows: list[dict[str, Any]]) -> None:
    aware = any(isinstance(r["at"], datetime) and r["at"].tzinfo for r in rows)
    if aware and engine.dialect.name == "postgresql":
        # COPY reads a timestamp's text and drops the offset; a Core insert converts it.
        # The house keeps naive UTC (the codec turns every zone into it), so only
        # SQLite's processor path, which drops the zone itself, has this case.
        pytest.skip("insert_plain takes naive UTC datetimes on PostgreSQL")
    md = MetaData()
    plain, core = _tables(md)
    md.create_all(engine)
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SET TIME ZONE 'UTC'"))
        insert_plain(conn, plain, [dict(r) for r in rows])
        conn.execute(core.insert(), [dict(r) for r in rows])
    with engine.connect() as conn:
        # As stored: SQLite's text, not values read back through the column types.
        cast_ = "CAST({} AS TEXT)" if engine.dialect.name == "sqlite" else "{}::text"
        sql = "SELECT id, {at}, {day}, {flag}, n FROM {t} ORDER BY id"
        fields = {k: cast_.format(k) for k in ("at", "day", "flag")}
        got = conn.execute(text(sql.format(t="plain", **fields))).all()
        want = conn.execute(text(sql.format(t="core", **fields))).all()
        assert got == want and len(got) == len(rows)
        typed = conn.execute(select(plain).order_by(plain.c.id)).all()
        assert typed == conn.execute(select(core).order_by(core.c.id)).all()

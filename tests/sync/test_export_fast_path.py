"""The export's fast path: SQLite-side wire conversions, generated row builders,
chunked lines and the writer thread must produce exactly the bundle the plain
encoding would (same values, same bytes whatever the chunk size), and a
failure on either side of the writer thread must still leave no file.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlalchemy import literal_column, select

import inspector.sync.export_rows as export_mod
from inspector.domain.inspections import Inspection, ItemResult
from inspector.domain.registry import Site
from inspector.identity import load_key
from inspector.storage.session import tombstone
from inspector.sync import export_field_bundle
from inspector.sync.format import EDGES_KEY, codecs, data_member
from inspector.sync.writer import BundleWriter
from tests.sync.conftest import Dev, add_inspection, add_site, edit


def _varied_rows(dev: Dev) -> dict[str, Any]:
    """Rows with every wire conversion: datetimes (set and NULL), booleans (both),
    a blob column, a version history (edges) and a tombstone."""
    site_id, _ = add_site(dev.db, "快速路径工地")
    made = add_inspection(dev.db, site_id, photo=b"\xff\xd8 fast path " * 40)
    edit(dev.db, Inspection, made["inspection"], ended_at=datetime(2026, 3, 4, 5, 6, 7))
    for n in range(3):
        edit(dev.db, ItemResult, made["results"][1], note=f"第 {n} 次修改 \"引号\" \\ \n")
    edit(dev.db, Site, site_id, address="新地址")
    with dev.db.uow() as s:
        tombstone(s, ItemResult, made["results"][2])
    return made


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist() if n.startswith("data/")}


def _wire(value: Any, kind: str) -> Any:
    """The plain encoding of one database value (what the format document says)."""
    if value is None:
        return None
    if kind == "datetime":
        assert isinstance(value, datetime)
        return value.isoformat(timespec="microseconds")
    if kind == "date":
        assert isinstance(value, date)
        return value.isoformat()
    if kind == "bool":
        return bool(value)
    return value


def test_lines_equal_the_plain_encoding_of_the_database(f1: Dev) -> None:
    """Every line holds exactly the table's columns, each the plain encoding of the
    value SQLAlchemy reads back (datetimes with 'T', JSON booleans, nulls kept)."""
    made = _varied_rows(f1)
    res = export_field_bundle(f1.db, f1.dir)
    members = _members(res.path)
    seen_kinds: set[tuple[str, bool]] = set()
    with f1.db.engine.connect() as conn:
        for table, n in res.row_counts.items():
            codec = codecs()[table]
            lines = members[data_member(table)].split(b"\n")
            assert lines[-1] == b"" and len(lines) - 1 == n
            stored = {
                r["id"]: r
                for r in conn.execute(select(*codec.table.c)).mappings()
            }
            for line in lines[:-1]:
                obj = orjson.loads(line)
                obj.pop(EDGES_KEY, None)
                assert list(obj) == codec.columns  # same keys, same order
                db_row = stored[obj["id"]]
                for spec in codec.specs:
                    assert obj[spec.name] == _wire(db_row[spec.name], spec.kind), (
                        table, spec.name,
                    )
                    seen_kinds.add((spec.kind, obj[spec.name] is None))
    # The fixture really exercised the conversions (a vacuous pass proves nothing).
    assert {("datetime", False), ("datetime", True), ("bool", False)} <= seen_kinds
    item_lines = [orjson.loads(x) for x in members[data_member("item_result")].splitlines()]
    by_id = {r["id"]: r for r in item_lines}
    assert by_id[made["results"][2]]["tombstone"] is True
    assert len(by_id[made["results"][1]][EDGES_KEY]) >= 2


def test_chunk_size_does_not_change_the_bytes(
    f1: Dev, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Chunks of 3 rows (edges and blobs split across chunks) give the same members,
    byte for byte, as the default chunk size. The audit log is left out: the first
    export records its own event, which the second one then carries."""
    _varied_rows(f1)
    monkeypatch.setattr(export_mod, "_CHUNK_ROWS", 3)
    small = export_field_bundle(f1.db, f1.dir)
    monkeypatch.undo()
    default = export_field_bundle(f1.db, f1.dir)
    a, b = _members(small.path), _members(default.path)
    a.pop(data_member("audit_event"))
    b.pop(data_member("audit_event"))
    assert a == b
    assert small.blobs == default.blobs == 1


def test_sqlite_writes_booleans_and_text_as_orjson_would() -> None:
    """The SQLite-side line builder: booleans (set, unset, NULL, any non-zero) become JSON
    true/false/null, text with quotes, backslashes, newlines and CJK stays exact, and
    each line is byte for byte what orjson writes for the same object."""
    from sqlalchemy import Boolean, Column, MetaData, String, Table, create_engine, func, insert

    t = Table("t", MetaData(), Column("flag", Boolean), Column("note", String))
    engine = create_engine("sqlite://")
    t.metadata.create_all(engine)
    notes = ["x", None, "it's \"q\" \\ 第\n行", "\t"]
    with engine.begin() as conn:
        conn.execute(insert(t), [{"flag": f, "note": n}
                                 for f, n in zip([True, False, None, True], notes, strict=True)])
        conn.exec_driver_sql("UPDATE t SET flag = 2 WHERE rowid = 4")  # any non-zero is true
        lines = conn.execute(select(func.json_object(
            "flag", export_mod._json_value(t.c.flag, "bool"),
            "note", export_mod._json_value(t.c.note, "str"),
        )).order_by(literal_column("rowid"))).scalars().all()
    engine.dispose()
    objs = [orjson.loads(line) for line in lines]
    assert objs == [{"flag": f, "note": n}
                    for f, n in zip([True, False, None, True], notes, strict=True)]
    assert [orjson.dumps(o).decode() for o in objs] == lines


def test_exported_lines_are_canonical_orjson(f1: Dev) -> None:
    """Every line of a varied bundle (edges appended, blobs, tombstones) is exactly what
    orjson writes for its object, so a bundle's bytes do not depend on the backend's writer."""
    _varied_rows(f1)
    res = export_field_bundle(f1.db, f1.dir)
    lines = [line for data in _members(res.path).values() for line in data.splitlines()]
    assert len(lines) >= sum(res.row_counts.values()) > 10
    assert all(orjson.dumps(orjson.loads(line)) == line for line in lines)


def _chunks(n: int, fail_at: int | None = None) -> Iterator[tuple[bytes, int]]:
    for i in range(n):
        if i == fail_at:
            raise RuntimeError("producer failed")
        yield b"".join(b'{"i":%d}\n' % (i * 10 + k) for k in range(10)), 10


def test_writer_streams_many_chunks_in_order(f1: Dev, tmp_path: Path) -> None:
    dest = tmp_path / "out" / "b.zip"
    expected = b"".join(data for data, _ in _chunks(50))
    with BundleWriter(dest) as w:
        assert w.add_rows("item_result", _chunks(50)) == 500
        w.finish({"format": "test"}, load_key(f1.db))
    entry = w.files[data_member("item_result")]
    assert entry == {"sha256": hashlib.sha256(expected).hexdigest(),
                     "size": len(expected), "rows": 500}
    assert _members(dest)[data_member("item_result")] == expected


@pytest.mark.parametrize("side", ["producer", "writer thread"])
def test_writer_failure_leaves_no_file(tmp_path: Path, side: str) -> None:
    """A failing producer (as a cancel does) or a failing write on the writer thread
    propagates to the caller, and neither the bundle nor its temporary file remains."""
    folder = tmp_path / "out"
    folder.mkdir()

    def bad_chunks() -> Iterator[tuple[bytes, int]]:
        yield from _chunks(5)
        yield "not bytes", 1  # type: ignore[misc]  # hashlib refuses it on the thread
        yield from _chunks(5)

    chunks = _chunks(20, fail_at=7) if side == "producer" else bad_chunks()
    with pytest.raises(RuntimeError if side == "producer" else TypeError):  # noqa: SIM117
        with BundleWriter(folder / "b.zip") as w:
            w.add_rows("item_result", chunks)
    assert list(folder.iterdir()) == []


def test_self_referencing_tables_keep_id_order() -> None:
    """Only a table without a reference to itself may skip the sort by id (see
    `_sqlite_order`): an order superseding another must follow it in the bundle."""
    by_table = {n: [str(c) for c in export_mod._sqlite_order(c)] for n, c in codecs().items()}
    assert by_table["rectification_order"] == ["rectification_order.id"]
    assert by_table["audit_event"] == ["audit_event.id"]
    assert by_table["item_result"] == ["item_result.change_seq", "rowid"]

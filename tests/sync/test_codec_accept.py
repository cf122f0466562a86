"""`TableCodec.accept` (the apply pass's one-pass check and decode) agrees with `check`
then `decode` on every table, and leaves a line it does not accept as it came."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from inspector.sync.errors import RowError
from inspector.sync.format import EDGES_KEY, ColumnSpec, TableCodec, codecs

WIRE = {
    "str": "x", "int": 7, "bool": True, "float": 1.5, "any": "v",
    "datetime": "2026-11-25T10:00:00.123456", "date": "2026-11-25",
}


def _line(codec: TableCodec) -> dict[str, Any]:
    line: dict[str, Any] = {s.name: WIRE[s.kind] for s in codec.specs}
    line["id"] = "01a00000-0000-7000-8000-000000000001"
    if codec.synced:
        line[EDGES_KEY] = [["v2", "v1"]]
    return line


def _first(codec: TableCodec, kind: str) -> ColumnSpec | None:
    return next((s for s in codec.specs if s.kind == kind), None)


@pytest.mark.parametrize("table", sorted(codecs()))
def test_accept_is_check_then_decode(table: str) -> None:
    codec = codecs()[table]
    line = _line(codec)
    want = codec.decode(codec.check(copy.deepcopy(line), "here"))
    assert codec.accept(copy.deepcopy(line)) == want
    assert codec.passes(copy.deepcopy(line))
    no_edges = {**line, EDGES_KEY: None}  # an explicit null is no history, as check reads it
    assert codec.accept(copy.deepcopy(no_edges)) == codec.decode(codec.check(no_edges, "here"))
    for odd in ([line], {**line, "id": ""}, {**line, "id": 5}, {**line, EDGES_KEY: [["v"]]}):
        assert codec.accept(copy.deepcopy(odd)) is None and not codec.passes(odd)
        with pytest.raises(RowError):
            codec.check(odd, "here")


@pytest.mark.parametrize("table", sorted(codecs()))
def test_a_line_it_does_not_accept_is_left_for_check(table: str) -> None:
    codec = codecs()[table]
    spec = _first(codec, "datetime")
    if spec is None:
        pytest.skip(f"{table} has no datetime column")
    broken = [
        {**_line(codec), spec.name: "2026-13-45T99:00:00"},  # not a time: refused
        {**_line(codec), spec.name: 20261125},  # not text
        {**_line(codec), "no_such_column": 1},
    ]
    for line in broken:
        before = copy.deepcopy(line)
        assert codec.accept(line) is None
        assert line == before  # no datetime of it half decoded
        with pytest.raises(RowError):
            codec.check(line, "here")
    absent = _line(codec)
    del absent[spec.name]
    assert codec.accept(copy.deepcopy(absent)) is None  # a default to fill: check decides
    if spec.nullable:
        assert codec.decode(codec.check(absent, "here"))[spec.name] is None


def test_a_zoned_time_becomes_naive_utc_once() -> None:
    codec = codecs()["inspection"]
    line = {**_line(codec), "started_at": "2026-11-25T18:00:00+08:00"}
    got = codec.accept(line)
    assert got is not None and got["started_at"].isoformat() == "2026-11-25T10:00:00"

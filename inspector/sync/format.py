"""The bundle format (version 1): names, limits, the manifest and the row codec.

See docs/bundle-format.md for the normative description. This module is the
one place that knows how a table's rows look on the wire:

- a row is one JSON object per line with every column of its table except the
  local `change_seq`; datetimes and dates as ISO 8601 strings (UTC, no zone),
  booleans as JSON booleans;
- a synced row may carry `_edges`: `[[version, parent], …]`, the part of its
  version graph the receiver needs to judge ancestry (see `sync.history`).

Shapes come from the SQLAlchemy `Table`, so tables added later travel without
code here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any, cast

import orjson
from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Numeric, String, Table

from inspector.domain.base import Base, synced_tables
from inspector.sync.errors import RowError

FORMAT_NAME = "site-inspector-bundle"
FORMAT_VERSION = 1
MIN_FORMAT_VERSION = 1
KINDS = ("field", "assignment")

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
DATA_RE = re.compile(r"^data/([a-z][a-z0-9_]{0,59})\.jsonl$")
BLOB_RE = re.compile(r"^blobs/([0-9a-f]{64})$")
EDGES_KEY = "_edges"
MAX_EDGES = 512
"""Edges shipped per row; a longer history is cut, which can only turn a
fast-forward into a reviewed conflict, never lose a version."""

LOCAL_COLUMNS = frozenset({"change_seq"})

# Manifest-format upgrades: version n → n+1, applied in order to older manifests.
MANIFEST_UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


@dataclass(frozen=True)
class Limits:
    """What a reader accepts. Sizes are uncompressed bytes, checked from the central
    directory and again while streaming (headers can lie)."""

    max_file_bytes: int = 8 << 30
    max_members: int = 200_000
    max_member_bytes: int = 1 << 30
    max_total_bytes: int = 8 << 30
    max_ratio: float = 200.0
    ratio_min_bytes: int = 1 << 20  # small members may compress better than 200:1
    max_manifest_bytes: int = 32 << 20
    max_line_bytes: int = 16 << 20


DEFAULT_LIMITS = Limits()


def data_member(table: str) -> str:
    return f"data/{table}.jsonl"


def blob_member(sha256: str) -> str:
    return f"blobs/{sha256}"


def is_blob_column(name: str) -> bool:
    """Columns holding the SHA-256 of a stored blob travel with that blob."""
    return name == "sha256" or name.endswith("_sha256")


# ---------------------------------------------------------------- row codec

_MISSING: Any = object()


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    kind: str  # str | int | bool | float | datetime | date | any
    nullable: bool
    max_len: int | None
    default: Any


def _kind(col: Any) -> str:
    t = col.type
    if isinstance(t, Boolean):
        return "bool"
    if isinstance(t, DateTime):
        return "datetime"
    if isinstance(t, Date):
        return "date"
    if isinstance(t, Integer):
        return "int"
    if isinstance(t, Float | Numeric):
        return "float"
    if isinstance(t, String):
        return "str"
    return "any"


def _default(col: Any) -> Any:
    d = col.default
    if d is not None and getattr(d, "is_scalar", False):
        return d.arg
    return _MISSING


@dataclass
class TableCodec:
    """Encode, check and decode the rows of one table."""

    table: Table
    synced: bool
    append_only: bool
    specs: list[ColumnSpec] = field(default_factory=list)
    names: frozenset[str] = frozenset()
    blob_columns: tuple[str, ...] = ()
    _dt_cols: list[str] = field(default_factory=list)
    _date_cols: list[str] = field(default_factory=list)
    _allowed: frozenset[str] = frozenset()
    _plan: list[tuple[ColumnSpec, Callable[[Any], bool]]] = field(default_factory=list)
    passes: Callable[[Any], bool] = field(default=lambda obj: False, repr=False)
    """True when `check` would accept a line unchanged (every column present and valid):
    the common case, decided without building the error text `check` needs."""
    accept: Callable[[Any], dict[str, Any] | None] = field(default=lambda obj: None, repr=False)
    """`decode(obj)` when `passes(obj)`, else None (`obj` then unchanged): the apply pass's
    check and decode in one, so each datetime of a line is parsed once."""

    @property
    def name(self) -> str:
        return str(self.table.name)

    @property
    def columns(self) -> list[str]:
        return [s.name for s in self.specs]

    @property
    def datetime_columns(self) -> list[str]:
        return list(self._dt_cols)

    def check(self, obj: Any, where: str) -> dict[str, Any]:
        """Validate one parsed line; returns it with defaults of absent columns filled."""
        if type(obj) is not dict:
            raise RowError(f"{where}：不是 JSON 对象。")
        if not obj.keys() <= self._allowed:
            extra = sorted(obj.keys() - self._allowed)[0]
            raise RowError(f"{where}：表 {self.name} 没有列 {extra}。")
        for spec, valid in self._plan:
            v = obj.get(spec.name, _MISSING)
            if v is None:
                if not spec.nullable:
                    raise RowError(f"{where}：列 {spec.name} 不能为空。")
            elif v is _MISSING:
                if spec.default is not _MISSING:
                    obj[spec.name] = spec.default
                elif spec.nullable and spec.name != "id":
                    obj[spec.name] = None
                else:
                    raise RowError(f"{where}：缺少必填列 {spec.name}。")
            elif not valid(v):
                raise RowError(
                    f"{where}：列 {spec.name} 的值类型或长度不符（应为 {spec.kind}）。"
                )
        if type(obj["id"]) is not str or not obj["id"]:
            raise RowError(f"{where}：id 必须是非空字符串。")
        edges = obj.get(EDGES_KEY)
        if edges is not None and not _edges_ok(edges, self.synced):
            raise RowError(f"{where}：版本谱系（_edges）格式不正确。")
        return obj

    def decode(self, obj: dict[str, Any]) -> dict[str, Any]:
        """Turn wire values into the values the database layer binds (in place)."""
        for name in self._dt_cols:
            v = obj.get(name)
            if v is not None:
                obj[name] = _parse_datetime(v)
        for name in self._date_cols:
            v = obj.get(name)
            if v is not None:
                obj[name] = date.fromisoformat(v)
        return obj

    def __post_init__(self) -> None:
        self.specs = [
            ColumnSpec(
                name=str(c.name),
                kind=_kind(c),
                nullable=bool(c.nullable),
                max_len=getattr(c.type, "length", None) if _kind(c) == "str" else None,
                default=_default(c),
            )
            for c in self.table.columns
            if c.name not in LOCAL_COLUMNS
        ]
        self.names = frozenset(s.name for s in self.specs)
        self.blob_columns = tuple(s.name for s in self.specs if is_blob_column(s.name))
        self._allowed = self.names | {EDGES_KEY}
        self._plan = [(s, _validator(s)) for s in self.specs]
        self.passes = _fast_check(self.specs, self._allowed, self.synced)
        self.accept = _fast_check(self.specs, self._allowed, self.synced, decode=True)
        self._dt_cols = [s.name for s in self.specs if s.kind == "datetime"]
        self._date_cols = [s.name for s in self.specs if s.kind == "date"]


def _parse_datetime(v: str) -> datetime:
    dt = datetime.fromisoformat(v)
    if dt.tzinfo is not None:
        from datetime import UTC

        dt = dt.astimezone(UTC).replace(tzinfo=None)
    return dt


def _edges_ok(edges: Any, synced: bool) -> bool:
    return (
        synced
        and type(edges) is list
        and len(edges) <= MAX_EDGES
        and all(
            type(e) is list
            and len(e) == 2
            and all(type(v) is str and 0 < len(v) <= 24 for v in e)
            for e in edges
        )
    )


def _iso_datetime(v: Any) -> bool:
    try:
        return type(v) is str and bool(_parse_datetime(v))
    except ValueError:
        return False


def _iso_date(v: Any) -> bool:
    try:
        return type(v) is str and len(v) == 10 and bool(date.fromisoformat(v))
    except ValueError:
        return False


_INT_MIN, _INT_MAX = -(1 << 63), (1 << 63) - 1


def _validator(spec: ColumnSpec) -> Callable[[Any], bool]:
    """A per-column check of a non-null wire value (built once per table: rows are many)."""
    kind, n = spec.kind, spec.max_len
    if kind == "str":
        if n is None:
            return lambda v: type(v) is str
        return lambda v: type(v) is str and len(v) <= n
    if kind == "int":
        return lambda v: type(v) is int and _INT_MIN <= v <= _INT_MAX
    if kind == "bool":
        return lambda v: type(v) is bool
    if kind == "float":
        return lambda v: type(v) in (int, float)
    if kind == "datetime":
        return _iso_datetime
    if kind == "date":
        return _iso_date
    return lambda v: type(v) in (str, int, float, bool)


_KIND_TESTS = {
    "bool": "type(v) is bool",
    "int": "type(v) is int and _INT_MIN <= v <= _INT_MAX",
    "float": "type(v) in (int, float)",
    "datetime": "_iso_datetime(v)",
    "date": "_iso_date(v)",
    "any": "type(v) in (str, int, float, bool)",
}


def _fast_check(
    specs: list[ColumnSpec], allowed: frozenset[str], synced: bool, *, decode: bool = False
) -> Callable[[Any], Any]:
    """`TableCodec.passes` (or, with `decode`, `TableCodec.accept`), generated once per
    table with the column tests inlined.

    Import spends much of its Python time checking lines (each once, as it is
    applied); the loop over `_plan` with a call per column cost about twice this. Anything
    unusual (a missing column to default, a bad value) returns False (None), and `check`
    then decides, with its message. The decoding variant parses each datetime and date
    once, keeps the results aside and writes them into the line only when every column
    passed, so a refused line is left as it came for `check`. Column names come from the
    schema, never from data.
    """
    fail = "None" if decode else "False"
    body = ["def passes(o):",
            f"    if type(o) is not dict: return {fail}",
            "    try:"]
    pad = "        "
    parsed: list[tuple[str, str]] = []
    for n, spec in enumerate(specs):
        # An absent column raises KeyError (check then fills its default or refuses);
        # every test fails for None, so a column that must not be null needs no other.
        body.append(f"{pad}v = o[{spec.name!r}]")
        if decode and spec.kind in ("datetime", "date"):
            parse = "_dt(v)" if spec.kind == "datetime" else "_d(v)"
            ok = "type(v) is str" if spec.kind == "datetime" else "type(v) is str and len(v) == 10"
            if spec.nullable:
                body.append(f"{pad}p{n} = None if v is None else {parse} if {ok} else M")
                body.append(f"{pad}if p{n} is M: return None")
            else:
                body.append(f"{pad}if not ({ok}): return None")
                body.append(f"{pad}p{n} = {parse}")
            parsed.append((spec.name, f"p{n}"))
            continue
        test = _KIND_TESTS.get(spec.kind, "type(v) is str")
        if spec.kind == "str" and spec.max_len is not None:
            test = f"type(v) is str and len(v) <= {int(spec.max_len)}"
        if spec.nullable:
            body.append(f"{pad}if v is not None and not ({test}): return {fail}")
        else:
            body.append(f"{pad}if not ({test}): return {fail}")
    body.append(f"    except {'(KeyError, ValueError)' if decode else 'KeyError'}: return {fail}")
    # Every column is there, so a line with no other key than `_edges` has exactly
    # this many: the same test as `o.keys() <= allowed`, without building a set.
    body += [f"    if type(o['id']) is not str or not o['id']: return {fail}",
             "    e = o.get(EDGES_KEY, M)",
             f"    if len(o) != {len(specs)} + (e is not M): return {fail}",
             f"    if e is not M and e is not None and not _edges_ok(e, synced): return {fail}"]
    body += [f"    o[{name!r}] = {var}" for name, var in parsed]
    body.append("    return o" if decode else "    return True")
    scope: dict[str, Any] = {
        "allowed": allowed, "M": _MISSING, "EDGES_KEY": EDGES_KEY, "synced": synced,
        "_edges_ok": _edges_ok, "_iso_datetime": _iso_datetime, "_iso_date": _iso_date,
        "_INT_MIN": _INT_MIN, "_INT_MAX": _INT_MAX, "_dt": _parse_datetime,
        "_d": date.fromisoformat,
    }
    exec("\n".join(body), scope)
    return cast(Callable[[Any], Any], scope["passes"])


@cache
def codecs() -> dict[str, TableCodec]:
    """Codecs of every table that travels: synced tables (parents first), then the
    append-only ones (the audit log)."""
    out: dict[str, TableCodec] = {}
    for name in synced_tables():
        out[str(name)] = TableCodec(Base.metadata.tables[name], synced=True, append_only=False)
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if getattr(cls, "__append_only__", False):
            table = mapper.local_table
            assert isinstance(table, Table)
            out[str(table.name)] = TableCodec(table, synced=False, append_only=True)
    return out


def encode_line(row: dict[str, Any]) -> bytes:
    return orjson.dumps(row) + b"\n"


def json_bytes(doc: Any) -> bytes:
    """Canonical JSON for signed documents: sorted keys, UTF-8, no spaces."""
    return orjson.dumps(doc, option=orjson.OPT_SORT_KEYS)

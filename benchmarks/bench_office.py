"""Benchmark: an office merges 50 field bundles from 10 laptops, on SQLite and on PostgreSQL.

    .venv/bin/python benchmarks/bench_office.py [--devices 10] [--bundles 5]
        [--rows 20000] [--pg URL] [--quick] [--keep]

Steps (in a temporary folder, removed afterwards unless --keep):
1. an office and `--devices` field laptops (`init_device`, real keys, enrolled
   with the office's key file). Each laptop gets `--bundles` rounds of
   `--rows` item results (plus their inspections, a site and its employer)
   through the bulk insert path, and after each round writes a real signed
   field bundle with `export_field_bundle`. The office's acknowledgement of
   each bundle is simulated by advancing the laptop's acknowledged window, as
   an assignment bundle would, so consecutive bundles do not repeat rows;
2. merge: `import_bundles` of every bundle (round by round, device by device,
   new devices accepted) into a fresh office database, in a child process:
   rows/s and peak RSS. Again with a fifth of the bundles, to show peak RSS
   does not grow with the number of bundles merged in one batch;
3. baseline: the same rows of every bundle inserted into the same tables of
   another fresh office database — `executemany` on SQLite, `COPY` on
   PostgreSQL — one transaction per bundle; JSON parsing is outside the timing.

Steps 2–3 run on SQLite, then on PostgreSQL (`--pg URL` or $INSPECTOR_TEST_PG,
a role allowed to CREATE DATABASE; each run gets a fresh database, dropped
afterwards). Without a server the PostgreSQL half is skipped with the reason.

Goals printed beside the figures: merge ≥ 0.5× the raw baseline on each
backend, peak RSS flat in the number of bundles (< 50 MB apart).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_sync import _items, _rss_mb  # noqa: E402  (the same helpers, not a copy)


def _field_round(db: Any, device: int, rnd: int, rows: int) -> None:
    """One round of work on a laptop: a site (first round) and `rows` item results."""
    import sqlite3
    from typing import cast

    from sqlalchemy import select

    from inspector.domain.inspections import Inspection, ItemResult
    from inspector.domain.registry import Employer, Site
    from inspector.ids import utcnow, uuid7
    from inspector.storage.bulk import insert_new_rows

    with db.engine.connect() as c:
        tpl, items = _items(cast(sqlite3.Connection, c.connection.driver_connection))
    now = utcnow()
    with db.uow() as s:
        site_id = s.scalar(select(Site.id))
        if site_id is None:
            emp = Employer(id=uuid7(), name=f"基准测试建设有限公司{device}",
                           credit_code=f"91330000MA{device:07d}X")
            s.add(emp)
            s.flush()
            site = Site(id=uuid7(), name=f"基准工地{device}", general_contractor_id=emp.id)
            s.add(site)
            s.flush()
            site_id = site.id
        insp = [{"id": uuid7(), "target_kind": "site", "site_id": site_id, "template_id": tpl,
                 "started_at": now, "location": f"现场第{rnd}轮", "notes": "", "status": "draft"}
                for _ in range(-(-rows // len(items)))]
        insert_new_rows(s, Inspection, insp)
        res = [{"id": uuid7(), "inspection_id": i["id"], "item_id": it, "answer": "compliant",
                "value": "", "note": "现场查看工资支付台账，与花名册一致。"}
               for i in insp for it in items][: rows - len(insp)]
        insert_new_rows(s, ItemResult, res)


def _acknowledge(db: Any, bundle_id: str) -> None:
    """What an assignment bundle's acknowledgement does on the laptop (`_take_acks`)."""
    from inspector.domain.sync import ExportedBundle
    from inspector.sync.state import ACKED_AUDIT_SEQ, ACKED_HIGH_WATER, set_state

    with db.uow() as s:
        eb = s.get(ExportedBundle, bundle_id)
        set_state(s, ACKED_HIGH_WATER, eb.high_water)
        set_state(s, ACKED_AUDIT_SEQ, eb.audit_seq)


def make_bundles(tmp: Path, devices: int, rounds: int, rows: int) -> tuple[Path, list[Path]]:
    """The office's empty SQLite database (a template to copy) and every bundle, in merge order."""
    from inspector.appdb import open_app_database
    from inspector.devices import init_device
    from inspector.sync import enroll, export_field_bundle, export_public_key

    office = open_app_database(tmp / "office" / "inspector.db")
    init_device(office, role="office", code="OFFICE")
    export_public_key(office, tmp / "office.key")
    office.dispose()
    out = tmp / "bundles"
    out.mkdir()
    by_round: list[list[Path]] = [[] for _ in range(rounds)]
    for d in range(devices):
        db = open_app_database(tmp / f"field{d}" / "inspector.db")
        init_device(db, role="field", code=f"F{d:02d}")
        enroll(db, tmp / "office.key")
        for r in range(rounds):
            _field_round(db, d, r, rows)
            res = export_field_bundle(db, out)
            _acknowledge(db, res.bundle_id)
            by_round[r].append(res.path)
        db.dispose()
        shutil.rmtree(tmp / f"field{d}")  # the bundles are all the merge needs
    return tmp / "office" / "inspector.db", [p for rnd in by_round for p in rnd]


def bundle_rows(bundle: Path) -> Iterator[tuple[str, list[str], list[tuple[Any, ...]]]]:
    """(table, columns, rows) of every data member, parents first, as the bundle lists them."""
    from inspector.domain.base import synced_tables
    from inspector.sync.format import codecs

    with zipfile.ZipFile(bundle) as zf:
        names = set(zf.namelist())
        order = [t for t in codecs() if t in synced_tables() or codecs()[t].append_only]
        for table in order:
            if f"data/{table}.jsonl" not in names:
                continue
            rows = [json.loads(line) for line in zf.read(f"data/{table}.jsonl").splitlines() if line]
            cols = [c for c in rows[0] if not c.startswith("_")]
            extra = ["change_seq"] if "change_seq" in codecs()[table].table.c else []
            yield table, cols + extra, [
                tuple([_plain(r.get(c)) for c in cols] + [0] * len(extra)) for r in rows
            ]


def _plain(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value


# ------------------------------------------------------------------ backends

@contextmanager
def sqlite_office(template: Path, tmp: Path, name: str) -> Iterator[tuple[str, Path]]:
    """A fresh copy of the empty office: (database target, data dir)."""
    dest = tmp / name
    shutil.copytree(template.parent, dest)
    try:
        yield str(dest / template.name), dest
    finally:
        shutil.rmtree(dest, ignore_errors=True)


@contextmanager
def pg_office(server: str, tmp: Path, name: str) -> Iterator[tuple[str, Path]]:
    """A fresh server database made an office (its keys and blobs in a folder of its own)."""
    from inspector.appdb import open_app_database
    from inspector.devices import init_device
    from inspector.storage.scratch import scratch_database

    data = tmp / name
    with scratch_database(server, "bench_office") as url:
        try:
            db = open_app_database(url, data_dir=data)
            init_device(db, role="office", code="OFFICE")
            db.dispose()
            yield url, data
        finally:
            shutil.rmtree(data, ignore_errors=True)


def raw_sqlite(target: str, bundles: list[Path]) -> dict[str, float]:
    import sqlite3

    con = sqlite3.connect(target)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("PRAGMA foreign_keys=ON")
    n, dt = 0, 0.0
    for bundle in bundles:
        tables = list(bundle_rows(bundle))
        t0 = time.perf_counter()
        with con:
            for table, cols, rows in tables:
                con.executemany(f"INSERT INTO {table} ({', '.join(cols)})"
                                f" VALUES ({', '.join('?' * len(cols))})", rows)
                n += len(rows)
        dt += time.perf_counter() - t0
    con.close()
    return {"rows": n, "seconds": dt, "rows_per_s": n / dt}


def raw_pg(url: str, bundles: list[Path]) -> dict[str, float]:
    import psycopg
    from sqlalchemy.engine import make_url

    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    n, dt = 0, 0.0
    with psycopg.connect(dsn) as con:
        for bundle in bundles:
            tables = list(bundle_rows(bundle))
            t0 = time.perf_counter()
            with con.transaction(), con.cursor() as cur:
                for table, cols, rows in tables:
                    with cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy:
                        for row in rows:
                            copy.write_row(row)
                    n += len(rows)
            dt += time.perf_counter() - t0
    return {"rows": n, "seconds": dt, "rows_per_s": n / dt}


# ------------------------------------------------------------------ the timed merge (child process)

def phase_merge(target: str, data_dir: str, bundles: list[str]) -> dict[str, float]:
    from inspector.appdb import open_app_database
    from inspector.sync import import_bundles

    db = open_app_database(target, data_dir=Path(data_dir))
    t0 = time.perf_counter()
    reports = import_bundles(db, list(bundles), trust_new_device=True)
    dt = time.perf_counter() - t0
    if refused := [r for r in reports if r.status != "imported"]:
        raise SystemExit(f"bundle not imported: {refused[0].file}: {refused[0].message}")
    rows = sum(c.new + c.updated + c.unchanged + c.conflicts
               for r in reports for c in r.tables.values())
    db.dispose()
    return {"rows": rows, "seconds": dt, "rows_per_s": rows / dt, "rss_mb": _rss_mb()}


def _child(target: str, data_dir: Path, bundles: list[Path]) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--phase", "merge", target, str(data_dir), *map(str, bundles)],
        capture_output=True, text=True,
    )
    if out.returncode:
        raise SystemExit(f"merge failed:\n{out.stderr[-3000:]}{out.stdout[-1000:]}")
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def run_backend(label: str, office: Any, raw: Any, bundles: list[Path]) -> bool:
    """Merge all bundles, a fifth of them, and the raw baseline, each on a fresh office."""
    fifth = bundles[: max(1, len(bundles) // 5)]
    with office("merge") as (target, data):
        merge = _child(target, data, bundles)
    with office("merge-fifth") as (target, data):
        small = _child(target, data, fifth)
    with office("raw") as (target, _data):
        base = raw(target, bundles)
    ratio = merge["rows_per_s"] / base["rows_per_s"]
    flat = merge["rss_mb"] - small["rss_mb"] < 50
    ok = lambda cond: "ok" if cond else "MISSED"  # noqa: E731
    kind = "sqlite3 executemany" if label == "SQLite" else "psycopg COPY"
    print(f"{label}: merge {merge['rows_per_s']:>9,.0f} rows/s  ({merge['rows']:,} rows, "
          f"{merge['seconds']:.1f} s, {len(bundles)} bundles, full verification)")
    print(f"{label}: raw   {base['rows_per_s']:>9,.0f} rows/s  ({base['rows']:,} rows, "
          f"{base['seconds']:.1f} s, {kind})")
    print(f"{label}: ratio merge/raw {ratio:.2f}×  goal ≥ 0.5×  {ok(ratio >= 0.5)}")
    print(f"{label}: peak RSS {merge['rss_mb']:.0f} MB merging {len(bundles)} bundles, "
          f"{small['rss_mb']:.0f} MB merging {len(fifth)}  goal flat  {ok(flat)}")
    return ratio >= 0.5 and flat


def _pg_server(arg: str | None) -> tuple[str | None, str]:
    """(server URL, why not) — a URL only when a connection works."""
    server = arg or os.environ.get("INSPECTOR_TEST_PG")
    if not server:
        return None, "no --pg URL and INSPECTOR_TEST_PG is not set"
    try:
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        engine = create_engine(make_url(server).set(drivername="postgresql+psycopg"))
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # any driver error: report it, run the SQLite half
        return None, f"cannot connect: {str(exc).splitlines()[0]}"
    return server, ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--devices", type=int, default=10)
    ap.add_argument("--bundles", type=int, default=5, help="bundles per device")
    ap.add_argument("--rows", type=int, default=20_000, help="rows per bundle")
    ap.add_argument("--pg", help="PostgreSQL server URL (default $INSPECTOR_TEST_PG)")
    ap.add_argument("--quick", action="store_true", help="a smoke run: 3 devices × 2 × 2,000 rows")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    ap.add_argument("--phase", choices=("merge",), help=argparse.SUPPRESS)
    ap.add_argument("args", nargs="*", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.phase == "merge":
        print(json.dumps(phase_merge(a.args[0], a.args[1], a.args[2:])))
        return 0
    if a.quick:
        a.devices, a.bundles, a.rows = 3, 2, 2000
    tmp = Path(tempfile.mkdtemp(prefix="bench-office-"))
    try:
        t0 = time.perf_counter()
        template, bundles = make_bundles(tmp, a.devices, a.bundles, a.rows)
        size = sum(p.stat().st_size for p in bundles) / 1e6
        print(f"setup: {len(bundles)} bundles from {a.devices} devices, "
              f"{a.devices * a.bundles * a.rows:,} data rows, {size:.1f} MB "
              f"({time.perf_counter() - t0:.1f} s)")
        ok = run_backend("SQLite", lambda n: sqlite_office(template, tmp, n), raw_sqlite, bundles)
        server, why = _pg_server(a.pg)
        if server is None:
            print(f"PostgreSQL: skipped ({why})")
        else:
            ok = run_backend("PostgreSQL", lambda n: pg_office(server, tmp, n), raw_pg,
                             bundles) and ok
    finally:
        if a.keep:
            print(f"kept: {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())

"""Ledger export speed and memory: the inspections ledger vs openpyxl writing the same rows raw.

Builds an office database of N finalized inspections (default 100,000; 4 item
results each) through the core's bulk path, then, each in a fresh process so
that peak memory is its own:
- ledger: `iter_ledger(db, "inspections")` → `write_table(…xlsx)` (the product's path:
  joins, labels, typed cells);
- raw: the same rows fetched with sqlite3 and appended as plain values to an
  openpyxl write-only workbook (the floor for writing this many cells).
The ledger is exported again at a quarter of the rows (a period filter) to show
memory flat in the row count. Goal: 100,000 inspections in under 60 s.

    python benchmarks/bench_reports.py [--inspections N]
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _build(db_path: Path, n: int) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_storage import _records, _setup

    from inspector.appdb import open_app_database
    from inspector.devices import init_device
    from inspector.inspections.bulk import record_inspections

    db = open_app_database(db_path)
    init_device(db, role="office", code="OFFICE")  # the office writes checklists (rights table)
    site_id, tpl, ins, items = _setup(db, 4)
    from datetime import timedelta

    for start in range(0, n, 10_000):
        chunk = _records(min(10_000, n - start), site_id, tpl, ins, items, seed=start)
        for rec in chunk:  # one visit an hour across all chunks, so a period holds a share
            rec.started_at += timedelta(hours=start)
            rec.ended_at += timedelta(hours=start)
        record_inspections(db, chunk)
    db.dispose()


def _ledger(db_path: Path, out: Path, until: str) -> int:
    from inspector.appdb import open_app_database
    from inspector.reports.ledgers import LEDGERS, LedgerFilter, iter_ledger
    from inspector.reports.tabular import write_table

    db = open_app_database(db_path)
    led = LEDGERS["inspections"]
    f = LedgerFilter(date_to=date.fromisoformat(until)) if until else LedgerFilter()
    return write_table(out, led.title, led.columns, iter_ledger(db, "inspections", f))


def _raw(db_path: Path, out: Path) -> int:
    from openpyxl import Workbook

    con = sqlite3.connect(db_path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("raw")
    n = 0
    q = """SELECT i.started_at, i.target_kind, s.name, e.credit_code, s.township, s.regulator, '',
                  (SELECT group_concat(p.name, '、') FROM inspection_inspector x
                   JOIN inspector p ON p.id = x.inspector_id WHERE x.inspection_id = i.id),
                  t.name, i.status, (SELECT count(*) FROM finding f WHERE f.inspection_id = i.id),
                  i.origin_device, i.location
           FROM inspection i JOIN checklist_template t ON t.id = i.template_id
           LEFT JOIN site s ON s.id = i.site_id LEFT JOIN employer e ON e.id = s.general_contractor_id
           ORDER BY i.started_at, i.id"""
    for row in con.execute(q):
        ws.append(list(row))
        n += 1
    wb.save(out)
    return n


def _summary(db_path: Path) -> int:
    from inspector.appdb import open_app_database
    from inspector.reports.figures import Period
    from inspector.reports.summary import build_summary

    doc = build_summary(open_app_database(db_path), Period(date(2026, 1, 1), date(2037, 12, 31)))
    return int(doc["construction_sites_inspected"]) + len(doc)


def _child(mode: str, db_path: Path, out: Path, until: str) -> None:
    t0 = time.perf_counter()
    if mode == "summary":
        rows = _summary(db_path)
    else:
        rows = _ledger(db_path, out, until) if mode == "ledger" else _raw(db_path, out)
    secs = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{rows} {secs:.3f} {rss:.0f}")


def _run(mode: str, db_path: Path, out: Path, until: str = "") -> tuple[int, float, float]:
    proc = subprocess.run([sys.executable, __file__, "--child", mode, "--db", str(db_path),
                           "--out", str(out), "--until", until],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    rows, secs, rss = proc.stdout.split()
    return int(rows), float(secs), float(rss)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--inspections", type=int, default=100_000)
    ap.add_argument("--child")
    ap.add_argument("--db")
    ap.add_argument("--out")
    ap.add_argument("--until", default="")
    args = ap.parse_args()
    if args.child:
        _child(args.child, Path(args.db), Path(args.out), args.until)
        return
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "office.db"
        t0 = time.perf_counter()
        _build(db_path, args.inspections)
        print(f"bench_reports: {args.inspections:,} finalized inspections "
              f"(built in {time.perf_counter() - t0:.1f} s)")
        # started_at runs hourly from 2026-01-01: a quarter of the rows end about here.
        quarter = date.fromordinal(date(2026, 1, 1).toordinal() + args.inspections // 96)
        n, secs, rss = _run("ledger", db_path, Path(tmp) / "ledger.xlsx")
        rn, rsecs, rrss = _run("raw", db_path, Path(tmp) / "raw.xlsx")
        qn, qsecs, qrss = _run("ledger", db_path, Path(tmp) / "q.xlsx", quarter.isoformat())
        _, ssecs, srss = _run("summary", db_path, Path(tmp) / "unused")
        print(f"  inspections ledger (.xlsx):  {secs:7.2f} s  {n / secs:9,.0f} rows/s  "
              f"peak RSS {rss:.0f} MB")
        print(f"  raw openpyxl, same rows:     {rsecs:7.2f} s  {rn / rsecs:9,.0f} rows/s  "
              f"peak RSS {rrss:.0f} MB  (baseline)")
        print(f"  ratio ledger/raw time: {secs / rsecs:.2f}x")
        print(f"  quarter of the rows ({qn:,}): {qsecs:.2f} s, peak RSS {qrss:.0f} MB "
              f"(memory flat in rows: {'yes' if rss < qrss * 1.3 else 'NO'})")
        print(f"  periodic summary (every figure): {ssecs:.2f} s, peak RSS {srss:.0f} MB")
        print(f"  goal: {n:,} inspections in < 60 s: {'met' if secs < 60 else 'NOT met'}")


if __name__ == "__main__":
    main()

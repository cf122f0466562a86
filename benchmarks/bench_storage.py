"""Storage throughput: finalized inspections through the core API vs raw sqlite3.

Creates N finalized inspections × M item results (default 10,000 × 40) with
`record_inspections` (the core's bulk path: stamping, findings, audit chain), and
the same rows with raw `sqlite3.executemany` into an identical schema, in one
run. Prints both rates and their ratio. Goal: core ≥ 0.5× raw.

    python benchmarks/bench_storage.py [--inspections N] [--items M]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from inspector.appdb import open_app_database
from inspector.devices import init_device
from inspector.domain.checklists import ChecklistTemplate, TemplateItem
from inspector.ids import new_version, uuid7
from inspector.inspections.bulk import InspectionRecord, record_inspections
from inspector.registry.credit_code import make
from inspector.registry.service import EmployerInput, SiteInput, upsert_inspector, upsert_site
from inspector.storage import Database
from inspector.storage.bulk import insert_new_rows


def _setup(db: Database, items: int) -> tuple[str, str, list[str], list[str]]:
    with db.uow() as s:
        site_id, _ = upsert_site(s, SiteInput(
            name="基准工地", general_contractor=EmployerInput("基准建设公司",
                                                         make("91339901MA0000099"))))
        ins = [upsert_inspector(s, name=f"监察员{i}", credential_no=f"B{i:04d}") for i in range(4)]
        tpl = ChecklistTemplate(code="BENCH", version=1, name="基准检查表", kind="site")
        s.add(tpl)
        s.flush()
        rows: list[dict[str, Any]] = [{"id": uuid7(), "template_id": tpl.id, "position": i, "code": f"B{i:02d}",
                 "category": "基准", "text": f"检查项{i}", "duty_holder": "general_contractor",
                 "violation_text": f"违法行为{i}"} for i in range(items)]
        insert_new_rows(s, TemplateItem, rows)
        return site_id, tpl.id, ins, [r["id"] for r in rows]


def _records(n: int, site_id: str, tpl: str, ins: list[str], item_ids: list[str],
             seed: int) -> list[InspectionRecord]:
    rng = random.Random(seed)
    base = datetime(2026, 1, 1, 9)
    out = []
    for k in range(n):
        start = base + timedelta(hours=k)
        bad = rng.sample(item_ids, 2)
        out.append(InspectionRecord(
            target_kind="site", template_id=tpl, site_id=site_id, inspector_ids=ins[:2],
            started_at=start, ended_at=start + timedelta(hours=1),
            answers={i: ("non_compliant", "现场发现") for i in bad}))
    return out


def _raw(path: Path, recs: list[InspectionRecord], item_ids: list[str]) -> float:
    """The same rows with sqlite3.executemany: the floor for this schema on this disk."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("PRAGMA foreign_keys=OFF")  # same rows, no referenced parents in this copy
    now = datetime.now().isoformat(" ")
    t0 = time.perf_counter()
    for start in range(0, len(recs), 500):
        chunk = recs[start : start + 500]
        insp, links, results, findings = [], [], [], []
        for rec in chunk:
            iid = uuid7()
            insp.append((iid, 1, new_version(), now, 0, 1, rec.target_kind, rec.site_id,
                         rec.template_id, rec.started_at.isoformat(" "),
                         rec.ended_at.isoformat(" "), "", "", "finalized",
                         rec.ended_at.isoformat(" ")))
            for n, i in enumerate(rec.inspector_ids):
                links.append((uuid7(), 1, new_version(), now, 0, 1, iid, i, n))
            for item in item_ids:
                rid = uuid7()
                answer, note = rec.answers.get(item, ("compliant", ""))
                results.append((rid, 1, new_version(), now, 0, 1, iid, item, answer, "", note))
                if answer == "non_compliant":
                    findings.append((uuid7(), 1, new_version(), now, 0, 1, iid, rid, item,
                                     "general_contractor", "违法行为"))
        con.execute("BEGIN")
        con.executemany(
            "INSERT INTO inspection (id, rev, version_id, updated_at, tombstone, change_seq,"
            " target_kind, site_id, template_id, started_at, ended_at, location, notes, status,"
            " finalized_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", insp)
        con.executemany(
            "INSERT INTO inspection_inspector (id, rev, version_id, updated_at, tombstone,"
            " change_seq, inspection_id, inspector_id, position) VALUES (?,?,?,?,?,?,?,?,?)",
            links)
        con.executemany(
            "INSERT INTO item_result (id, rev, version_id, updated_at, tombstone, change_seq,"
            " inspection_id, item_id, answer, value, note) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            results)
        con.executemany(
            "INSERT INTO finding (id, rev, version_id, updated_at, tombstone, change_seq,"
            " inspection_id, item_result_id, item_id, duty_holder, fact)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)", findings)
        con.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    con.close()
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--inspections", type=int, default=10_000)
    ap.add_argument("--items", type=int, default=40)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        core_db = open_app_database(Path(tmp) / "core" / "core.db")
        init_device(core_db)
        site_id, tpl, ins, item_ids = _setup(core_db, args.items)
        recs = _records(args.inspections, site_id, tpl, ins, item_ids, seed=1)
        t0 = time.perf_counter()
        record_inspections(core_db, recs)
        core_s = time.perf_counter() - t0
        core_db.dispose()

        raw_db = open_app_database(Path(tmp) / "raw" / "raw.db")  # same schema, via migrations
        raw_db.dispose()
        raw_s = _raw(Path(tmp) / "raw" / "raw.db", recs, item_ids)

    rows = args.inspections * (args.items + 1 + 2)  # results + inspection + 2 inspector links
    core_rate, raw_rate = rows / core_s, rows / raw_s
    print(f"bench_storage: {args.inspections} finalized inspections x {args.items} item results"
          f" ({rows} rows + findings)")
    print(f"  core API (record_inspections): {core_s:7.2f} s  {core_rate:10,.0f} rows/s")
    print(f"  raw sqlite3 executemany      : {raw_s:7.2f} s  {raw_rate:10,.0f} rows/s")
    ratio = core_rate / raw_rate
    print(f"  ratio core/raw: {ratio:.2f}x  (goal >= 0.50x: {'met' if ratio >= 0.5 else 'NOT met'})")


if __name__ == "__main__":
    main()

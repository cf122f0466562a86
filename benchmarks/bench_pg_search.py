"""Server-side site search (`list_sites(search=…)`, ILIKE '%q%') on PostgreSQL vs SQLite.

Builds the same N sites (default 100,000, each with its general contractor) in a
SQLite file and in a fresh PostgreSQL database, then times 1-, 2-, 3- and 4-
character Chinese queries (common, rare and absent) on:
  sqlite        the baseline, the office database today;
  pg            PostgreSQL with only the migrations' btree indexes;
  pg+grams      after revision 0008: GIN indexes over each row's 1- and 2-character
                substrings narrow the candidates, ILIKE rechecks them.
Prints the median of 5 runs (ms) per query and configuration, and the matches.

    INSPECTOR_TEST_PG=postgresql://USER:PASS@127.0.0.1:5432/postgres \\
        python benchmarks/bench_pg_search.py [--sites N]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from inspector.appdb import open_app_database
from inspector.domain.registry import Employer, Site
from inspector.ids import uuid7
from inspector.registry import service
from inspector.registry.service import list_sites
from inspector.storage import Database
from inspector.storage.bulk import insert_new_rows
from inspector.storage.scratch import scratch_database

TOWNS = ["城关镇", "东湖街道", "西山乡", "南塘镇", "北岭街道", "江口镇", "凤凰乡", "青石镇"]
# 60 characters: a given 2-character brand occurs in ~1 of 3,600 names.
BRAND = "宏达华盛鑫源恒泰金鼎瑞丰永安福星建业中天正元兴隆昌明海川嘉禾德信广厦新城富力万和天成汇通博远"
KINDS = ["花园", "广场", "大厦", "安置房", "厂房", "学校", "医院", "道路"]
QUERIES = [("1 字（常见）", "城"), ("1 字（没有）", "龘"), ("2 字（少见）", "恒泰"), ("2 字（没有）", "龘龘"),
           ("3 字", "恒泰花"), ("4 字（没有）", "不存在的")]


def _fill(db: Database, n: int, seed: int) -> None:
    rng = random.Random(seed)
    with db.uow() as s:
        emps: list[dict[str, Any]] = []
        sites: list[dict[str, Any]] = []
        for i in range(n):
            brand = rng.choice(BRAND) + rng.choice(BRAND)
            town = rng.choice(TOWNS)
            eid = uuid7()
            emps.append({"id": eid, "name": f"{brand}建设工程有限公司{i}",
                         "credit_code": f"9133{i:014d}", "legal_rep": "", "address": "",
                         "township": town, "industry": "E", "contact_name": "",
                         "contact_phone": ""})
            sites.append({"id": uuid7(), "name": f"{town}{brand}{rng.choice(KINDS)}{i % 9 + 1}期工程",
                          "address": f"{town}{rng.randint(1, 300)}号", "township": town,
                          "regulator": "housing", "general_contractor_id": eid,
                          "status": "building", "wage_manager_name": "",
                          "wage_manager_phone": "", "notes": "", "code": None})
        insert_new_rows(s, Employer, emps)
        insert_new_rows(s, Site, sites)


def _time(db: Database, query: str) -> tuple[float, int]:
    runs, found = [], 0
    for _ in range(5):
        t0 = time.perf_counter()
        found = len(list_sites(db, search=query, limit=50))
        runs.append((time.perf_counter() - t0) * 1000)
    return statistics.median(runs), found


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sites", type=int, default=100_000)
    args = ap.parse_args()
    use_grams = service._use_grams
    raw = os.environ.get("INSPECTOR_BENCH_PG") or os.environ.get("INSPECTOR_TEST_PG")
    if not raw:
        raise SystemExit("set INSPECTOR_TEST_PG=postgresql://USER:PASS@127.0.0.1:5432/postgres")
    tmp = Path(tempfile.mkdtemp())
    with scratch_database(raw, "inspector_bench") as pg_url:
        lite = open_app_database(tmp / "bench.db")
        # Build PG at revision 0007 (the last before the gram indexes), fill, then migrate:
        # 0008's run time on a full office is part of the answer.
        from inspector.storage.migrate import upgrade

        upgrade(pg_url, "0007")
        pg = open_app_database(pg_url, data_dir=tmp, migrate_to_head=False)
        t0 = time.perf_counter()
        for db in (lite, pg):
            _fill(db, args.sites, seed=1)
        print(f"{args.sites} sites on each side in {time.perf_counter() - t0:.1f} s")
        with pg.engine.connect() as c:
            c.exec_driver_sql("ANALYZE")
            c.commit()
        table: dict[str, dict[str, tuple[float, int]]] = {}
        # The baseline is the plain ILIKE query: the gram candidates switched off.
        service._use_grams = lambda db: False
        for label, q in QUERIES:
            table[label] = {"sqlite": _time(lite, q), "pg": _time(pg, q)}
        service._use_grams = use_grams
        t0 = time.perf_counter()
        upgrade(pg_url, "head")
        print(f"migration 0007 → head (0008 builds the gram indexes) on {args.sites} sites: {time.perf_counter() - t0:.1f} s")
        with pg.engine.connect() as c:
            c.exec_driver_sql("ANALYZE")
            c.commit()
        for label, q in QUERIES:
            table[label]["pg+grams"] = _time(pg, q)
        print(f"{'query':<14}{'text':<8}{'sqlite ms':>11}{'pg ms':>9}{'pg+grams ms':>13}  matches")
        for label, q in QUERIES:
            row = table[label]
            print(f"{label:<12}{q:<8}{row['sqlite'][0]:>11.1f}{row['pg'][0]:>9.1f}"
                  f"{row['pg+grams'][0]:>13.1f}  {row['pg+grams'][1]}")
            if len({v[1] for v in row.values()}) != 1:
                raise SystemExit(f"{q}: the configurations disagree on the matches: {row}")
        lite.dispose()
        pg.dispose()


if __name__ == "__main__":
    main()

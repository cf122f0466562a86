"""Fixtures for the sync tests: real devices in real folders, real bundles.

Devices are built once per session (migrations and built-in templates take
about a second each) and copied into each test's tmp_path, so every test gets
fresh files with stable identities: one office and two field laptops.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from inspector import clock
from inspector.appdb import open_app_database
from inspector.devices import init_device
from inspector.domain.inspections import Evidence, Inspection, ItemResult
from inspector.domain.registry import Employer, Inspector, Site
from inspector.ids import utcnow, uuid7
from inspector.storage import Database
from inspector.storage.blobs import put_bytes
from inspector.sync import enroll, export_public_key
from tests import clirun
from tests.conftest import TEST_NOW

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Dev:
    """One device: its folder, database (a SQLite file, or a server URL whose
    keys and blobs live in `dir`) and an open `Database`."""

    dir: Path
    path: Path | str
    db: Database
    code: str

    def cli(self, *args: str, check: bool = False,
            process: bool = False) -> subprocess.CompletedProcess[str]:
        server = isinstance(self.path, str)
        return run_cli(self.path, *args, check=check, data_dir=self.dir if server else None,
                       process=process)


BACKENDS = ["sqlite", "postgresql"]
"""`@pytest.mark.parametrize("office", BACKENDS, indirect=True)` runs a test with the
office on a SQLite file and on a PostgreSQL server (field laptops are always SQLite)."""


def run_cli(db_path: Path | str, *args: str, check: bool = False,
            data_dir: Path | None = None, process: bool = False) -> subprocess.CompletedProcess[str]:
    """`inspector --db DB ARGS` in this process (tests/clirun.py), or in a new one."""
    where = ["--data-dir", str(data_dir)] if data_dir is not None else []
    argv = ["--db", str(db_path), *where, *args]
    proc = clirun.in_subprocess(argv, timeout=120) if process else clirun.in_process(argv)
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}: {proc.stdout}\n{proc.stderr}")
    return proc


def _build(root: Path, name: str, role: str, code: str) -> None:
    path = root / name / "inspector.db"
    db = open_app_database(path)
    init_device(db, role=role, code=code)
    db.dispose()


@pytest.fixture(scope="session")
def device_templates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("devices")
    # Session fixtures run before the per-test clock is set: build on the tests' day too,
    # or the devices' rows would carry wall-clock times (import checks times, see
    # inspector.domain.values.CLOCK_SKEW).
    with clock.frozen_at(TEST_NOW):
        _build(root, "office", "office", "OFFICE")
        _build(root, "f1", "field", "F1")
        _build(root, "f2", "field", "F2")
    return root


@pytest.fixture
def make_device(device_templates: Path, tmp_path: Path) -> Iterator[Callable[[str], Dev]]:
    opened: list[Dev] = []

    def make(name: str) -> Dev:
        dest = tmp_path / name
        shutil.copytree(device_templates / name, dest)
        path = dest / "inspector.db"
        dev = Dev(dest, path, open_app_database(path), {"office": "OFFICE"}.get(name, name.upper()))
        opened.append(dev)
        return dev

    yield make
    for dev in opened:
        dev.db.dispose()


@pytest.fixture(scope="session")
def pg_office_template(device_templates: Path) -> Iterator[tuple[str, Path]]:
    """The office built once on the server: (template database name, its data folder)."""
    from tests.pg import fresh_database

    data = device_templates / "pg-office"
    for url in fresh_database():
        db = open_app_database(url, data_dir=data)
        init_device(db, role="office", code="OFFICE")
        db.dispose()
        yield str(make_url(url).database), data


@pytest.fixture
def office(request: pytest.FixtureRequest, make_device: Callable[[str], Dev],
           tmp_path: Path) -> Iterator[Dev]:
    if getattr(request, "param", "sqlite") == "sqlite":
        yield make_device("office")
        return
    from tests.pg import fresh_database

    template, data = request.getfixturevalue("pg_office_template")
    dest = tmp_path / "office-pg"
    shutil.copytree(data, dest)
    for url in fresh_database(template=template):
        dev = Dev(dest, url, open_app_database(url, data_dir=dest), "OFFICE")
        yield dev
        dev.db.dispose()


@pytest.fixture
def f1(make_device: Callable[[str], Dev], office: Dev) -> Dev:
    return _enrolled(make_device("f1"), office)


@pytest.fixture
def f2(make_device: Callable[[str], Dev], office: Dev) -> Dev:
    return _enrolled(make_device("f2"), office)


def _enrolled(field: Dev, office: Dev) -> Dev:
    key_file = field.dir / "office.key"
    export_public_key(office.db, key_file)
    enroll(field.db, key_file)
    return field


# ------------------------------------------------------------------ data helpers

_counter = iter(range(1, 10**9))


def credit_code() -> str:
    return f"91330000MA{next(_counter):07d}X"[:18].ljust(18, "0")


def add_site(db: Database, name: str = "测试工地") -> tuple[str, str]:
    """An employer (general contractor) and a site; returns (site id, employer id)."""
    with db.uow() as s:
        emp = Employer(id=uuid7(), name=f"{name}建设有限公司", credit_code=credit_code())
        s.add(emp)
        s.flush()
        site = Site(id=uuid7(), name=name, general_contractor_id=emp.id, address="某县某镇")
        s.add(site)
        return site.id, emp.id


def add_inspectors(db: Database) -> list[str]:
    with db.uow() as s:
        ids = []
        for name in ("张三", "李四"):
            i = Inspector(id=uuid7(), name=name, credential_no=f"JC{next(_counter):08d}")
            s.add(i)
            ids.append(i.id)
        return ids


def template_items(db: Database, code: str = "CONSTRUCTION") -> tuple[str, list[str]]:
    from sqlalchemy import select

    from inspector.domain.checklists import ChecklistTemplate, TemplateItem

    with db.session() as s:
        tpl = s.scalar(select(ChecklistTemplate).where(ChecklistTemplate.code == code))
        assert tpl is not None
        items = s.scalars(
            select(TemplateItem.id).where(TemplateItem.template_id == tpl.id)
            .order_by(TemplateItem.position)
        ).all()
        return tpl.id, list(items)


def add_inspection(db: Database, site_id: str, *, photo: bytes | None = None) -> dict[str, Any]:
    """A draft inspection of `site_id` with one result per template item (and a photo)."""
    tpl_id, items = template_items(db)
    with db.uow() as s:
        insp = Inspection(
            id=uuid7(), target_kind="site", site_id=site_id, template_id=tpl_id,
            started_at=utcnow(), location="现场",
        )
        s.add(insp)
        s.flush()
        results = []
        for n, item in enumerate(items):
            r = ItemResult(id=uuid7(), inspection_id=insp.id, item_id=item,
                           answer="compliant" if n % 3 else "non_compliant")
            s.add(r)
            results.append(r.id)
        s.flush()
        evidence = None
        if photo is not None:
            sha = put_bytes(db.data_dir, photo)
            ev = Evidence(
                id=uuid7(), inspection_id=insp.id, item_result_id=results[0], sha256=sha,
                size=len(photo), mime="image/jpeg", filename="p.jpg", taken_at=utcnow(),
            )
            s.add(ev)
            evidence = (ev.id, sha)
        return {"inspection": insp.id, "results": results, "evidence": evidence}


def edit(db: Database, model: type[Any], row_id: str, **values: Any) -> None:
    with db.uow() as s:
        obj = s.get(model, row_id)
        assert obj is not None
        for k, v in values.items():
            setattr(obj, k, v)


def deadline() -> date:
    return clock.today() + timedelta(days=10)


# ------------------------------------------------------------------ comparing databases

def dump(db_path: Path | str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: a full logical dump for before/after comparisons."""
    if isinstance(db_path, str):
        return _dump_server(db_path)
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        con.close()


def _dump_server(url: str) -> dict[str, list[tuple[Any, ...]]]:
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {t: sorted((tuple(r) for r in conn.execute(text(f'SELECT * FROM "{t}"'))),
                              key=repr)
                    for t in inspect(conn).get_table_names()}
    finally:
        engine.dispose()


def blob_files(dev: Dev) -> set[str]:
    folder = dev.dir / "blobs"
    return {p.name for p in folder.rglob("*") if p.is_file()} if folder.exists() else set()


def count(db: Database, table: str, where: str = "1=1") -> int:
    from sqlalchemy import text

    with db.engine.connect() as conn:
        return int(conn.execute(text(f'SELECT count(*) FROM "{table}" WHERE {where}')).scalar() or 0)


def bulk_results(db: Database, site_id: str, inspections: int) -> int:
    """Many inspections with one result per template item, through Core (fast)."""

    from inspector.storage.bulk import insert_new_rows

    tpl_id, items = template_items(db)
    now = utcnow()
    with db.uow() as s:
        insp = [{"id": uuid7(), "target_kind": "site", "site_id": site_id, "template_id": tpl_id,
                 "started_at": now, "location": "", "notes": "", "status": "draft"}
                for _ in range(inspections)]
        insert_new_rows(s, Inspection, insp)
        rows = [{"id": uuid7(), "inspection_id": i["id"], "item_id": item, "answer": "compliant",
                 "value": "", "note": "批量检查结果 " * 4}
                for i in insp for item in items]
        insert_new_rows(s, ItemResult, rows)
    return len(rows)

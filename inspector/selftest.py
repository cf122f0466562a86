"""The core half of `inspector-desk --self-test`: prove an installed copy works end to end.

An installer is only worth shipping if the program it installs can open a
database, migrate it, make an order and sync. This runs each of those through
the same core functions the app uses, on throw-away databases in a temporary
folder (never the user's data), and returns what it saw; the UI half
(`ui.selftest`) then paints the screens. No Qt here, so the frozen bundle's core
can be checked — and the function tested — without a display.

Each step has a Chinese name; a failure raises `SelfTestError` naming the step
and the reason, which is what the user (or the CI log) sees.
"""

from __future__ import annotations

import re
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from inspector.errors import InspectorError

if TYPE_CHECKING:
    from inspector.storage import Database

T = TypeVar("T")

DEMO_SITES = 60
"""As many sites as the app's first-start demo: the screens then show real-sized lists."""

# A page object in a PDF is `/Type /Page` (the page tree is `/Type /Pages`). reportlab
# writes page dictionaries uncompressed, so a byte scan counts pages without a PDF parser.
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


class SelfTestError(InspectorError):
    code = "E_SELF_TEST"


@dataclass(frozen=True)
class CoreResult:
    """What the core steps produced; `folder` still exists while the UI half runs."""

    revision: str
    sites: int
    pdf_pages: int
    bundle_rows: int
    folder: Path
    db_path: Path
    seconds: float


def _step(name: str, fn: Callable[[], T]) -> T:
    """Run one step; any error becomes a `SelfTestError` that names the step in Chinese."""
    try:
        return fn()
    except SelfTestError:
        raise
    except Exception as exc:  # the point of a self-test: report whatever broke, as text
        reason = getattr(exc, "message", None) or f"{type(exc).__name__}: {exc}"
        raise SelfTestError(f"自检失败（{name}）：{reason}") from exc


def count_pdf_pages(data: bytes) -> int:
    if not data.startswith(b"%PDF-"):
        raise SelfTestError("生成的文件不是 PDF。")
    return len(_PAGE.findall(data))


def _open_and_migrate(path: Path) -> tuple[Database, str]:
    from inspector.appdb import open_app_database
    from inspector.devices import init_device
    from inspector.storage.migrate import sqlite_revision
    from inspector.storage.schema import SCHEMA_HEAD

    db = open_app_database(path)
    revision = sqlite_revision(path)
    if revision is None or revision != SCHEMA_HEAD:
        db.dispose()
        raise SelfTestError(f"迁移后数据库结构版本为 {revision}，应为 {SCHEMA_HEAD}。")
    init_device(db, role="field", code="SELFTEST")
    return db, revision


def _demo(db: Database) -> int:
    from inspector.demo import load_demo

    counts = load_demo(db, sites=DEMO_SITES)["counts"]
    sites = int(counts.get("sites", 0))
    if sites != DEMO_SITES:
        raise SelfTestError(f"演示数据只有 {sites} 个工程项目，应为 {DEMO_SITES} 个。")
    return sites


def _order_pdf(db: Database, out: Path) -> int:
    from inspector.orders.printing import write_order_pdf
    from inspector.queries.orders import list_orders

    issued = [o for o in list_orders(db) if o.number and o.status != "draft"]
    if not issued:
        raise SelfTestError("演示数据中没有已下达的指令书。")
    write_order_pdf(db, issued[0].number or issued[0].id, out)
    pages = count_pdf_pages(out.read_bytes())
    if pages < 1:
        raise SelfTestError("指令书 PDF 没有页面。")
    return pages


def _bundle_round_trip(field_db: Database, folder: Path) -> int:
    """Export the field database's changes and import them into a fresh office database."""
    from inspector.appdb import open_app_database
    from inspector.devices import init_device
    from inspector.sync import enroll, export_public_key
    from inspector.sync.export import export_field_bundle
    from inspector.sync.importer import import_bundle

    office = open_app_database(folder / "office" / "inspector.db")
    try:
        init_device(office, role="office", code="SELFTEST-OFFICE")
        key_file = folder / "office.key"
        export_public_key(office, key_file)
        enroll(field_db, key_file)
        out = folder / "bundles"
        out.mkdir()
        exported = export_field_bundle(field_db, out)
        written = sum(exported.row_counts.values())
        report = import_bundle(office, exported.path, trust_new_device=True)
        if report.refused:
            raise SelfTestError(f"同步包被拒绝：{report.message}")
        read_back = sum(c.new + c.updated + c.unchanged for c in report.tables.values())
        if written == 0 or read_back != written:
            raise SelfTestError(f"同步包写入 {written} 行，读回 {read_back} 行。")
        return read_back
    finally:
        office.dispose()


@contextmanager
def run_core(folder: Path | None = None) -> Iterator[CoreResult]:
    """Run the core steps in `folder` (a new temporary folder by default, removed after).

    A context manager so that the UI half can open the same demo database before
    the folder goes away.
    """
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="inspector-selftest-") as tmp:
        base = Path(folder) if folder is not None else Path(tmp)
        db_path = base / "field" / "inspector.db"
        db, revision = _step("打开临时数据库并执行迁移", lambda: _open_and_migrate(db_path))
        try:
            sites = _step("载入演示数据", lambda: _demo(db))
            pages = _step("生成指令书 PDF", lambda: _order_pdf(db, base / "order.pdf"))
            rows = _step("写入并读回同步包", lambda: _bundle_round_trip(db, base))
        finally:
            db.dispose()
        yield CoreResult(revision=revision, sites=sites, pdf_pages=pages, bundle_rows=rows,
                         folder=base, db_path=db_path, seconds=time.perf_counter() - start)

"""Several clerks on one PostgreSQL office database, each with its own connection pool.

Each race is made deterministic: a third connection holds the writer lock while
both clerks start, so both are inside their transaction, waiting, when it is let
go. Without the lock in the code under test they would not wait at all, read the
same state and both act on it (two resolutions, overlapping blocks, a forked
audit chain), and these tests would fail.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from inspector.appdb import open_app_database
from inspector.audit import check_chain
from inspector.orders.numbers import allocate_block
from inspector.storage import Database
from inspector.storage.locks import WRITER_LOCK_KEY
from inspector.sync import export_field_bundle, import_bundle, list_conflicts, resolve_conflict
from inspector.sync.errors import ConflictError
from tests.sync.conftest import Dev, add_inspection, add_site, count
from tests.sync.test_conflicts import _share_site, edit

pytestmark = pytest.mark.parametrize("office", ["postgresql"], indirect=True)


@pytest.fixture
def clerks(office: Dev) -> Iterator[tuple[Database, Database]]:
    """Two clerks' programs on the office's server database (the office's own is the first)."""
    other = open_app_database(office.path, data_dir=office.dir)
    yield office.db, other
    other.dispose()


@contextmanager
def writer_lock_held(url: str | Any) -> Iterator[None]:
    """Hold the database's writer lock from an unrelated connection until the block ends."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn, conn.begin():
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITER_LOCK_KEY})
            yield
    finally:
        engine.dispose()


def race(*jobs: Callable[[], Any], url: str) -> list[Any]:
    """Start every job while the writer lock is held, check they all wait, then let go.

    Returns each job's result or the exception it raised."""
    results: list[Any] = [None] * len(jobs)

    def run(i: int, job: Callable[[], Any]) -> None:
        try:
            results[i] = job()
        except Exception as exc:
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i, j)) for i, j in enumerate(jobs)]
    with writer_lock_held(url):
        for t in threads:
            t.start()
        time.sleep(1.0)
        waiting = [t.is_alive() for t in threads]
    for t in threads:
        t.join(timeout=60)
    assert waiting == [True] * len(jobs), "every writer must wait for the writer lock"
    return results


def test_two_bundles_imported_at_once_are_serialised(
    office: Dev, f1: Dev, f2: Dev, clerks: tuple[Database, Database]
) -> None:
    a, b = clerks
    paths = []
    for dev, name in ((f1, "一号工地"), (f2, "二号工地")):
        site, _ = add_site(dev.db, name)
        add_inspection(dev.db, site)
        paths.append(export_field_bundle(dev.db, dev.dir).path)
    reports = race(lambda: import_bundle(a, paths[0], trust_new_device=True),
                   lambda: import_bundle(b, paths[1], trust_new_device=True), url=str(office.path))
    assert [r.status for r in reports] == ["imported", "imported"], reports
    # Each clerk sees the other's import, and the office's one audit chain is unbroken.
    for clerk in clerks:
        assert count(clerk, "site") == 2 and count(clerk, "imported_bundle") == 2
        with clerk.session() as s:
            assert check_chain(s) is None


def test_the_same_bundle_imported_by_two_clerks_lands_once(
    office: Dev, f1: Dev, clerks: tuple[Database, Database]
) -> None:
    site, _ = add_site(f1.db)
    made = add_inspection(f1.db, site)
    path = export_field_bundle(f1.db, f1.dir).path
    reports = race(*(lambda c=c: import_bundle(c, path, trust_new_device=True) for c in clerks),
                   url=str(office.path))
    assert sorted(r.status for r in reports) == ["already_imported", "imported"], reports
    assert count(office.db, "item_result") == len(made["results"])
    assert count(office.db, "imported_bundle") == 1


def test_a_conflict_resolved_twice_at_once_is_refused_the_second_time(
    office: Dev, f1: Dev, f2: Dev, clerks: tuple[Database, Database]
) -> None:
    from inspector.domain.registry import Site

    site = _share_site(office, f1, f2)
    edit(f1.db, Site, site, notes="甲")
    edit(f2.db, Site, site, notes="乙")
    for f in (f1, f2):
        import_bundle(office.db, export_field_bundle(f.db, f.dir).path, trust_new_device=True)
    [c] = list_conflicts(office.db)
    a, b = clerks
    results = race(lambda: resolve_conflict(a, c.id, "local", actor="甲科员"),
                   lambda: resolve_conflict(b, c.id, "incoming", actor="乙科员"),
                   url=str(office.path))
    refused = [r for r in results if isinstance(r, ConflictError)]
    done = [r for r in results if not isinstance(r, Exception)]
    assert len(done) == 1 and len(refused) == 1, results
    assert refused[0].code == "E_CONFLICT_RESOLVED"
    # The row holds exactly the one resolution that was accepted, seen by both clerks.
    want = "甲" if done[0].resolution == "local" else "乙"
    for clerk in clerks:
        with clerk.session() as s:
            assert s.get_one(Site, site).notes == want
            assert check_chain(s) is None
    assert count(office.db, "audit_event", "action = 'conflict.resolve'") == 1


def test_blocks_allocated_at_once_never_overlap(
    office: Dev, f1: Dev, f2: Dev, clerks: tuple[Database, Database]
) -> None:
    for f in (f1, f2):  # the office learns both devices from their first bundles
        import_bundle(office.db, export_field_bundle(f.db, f.dir).path, trust_new_device=True)
    a, b = clerks
    blocks = race(lambda: allocate_block(a, "F1", 50), lambda: allocate_block(b, "F2", 50),
                  url=str(office.path))
    spans = sorted((blk.first, blk.last) for blk in blocks)
    assert spans == [(1, 50), (51, 100)], blocks

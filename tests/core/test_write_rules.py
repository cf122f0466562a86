"""The app's write rules are an explicit list passed to storage, and every way in uses it."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector.appdb import WRITE_RULES, open_app_database
from inspector.cli.common import open_db
from inspector.devices import init_device
from inspector.domain.inspections import ItemResult
from inspector.domain.orders import NumberBlock
from inspector.domain.sync import RowVersion
from inspector.errors import ImmutableError, ValidationError
from inspector.inspections.service import answer_item, finalize_inspection, start_inspection
from inspector.orders.numbers import add_block
from inspector.queries.inspections import inspection_form
from inspector.storage import Database, open_database
from inspector.storage.session import WriteRules
from tests.core.helpers import make_site, site_template

ROOT = Path(__file__).resolve().parents[2]


def _finalized_result(db: Database) -> str:
    """A finalized inspection's first item result (its id)."""
    site_id, ins = make_site(db)
    iid = start_inspection(db, target_kind="site", template_id=site_template(db),
                           inspector_ids=ins, site_id=site_id)
    for it in inspection_form(db, iid).items:
        if it.answer_type in ("yes_no", "yes_no_na"):
            answer_item(db, iid, it.item_id, answer="compliant")
    finalize_inspection(db, iid)
    with db.session() as s:
        first = s.scalars(select(ItemResult.id).where(ItemResult.inspection_id == iid)).first()
    assert first is not None
    return first


def _edit_note(db: Database, result_id: str) -> None:
    with db.uow() as s:
        res = s.get(ItemResult, result_id)
        assert res is not None
        res.note = "事后修改"


def _widen_block(db: Database, block_id: str) -> None:
    with db.uow() as s:
        blk = s.get(NumberBlock, block_id)
        assert blk is not None
        blk.last = blk.last + 100


def _negative_headcount(db: Database, site_id: str) -> None:
    from inspector.domain.registry import Site

    with db.uow() as s:
        s.get_one(Site, site_id).headcount_active = -1


def test_the_apps_database_refuses_what_the_rules_forbid(db_path: Path) -> None:
    db = open_app_database(db_path)
    init_device(db)
    site_id, _ = make_site(db)
    with pytest.raises(ValidationError) as value:
        _negative_headcount(db, site_id)
    assert value.value.code == "E_VALUE_RULE"
    result_id = _finalized_result(db)
    with pytest.raises(ImmutableError) as final:
        _edit_note(db, result_id)
    assert final.value.code == "E_INSPECTION_FINAL"
    block_id = add_block(db, db.device_id or "", 1, 20)
    with pytest.raises(ImmutableError) as block:
        _widen_block(db, block_id)
    assert block.value.code == "E_NUMBER_IMMUTABLE"
    db.dispose()


def test_storage_itself_knows_no_rule(db_path: Path) -> None:
    """The refusals come from the list the app passes, not from storage: without it the
    same writes go through (which is why nothing but `open_app_database` opens the app's
    database), and no version edge is kept either."""
    app = open_app_database(db_path)
    init_device(app)
    result_id = _finalized_result(app)
    block_id = add_block(app, app.device_id or "", 1, 20)
    site_id, _ = make_site(app)
    app.dispose()
    bare = open_database(db_path, rules=WriteRules())
    with bare.session() as s:
        edges_before = len(s.scalars(select(RowVersion)).all())
    _edit_note(bare, result_id)
    _widen_block(bare, block_id)
    _negative_headcount(bare, site_id)
    with bare.session() as s:
        assert len(s.scalars(select(RowVersion)).all()) == edges_before
        res = s.get(ItemResult, result_id)
        assert res is not None and res.note == "事后修改"
    bare.dispose()


def test_an_edit_in_the_apps_database_keeps_its_version_edge(db: Database) -> None:
    """Sync's bookkeeping rule: the second edit of a row keeps the edge its first made."""
    from inspector.domain.registry import Site

    site_id, _ = make_site(db)
    versions = []
    for township in ("新城镇", "老城镇"):
        with db.uow() as s:
            site = s.get(Site, site_id)
            assert site is not None
            site.township = township
        with db.session() as s:
            site = s.get(Site, site_id)
            assert site is not None
            versions.append((site.version_id, site.base_version))
    with db.session() as s:
        edges = s.execute(select(RowVersion.version_id, RowVersion.parent)
                          .where(RowVersion.row_id == site_id)).all()
    assert [tuple(e) for e in edges] == [versions[0]]


def test_the_cli_and_the_tests_open_the_app_database(db: Database, db_path: Path) -> None:
    assert db.rules == WRITE_RULES
    cli_db = open_db(argparse.Namespace(db=str(db_path)))
    assert cli_db.rules == WRITE_RULES
    cli_db.dispose()


def test_nothing_else_opens_a_bare_database() -> None:
    """Only storage itself and `inspector.appdb` call `open_database` (tests here excepted):
    any other caller would run without the rules."""
    allowed = {"inspector/storage/database.py", "inspector/appdb.py",
               "tests/core/test_write_rules.py"}
    call = re.compile(r"(?<![\w.])open_database\(")
    offenders = [
        str(p.relative_to(ROOT))
        for folder in ("inspector", "ui", "tests", "benchmarks", "packaging")
        for p in (ROOT / folder).rglob("*.py")
        if str(p.relative_to(ROOT)) not in allowed and call.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []

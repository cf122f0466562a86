"""Every write through the unit of work stamps the sync columns; deletes are tombstones."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from inspector.domain.base import synced_tables
from inspector.domain.registry import Employer
from inspector.errors import ImmutableError
from inspector.registry.credit_code import make


def _employer(db, name: str = "甲公司") -> str:
    with db.uow() as s:
        emp = Employer(name=name, credit_code=make("91339901MA0000001"))
        s.add(emp)
        s.flush()
        return emp.id


def test_new_row_gets_version_metadata(db) -> None:
    emp_id = _employer(db)
    with db.session() as s:
        emp = s.get(Employer, emp_id)
        assert emp.rev == 1 and emp.base_version is None and len(emp.version_id) == 24
        assert emp.origin_device == db.device_id and emp.change_seq > 0
        assert emp.id[14] == "7", "ids are UUIDv7"


def test_edit_bumps_rev_and_records_the_parent_version(db) -> None:
    emp_id = _employer(db)
    with db.session() as s:
        first = s.get(Employer, emp_id)
    with db.uow() as s:
        s.get(Employer, emp_id).legal_rep = "张三"
    with db.session() as s:
        second = s.get(Employer, emp_id)
    assert second.rev == 2
    assert second.base_version == first.version_id
    assert second.version_id != first.version_id
    assert second.change_seq > first.change_seq


def test_a_noop_write_does_not_bump(db) -> None:
    emp_id = _employer(db)
    with db.uow() as s:
        emp = s.get(Employer, emp_id)
        emp.name = emp.name
    with db.session() as s:
        assert s.get(Employer, emp_id).rev == 1


def test_hard_delete_is_refused_and_nothing_changes(db) -> None:
    emp_id = _employer(db)
    with pytest.raises(ImmutableError), db.uow() as s:
        s.delete(s.get(Employer, emp_id))
    with db.session() as s:
        assert s.get(Employer, emp_id) is not None


def test_every_synced_table_has_the_sync_columns() -> None:
    from inspector.domain import Base

    names = synced_tables()
    assert {"site", "employer", "inspection", "item_result", "evidence", "finding"} <= set(names)
    for name in names:
        cols = set(Base.metadata.tables[name].c.keys())
        assert {"id", "rev", "version_id", "base_version", "updated_at", "origin_device",
                "tombstone"} <= cols, name


def test_rollback_leaves_nothing(db) -> None:
    with pytest.raises(RuntimeError), db.uow() as s:
        s.add(Employer(name="乙公司", credit_code=make("91339901MA0000002")))
        s.flush()
        raise RuntimeError("boom")
    with db.session() as s:
        assert s.scalars(select(Employer).where(Employer.name == "乙公司")).first() is None

"""The audit log is hash-chained: an edited, removed or reordered entry is found."""

from __future__ import annotations

from sqlalchemy import text

from inspector.audit import check_chain, record


def _events(db, n: int) -> None:
    with db.uow() as s:
        for i in range(n):
            record(s, "test.event", "thing", f"id-{i}", {"i": i}, actor="王五")


def test_intact_chain_checks_ok(db) -> None:
    _events(db, 5)
    with db.session() as s:
        assert check_chain(s) is None


def test_edited_entry_is_found(db) -> None:
    _events(db, 5)
    with db.engine.begin() as c:
        c.execute(text("UPDATE audit_event SET detail=:d WHERE entity_id='id-2'"), {"d": '{"i":99}'})
    with db.session() as s:
        broken = check_chain(s)
    assert broken is not None and broken.seq == 4  # device.init is seq 1
    assert "内容被修改" in broken.reason


def test_removed_entry_is_found(db) -> None:
    _events(db, 5)
    with db.engine.begin() as c:
        c.execute(text("DELETE FROM audit_event WHERE entity_id='id-1'"))
    with db.session() as s:
        broken = check_chain(s)
    assert broken is not None and broken.seq == 3 and "缺少条目" in broken.reason


def test_rewritten_tail_is_found(db) -> None:
    """Re-hashing one entry consistently still breaks the next entry's link."""
    _events(db, 4)
    from inspector.audit.log import _digest, _fields
    from inspector.domain.audit import AuditEvent

    with db.uow() as s:
        ev = s.query(AuditEvent).filter_by(entity_id="id-1").one()
        ev.actor = "冒名"
        ev.hash = _digest(_fields(device_id=ev.device_id, seq=ev.seq, at=ev.at, actor=ev.actor,
                                  action=ev.action, entity=ev.entity, entity_id=ev.entity_id,
                                  detail=ev.detail, prev_hash=ev.prev_hash))
    with db.session() as s:
        broken = check_chain(s)
    assert broken is not None and broken.seq == 4 and "前一条" in broken.reason

"""Inspector profiles and authority settings through the db-level core wrappers (real SQLite).

These are the functions the desktop app calls: each opens its own unit of work,
so the UI never does.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from inspector.config import AuthoritySettings, get_authority, update_authority
from inspector.domain.audit import AuditEvent
from inspector.domain.base import Base
from inspector.domain.registry import Inspector
from inspector.domain.settings import Setting
from inspector.errors import NotFoundError, ValidationError
from inspector.inspections.service import start_inspection
from inspector.queries.people import inspectors
from inspector.registry.service import save_inspector, set_inspector_active
from inspector.storage import Database
from tests.core.helpers import make_site, site_template


def _count(db: Database, model: type[Base]) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _actions(db: Database, entity_id: str) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(AuditEvent.action).where(AuditEvent.entity_id == entity_id)
                              .order_by(AuditEvent.seq)))


def test_save_inspector_matches_by_credential_number(db: Database) -> None:
    """The same credential number updates the profile in place; a new one adds a profile."""
    first = save_inspector(db, name=" 王五 ", credential_no="33990001", unit="监察大队")
    again = save_inspector(db, name="王五", credential_no="33990001",
                                    unit="城东中队", phone="13800000000")
    other = save_inspector(db, name="赵六", credential_no="33990002")
    assert again == first and other != first
    rows = {r.credential_no: r for r in inspectors(db)}
    assert (rows["33990001"].name, rows["33990001"].unit, rows["33990001"].phone) == \
        ("王五", "城东中队", "13800000000")
    assert rows["33990001"].active
    assert _actions(db, first) == ["inspector.create"]


def test_save_inspector_refuses_blank_fields_and_writes_nothing(db: Database) -> None:
    """A profile without a name is refused before anything is stored."""
    before = (_count(db, Inspector), _count(db, AuditEvent))
    with pytest.raises(ValidationError):
        save_inspector(db, name="  ", credential_no="33990001")
    assert (_count(db, Inspector), _count(db, AuditEvent)) == before


def test_deactivated_inspector_is_not_offered_and_cannot_start(db: Database) -> None:
    """Deactivating hides the profile from the choosers and the core refuses it;
    activating brings it back. Each change is one audit event."""
    site_id, (a, b) = make_site(db)
    set_inspector_active(db, b, False)
    assert [r.id for r in inspectors(db)] == [a]
    hidden = {r.id: r.active for r in inspectors(db, include_inactive=True)}
    assert hidden == {a: True, b: False}
    with pytest.raises(ValidationError) as refused:
        start_inspection(db, target_kind="site", template_id=site_template(db),
                         inspector_ids=[a, b], site_id=site_id)
    assert refused.value.code == "E_INSPECTOR_INACTIVE"
    set_inspector_active(db, b, True)
    assert {r.id for r in inspectors(db)} == {a, b}
    assert _actions(db, b)[-2:] == ["inspector.deactivate", "inspector.activate"]


def test_setting_the_same_state_records_nothing(db: Database) -> None:
    """Activating an active inspector is a no-op: no audit event."""
    ins = save_inspector(db, name="王五", credential_no="33990001")
    before = _count(db, AuditEvent)
    set_inspector_active(db, ins, True)
    assert _count(db, AuditEvent) == before


def test_set_inspector_active_refuses_an_unknown_id(db: Database) -> None:
    """An id that names no inspector raises NotFoundError and writes nothing."""
    before = _count(db, AuditEvent)
    with pytest.raises(NotFoundError):
        set_inspector_active(db, "00000000-0000-0000-0000-000000000000", False)
    assert _count(db, AuditEvent) == before


def test_update_authority_round_trips_and_get_authority_defaults(db: Database) -> None:
    """Without stored settings the defaults come back; saved settings are read back."""
    assert get_authority(db) == AuthoritySettings()
    wanted = AuthoritySettings(authority_name="测试县人力资源和社会保障局", number_width=3)
    update_authority(db, wanted)
    assert get_authority(db) == wanted
    update_authority(db, wanted)  # saving the same settings again changes nothing
    assert _count(db, Setting) >= 1 and get_authority(db) == wanted


def test_update_authority_validates_before_writing(db: Database) -> None:
    """A number pattern without {序号} is refused and the stored settings stay as they were."""
    stored = AuthoritySettings(authority_name="测试县人力资源和社会保障局")
    update_authority(db, stored)
    with pytest.raises(ValidationError):
        update_authority(db, AuthoritySettings(number_pattern="{机关代字}〔{年}〕号"))
    assert get_authority(db) == stored

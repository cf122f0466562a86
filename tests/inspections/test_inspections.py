"""The inspection workflow: at least two inspectors, evidence enforced, final is final."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from inspector.domain.inspections import Evidence, Finding, Inspection
from inspector.errors import ImmutableError, ValidationError
from inspector.inspections.service import (
    IncompleteInspection,
    answer_item,
    attach_evidence,
    finalize_inspection,
    start_inspection,
)
from inspector.queries.inspections import inspection_form, list_inspections
from inspector.storage import blobs
from tests.core.helpers import GC_CODE, SUB2_CODE, make_site, photo_bytes, site_template


def _answer_all(db, iid: str, bad: dict[str, str]) -> dict[str, str]:
    form = inspection_form(db, iid)
    ids = {}
    for it in form.items:
        ids[it.code] = it.item_id
        if it.answer_type in ("yes_no", "yes_no_na"):
            answer_item(db, iid, it.item_id,
                        answer="non_compliant" if it.code in bad else "compliant",
                        note=bad.get(it.code, ""))
    return ids


def test_one_inspector_is_refused(db) -> None:
    site_id, (a, _b) = make_site(db)
    with pytest.raises(ValidationError, match="不得少于2人"):
        start_inspection(db, target_kind="site", template_id=site_template(db),
                         inspector_ids=[a, a], site_id=site_id)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Inspection)) == 0


def test_finalize_names_every_missing_piece_then_succeeds(db) -> None:
    site_id, ins = make_site(db)
    iid = start_inspection(db, target_kind="site", template_id=site_template(db),
                           inspector_ids=ins, site_id=site_id)
    with pytest.raises(IncompleteInspection) as err:
        finalize_inspection(db, iid)
    assert any("未作结论" in p for p in err.value.problems)
    ids = _answer_all(db, iid, {"C04": "未开设专户", "C13": "10月工资表无签字"})
    with pytest.raises(IncompleteInspection) as err:
        finalize_inspection(db, iid)
    assert len(err.value.problems) == 2
    assert all("须附证据" in p for p in err.value.problems)
    ev = attach_evidence(db, iid, photo_bytes("account papers"), item_id=ids["C04"],
                         filename="c04.jpg")
    attach_evidence(db, iid, photo_bytes("payroll"), item_id=ids["C13"], filename="c13.jpg")
    finding_ids = finalize_inspection(db, iid)
    assert len(finding_ids) == 2
    with db.session() as s:
        findings = {f.fact: f for f in s.scalars(select(Finding))}
        stored = s.get(Evidence, ev)
        assert blobs.read_bytes(db.data_dir, stored.sha256) == photo_bytes("account papers")
    gc = next(f for f in findings.values() if f.duty_holder == "general_contractor")
    assert "未开设专户" in gc.fact
    from inspector.registry.service import get_employer_id

    assert gc.employer_id == get_employer_id(db, GC_CODE)
    assert list_inspections(db)[0].findings == 2


def test_finalized_inspection_is_immutable(db) -> None:
    site_id, ins = make_site(db)
    iid = start_inspection(db, target_kind="site", template_id=site_template(db),
                           inspector_ids=ins, site_id=site_id)
    ids = _answer_all(db, iid, {})
    finalize_inspection(db, iid)
    with pytest.raises(ImmutableError):
        answer_item(db, iid, ids["C01"], answer="non_compliant")
    with pytest.raises(ImmutableError):
        attach_evidence(db, iid, photo_bytes("late"), item_id=ids["C01"])
    # Even a direct ORM edit is refused by the flush guard.
    from inspector.domain.inspections import ItemResult

    with pytest.raises(ImmutableError), db.uow() as s:
        res = s.scalars(select(ItemResult).where(ItemResult.inspection_id == iid)).first()
        res.note = "事后修改"
    assert inspection_form(db, iid).status == "finalized"


def test_several_subcontractors_need_a_choice(db) -> None:
    site_id, ins = make_site(db, subs=2)
    iid = start_inspection(db, target_kind="site", template_id=site_template(db),
                           inspector_ids=ins, site_id=site_id)
    ids = _answer_all(db, iid, {"C17": "以购物卡抵工资"})
    with pytest.raises(IncompleteInspection, match="请选择责任分包单位"):
        finalize_inspection(db, iid)
    from inspector.registry.service import get_employer_id

    sub2 = get_employer_id(db, SUB2_CODE)
    answer_item(db, iid, ids["C17"], answer="non_compliant", note="以购物卡抵工资",
                responsible_employer_id=sub2)
    attach_evidence(db, iid, photo_bytes("card"), item_id=ids["C17"])
    finalize_inspection(db, iid)
    with db.session() as s:
        assert s.scalars(select(Finding.employer_id)).one() == sub2

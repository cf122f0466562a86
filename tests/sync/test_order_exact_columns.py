"""The columns of revision 0004 (wage arrears, 代收人, 拒收事由, late service) travel in
bundles, and a bundle written before them (format 1, schema 0003) still imports."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from inspector.appdb import open_app_database
from inspector.devices import init_device
from inspector.domain.inspections import ItemResult
from inspector.domain.orders import Order, OrderViolation, ServiceRecord
from inspector.orders.verify import verify_stored
from inspector.sync import export_field_bundle, import_bundle
from inspector.sync.format import codecs
from tests.sync.conftest import Dev, add_inspection, add_site, edit

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "bundles" / "field_v1.zip"
NEW = {
    "item_result": {"arrears_workers", "arrears_fen", "arrears_list"},
    "finding": {"arrears_workers", "arrears_fen", "arrears_list"},
    "order_violation": {"arrears_workers", "arrears_fen", "arrears_list"},
    "order_service": {"receiver_on_behalf", "receiver_on_behalf_relation", "refusal_reason",
                      "late"},
}


def test_new_columns_are_on_the_wire() -> None:
    table_codecs = codecs()
    for table, cols in NEW.items():
        assert cols <= set(table_codecs[table].columns), table


def test_old_bundle_imports_with_defaults_and_orders_still_verify(tmp_path: Path) -> None:
    db = open_app_database(tmp_path / "office" / "inspector.db")
    try:
        init_device(db, role="office", code="OFFICE")
        assert import_bundle(db, FIXTURE, trust_new_device=True).status == "imported"
        with db.session() as s:
            services = s.scalars(select(ServiceRecord)).all()
            assert services
            assert all((r.receiver_on_behalf, r.receiver_on_behalf_relation, r.refusal_reason,
                        r.late) == ("", "", "", False) for r in services)
            violations = s.scalars(select(OrderViolation)).all()
            assert violations and all(
                (v.arrears_workers, v.arrears_fen, v.arrears_list) == (None, None, "[]")
                for v in violations)
            issued = s.scalars(select(Order.id).where(Order.status != "draft")).all()
        assert issued
        assert {verify_stored(db, oid).code for oid in issued} <= {"OK", "E_REVOKED",
                                                                   "E_SUPERSEDED"}
    finally:
        db.dispose()


def test_arrears_travel_field_to_office(office: Dev, f1: Dev) -> None:
    site_id, _ = add_site(f1.db, "欠薪工地")
    made = add_inspection(f1.db, site_id)
    rid = made["results"][0]
    edit(f1.db, ItemResult, rid, arrears_workers=3, arrears_fen=400000,
         arrears_list='[{"name":"刘大","months":"9月","amount_fen":150000}]')
    bundle = export_field_bundle(f1.db, f1.dir)
    assert import_bundle(office.db, bundle.path, trust_new_device=True).status == "imported"
    with office.db.session() as s:
        row = s.get(ItemResult, rid)
        assert row is not None
        assert (row.arrears_workers, row.arrears_fen) == (3, 400000)
        assert "刘大" in row.arrears_list

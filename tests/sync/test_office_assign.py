"""Office number blocks and scoped assignment bundles."""

from __future__ import annotations

import pytest

from inspector.domain.registry import Employer, Site
from inspector.errors import InspectorError
from inspector.ids import uuid7
from inspector.orders.numbers import add_block, allocate_block
from inspector.queries.office import assignment_choices, number_overview
from inspector.sync import export_assignment_bundle, import_bundle
from inspector.sync.assign_scope import AssignmentScope, scope_conditions
from inspector.sync.office import DEFAULT_LOW_WATER, low_water, set_low_water
from tests.sync.conftest import Dev, add_inspectors, count, credit_code


def _sites(office: Dev) -> dict[str, str]:
    """Three sites: two townships, two regulators; one has a subcontractor."""
    from inspector.domain.registry import SiteSubcontractor

    ids = {}
    with office.db.uow() as s:
        for name, town, reg in (("甲", "城关镇", "housing"), ("乙", "城关镇", "water"),
                                ("丙", "新塘镇", "housing")):
            gc = Employer(id=uuid7(), name=f"{name}总包公司", credit_code=credit_code())
            s.add(gc)
            s.flush()
            site = Site(id=uuid7(), name=name, township=town, regulator=reg,
                        general_contractor_id=gc.id)
            s.add(site)
            s.flush()
            ids[name] = site.id
        sub = Employer(id=uuid7(), name="甲分包公司", credit_code=credit_code())
        s.add(sub)
        s.flush()
        s.add(SiteSubcontractor(id=uuid7(), site_id=ids["甲"], employer_id=sub.id))
    return ids


def test_scoped_assignment_carries_only_chosen_sites(office: Dev, f1: Dev) -> None:
    """Township 城关镇 and regulator 住建: only site 甲, its two employers, its subcontract;
    the laptop imports exactly that."""
    ids = _sites(office)
    people = add_inspectors(office.db)
    from inspector.sync import export_public_key, trust_device

    export_public_key(f1.db, f1.dir / "f1.key")
    trust_device(office.db, "F1", f1.dir / "f1.key")
    scope = AssignmentScope(townships=["城关镇"], regulators=["housing"],
                            inspector_ids=[people[0]])
    assert "城关镇" in scope.describe() and "住建" in scope.describe()
    res = export_assignment_bundle(office.db, "F1", office.dir, scope=scope_conditions(scope))
    assert res.row_counts["site"] == 1 and res.row_counts["employer"] == 2
    assert res.row_counts["site_subcontractor"] == 1 and res.row_counts["inspector"] == 1
    assert import_bundle(f1.db, res.path).status == "imported"
    with f1.db.session() as s:
        assert s.get(Site, ids["甲"]) is not None and s.get(Site, ids["丙"]) is None
    explicit = export_assignment_bundle(
        office.db, "F1", office.dir,
        scope=scope_conditions(AssignmentScope(site_ids=[ids["乙"], ids["丙"]])))
    assert explicit.row_counts["site"] == 2 and explicit.row_counts["inspector"] == 2
    choices = assignment_choices(office.db)
    assert choices.townships == ["城关镇", "新塘镇"] and len(choices.sites) == 3
    with pytest.raises(InspectorError):
        scope_conditions(AssignmentScope(regulators=["police"]))


def test_blocks_never_overlap_and_low_water_flags(office: Dev, f1: Dev, f2: Dev) -> None:
    """Allocation continues after every block; an explicit overlapping range is refused; a
    device below the threshold (or with none) is flagged."""
    from inspector.sync import export_public_key, trust_device

    for f in (f1, f2):
        export_public_key(f.db, f.dir / "k")
        trust_device(office.db, f.code, f.dir / "k")
    assert low_water(office.db) == DEFAULT_LOW_WATER
    a = allocate_block(office.db, "F1", 100)
    b = allocate_block(office.db, "F2", 10)
    assert (a.first, a.last, b.first, b.last) == (1, 100, 101, 110)
    with pytest.raises(InspectorError) as err:
        add_block(office.db, b.device_id, 105, 120)
    assert err.value.code == "E_BLOCK_OVERLAP" and count(office.db, "number_block") == 2
    by_code = {d.code: d for d in number_overview(office.db, low_water=low_water(office.db))}
    assert (by_code["F1"].remaining, by_code["F1"].low) == (100, False)
    assert (by_code["F2"].remaining, by_code["F2"].low) == (10, True)
    assert by_code["F2"].ranges == "101–110"
    set_low_water(office.db, 5)
    assert not any(d.low for d in number_overview(office.db, low_water=low_water(office.db)))


def test_cli_assign_filters(office: Dev, f1: Dev) -> None:
    """`bundle assign --township … --regulator …` narrows what the laptop receives."""
    import orjson

    from inspector.sync import export_public_key, trust_device

    _sites(office)
    export_public_key(f1.db, f1.dir / "f1.key")
    trust_device(office.db, "F1", f1.dir / "f1.key")
    office.db.dispose()
    out = office.cli("bundle", "assign", "--device", "F1", "--township", "城关镇",
                     "--regulator", "water", "--out", str(office.dir), "--json", check=True)
    assert orjson.loads(out.stdout)["row_counts"]["site"] == 1
    text = office.cli("bundle", "assign", "--device", "F1", "--out", str(office.dir), check=True)
    assert "全部工程项目与监察员" in text.stdout

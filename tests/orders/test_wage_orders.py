"""Wage-arrears orders: the figures recorded on the item, their rules, and the order they make
(责令限期支付, 加付赔偿金, the attached list), printed and read back with poppler."""

from __future__ import annotations

import re
import sqlite3
import subprocess
from pathlib import Path

import pytest

from inspector.errors import ValidationError
from inspector.inspections.arrears import (
    Arrears,
    ArrearsWorker,
    format_yuan,
    parse_yuan,
    read_list_csv,
    record_arrears,
    validate,
)
from inspector.inspections.service import (
    start_inspection,
)
from inspector.orders.drafting import draft_orders
from inspector.orders.issuing import issue_order
from inspector.orders.printing import write_order_pdf
from inspector.orders.verify import verify_stored
from inspector.queries.inspections import inspection_form
from tests.core.helpers import make_site, site_template
from tests.orders.conftest import TODAY, make_visit, pdftotext, squeezed

PEOPLE = (ArrearsWorker("刘大", "2026年9月—10月", 150000),
          ArrearsWorker("陈二", "2026年10月", 120000))


def _wage_visit(db, bad: dict[str, str], arrears: Arrears | None) -> str:
    """A finalized site inspection with `bad` items; C18 (拖欠) gets `arrears`."""
    return make_visit(db, bad, arrears=arrears).inspection_id


def test_money_is_exact_fen() -> None:
    assert parse_yuan("4,500.5") == 450050
    assert parse_yuan("12元") == 1200
    assert format_yuan(450050) == "4500.50元"
    for bad in ("-1", "1.234", "abc", ""):
        with pytest.raises(ValidationError):
            parse_yuan(bad)


@pytest.mark.parametrize(("entry", "code"), [
    (Arrears(-1, 100), "E_ARREARS_NEGATIVE"),
    (Arrears(1, -100), "E_ARREARS_NEGATIVE"),
    (Arrears(1, 270000, PEOPLE), "E_ARREARS_COUNT"),
    (Arrears(5, 200000, PEOPLE), "E_ARREARS_SUM"),  # the list alone exceeds the total
    (Arrears(2, 300000, PEOPLE), "E_ARREARS_SUM"),  # every worker listed: sums must agree
    (Arrears(2, 270000, (ArrearsWorker(" ", "", 0), PEOPLE[0])), "E_ARREARS_NAME"),
])
def test_arrears_rules(entry: Arrears, code: str) -> None:
    with pytest.raises(ValidationError) as err:
        validate(entry)
    assert err.value.code == code


def test_consistent_arrears_pass() -> None:
    validate(Arrears(2, 270000, PEOPLE))
    validate(Arrears(12, 900000, PEOPLE))  # a partial list
    validate(Arrears(3, 0))


def test_list_csv_with_header_and_gb18030(tmp_path: Path) -> None:
    f = tmp_path / "list.csv"
    f.write_bytes("姓名,月份,金额\n刘大,2026年9月,1500\n陈二,2026年10月,1200.5\n".encode("gb18030"))
    assert read_list_csv(f) == (ArrearsWorker("刘大", "2026年9月", 150000),
                                ArrearsWorker("陈二", "2026年10月", 120050))
    f.write_text("刘大,2026年9月\n", encoding="utf-8")
    with pytest.raises(ValidationError):
        read_list_csv(f)


def test_arrears_only_on_wage_items(db) -> None:
    site_id, inspectors = make_site(db)
    iid = start_inspection(db, target_kind="site", template_id=site_template(db),
                           inspector_ids=inspectors, site_id=site_id)
    items = {it.code: it.item_id for it in inspection_form(db, iid).items}
    with pytest.raises(ValidationError) as err:
        record_arrears(db, iid, items["C04"], Arrears(1, 100))
    assert err.value.code == "E_ARREARS_ITEM"
    with pytest.raises(ValidationError):
        record_arrears(db, iid, items["C18"], Arrears(1, 270000, PEOPLE))


def test_wage_only_order_is_a_payment_order(db, block, tmp_path: Path) -> None:
    iid = _wage_visit(db, {"C18": "九、十月工资未发"}, Arrears(3, 400000, PEOPLE))
    (oid,) = draft_orders(db, iid, today=TODAY)
    issued = issue_order(db, oid)
    text = pdftotext(write_order_pdf(db, issued.number, tmp_path / "o.pdf"))
    flat = squeezed(text)
    for needle in [
        "涉及劳动者3名，金额共计4000.00元",
        "根据《劳动保障监察条例》第二十六条及《劳动合同法》第八十五条的规定",
        "前支付所拖欠的劳动者工资报酬", "向3名劳动者支付共计4000.00元，名单见所附清单",
        "支付情况及相关凭证", "逾期不支付的",
        "按应付金额百分之五十以上百分之一百以下的标准向劳动者加付赔偿金",
        "附件：欠薪人员清单", "本清单列明2名，合计2700.00", "刘大", "2026年9月—10月", "1500.00",
        "陈二", "1200.00",
    ]:
        assert squeezed(needle) in flat, needle
    for absent in ("改正上述违法行为", "逾期不改正", "第十八条", "罚款"):
        assert absent not in flat, absent
    assert verify_stored(db, issued.order_id).code == "OK"


def test_mixed_order_orders_both(db, block, tmp_path: Path) -> None:
    # C17 (实物代替货币) and C18 (拖欠) are both the 分包's duty: one order,改正 and 支付.
    iid = _wage_visit(db, {"C17": "以购物卡发放", "C18": "拖欠"}, Arrears(2, 270000))
    (oid,) = draft_orders(db, iid, today=TODAY)
    flat = squeezed(pdftotext(write_order_pdf(db, oid, tmp_path / "m.pdf")))
    for needle in ["根据《劳动保障监察条例》第十八条第一款第（二）项",
                   "改正上述违法行为、支付所拖欠的劳动者工资报酬", "第1项逾期不改正的",
                   "第2项逾期不支付的", "加付赔偿金", "（拖欠；涉及劳动者2名，金额共计2700.00元）",
                   "改正和支付情况及相关凭证"]:
        assert squeezed(needle) in flat, needle
    assert "附件：欠薪人员清单" not in flat  # no list recorded


def test_wage_finding_without_figures_still_orders_payment(db, block, tmp_path: Path) -> None:
    iid = _wage_visit(db, {"C18": "拖欠"}, None)
    (oid,) = draft_orders(db, iid, today=TODAY)
    flat = squeezed(pdftotext(write_order_pdf(db, oid, tmp_path / "d.pdf")))
    assert "支付所拖欠的劳动者工资报酬" in flat and "加付赔偿金" in flat
    assert "涉及劳动者" not in flat


def test_tampered_arrears_are_detected(db, db_path, block) -> None:
    iid = _wage_visit(db, {"C18": "拖欠"}, Arrears(3, 400000, PEOPLE))
    (oid,) = draft_orders(db, iid, today=TODAY)
    issued = issue_order(db, oid)
    assert verify_stored(db, issued.order_id).code == "OK"
    con = sqlite3.connect(db_path)
    con.execute("UPDATE order_violation SET arrears_fen = 100 WHERE order_id = ?", (oid,))
    con.commit()
    con.close()
    assert verify_stored(db, issued.order_id).code == "E_CONTENT_TAMPERED"


def test_pdf_names_inspectors_and_dates_itself_at_issue(db, block, tmp_path: Path) -> None:
    iid = _wage_visit(db, {"C18": "拖欠"}, Arrears(3, 400000, PEOPLE))
    (oid,) = draft_orders(db, iid, today=TODAY)
    issued = issue_order(db, oid)
    a = write_order_pdf(db, issued.number, tmp_path / "a.pdf")
    flat = squeezed(pdftotext(a))
    assert "姓名：王五执法证号：33990001" in flat and "姓名：赵六执法证号：33990002" in flat
    info = subprocess.run(["pdfinfo", "-isodates", str(a)], capture_output=True, text=True,
                          check=True).stdout
    created = re.search(r"CreationDate:\s+(\S+)", info)
    assert created is not None
    assert created.group(1).startswith(TODAY.isoformat()), info
    assert "2000-01-01" not in info
    b = write_order_pdf(db, issued.number, tmp_path / "b.pdf")
    assert a.read_bytes() == b.read_bytes()  # deterministic for the same order


def test_typed_arrears_from_the_screen(db, tmp_path: Path) -> None:
    """`record_arrears_typed` (the inspection screen's action) parses 元 and the list CSV."""
    from inspector.inspections.arrears import record_arrears_typed

    site_id, inspectors = make_site(db)
    iid = start_inspection(db, target_kind="site", template_id=site_template(db),
                           inspector_ids=inspectors, site_id=site_id)
    item = next(it for it in inspection_form(db, iid).items if it.code == "C18")
    assert item.wage_item and item.arrears_fen is None
    people = tmp_path / "l.csv"
    people.write_text("刘大,9月,1500\n陈二,10月,1200.5\n", encoding="utf-8")
    entry = record_arrears_typed(db, iid, item.item_id, workers=2, amount="", list_csv=people)
    assert (entry.workers, entry.amount_fen) == (2, 270050)  # the list's sum when no total
    again = next(it for it in inspection_form(db, iid).items if it.code == "C18")
    assert (again.arrears_workers, again.arrears_fen, again.arrears_listed) == (2, 270050, 2)
    with pytest.raises(ValidationError):
        record_arrears_typed(db, iid, item.item_id, workers=2, amount="100", list_csv=people)

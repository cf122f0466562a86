"""The wording of ordinary-violation orders, read from real drafts and one PDF.

Each order goes through the real path: inspection → finalize → draft → issue
(tests/orders/conftest.py builders); the assertions read the frozen content and,
for one order, the printed paper.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from inspector.domain.orders import Order
from inspector.domain.registry import Site
from inspector.inspections.service import (
    answer_item,
    attach_evidence,
    finalize_inspection,
    start_inspection,
)
from inspector.orders.drafting import draft_orders, update_violation
from inspector.orders.issuing import issue_order
from inspector.orders.printing import write_order_pdf
from inspector.orders.wording import addressed_fact
from inspector.queries.inspections import inspection_form, templates
from inspector.registry.service import get_employer_id
from tests.core.helpers import photo_bytes
from tests.orders.conftest import GC_CODE, OWNER_CODE, TODAY, make_visit, pdftotext


def _issue(db, inspection_id: str, employer_code: str | None = None) -> tuple[str, dict[str, Any]]:
    """Draft, issue and return (number, content) of the order to `employer_code` (or the only one)."""
    ids = draft_orders(db, inspection_id, today=TODAY)
    with db.session() as s:
        wanted = get_employer_id(db, employer_code) if employer_code else None
        (oid,) = [i for i in ids if wanted is None or s.get(Order, i).employer_id == wanted]
    result = issue_order(db, oid)
    with db.session() as s:
        return result.number, orjson.loads(s.get(Order, oid).content)


def _whole_text(content: dict[str, Any]) -> str:
    p = content["paragraphs"]
    return "".join([p["facts_intro"], *(v["text"] for v in content["violations"]), p["basis"],
                    *content["requirements"], p["report"], p["consequence"]])


def _employer_visit(db, bad: dict[str, str]) -> str:
    """A finalized 用人单位 inspection (EMPLOYER checklist) of the 总包 as an employer."""
    visit = make_visit(db, {})  # registers the site, its employers and two inspectors
    tpl = next(t[0] for t in templates(db, "employer"))
    iid = start_inspection(db, target_kind="employer", template_id=tpl,
                           inspector_ids=visit.inspector_ids, employer_id=get_employer_id(db, GC_CODE))
    for it in inspection_form(db, iid).items:
        if it.answer_type == "yes_no_na":
            wrong = it.code in bad
            answer_item(db, iid, it.item_id, answer="non_compliant" if wrong else "compliant",
                        note=bad.get(it.code, ""))
            if wrong:
                attach_evidence(db, iid, photo_bytes(it.code), item_id=it.item_id)
    finalize_inspection(db, iid)
    return iid


def test_facts_speak_to_the_addressee_and_the_site_name_is_not_repeated(db, block) -> None:
    """"你单位…" in each fact, and “…项目” is not followed by another 项目."""
    visit = make_visit(db, {"C04": "未能出示专户开户资料"})
    with db.uow() as s:
        s.get(Site, visit.site_id).name = "东方花园2期住宅项目"
    _number, content = _issue(db, visit.inspection_id)
    assert content["paragraphs"]["facts_intro"] == (
        "经查，在“东方花园2期住宅项目”中发现下列违反劳动保障法律、法规或者规章的行为：")
    (v,) = content["violations"]
    assert v["text"] == ("1. 你单位未按规定开设农民工工资专用账户（未能出示专户开户资料），"
                         "违反了《保障农民工工资支付条例》第二十六条的规定。")
    assert "项目”项目" not in _whole_text(content)


def test_the_alternative_found_is_named(db, block) -> None:
    """A missing clause and a too-long period are two items, each with its own fact and law."""
    visit = make_visit(db, {"C02": "", "C23": "合同约定按季度拨付"})
    _number, content = _issue(db, visit.inspection_id, OWNER_CODE)
    first, second = (v["text"] for v in content["violations"])
    assert first.startswith("1. 你单位与施工总承包单位订立的工程施工合同未约定人工费用拨付周期，")
    assert second.startswith("2. 你单位与施工总承包单位约定的人工费用拨付周期超过1个月（合同约定按季度拨付）")
    assert "或" not in first + second
    # 57(二) punishes paying late, not a missing clause: that one falls back to 第三十条.
    assert content["paragraphs"]["consequence"] == (
        "逾期不改正的，我局将分别依照《劳动保障监察条例》第三十条第一款第（三）项（对应上述第1项）、"
        "《保障农民工工资支付条例》第五十七条第（二）项（对应上述第2项）的规定处理。")


def test_item_without_penalty_article_falls_back_to_article_30_only_as_consequence(
        db, block) -> None:
    """C20 (用工管理台账): no article of 54–57 punishes 28③ — not cited as 56(二) any more."""
    visit = make_visit(db, {"C08": "抽查10人有3人未签合同", "C20": ""})
    _number, content = _issue(db, visit.inspection_id)
    c08, c20 = (v["text"] for v in content["violations"])
    assert "违反了《保障农民工工资支付条例》第二十八条第一款及《劳动合同法》第十条的规定" in c08
    assert c20 == "2. 你单位未建立用工管理台账，违反了《保障农民工工资支付条例》第二十八条第三款的规定。"
    basis = content["paragraphs"]["basis"]
    assert basis == ("根据《劳动保障监察条例》第十八条第一款第（二）项、第二十四条及"
                     "《保障农民工工资支付条例》第五十五条的规定，"
                     f"现责令你单位于{_cn(content['deadline'])}前改正上述违法行为，具体要求如下：")
    consequence = content["paragraphs"]["consequence"]
    assert "第五十五条第（三）项（对应上述第1项）" in consequence
    assert "第三十条第一款第（三）项（对应上述第2项）" in consequence
    assert "第五十六条" not in consequence and "第二十四条" not in consequence


def test_employer_order_promises_no_sanction_that_article_24_lacks(db, block) -> None:
    """E01: 监察条例第二十四条 only 责令改正; the consequence cites 第三十条第一款第（三）项."""
    iid = _employer_visit(db, {"E01": "12名职工未签合同"})
    _number, content = _issue(db, iid)
    assert content["violations"][0]["text"] == (
        "1. 你单位未与劳动者依法订立书面劳动合同（12名职工未签合同），违反了《劳动合同法》第十条的规定。")
    assert "第二十四条" in content["paragraphs"]["basis"]
    assert content["paragraphs"]["consequence"] == (
        "逾期不改正的，我局将依照《劳动保障监察条例》第三十条第一款第（三）项的规定处理。")
    assert "保障农民工工资支付条例" not in _whole_text(content)


def test_written_report_is_demanded_once(db, block) -> None:
    """A requirement typed with its own "并将…报送我局" does not repeat the report sentence."""
    visit = make_visit(db, {"C04": "无专户", "C07": "无保证金"})
    (oid,) = draft_orders(db, visit.inspection_id, today=TODAY)
    update_violation(db, oid, 1, requirement="按规定开设农民工工资专用账户，并将开户资料报送我局")
    issue_order(db, oid)
    with db.session() as s:
        content = orjson.loads(s.get(Order, oid).content)
    assert content["requirements"][0] == "1. 按规定开设农民工工资专用账户；"
    assert _whole_text(content).count("报送我局") == 1


def test_addressed_fact_rewrites_role_nouns_of_older_checklists() -> None:
    assert addressed_fact("施工总承包单位未按规定开设农民工工资专用账户") == (
        "你单位未按规定开设农民工工资专用账户")
    assert addressed_fact("未建立用工管理台账") == "你单位未建立用工管理台账"
    assert addressed_fact("你单位未提供资料") == "你单位未提供资料"


def test_printed_order_reads_as_the_law(db, block, tmp_path: Path) -> None:
    """The PDF, read back: addressed facts, human citations, （对应上述第N项）, no codes."""
    visit = make_visit(db, {"C08": "抽查10人有3人未签合同", "C19": "告示牌缺少投诉电话",
                            "C20": ""})
    number, _content = _issue(db, visit.inspection_id)
    flat = "".join(pdftotext(write_order_pdf(db, number, tmp_path / "o.pdf")).split())
    for needle in [
        "1.你单位未与所招用的农民工依法订立劳动合同（抽查10人有3人未签合同），",
        "违反了《保障农民工工资支付条例》第二十八条第一款及《劳动合同法》第十条的规定；",
        "你单位未在施工现场醒目位置设立明示规定事项的维权信息告示牌",
        "第五十六条第（四）项（对应上述第2项）",
        "《劳动保障监察条例》第三十条第一款第（三）项（对应上述第3项）",
    ]:
        assert needle in flat, needle
    for code in ("BZ-", "JC-", "HT-", "（第1项）"):
        assert code not in flat


def _cn(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{y}年{m}月{d}日"

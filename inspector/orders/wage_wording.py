"""The wording of wage-arrears violations (拖欠/克扣): 责令限期支付, not 改正.

Called once after `wording.build_content` (by issuing and by the draft preview):
`finish` rewrites the parts of the content that differ for violations whose
penalty basis is 《劳动保障监察条例》第二十六条 / 《劳动合同法》第八十五条
(`inspector.inspections.arrears.is_wage_item`):
- the violation sentence names the workers concerned and the amount owed;
- the demand says 支付 (with 改正 only when the order has other violations too);
  a wage-only order cites the payment provisions without 第十八条 (责令改正);
- the requirement line states how many workers are to be paid how much, by when,
  and points to the attached list (清单) when one was recorded;
- the consequence is 加付赔偿金 (应付金额百分之五十以上百分之一百以下), not a fine;
- `arrears` on each such violation and `arrears_list` carry the figures, so the
  printed list and the office's figures come from the signed content.
An order without wage violations is returned unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from inspector.checklists.legal import cite_many
from inspector.config import AuthoritySettings
from inspector.documents.dates import format_cn_date
from inspector.inspections.arrears import WAGE_PAYMENT_ARTICLES, Arrears, format_yuan, is_wage_item
from inspector.orders import wording

_TRAILING = "。；;，,. "


def arrears_dict(entry: Arrears) -> dict[str, Any]:
    return {
        "workers": entry.workers, "amount_fen": entry.amount_fen,
        "list": [{"name": p.name, "months": p.months, "amount_fen": p.amount_fen}
                 for p in entry.people],
    }


def _figures(entry: Arrears | None) -> str:
    if entry is None:
        return ""
    return f"涉及劳动者{entry.workers}名，金额共计{format_yuan(entry.amount_fen)}"


def _wage_ids(violations: list[wording.ViolationInput]) -> list[str]:
    ids: list[str] = []
    for v in violations:
        ids.extend(a for a in v.penalty_articles if a in WAGE_PAYMENT_ARTICLES and a not in ids)
    return ids


def _requirement(v: wording.ViolationInput, entry: Arrears | None, same: bool, last: bool) -> str:
    req = v.requirement.strip().rstrip(_TRAILING) or "足额支付所拖欠的劳动者工资"
    extra = []
    if entry is not None:
        extra.append(f"向{entry.workers}名劳动者支付共计{format_yuan(entry.amount_fen)}")
        if entry.people:
            extra.append("名单见所附清单")
    if not same:
        extra.append(f"于{format_cn_date(v.deadline)}前支付完毕")
    detail = f"（{'，'.join(extra)}）" if extra else ""
    return f"{v.position}. {req}{detail}{'。' if last else '；'}"


def finish(
    content: dict[str, Any], violations: list[wording.ViolationInput],
    arrears: Mapping[int, Arrears], settings: AuthoritySettings,
) -> dict[str, Any]:
    """The content with the wage-arrears wording applied (see the module docstring)."""
    vs = sorted(violations, key=lambda v: v.position)
    wage = [v for v in vs if is_wage_item(v.penalty_articles)]
    if not wage:
        return content
    wage_nos = {v.position for v in wage}
    ordinary = [v for v in vs if v.position not in wage_nos]
    same = len({v.deadline for v in vs}) == 1
    who = wording.self_name(settings)
    by_no = {d["no"]: d for d in content["violations"]}
    for i, v in enumerate(vs):
        if v.position not in wage_nos:
            continue
        entry = arrears.get(v.position)
        figures = _figures(entry)
        fact = v.fact.strip().rstrip(_TRAILING)
        if figures:  # inside the note's brackets when the fact already ends with one
            fact = f"{fact[:-1]}；{figures}）" if fact.endswith("）") else f"{fact}（{figures}）"
        d = by_no[v.position]
        d["text"] = wording.violation_sentence(replace(v, fact=fact), last=i == len(vs) - 1)
        d["arrears"] = arrears_dict(entry) if entry is not None else None
    lines = list(content["requirements"])
    for i, v in enumerate(vs):
        if v.position in wage_nos:
            lines[i] = _requirement(v, arrears.get(v.position), same, i == len(vs) - 1)
    content["requirements"] = lines
    when = format_cn_date(vs[0].deadline) if same else ""
    p = content["paragraphs"]
    if ordinary:
        demand = (f"现责令你单位于{when}前改正上述违法行为、支付所拖欠的劳动者工资报酬，具体要求如下："
                  if same else "现责令你单位按下列要求和期限改正上述违法行为、支付所拖欠的劳动者工资报酬：")
        p["basis"] = wording.basis_sentence(vs) + demand
        nos = "、".join(str(n) for n in sorted(wage_nos))
        plain = wording.consequence_sentence(settings, ordinary)
        if "（第" not in plain:  # one provision for all ordinary items: say which items
            ord_nos = "、".join(str(v.position) for v in ordinary)
            plain = plain.replace("逾期不改正的，", f"第{ord_nos}项逾期不改正的，", 1)
        p["report"] = f"请你单位在上述期限内将改正和支付情况及相关凭证以书面形式报送{who}。"
        p["consequence"] = (plain
                            + f"第{nos}项逾期不支付的，{who}将依照{cite_many(_wage_ids(wage))}的规定，"
                            "责令你单位按应付金额百分之五十以上百分之一百以下的标准向劳动者加付赔偿金。")
    else:
        demand = (f"现责令你单位于{when}前支付所拖欠的劳动者工资报酬，具体要求如下："
                  if same else "现责令你单位按下列要求和期限支付所拖欠的劳动者工资报酬：")
        p["basis"] = f"根据{cite_many(_wage_ids(wage))}的规定，" + demand
        p["report"] = f"请你单位在上述期限内将支付情况及相关凭证以书面形式报送{who}。"
        p["consequence"] = (f"逾期不支付的，{who}将依照{cite_many(_wage_ids(wage))}的规定，"
                            "责令你单位按应付金额百分之五十以上百分之一百以下的标准向劳动者加付赔偿金。")
    content["arrears_list"] = [
        {"no": no, **arrears_dict(arrears[no])} for no in sorted(wage_nos)
        if no in arrears and arrears[no].people
    ]
    return content


def order_arrears(rows: list[tuple[int, list[str], int | None, int | None, str]]
                  ) -> dict[int, Arrears]:
    """position → recorded arrears, from (position, penalty ids, workers, fen, list json)."""
    from inspector.inspections.arrears import arrears_of

    out: dict[int, Arrears] = {}
    for pos, penalty, workers, fen, people in rows:
        entry = arrears_of(workers, fen, people)
        if entry is not None and is_wage_item(penalty):
            out[pos] = entry
    return out

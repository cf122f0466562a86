"""The generated wording of an order, frozen into its canonical content at issue.

Every sentence comes from article ids (resources/legal/articles.json), never
typed (DOMAIN §0.6, §2.2):
- each violation: "<事实>，违反了《…》第×条的规定", the fact written to the
  addressee ("你单位…", `addressed_fact`, applied when drafting);
- the basis: 《劳动保障监察条例》第十八条第一款第（二）项 plus the article of
  each penalty provision that empowers the 责令限期改正 (cited at article level);
- the consequence: each violation's own sanctioning provision (with its item),
  grouped by identical provisions and tied to the violations as
  "（对应上述第1项）" — a bare "（第1项）" would read as a statute's 项. A
  provision that only empowers 责令改正 (catalogue `sanction: false`, e.g.
  劳动保障监察条例第二十四条) promises nothing; a violation left with no
  sanctioning provision falls back to 第三十条第一款第（三）项 (经责令改正拒不改正).
- the written report is demanded once, in its own sentence; a requirement's own
  "并将…报送我局" is dropped from the list.

`build_content` returns the dict that is hashed and printed; the PDF renders
only from it, so what is signed is exactly what is on paper.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from inspector.checklists.legal import article, cite_many, join_laws
from inspector.config import AuthoritySettings
from inspector.documents.dates import format_cn_date

CONTENT_FORMAT = "si-order"
CONTENT_VERSION = 1
BASIS_ARTICLE = "JC-18-1-2"  # 劳动保障监察条例 第十八条第一款第（二）项: 责令改正
FALLBACK_PENALTY = "JC-30-1-3"  # 第三十条第一款第（三）项: 经责令改正拒不改正
_TRAILING = "。；;，,. "
_PARTIES = ("施工总承包单位", "建设单位", "分包单位", "用人单位")
_ADDRESSEE = "你单位"
# "，并将担保文件报送我局" at the end of a requirement: the report sentence says it once.
_REPORT_CLAUSE = re.compile(r"[，,]?\s*并(?:将|把)[^，,。；;]*报送(?:我局|本机关)$")


@dataclass(frozen=True)
class ViolationInput:
    position: int
    fact: str
    duty_articles: list[str]
    penalty_articles: list[str]
    requirement: str
    deadline: date


@dataclass(frozen=True)
class Party:
    name: str
    credit_code: str
    legal_rep: str = ""
    address: str = ""


@dataclass(frozen=True)
class Officer:
    name: str
    credential_no: str


def self_name(settings: AuthoritySettings) -> str:
    """How the authority calls itself in the text: 我局 for a 局, else 本机关."""
    return "我局" if settings.authority_name.endswith("局") else "本机关"


def _cite_article_level(ids: list[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for i in ids:
        art = article(i)
        part = (art.law, f"{art.article}{art.paragraph}{art.item}") if i == BASIS_ARTICLE else (
            art.law, art.article)
        if part not in out:
            out.append(part)
    return out


def _join_citations(parts: list[tuple[str, str]]) -> str:
    groups: dict[str, list[str]] = {}
    for law, text in parts:
        groups.setdefault(law, []).append(text)
    return join_laws(groups)


def addressed_fact(fact: str) -> str:
    """A fact as said to the addressee: "施工总承包单位未…" / "未…" → "你单位未…".

    The order is written to one party, so the party's role is not repeated; a
    fact already starting with 你单位 is kept as it is.
    """
    text = fact.strip()
    if not text or text.startswith(_ADDRESSEE):
        return text
    for party in _PARTIES:
        if text.startswith(party):
            return _ADDRESSEE + text[len(party):]
    return _ADDRESSEE + text


def sanctioning(v: ViolationInput) -> list[str]:
    """The provisions an overdue order can be enforced under, for one violation."""
    return [a for a in v.penalty_articles if article(a).sanction] or [FALLBACK_PENALTY]


def _site_phrase(site_name: str) -> str:
    # "“东方花园2期住宅项目”项目中" repeats 项目: add it only when the name lacks it.
    name = site_name.strip()
    return f"“{name}”" if name.endswith(("项目", "工程")) else f"“{name}”项目"


def violation_sentence(v: ViolationInput, *, last: bool) -> str:
    fact = v.fact.strip().rstrip(_TRAILING)
    end = "。" if last else "；"
    if not v.duty_articles:
        return f"{v.position}. {fact}{end}"
    return f"{v.position}. {fact}，违反了{cite_many(v.duty_articles)}的规定{end}"


def basis_sentence(violations: list[ViolationInput]) -> str:
    # Only provisions that empower 责令改正 belong here; the 第三十条 fallback is a
    # consequence of refusing the order, not a power to make it.
    ids = [BASIS_ARTICLE]
    for v in violations:
        ids.extend(v.penalty_articles)
    return f"根据{_join_citations(_cite_article_level(ids))}的规定，"


def demand_sentence(violations: list[ViolationInput]) -> str:
    deadlines = {v.deadline for v in violations}
    if len(deadlines) == 1:
        return f"现责令你单位于{format_cn_date(deadlines.pop())}前改正上述违法行为，具体要求如下："
    return "现责令你单位按下列要求和期限改正上述违法行为："


def requirement_lines(violations: list[ViolationInput]) -> list[str]:
    same = len({v.deadline for v in violations}) == 1
    lines = []
    for i, v in enumerate(violations):
        req = _REPORT_CLAUSE.sub("", v.requirement.strip().rstrip(_TRAILING)).rstrip(_TRAILING)
        req = req or f"改正上述第{v.position}项违法行为"
        when = "" if same else f"（于{format_cn_date(v.deadline)}前完成）"
        lines.append(f"{v.position}. {req}{when}{'。' if i == len(violations) - 1 else '；'}")
    return lines


def report_sentence(settings: AuthoritySettings) -> str:
    return f"请你单位在上述期限内将改正情况及相关凭证以书面形式报送{self_name(settings)}。"


def consequence_sentence(settings: AuthoritySettings, violations: list[ViolationInput]) -> str:
    groups: dict[tuple[str, ...], list[int]] = {}
    for v in violations:
        groups.setdefault(tuple(sanctioning(v)), []).append(v.position)
    who = self_name(settings)
    if len(groups) == 1:
        (ids,) = groups
        return f"逾期不改正的，{who}将依照{cite_many(list(ids))}的规定处理。"
    # Name a law once per run of citations from it, each group followed by its items.
    segments: list[str] = []
    prev_law = ""
    for ids, nos in groups.items():
        for k, aid in enumerate(ids):
            art = article(aid)
            seg = ("" if art.law == prev_law else f"《{art.law}》") + art.provision
            if k == len(ids) - 1:
                seg += f"（对应上述第{'、'.join(str(n) for n in nos)}项）"
            segments.append(seg)
            prev_law = art.law
    return f"逾期不改正的，{who}将分别依照{'、'.join(segments)}的规定处理。"


def appeal_sentence(settings: AuthoritySettings) -> str:
    # Optional on an order (DOMAIN §0.4, §1.2 #13); periods marked unverified there.
    return (
        f"如不服本指令，可以在收到之日起六十日内向{settings.appeal_body}申请行政复议，"
        f"或者在六个月内向{settings.court}提起行政诉讼。"
    )


def build_content(
    *,
    settings: AuthoritySettings,
    order_id: str,
    number: str,
    title: str,
    issue_date: date,
    addressee: Party,
    site_name: str | None,
    site_address: str,
    violations: list[ViolationInput],
    inspectors: tuple[Officer, Officer],
    supersedes_number: str | None,
) -> dict[str, Any]:
    """The canonical content of an issued order (see docs/orders.md for the fields)."""
    vs = sorted(violations, key=lambda v: v.position)
    intro = (
        # Each fact names 你单位 itself (addressed_fact), so the intro does not.
        f"经查，在{_site_phrase(site_name)}中发现下列违反劳动保障法律、法规或者规章的行为："
        if site_name
        else "经查，发现下列违反劳动保障法律、法规或者规章的行为："
    )
    paragraphs = {
        "facts_intro": intro,
        "basis": basis_sentence(vs) + demand_sentence(vs),
        "report": report_sentence(settings),
        "consequence": consequence_sentence(settings, vs),
        "appeal": appeal_sentence(settings) if settings.include_appeal_notice else "",
    }
    return {
        "format": CONTENT_FORMAT,
        "v": CONTENT_VERSION,
        "order_id": order_id,
        "number": number,
        "title": title,
        "authority": {"name": settings.authority_name, "code": settings.authority_code},
        "issue_date": issue_date.isoformat(),
        "deadline": max(v.deadline for v in vs).isoformat(),
        "addressee": {
            "name": addressee.name, "credit_code": addressee.credit_code,
            "legal_rep": addressee.legal_rep, "address": addressee.address,
        },
        "site": {"name": site_name, "address": site_address} if site_name else None,
        "violations": [
            {
                "no": v.position, "fact": v.fact, "duty_articles": list(v.duty_articles),
                "penalty_articles": list(v.penalty_articles), "requirement": v.requirement,
                "deadline": v.deadline.isoformat(),
                "text": violation_sentence(v, last=i == len(vs) - 1),
            }
            for i, v in enumerate(vs)
        ],
        "requirements": requirement_lines(vs),
        "paragraphs": paragraphs,
        "inspectors": [{"name": o.name, "credential_no": o.credential_no} for o in inspectors],
        "supersedes": supersedes_number,
    }

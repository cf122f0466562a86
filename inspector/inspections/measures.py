"""Counts an inspection records for the work plans' figures (劳动合同签订率 …).

Built-in checklist items that are statistics, not violations, carry a *measure*:
the on-site headcount, contracts already signed, contracts signed at the
inspector's urging during this visit, and whether a collective contract exists.
They are named here by item code, once for both built-in checklists, so the
figures and the finalize check read the same mapping.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector.domain.checklists import TemplateItem
from inspector.domain.inspections import ItemResult

HEADCOUNT, SIGNED, URGED, COLLECTIVE = "headcount", "contracts_signed", "contracts_urged", \
    "collective_contract"
MEASURE_CODES: dict[str, str] = {
    "C21": HEADCOUNT, "E08": HEADCOUNT,
    "C26": SIGNED, "E14": SIGNED,
    "C27": URGED, "E15": URGED,
    "C28": COLLECTIVE, "E16": COLLECTIVE,
}
COLLECTIVE_YES = "有"


@dataclass(frozen=True)
class VisitCounts:
    """One inspection's measures; None where the inspector left it empty."""

    headcount: int | None = None
    signed: int | None = None
    urged: int | None = None
    collective: bool | None = None


def _int(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return int(value) if value >= 0 and value == int(value) else None


def counts_of(values: dict[str, str]) -> VisitCounts:
    """Measures from item code → entered value."""
    got = {MEASURE_CODES[c]: v for c, v in values.items() if c in MEASURE_CODES}
    collective = got.get(COLLECTIVE, "").strip()
    return VisitCounts(
        headcount=_int(got.get(HEADCOUNT, "")), signed=_int(got.get(SIGNED, "")),
        urged=_int(got.get(URGED, "")),
        collective=None if not collective else collective == COLLECTIVE_YES)


def visit_counts(s: Session, inspection_ids: Iterable[str]) -> dict[str, VisitCounts]:
    """The measures of many inspections, read in chunks."""
    ids = list(inspection_ids)
    raw: dict[str, dict[str, str]] = {i: {} for i in ids}
    for start in range(0, len(ids), 500):
        rows = s.execute(
            select(ItemResult.inspection_id, TemplateItem.code, ItemResult.value)
            .join(TemplateItem, TemplateItem.id == ItemResult.item_id)
            .where(ItemResult.inspection_id.in_(ids[start:start + 500]),
                   ItemResult.tombstone.is_(False),
                   TemplateItem.code.in_(list(MEASURE_CODES))))
        for iid, code, value in rows:
            raw[iid][code] = value or ""
    return {i: counts_of(v) for i, v in raw.items()}


def problems_of(counts: VisitCounts) -> list[str]:
    """What the finalize check refuses: more contracts than people on site."""
    out = []
    if counts.headcount is not None and counts.signed is not None \
            and counts.signed > counts.headcount:
        out.append(f"已签订劳动合同人数（{counts.signed}）不能多于在岗人数（{counts.headcount}）")
    if counts.signed is not None and counts.urged is not None and counts.urged > counts.signed:
        out.append(f"本次督促签订人数（{counts.urged}）不能多于已签订劳动合同人数（{counts.signed}）")
    return out

"""The legal content of the built-in checklists, held to a table kept here.

EXPECTED is the duty → penalty pair of every item, read from DOMAIN §2.2 and the
article text in §2.1–2.5 (the why of each departure from v1 is in the item's
`legal_note`). A change of citation in resources/ must change this table too, so
it is a reviewed decision, not a side effect.
"""

from __future__ import annotations

import hashlib

import orjson
import pytest

from inspector.checklists.legal import STATUSES, catalogue, citation
from inspector.checklists.loader import builtin_id, builtin_template_files, read_template
from inspector.paths import resources_dir
from inspector.queries.inspections import templates

Pair = tuple[tuple[str, ...], tuple[str, ...]]

EXPECTED: dict[str, dict[str, Pair]] = {
    "CONSTRUCTION": {
        "C01": (("BZ-24-1",), ("BZ-57-1",)),
        "C02": (("BZ-24-2",), ()),  # no article of 54–57 punishes a missing clause
        "C23": (("BZ-24-2", "BZ-29-1"), ("BZ-57-2",)),
        "C03": (("BZ-29-1", "BZ-24-2"), ("BZ-57-2",)),
        "C04": (("BZ-26",), ("BZ-55-1",)),
        "C05": (("BZ-26",), ("BZ-55-1",)),
        "C06": (("BZ-24-3",), ("BZ-57-3",)),
        "C25": (("BZ-26-2",), ("BZ-57-3",)),
        "C07": (("BZ-32",), ("BZ-55-2",)),
        "C08": (("BZ-28-1", "HT-10"), ("BZ-55-3", "JC-24")),
        "C09": (("BZ-28-1",), ("BZ-55-3",)),
        "C10": (("BZ-28-1",), ("BZ-55-3",)),
        "C11": (("BZ-28-2", "BZ-30-2"), ("BZ-56-2",)),
        "C12": (("BZ-28-2",), ("BZ-56-3",)),
        "C13": (("BZ-31-2",), ("BZ-56-1",)),
        "C14": (("BZ-31-3", "BZ-26"), ("BZ-55-1",)),
        "C15": (("BZ-31-4",), ("BZ-54-3",)),
        "C16": (("BZ-15",), ("BZ-54-2",)),
        "C24": (("BZ-15",), ("BZ-54-2",)),
        "C17": (("BZ-11",), ("BZ-54-1",)),
        "C18": (("BZ-3", "BZ-12", "LD-50"), ("BZ-53", "JC-26", "HT-85")),
        "C19": (("BZ-34",), ("BZ-56-4",)),
        "C20": (("BZ-28-3",), ()),  # 56(二) punishes 总包 not supervising, not 28③
        "C21": ((), ()),
        "C26": ((), ()),  # statistics for the contract-rate figures, no duty of their own
        "C27": ((), ()),
        "C28": ((), ()),
        "C22": ((), ()),
    },
    "EMPLOYER": {
        "E01": (("HT-10",), ("JC-24",)),
        "E02": (("WZ-6-3",), ()),
        "E03": (("WZ-6-3",), ()),
        "E04": (("LD-50", "WZ-7"), ("JC-26", "HT-85")),
        "E05": (("LD-48-2", "ZD-12"), ("JC-26", "HT-85")),
        "E06": (("LD-50", "WZ-5"), ()),
        "E07": (("LD-50", "WZ-6-1"), ()),
        # 农民工 outside construction: the regulation's duties for every 用人单位.
        "E10": (("BZ-15",), ("BZ-54-2",)),
        "E11": (("BZ-15",), ("BZ-54-2",)),
        "E12": (("BZ-11",), ("BZ-54-1",)),
        "E13": (("BZ-3", "BZ-12", "LD-50"), ("BZ-53", "JC-26", "HT-85")),
        "E08": ((), ()),
        "E14": ((), ()),
        "E15": ((), ()),
        "E16": ((), ()),
        "E09": ((), ()),
    },
}

# Provisions of the 农民工 regulation that bind every 用人单位 (not the construction chapter).
ANY_EMPLOYER = {"BZ-3", "BZ-11", "BZ-12", "BZ-15", "BZ-53", "BZ-54-1", "BZ-54-2"}

RELEASED_SHA256 = {
    "construction.v1.json": "6d6e891695b44bd7532aeb247e13c4d7f37c9f302329c0648e48b4d81c59509e",
    "employer.v1.json": "7308f26cc3d3950b0ed23a5ec304c52180839e82c0b2b0b3a5bc97dfa2442967",
}


def _current() -> dict[str, dict]:
    root = resources_dir() / "checklists"
    return {d["code"]: d for d in (read_template(p) for p in sorted(root.glob("*.json")))}


def test_every_item_cites_the_expected_duty_and_penalty() -> None:
    """Each item's (duty, penalty) pair is exactly the one in EXPECTED, in checklist order."""
    current = _current()
    assert set(current) == set(EXPECTED)
    for code, data in current.items():
        pairs = {i["code"]: (tuple(i["duty_articles"]), tuple(i["penalty_articles"]))
                 for i in data["items"]}
        assert pairs == EXPECTED[code], code
        assert [i["code"] for i in data["items"]] == list(EXPECTED[code]), code


def test_employer_checklist_applies_the_migrant_worker_regulation_to_them_only() -> None:
    """《保障农民工工资支付条例》covers 农民工 only (第二条): cited only in their own items,
    and only its provisions for every 用人单位, never its 工程建设领域特别规定 chapter."""
    arts = catalogue()
    for item in _current()["EMPLOYER"]["items"]:
        cited = [arts[a] for a in item["duty_articles"] + item["penalty_articles"]]
        regulation = [a for a in cited if a.law == "保障农民工工资支付条例"]
        assert not regulation or item["category"] == "农民工工资", item["code"]
        assert {a.id for a in regulation} <= ANY_EMPLOYER, item["code"]


def test_violation_facts_are_written_to_the_addressee_and_name_one_case() -> None:
    """"你单位…", and never the "…或…超过1个月" of a checklist question."""
    for data in _current().values():
        for item in data["items"]:
            fact = item["violation_text"]
            if fact:
                assert fact.startswith("你单位"), item["code"]
                assert "或拨付周期" not in fact and "报送我局" not in item["requirement"]


def test_unverified_articles_are_flagged_where_they_are_cited() -> None:
    """An item citing an article not quoted in DOMAIN says so in its legal note."""
    arts = catalogue()
    for data in _current().values():
        for item in data["items"]:
            cited = item["duty_articles"] + item["penalty_articles"]
            if any(arts[a].status == "未核实" for a in cited):
                assert "未核实" in item["legal_note"], item["code"]


def test_catalogue_statuses_and_quoted_text() -> None:
    """原文 is a whole provision (no ……, no 款/项); 节选 shows its cut or names a 款/项."""
    arts = catalogue()
    for a in arts.values():
        assert a.status in STATUSES, a.id
        if a.status == "原文":
            assert "……" not in a.text and not a.paragraph and not a.item, a.id
        if a.status == "节选":
            assert "……" in a.text or a.paragraph or a.item, a.id
    assert arts["LD-48-2"].cite() == "《劳动法》第四十八条第二款"
    assert arts["JC-30-1-3"].cite() == "《劳动保障监察条例》第三十条第一款第（三）项"
    assert "（三）经劳动保障行政部门责令改正拒不改正" in arts["JC-30-1-3"].text
    assert arts["BZ-26-2"].cite() == "《保障农民工工资支付条例》第二十六条第二款"
    for aid in ("BZ-54-1", "BZ-55-1", "BZ-56-1", "BZ-57-1"):
        assert "责令限期改正；逾期不改正的" in arts[aid].text and arts[aid].sanction, aid
    # Only 责令改正, no sanction: never promised as the consequence of an overdue order.
    assert not arts["JC-24"].sanction and not arts["BZ-53"].sanction


@pytest.mark.parametrize("name", sorted(RELEASED_SHA256))
def test_released_versions_are_kept_unchanged(name: str) -> None:
    """A released template version is immutable: its file is kept byte for byte."""
    data = (resources_dir() / "checklists" / "superseded" / name).read_bytes()
    assert hashlib.sha256(data).hexdigest() == RELEASED_SHA256[name]
    assert orjson.loads(data)["version"] == 1


def test_both_versions_install_and_new_inspections_get_the_newest(db) -> None:
    """v1 rows keep their UUIDv5 ids (old inspections and bundles resolve); v2 is offered."""
    from inspector.domain.checklists import ChecklistTemplate

    assert [p.parent.name for p in builtin_template_files()][:2] == ["superseded"] * 2
    with db.session() as s:
        ids = {(t.code, t.version): t.id for t in s.query(ChecklistTemplate)}
    for code in ("CONSTRUCTION", "EMPLOYER"):
        assert ids[(code, 1)] == builtin_id(code, 1)
        assert ids[(code, 2)] == builtin_id(code, 2)
    offered = {(code, version) for _id, code, version, _name in templates(db)}
    assert offered == {("CONSTRUCTION", 2), ("EMPLOYER", 2)}


def test_citation_reads_like_the_law_and_never_raises() -> None:
    assert citation(["BZ-26", "BZ-55-1"]) == "《保障农民工工资支付条例》第二十六条、第五十五条第（一）项"
    assert citation(["JC-26", "BZ-53", "HT-85"]) == (
        "《劳动保障监察条例》第二十六条、《保障农民工工资支付条例》第五十三条及《劳动合同法》第八十五条")
    assert citation(["XX-1"]) == "XX-1（法条目录中无此条）"
    assert citation([]) == "—"

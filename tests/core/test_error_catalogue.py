"""One catalogue of error codes: every code raised is listed, none listed is dead, docs match."""

from __future__ import annotations

import ast
import re

from inspector.error_catalogue import BY_CODE, CATALOGUE, render_markdown
from tests.conftest import ROOT

CODE = re.compile(r"^E_[A-Z0-9_]+$")


def _codes_in_source() -> dict[str, str]:
    """Every string constant shaped like a code in inspector/ and ui/ → one place it occurs."""
    found: dict[str, str] = {}
    for tree in ("inspector", "ui"):
        for path in sorted((ROOT / tree).rglob("*.py")):
            if path.name == "error_catalogue.py":
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                        and CODE.match(node.value):
                    found.setdefault(node.value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_every_raised_code_is_in_the_catalogue() -> None:
    missing = {c: where for c, where in _codes_in_source().items() if c not in BY_CODE}
    assert missing == {}


def test_no_catalogue_entry_is_dead() -> None:
    used = _codes_in_source()
    assert [e.code for e in CATALOGUE if e.code not in used] == []


def test_codes_are_unique_and_explained() -> None:
    codes = [e.code for e in CATALOGUE]
    assert len(codes) == len(set(codes))
    for e in CATALOGUE:
        assert CODE.match(e.code) and e.area and e.summary
        assert re.search(r"[\u4e00-\u9fff]", e.summary), e.code  # Chinese, for the user
        assert "TODO" not in e.summary, e.code


def test_docs_are_generated_from_the_catalogue() -> None:
    assert (ROOT / "docs" / "errors.md").read_text(encoding="utf-8") == render_markdown()


def test_one_code_for_one_condition() -> None:
    """The former pairs (…_UNKNOWN beside …_NOT_FOUND for the same record) are gone."""
    for gone in ("E_INSPECTION_UNKNOWN", "E_INSPECTOR_UNKNOWN", "E_EMPLOYER_UNKNOWN"):
        assert gone not in BY_CODE

"""The typed value a draft save carries: every edit of one save, checked before any write.

Plain dataclasses without SQLAlchemy, so the UI can build one at import time
without loading the storage layer. Add a field here (and its check in
`DraftEdit.problems`, its write in `drafting.save_draft`) to make more of a
draft editable; callers that do not set it leave that part unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the arrears value is a plain dataclass; its module reads the database
    from inspector.inspections.arrears import Arrears


@dataclass(frozen=True)
class ViolationEdit:
    """One violation's new text, by its number on the order (1 …)."""

    position: int
    fact: str | None = None
    requirement: str | None = None
    deadline: date | None = None  # this violation's own deadline
    arrears: Arrears | None = None  # workers and amount of a wage-arrears violation


@dataclass(frozen=True)
class DraftEdit:
    """All edits of one save of a draft; None (or no violations) means "leave as it is"."""

    deadline: date | None = None
    inspector_ids: tuple[str, str] | None = None
    title: str | None = None
    violations: tuple[ViolationEdit, ...] = field(default_factory=tuple)

    def problems(self) -> list[tuple[str, str]]:
        """(code, Chinese message) for every rule this edit breaks by itself (no database)."""
        out: list[tuple[str, str]] = []
        if self.inspector_ids is not None and self.inspector_ids[0] == self.inspector_ids[1]:
            out.append(("E_TWO_INSPECTORS", "两名监察员不能是同一人。"))
        if self.title is not None and not self.title.strip().endswith("指令书"):
            out.append(("E_ORDER_TITLE", "文书标题应以“指令书”结尾。"))
        for v in self.violations:
            if v.fact is not None and not v.fact.strip():
                out.append(("E_FACT_EMPTY", f"第{v.position}项的违法事实不能为空。"))
        return out

"""What every file import (sites, past inspections, cases) reports about its rows: the
problems one row has, each refused row, and the report of the whole file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from inspector.errors import InspectorError, ValidationError

T = TypeVar("T")


@dataclass
class RowError:
    row: int
    reason: str


E = TypeVar("E")


@dataclass
class FileImportReport(Generic[E]):
    """What a file import did (the sites', the history's, the cases'), with each refused row."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[E] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


ImportReport = FileImportReport[RowError]


class RowProblems(ValidationError):
    """Every rule one row breaks (each becomes its own `RowError`)."""

    code = "E_IMPORT_ROW"

    def __init__(self, problems: list[str]) -> None:
        super().__init__("；".join(problems))
        self.problems = problems


class ProblemList(list[str]):
    """One row's problems as they are found, so the row names every one, not the first."""

    def check(self, fn: Callable[[], T]) -> T | None:
        """`fn()`, or None when it raises: its message is kept among the problems."""
        try:
            return fn()
        except InspectorError as exc:
            self.append(exc.message)
            return None

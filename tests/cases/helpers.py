"""Builders for the cases tests."""

from __future__ import annotations

from datetime import date

from inspector.cases.idcard import make
from inspector.cases.service import CaseInput, WorkerInput, assign_inspectors, save_case
from inspector.registry.service import upsert_inspector

# Valid ID numbers (check digit computed), distinct people.
IDS = [make(f"33010219900101{i:03d}") for i in range(30)]


def worker(i: int, *, months: int = 3, yuan: int = 5000, name: str | None = None) -> WorkerInput:
    return WorkerInput(name or f"工人{i}", IDS[i], f"1380000{i:04d}", months, yuan * 100)


def new_case(db, *, ref: str = "R1", source: str = "visit", received: date = date(2026, 11, 2),
             workers: list[WorkerInput] | None = None, **kw) -> str:
    with db.uow() as s:
        case_id, _ = save_case(s, CaseInput(source=source, received_on=received, source_ref=ref,
                                            employer_name=kw.pop("employer_name", "宏达劳务"),
                                            workers=workers or [], **kw))
    return case_id


def two_inspectors(db, case_id: str) -> None:
    with db.uow() as s:
        a = upsert_inspector(s, name="王五", credential_no="33990001")
        b = upsert_inspector(s, name="赵六", credential_no="33990002")
        assign_inspectors(s, case_id, [a, b])

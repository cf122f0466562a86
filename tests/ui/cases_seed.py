"""Cases for the case-screen tests, on the tests' day (Wednesday 2026-11-25).

- A 来访, received Monday 11-23, 登记: 受理 due Monday 11-30, 3 working days left → due soon;
- B 来信, received 11-02, 登记: 受理 was due 11-09 → overdue; two workers;
- C 12345 热线, received today, in campaign DJ2026: 受理 due 12-02 → not flagged;
- D 全国平台, received 11-10, 不予受理 (final) → not open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from inspector.cases.service import change_status
from inspector.cases.targets import save_campaign
from inspector.storage import Database
from tests.cases.helpers import new_case, worker


@dataclass
class Seeded:
    a: str
    b: str
    c: str
    d: str


def seed_cases(db: Database) -> Seeded:
    with db.uow() as s:
        save_campaign(s, code="DJ2026", name="冬季专项行动")
    a = new_case(db, ref="A-1", source="visit", received=date(2026, 11, 23),
                 employer_name="甲建筑劳务", workers=[worker(1, yuan=3000)])
    b = new_case(db, ref="B-1", source="letter", received=date(2026, 11, 2),
                 employer_name="乙工程公司", workers=[worker(2, yuan=5000), worker(3, yuan=2000)])
    c = new_case(db, ref="C-1", source="hotline_12345", received=date(2026, 11, 25),
                 employer_name="丙装饰", campaign_code="DJ2026", workers=[worker(2, yuan=1000)])
    d = new_case(db, ref="D-1", source="national_platform", received=date(2026, 11, 10),
                 employer_name="丁物业")
    with db.uow() as s:
        change_status(s, d, "rejected", reason="不属于劳动保障监察管辖", on=date(2026, 11, 12))
    return Seeded(a, b, c, d)

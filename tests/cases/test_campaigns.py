"""Campaigns (专项行动): one core write for the CLI and the cases screen, its checks, its
audit event, and the list the screen shows."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from inspector.cases import actions
from inspector.cases.targets import CampaignRow, campaign_rows
from inspector.domain.audit import AuditEvent
from inspector.errors import InspectorError
from tests.cases.helpers import new_case

WINTER: dict[str, Any] = {"code": "DJ2026", "name": "冬季根治欠薪专项行动", "start_on": date(2026, 11, 15),
          "end_on": date(2027, 2, 10)}


def _saves(db) -> list[dict]:
    with db.session() as s:
        return [json.loads(e.detail) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.action == "campaign.save")
            .order_by(AuditEvent.seq))]


def test_add_then_edit_a_campaign(db) -> None:
    actions.save_campaign(db, **WINTER, new=True)
    new_case(db, campaign_code="DJ2026")
    new_case(db, ref="R2")
    assert campaign_rows(db) == [CampaignRow("DJ2026", "冬季根治欠薪专项行动",
                                             date(2026, 11, 15), date(2027, 2, 10), 1)]
    actions.save_campaign(db, code="DJ2026", name="冬季专项行动", start_on=date(2026, 11, 1))
    assert campaign_rows(db) == [CampaignRow("DJ2026", "冬季专项行动", date(2026, 11, 1), None, 1)]
    # Saved as it already is: nothing changes, nothing is recorded.
    actions.save_campaign(db, code="DJ2026", name="冬季专项行动", start_on=date(2026, 11, 1))
    assert [(e["name"], e["start_on"], e["end_on"]) for e in _saves(db)] == [
        ("冬季根治欠薪专项行动", "2026-11-15", "2027-02-10"), ("冬季专项行动", "2026-11-01", None)]


def test_what_a_campaign_may_not_be(db) -> None:
    actions.save_campaign(db, **WINTER)
    for kw, code in (({**WINTER, "new": True}, "E_CAMPAIGN_EXISTS"),
                     ({**WINTER, "code": "X1", "end_on": date(2026, 11, 14)}, "E_CAMPAIGN_DATES"),
                     ({**WINTER, "code": "X2", "name": "  "}, "E_CAMPAIGN")):
        with pytest.raises(InspectorError) as err:
            actions.save_campaign(db, **kw)
        assert err.value.code == code
    assert [r.name for r in campaign_rows(db)] == ["冬季根治欠薪专项行动"]
    assert len(_saves(db)) == 1


def test_the_cli_saves_through_the_same_core_function(db, db_path: Path, monkeypatch,
                                                      capsys) -> None:
    from inspector.cli.main import main

    calls: list[dict] = []
    real = actions.save_campaign

    def spy(database, **kw):
        calls.append(kw)
        return real(database, **kw)

    monkeypatch.setattr(actions, "save_campaign", spy)
    argv = ["--db", str(db_path), "cases", "campaign", "--code", "XQ2026", "--name", "夏季清零",
            "--start", "2026-06-01", "--end", "2026-08-31"]
    assert main(argv) == 0
    assert main(argv) == 0  # a script run twice saves it again, never refused
    assert calls == [{"code": "XQ2026", "name": "夏季清零", "start_on": date(2026, 6, 1),
                      "end_on": date(2026, 8, 31)}] * 2
    assert [(r.code, r.start_on) for r in campaign_rows(db)] == [("XQ2026", date(2026, 6, 1))]
    assert "已保存专项行动 XQ2026" in capsys.readouterr().out
    assert main([*argv[:-2], "--end", "2026-05-31"]) != 0
    assert "E_CAMPAIGN_DATES" in capsys.readouterr().err

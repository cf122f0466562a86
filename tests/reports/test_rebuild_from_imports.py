"""A small period of our own (2025 Q1), rebuilt from imports alone — the site list, the
historical inspections ledger, the case list — through the CLI an office uses, and the
summary checked figure by figure, as JSON and as text, for the office and for a campaign."""

from __future__ import annotations

import csv
from pathlib import Path

import orjson
import pytest

from inspector.cases.cases_io import template_headers
from inspector.cases.idcard import make as make_id
from inspector.domain.registry import INDUSTRIES
from inspector.inspections.history_io import HEADERS as HISTORY
from inspector.registry.credit_code import make
from inspector.registry.sites_io import HEADERS as SITES
from tests.conftest import run_cli

G1, G2 = make("91339901MA0000101"), make("91339901MA0000102")
E1, E2 = make("91339901MA0000111"), make("91339901MA0000112")
PEOPLE = "王五:33990001；赵六:33990002"
ZHANG, LI, WANG, ZHAO = (make_id(f"33010219800101{n:03d}") for n in (11, 12, 13, 14))


def _csv(path: Path, headers: list[str], rows: list[dict[str, str]]) -> Path:
    def plain(h: str) -> str:
        return h.split("*")[0].split("（")[0]
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(headers)
        w.writerows([[r.get(plain(h), "") for h in headers] for r in rows])
    return path


def _site(code: str, name: str, status: str, gc: str, *platform: str) -> dict[str, str]:
    keys = ("实名采集人数", "在职人数", "在职人员劳动合同签订人数", "工资保证金已登记",
            "工资专用账户已绑定")
    return {"项目编号": code, "项目名称": name, "项目状态": status, "施工总承包单位名称": "总包" + code,
            "施工总承包单位统一社会信用代码": gc, **dict(zip(keys, platform, strict=True))}


def _visit(on: str, kind: str, name: str, code: str, counts: str, collective: str,
           **more: str) -> dict[str, str]:
    head, signed, urged = counts.split("/")
    return {"检查日期": on, "对象类型": kind, "名称": name, "统一社会信用代码": code,
            "检查人员": PEOPLE, "在岗人数": head, "已签订劳动合同人数": signed,
            "本次督促签订人数": urged, "集体合同": collective, **more}


def _case(source: str, ref: str, on: str, name: str, ident: str, **more: str) -> dict[str, str]:
    return {"案件来源": source, "来源编号": ref, "收到日期": on, "劳动者姓名": name,
            "身份证号": ident, "拖欠金额": "3000", **more}


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("rebuild")
    db = d / "office.db"
    run_cli("init", "--role", "office", "--code", "OFFICE", db=db, check=True)
    run_cli("cases", "campaign", "--code", "WINTER", "--name", "冬季根治欠薪专项行动", db=db,
            check=True)
    sites = _csv(d / "sites.csv", SITES, [
        _site("XM-A", "城东安置小区", "在建", G1, "200", "80", "76", "是", "是"),
        _site("XM-B", "滨河路桥", "停工", G2, "50", "0", "0", "是", "否"),
        _site("XM-C", "职教中心", "已完工", G1, "120", "10", "10", "否", "是"),
    ])
    visits = _csv(d / "history.csv", HISTORY, [
        _visit("2024-12-20", "用人单位", "精工机械有限公司", E1, "30/20/0", "无",
               行业="制造业"),                                         # before the period
        _visit("2025-01-15", "工程项目", "城东安置小区", G1, "80/70/6", "有", 发现问题="C08",
               指令书文号="示劳监令〔2025〕1号", 出具日期="2025-01-15", 专项行动="WINTER"),
        _visit("2025-02-10", "工程项目", "城东安置小区", G1, "80/76/6", "有", 专项行动="WINTER"),
        _visit("2025-02-20", "工程项目", "滨河路桥", G2, "10/10/0", "无"),
        _visit("2025-01-20", "用人单位", "精工机械有限公司", E1, "40/36/4", "无",
               发现问题="E04；E05", 指令书文号="示劳监令〔2025〕2号", 出具日期="2025-01-22"),
        _visit("2025-03-05", "用人单位", "鸿运物流有限公司", E2, "25/25/2", "有", 行业="G",
               专项行动="WINTER"),
        _visit("2025-04-02", "工程项目", "职教中心", G1, "10/10/0", "有"),  # after it
    ])
    cases = _csv(d / "cases.csv", template_headers(), [
        _case("12345 热线", "H-1", "2025-02-01", "张三", ZHANG),
        _case("12345 热线", "H-1", "2025-02-01", "李四", LI),
        _case("全国根治欠薪线索反映平台", "N-1", "2025-03-10", "李四", LI, 专项行动代号="WINTER"),
        _case("全国根治欠薪线索反映平台", "N-1", "2025-03-10", "王五", WANG, 专项行动代号="WINTER"),
        _case("来访", "V-0", "2024-12-28", "赵七", ZHAO),               # before the period
    ])
    for args in (("sites", "import", sites), ("inspections", "import", visits),
                 ("cases", "import", cases)):
        out = run_cli(*args, "--json", db=db, check=True)
        assert orjson.loads(out.stdout)["errors"] == [], args
    return db


def _summary(db: Path, *extra: str) -> dict[str, object]:
    out = run_cli("report", "summary", "--from", "2025-01-01", "--to", "2025-03-31", "--json",
                  *extra, db=db, check=True)
    return orjson.loads(out.stdout)


def test_the_period_figure_by_figure(office: Path) -> None:
    assert _summary(office) == {
        "period_from": "2025-01-01", "period_to": "2025-03-31",
        "construction_sites_inspected": 2, "employers_inspected": 2,
        "employers_by_industry": {INDUSTRIES["C"]: 1, INDUSTRIES["G"]: 1},
        "orders_issued": 2, "orders_rectified": 0, "orders_overdue": 0,
        "contracts_signed_on_visits": 6 + 6 + 0 + 4 + 2,
        # Each unit's latest visit: 76/80, 10/10, 36/40, 25/25.
        "contract_rate_percent": round(147 * 100 / 155, 1),
        "collective_contract_rate_percent": 50.0,
        "complaints_received": 2, "complaints_closed": 0, "closure_rate_percent": None,
        "workers_involved": 3, "wages_recovered_yuan": 0.0,
        "cases_referred_police": 0, "cases_referred_court": 0,
        "cases_by_source": {
            "12345 热线": {"received": 1, "closed": 0, "workers": 2, "wages_recovered_yuan": 0.0},
            "全国根治欠薪线索反映平台": {"received": 1, "closed": 0, "workers": 2,
                                        "wages_recovered_yuan": 0.0}},
        "projects_by_status": {"停工": 1, "已完工": 1, "在建": 1},
        "projects_realname_collected": 370, "projects_employed": 90,
        "projects_contracts_signed": 86, "projects_deposit_registered": 2,
        "projects_wage_account_bound": 2,
    }


def test_one_campaign_figure_by_figure(office: Path) -> None:
    got = _summary(office, "--campaign", "WINTER")
    assert got == {
        "period_from": "2025-01-01", "period_to": "2025-03-31",
        "campaign": "WINTER", "campaign_name": "冬季根治欠薪专项行动",
        "construction_sites_inspected": 1, "employers_inspected": 1,
        "employers_by_industry": {INDUSTRIES["G"]: 1},
        "orders_issued": 1, "orders_rectified": 0, "orders_overdue": 0,
        "contracts_signed_on_visits": 14,
        "contract_rate_percent": round(101 * 100 / 105, 1),
        "collective_contract_rate_percent": 100.0,
        "complaints_received": 1, "complaints_closed": 0, "closure_rate_percent": None,
        "workers_involved": 2, "wages_recovered_yuan": 0.0,
        "cases_referred_police": 0, "cases_referred_court": 0,
        "cases_by_source": {"全国根治欠薪线索反映平台": {
            "received": 1, "closed": 0, "workers": 2, "wages_recovered_yuan": 0.0}},
        "projects_by_status": {"在建": 1},
        "projects_realname_collected": 200, "projects_employed": 80,
        "projects_contracts_signed": 76, "projects_deposit_registered": 1,
        "projects_wage_account_bound": 1,
    }
    bad = run_cli("report", "summary", "--from", "2025-01-01", "--to", "2025-03-31",
                  "--campaign", "NOPE", db=office)
    assert bad.returncode == 1 and "E_CAMPAIGN_NOT_FOUND" in bad.stderr


def test_the_summary_text(office: Path) -> None:
    text = run_cli("report", "summary", "--from", "2025-01-01", "--to", "2025-03-31",
                   db=office, check=True).stdout.strip()
    assert text == TEXT
    campaign = run_cli("report", "summary", "--from", "2025-01-01", "--to", "2025-03-31",
                       "--campaign", "WINTER", db=office, check=True).stdout
    assert campaign.startswith("2025年1月1日至2025年3月31日，在冬季根治欠薪专项行动中，")
    assert "共监察在建建筑工地1个，各类用人单位1户" in campaign


TEXT = ("2025年1月1日至2025年3月31日，××县人力资源和社会保障局共监察在建建筑工地2个，各类用人单位2户，"
        "其中交通运输、仓储和邮政业1户，制造业1户；主动上门督促签订劳动合同18人，劳动合同签订率达94.8%，"
        "集体合同签订率50.0%；签发《限期改正指令书》2份，已整改0份，逾期未整改0份；"
        "受理举报投诉案件2件，结案0件，为3名劳动者追回被拖欠工资0.00元，移送公安机关0件，移送法院0件；"
        "登记工程项目3个，其中停工1个，在建1个，已完工1个；实名采集人员数370人，在职人员数90人，"
        "在职人员劳动合同签订人数86人，登记农民工工资保证金2个，绑定农民工工资专用账户2个。")

"""Realistic, deterministic Chinese demo data (`inspector demo`, and the app's first start).

The same seed gives the same sites, employers, inspectors, answers and findings
(ids and timestamps aside). Credit codes are valid GB 32100-2015 codes in a
fictional numbering range; names are made up.
"""

from __future__ import annotations

import contextlib
import random
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select

from inspector import clock
from inspector.config import AuthoritySettings, load_authority, save_authority
from inspector.devices import init_device, this_device
from inspector.domain.checklists import TemplateItem
from inspector.domain.registry import Employer, Site
from inspector.inspections.bulk import InspectionRecord, record_inspections
from inspector.inspections.service import answer_item, start_inspection
from inspector.progress import Cancelled, Meter, ProgressFn
from inspector.queries.inspections import inspection_form, templates
from inspector.registry.credit_code import ALPHABET, make
from inspector.registry.service import EmployerInput, SiteInput, upsert_inspector, upsert_site
from inspector.storage import Database

TOWNSHIPS = ["城关镇", "城东街道", "城西街道", "滨江街道", "高新区", "青山镇", "石桥镇",
             "新塘镇", "白沙乡", "龙泉镇", "金水街道", "桃源镇"]
ROADS = ["人民路", "解放路", "建设大道", "滨江路", "学府路", "工业大道", "环城北路",
         "凤凰路", "迎宾大道", "文昌路", "长安街", "湖滨路"]
BRANDS = ["宏达", "华建", "中天", "恒信", "金鼎", "正泰", "鑫源", "瑞丰", "东方", "安居",
          "永盛", "隆基", "远大", "天成", "广厦", "博远", "锦程", "福顺", "嘉和", "新城"]
PROJECT_KINDS = [("花园{n}期住宅项目", "housing"), ("安置小区{n}号地块工程", "housing"),
                 ("人民医院门诊楼扩建工程", "housing"), ("第{n}中学教学楼新建工程", "housing"),
                 ("污水处理厂提标改造工程", "water"), ("{road}道路改造工程", "transport"),
                 ("G{n}20国道改建工程", "transport"), ("河道综合整治{n}标段", "water"),
                 ("商业综合体{n}号楼", "housing"), ("产业园标准厂房{n}期", "housing")]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
GIVEN = ["伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明",
         "超", "秀英", "建华", "志刚", "海燕", "国强", "丽娟", "晓东", "春梅", "文斌"]
NOTES = {"C04": "项目开工已两个月，未能出示专户开户资料", "C07": "未能提供保证金存储凭证或保函",
         "C09": "现场抽点42人，实名登记仅35人", "C13": "10月工资支付表无农民工本人签字",
         "C19": "告示牌缺少投诉举报电话和当地最低工资标准", "C16": "未能提供9月、10月工资支付台账",
         "C18": "据工人反映9月、10月工资未足额发放", "E01": "抽查8名职工，3人未签订劳动合同",
         "E02": "未编制书面工资支付台账", "E04": "10月工资至今未发放"}


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _phone(rng: random.Random) -> str:
    return "1" + rng.choice("3589") + "".join(rng.choice("0123456789") for _ in range(9))


class _Codes:
    """Unique valid credit codes: 91 + a fictional division + 9 characters + check."""

    def __init__(self, rng: random.Random) -> None:
        self.rng, self.used = rng, set[str]()

    def new(self) -> str:
        while True:
            body = "".join(self.rng.choice(ALPHABET[:10] + "MA") for _ in range(9))
            code = make("91" + "339901" + body)
            if code not in self.used:
                self.used.add(code)
                return code


def _site_input(rng: random.Random, codes: _Codes, n: int) -> SiteInput:
    township = rng.choice(TOWNSHIPS)
    pattern, regulator = rng.choice(PROJECT_KINDS)
    name = rng.choice(BRANDS) + pattern.format(n=rng.randint(1, 5), road=rng.choice(ROADS))
    gc = EmployerInput(name=f"{rng.choice(BRANDS)}建设集团有限公司", credit_code=codes.new(),
                       legal_rep=_person(rng), address=f"{rng.choice(TOWNSHIPS)}{rng.choice(ROADS)}{rng.randint(1, 300)}号",
                       contact_name=_person(rng), contact_phone=_phone(rng))
    owner = EmployerInput(name=f"{rng.choice(BRANDS)}置业有限公司", credit_code=codes.new(),
                          legal_rep=_person(rng), industry="K",
                          address=f"{township}{rng.choice(ROADS)}{rng.randint(1, 300)}号")
    subs = [EmployerInput(name=f"{rng.choice(BRANDS)}{kind}有限公司", credit_code=codes.new(),
                          legal_rep=_person(rng))
            for kind in rng.sample(["劳务", "建筑劳务", "钢结构工程", "装饰工程", "机电安装"],
                                   rng.randint(1, 3))]
    start = clock.today() - timedelta(days=700) + timedelta(days=rng.randint(0, 600))
    registered = rng.randint(30, 400)
    return SiteInput(
        code=f"XM{2025 + n % 2}{n:05d}", name=name,
        address=f"{township}{rng.choice(ROADS)}{rng.randint(1, 500)}号", township=township,
        regulator=regulator, status=rng.choices(["building", "suspended", "completed"],
                                                [8, 1, 1])[0],
        general_contractor=gc, project_owner=owner, subcontractors=subs,
        contract_amount_fen=rng.randint(500, 60000) * 1_000_000,
        start_date=start, planned_end_date=start + timedelta(days=rng.randint(300, 900)),
        headcount_registered=registered, headcount_active=max(0, registered - rng.randint(0, 40)),
        wage_manager_name=_person(rng), wage_manager_phone=_phone(rng),
    )


def _with_platform(rng: random.Random, data: SiteInput) -> SiteInput:
    """The province platform's figures for a site: contracts, deposit, wage account."""
    active = data.headcount_active or 0
    data.contracts_signed = active - rng.choice([0, 0, 0, 1, 2, 4]) if active > 4 else active
    data.wage_deposit_registered = rng.random() < 0.9
    data.wage_account_bound = rng.random() < 0.95
    return data


def _past_commit(meter: Meter, done: int, label: str) -> None:
    """Report after the point of no return: a cancel here is ignored (see `load_demo`)."""
    with contextlib.suppress(Cancelled):
        meter.at(done, label)


def load_demo(db: Database, *, sites: int = 60, seed: int = 2026,
              if_empty: bool = False, progress: ProgressFn | None = None) -> dict[str, Any]:
    """Fill the database with demo data; with `if_empty`, only when it has no site yet.

    `progress` (see `inspector.progress`) reports per few sites, then per step.
    What a cancel (`progress` raising `Cancelled`) leaves behind:

    - before the first site, or at any report while the sites are built: the
      database exactly as it was, except that a database with no device
      identity gets one (`init_device`, as the app's first start does anyway).
      The authority settings, inspectors and sites are one transaction (about
      half the work), rolled back.
    - after that transaction committed: nothing is undone and the cancel is
      ignored; the rest (inspections, two drafts, orders) runs to the end.
      Those steps go through the inspection and order services, which commit
      one by one, so stopping among them would leave half a demo; finishing
      costs about as long as the first half. So a demo is either absent or whole.
    """
    meter = Meter(progress, total=2 * max(sites, 1))
    meter.report("正在准备演示数据…")
    if this_device(db) is None:
        init_device(db)
    with db.session() as s:
        existing = s.scalar(select(func.count()).select_from(Site)) or 0
    if if_empty and existing:
        return {"skipped": True, "counts": {}}
    rng = random.Random(seed)
    codes = _Codes(rng)
    # One random stream, drawn in this order (registry, visits, orders): the same seed
    # gives the same demo.
    inspectors, parties = _registry(db, rng, codes, sites=sites, existing=existing,
                                    seed=seed, meter=meter)
    _past_commit(meter, sites + sites // 4, "正在生成检查记录…")
    site_tpl = next(t for t in templates(db, "site"))
    # Visits over the last three months, counted back from the core's clock, so the
    # demo's orders are due soon or overdue whatever day it is opened.
    base = datetime.combine(clock.today() - timedelta(days=85), time(9, 0))
    records = _visits(db, rng, random.Random(seed + 2), site_tpl[0], parties, inspectors, base)
    ids = record_inspections(db, records)
    _past_commit(meter, sites + sites // 2, "正在生成检查草稿…")
    drafts = _drafts(db, site_tpl[0], parties[:2], inspectors[:2])
    counts: dict[str, int] = {"sites": sites, "inspectors": len(inspectors),
                              "inspections": len(ids) + len(drafts)}
    try:
        from inspector.orders.demo import add_demo_orders
    except ImportError:  # the orders package is optional for the demo
        add_demo_orders = None  # type: ignore[assignment]
    if add_demo_orders is not None:
        _past_commit(meter, sites + 3 * sites // 4, "正在生成指令书…")
        counts.update(add_demo_orders(db, rng))
    counts["employer_inspections"] = _employer_visits(db, random.Random(seed + 1), codes,
                                                      inspectors, base)
    _past_commit(meter, 2 * max(sites, 1), "演示数据已生成。")
    return {"skipped": False, "counts": counts}


Parties = list[tuple[str, dict[str, str]]]
"""(site id, {role: employer id}) of each demo site."""


def _registry(db: Database, rng: random.Random, codes: _Codes, *, sites: int, existing: int,
              seed: int, meter: Meter) -> tuple[list[str], Parties]:
    """Authority settings, inspectors and sites in one transaction (a cancel rolls it back)."""
    with db.uow() as s:
        settings = load_authority(s)
        if settings == AuthoritySettings():
            settings.authority_name = "示例县人力资源和社会保障局"
            settings.authority_code = "示人社"
            settings.authority_address = "示例县城关镇人民路1号"
            settings.authority_phone = "0571-12345678"
            save_authority(s, settings)
        inspectors = [upsert_inspector(s, name=_person(rng), credential_no=f"33990{n:04d}",
                                       unit="劳动保障监察大队", phone=_phone(rng))
                      for n in range(1, 7)]
        parties: Parties = []
        platform_rng = random.Random(seed + 3)  # own stream: the rest of the demo is unchanged
        for n in range(1, sites + 1):
            data = _with_platform(platform_rng, _site_input(rng, codes, n + existing))
            site_id, _ = upsert_site(s, data)
            site = s.get(Site, site_id)
            assert site is not None and site.general_contractor_id
            sub = s.scalar(select(Employer.id).where(
                Employer.credit_code == data.subcontractors[0].credit_code))
            parties.append((site_id, {"general_contractor": site.general_contractor_id,
                                      "project_owner": site.project_owner_id or "",
                                      "subcontractor": sub or site.general_contractor_id}))
            if n % 5 == 0:
                meter.at(n, f"正在生成工程项目 {n}/{sites}…")
        # Last point a cancel is honoured: still inside the transaction.
        meter.at(sites, "正在保存工程项目…")
    return inspectors, parties


def _visits(db: Database, rng: random.Random, counts_rng: random.Random, template_id: str,
            parties: Parties, inspectors: list[str], base: datetime) -> list[InspectionRecord]:
    """One or two finalized visits per site, with findings drawn from the template's items.

    The visits' headcounts come from their own stream (`counts_rng`): the sites, findings
    and orders stay exactly what the seed gave before headcounts were recorded."""
    with db.session() as s:
        items = [(i.id, i.code, i.answer_type) for i in s.scalars(
            select(TemplateItem).where(TemplateItem.template_id == template_id)
            .order_by(TemplateItem.position))]
    yes_no = [(i, c) for i, c, t in items if t in ("yes_no", "yes_no_na")]
    by_code = {c: i for i, c, _ in items}
    records = []
    for site_id, who in parties:
        for visit in range(rng.randint(1, 2)):
            started = base + timedelta(days=rng.randint(0, 80), hours=rng.randint(0, 6))
            bad = rng.sample(yes_no, rng.choice([0, 1, 2, 3, 3, 4]))
            records.append(InspectionRecord(
                target_kind="site", template_id=template_id, site_id=site_id,
                employer_id=who["general_contractor"],
                inspector_ids=rng.sample(inspectors, 2), started_at=started,
                ended_at=started + timedelta(minutes=rng.randint(40, 150)),
                location="项目部会议室及施工现场", notes="" if visit else "冬季专项检查",
                answers={i: ("non_compliant", NOTES.get(c, "")) for i, c in bad},
                parties={h: e for h, e in who.items() if e},
                values=_measures(counts_rng, by_code, ("C21", "C26", "C27", "C28")),
            ))
    return records


def _drafts(db: Database, template_id: str, parties: Parties, inspectors: list[str]) -> list[str]:
    """Inspections in progress, as an inspector would leave them mid-visit."""
    drafts = []
    for site_id, _ in parties:
        iid = start_inspection(db, target_kind="site", template_id=template_id,
                               inspector_ids=inspectors, site_id=site_id, location="施工现场")
        for it in inspection_form(db, iid).items[:5]:
            answer_item(db, iid, it.item_id, answer="compliant")
        drafts.append(iid)
    return drafts


def _measures(rng: random.Random, by_code: dict[str, str],
              codes: tuple[str, str, str, str]) -> dict[str, str]:
    """Headcount, contracts signed (incl. urged now), urged now, 集体合同 — plausible and
    consistent (signed ≤ headcount, urged ≤ signed)."""
    head = rng.randint(15, 120)
    signed = head - rng.choice([0, 0, 1, 2, 3, 5])
    urged = rng.randint(0, min(signed, 6))
    values = dict(zip(codes, (str(head), str(signed), str(urged), rng.choice(["有", "无", "无"])),
                      strict=True))
    return {by_code[c]: v for c, v in values.items() if c in by_code}


# Employers outside construction, as the offices' 用人单位 inspections meet them.
EMPLOYERS = [("精密机械制造有限公司", "C"), ("食品加工有限公司", "C"), ("大酒店有限公司", "H"),
             ("连锁超市有限公司", "F"), ("物流有限公司", "G"), ("物业服务有限公司", "K")]


def _employer_visits(db: Database, rng: random.Random, codes: _Codes, inspectors: list[str],
                     base: datetime) -> int:
    """One finalized 用人单位 inspection per non-construction employer (own random stream,
    so adding them changed nothing of the sites, inspections and orders before them)."""
    from inspector.registry.service import upsert_employer

    tpls = templates(db, "employer")
    if not tpls:
        return 0
    tpl = tpls[0][0]
    with db.session() as s:
        every = [(i.id, i.code, i.answer_type) for i in s.scalars(
            select(TemplateItem).where(TemplateItem.template_id == tpl)
            .order_by(TemplateItem.position))]
    items = [(i, c) for i, c, t in every if t in ("yes_no", "yes_no_na")]
    by_code = {c: i for i, c, _ in every}
    records = []
    with db.uow() as s:
        for n, (kind, industry) in enumerate(EMPLOYERS):
            town = rng.choice(TOWNSHIPS)
            emp_id, _ = upsert_employer(s, EmployerInput(
                name=rng.choice(BRANDS) + kind, credit_code=codes.new(), legal_rep=_person(rng),
                address=f"{town}{rng.choice(ROADS)}{rng.randint(1, 500)}号", township=town,
                industry=industry, contact_name=_person(rng), contact_phone=_phone(rng)))
            started = base + timedelta(days=10 + 11 * n, hours=rng.randint(0, 6))
            bad = rng.sample(items, rng.choice([0, 1, 2]))
            records.append(InspectionRecord(
                target_kind="employer", template_id=tpl, employer_id=emp_id,
                inspector_ids=rng.sample(inspectors, 2), started_at=started,
                ended_at=started + timedelta(minutes=rng.randint(40, 90)), location="单位办公室",
                answers={i: ("non_compliant", NOTES.get(c, "")) for i, c in bad},
                values=_measures(rng, by_code, ("E08", "E14", "E15", "E16"))))
    return len(record_inspections(db, records))

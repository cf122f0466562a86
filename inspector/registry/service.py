"""Create and update employers, sites and inspectors; read them back as plain rows.

Public services take the `Database` and own one transaction: `save_employer`,
`save_site`, `save_inspector`, `set_inspector_active`. Each has a step that runs
inside a caller's unit of work instead (`upsert_employer`, `upsert_site`,
`upsert_inspector`, taking the `Session`), so an import, the demo or a case naming
its employer puts many of them in one transaction. Results are plain dataclasses or
ids: ORM objects never leave the core.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import CompoundSelect, func, or_, select
from sqlalchemy.orm import Session, aliased

from inspector.audit import record
from inspector.config import load_authority
from inspector.domain.registry import (
    INDUSTRIES,
    REGULATORS,
    SITE_STATUSES,
    Employer,
    Inspector,
    Site,
    SiteSubcontractor,
)
from inspector.errors import NotFoundError, ValidationError
from inspector.registry.credit_code import validate as validate_credit_code
from inspector.storage import Database


@dataclass
class EmployerInput:
    name: str
    credit_code: str
    legal_rep: str = ""
    address: str = ""
    township: str = ""
    industry: str = "E"
    contact_name: str = ""
    contact_phone: str = ""


@dataclass
class SiteInput:
    name: str
    general_contractor: EmployerInput | None = None
    project_owner: EmployerInput | None = None
    subcontractors: list[EmployerInput] = field(default_factory=list)
    code: str | None = None
    address: str = ""
    township: str = ""
    regulator: str = "housing"
    status: str = "building"
    contract_amount_fen: int | None = None
    start_date: date | None = None
    planned_end_date: date | None = None
    headcount_registered: int | None = None
    headcount_active: int | None = None
    contracts_signed: int | None = None
    wage_deposit_registered: bool | None = None
    wage_account_bound: bool | None = None
    wage_manager_name: str = ""
    wage_manager_phone: str = ""


def save_employer(db: Database, data: EmployerInput) -> tuple[str, bool]:
    """Insert or update the employer with this credit code; returns (id, created)."""
    with db.uow() as s:
        return upsert_employer(s, data)


def upsert_employer(s: Session, data: EmployerInput) -> tuple[str, bool]:
    """`save_employer` as a step of the caller's unit of work."""
    code = validate_credit_code(data.credit_code)
    name = data.name.strip()
    if not name:
        raise ValidationError("单位名称不能为空。", code="E_EMPLOYER_NAME")
    if data.industry not in INDUSTRIES:
        raise ValidationError(f"未知的行业门类：{data.industry}", code="E_INDUSTRY")
    values = {
        "name": name, "legal_rep": data.legal_rep.strip(), "address": data.address.strip(),
        "township": data.township.strip(), "industry": data.industry,
        "contact_name": data.contact_name.strip(), "contact_phone": data.contact_phone.strip(),
    }
    emp = s.scalar(select(Employer).where(Employer.credit_code == code))
    if emp is None:
        emp = Employer(credit_code=code, **values)
        s.add(emp)
        s.flush()
        record(s, "employer.create", "employer", emp.id, {"credit_code": code})
        return emp.id, True
    changed = {k: v for k, v in values.items() if v and getattr(emp, k) != v}
    for k, v in changed.items():
        setattr(emp, k, v)
    if changed:
        s.flush()
        record(s, "employer.update", "employer", emp.id, {"fields": sorted(changed)})
    return emp.id, False


def check_site(data: SiteInput) -> None:
    """The site's own rules (no database); raises the first broken one."""
    if not data.name.strip():
        raise ValidationError("项目名称不能为空。", code="E_SITE_NAME")
    if data.regulator not in REGULATORS:
        raise ValidationError(f"未知的行业主管部门：{data.regulator}", code="E_REGULATOR")
    if data.status not in SITE_STATUSES:
        raise ValidationError(f"未知的项目状态：{data.status}", code="E_SITE_STATUS")
    for n in (data.headcount_registered, data.headcount_active, data.contract_amount_fen,
              data.contracts_signed):
        if n is not None and n < 0:
            raise ValidationError("人数和金额不能为负数。", code="E_NEGATIVE")
    if (data.contracts_signed is not None and data.headcount_active is not None
            and data.contracts_signed > data.headcount_active):
        raise ValidationError("在职人员劳动合同签订人数不能多于在职人数。",
                              code="E_CONTRACTS_OVER_HEADCOUNT")
    if data.start_date and data.planned_end_date and data.planned_end_date < data.start_date:
        raise ValidationError("计划竣工日期早于开工日期。", code="E_DATES")


def find_site(s: Session, data: SiteInput) -> Site | None:
    """The stored site an input describes: by 项目编号, else by name and 总包 credit code."""
    if data.code:
        return s.scalar(select(Site).where(Site.code == data.code.strip()))
    q = select(Site).where(Site.name == data.name.strip())
    if data.general_contractor is not None:
        gc = aliased(Employer)
        q = q.join(gc, Site.general_contractor_id == gc.id).where(
            gc.credit_code == validate_credit_code(data.general_contractor.credit_code)
        )
    return s.scalars(q).first()


def save_site(db: Database, data: SiteInput) -> tuple[str, str]:
    """Insert or update a site with its parties; returns (id, "created"|"updated"|"unchanged")."""
    with db.uow() as s:
        return upsert_site(s, data)


def upsert_site(s: Session, data: SiteInput) -> tuple[str, str]:
    """`save_site` as a step of the caller's unit of work."""
    check_site(data)
    gc_id = upsert_employer(s, data.general_contractor)[0] if data.general_contractor else None
    owner_id = upsert_employer(s, data.project_owner)[0] if data.project_owner else None
    sub_ids = [upsert_employer(s, sub)[0] for sub in data.subcontractors]
    values = {
        "code": data.code.strip() if data.code else None, "name": data.name.strip(),
        "address": data.address.strip(), "township": data.township.strip(),
        "regulator": data.regulator, "status": data.status,
        "general_contractor_id": gc_id, "project_owner_id": owner_id,
        "contract_amount_fen": data.contract_amount_fen, "start_date": data.start_date,
        "planned_end_date": data.planned_end_date,
        "headcount_registered": data.headcount_registered,
        "headcount_active": data.headcount_active,
        "contracts_signed": data.contracts_signed,
        "wage_deposit_registered": data.wage_deposit_registered,
        "wage_account_bound": data.wage_account_bound,
        "wage_manager_name": data.wage_manager_name.strip(),
        "wage_manager_phone": data.wage_manager_phone.strip(),
    }
    site = find_site(s, data)
    outcome = "created" if site is None else "unchanged"
    if site is None:
        site = Site(**values)
        s.add(site)
        s.flush()
        record(s, "site.create", "site", site.id, {"name": site.name})
    else:
        changed = {k: v for k, v in values.items() if getattr(site, k) != v}
        for k, v in changed.items():
            setattr(site, k, v)
        if changed:
            outcome = "updated"
            s.flush()
            record(s, "site.update", "site", site.id, {"fields": sorted(changed)})
    known = set(
        s.scalars(
            select(SiteSubcontractor.employer_id).where(SiteSubcontractor.site_id == site.id)
        )
    )
    for emp_id in sub_ids:
        if emp_id not in known:
            s.add(SiteSubcontractor(site_id=site.id, employer_id=emp_id))
            known.add(emp_id)
            outcome = "updated" if outcome == "unchanged" else outcome
    return site.id, outcome


def save_inspector(db: Database, *, name: str, credential_no: str, unit: str = "",
                   phone: str = "") -> str:
    """Add an inspector, or update the one with this credential number; returns their id.

    The inspector is matched by credential number: a new number adds an inspector,
    a known one updates the name, unit and phone.
    """
    with db.uow() as s:
        return upsert_inspector(s, name=name, credential_no=credential_no, unit=unit,
                                phone=phone)


def upsert_inspector(s: Session, *, name: str, credential_no: str, unit: str = "",
                     phone: str = "") -> str:
    """`save_inspector` as a step of the caller's unit of work."""
    if not name.strip() or not credential_no.strip():
        raise ValidationError("监察员姓名和执法证号不能为空。", code="E_INSPECTOR")
    load_authority(s).check_credential(credential_no.strip())
    ins = s.scalar(select(Inspector).where(Inspector.credential_no == credential_no.strip()))
    if ins is None:
        ins = Inspector(name=name.strip(), credential_no=credential_no.strip(), unit=unit,
                        phone=phone)
        s.add(ins)
        s.flush()
        record(s, "inspector.create", "inspector", ins.id, {"credential_no": ins.credential_no})
    else:
        ins.name, ins.unit, ins.phone = name.strip(), unit, phone
    return ins.id


def set_inspector_active(db: Database, inspector_id: str, active: bool) -> None:
    """Activate or deactivate an inspector profile, with an audit event when it changes.

    An inactive inspector stays on every record that names them but is no longer
    offered, and `start_inspection` refuses them. Raises `NotFoundError` for an
    unknown (or deleted) id.
    """
    with db.uow() as s:
        ins = s.get(Inspector, inspector_id)
        if ins is None or ins.tombstone:
            raise NotFoundError("监察员不存在。", code="E_INSPECTOR_NOT_FOUND")
        if ins.active == active:
            return
        ins.active = active
        record(s, "inspector.activate" if active else "inspector.deactivate", "inspector",
               ins.id, {"credential_no": ins.credential_no})


@dataclass(frozen=True)
class SiteRow:
    id: str
    code: str | None
    name: str
    address: str
    township: str
    regulator: str
    status: str
    general_contractor: str
    general_contractor_credit_code: str
    headcount_active: int | None


def _use_grams(db: Database) -> bool:
    """Whether the gram indexes exist (PostgreSQL at 0004+); the benchmark's baseline
    turns them off to time the plain ILIKE."""
    return db.engine.dialect.name == "postgresql"


_FEW = 2_000
"""Above this many candidates a one-character term is left to the plain query."""


def _grams_narrow(db: Database, term: str) -> bool:
    """Whether the gram candidates are worth it. A 2-gram is selective; one common
    character (城) is in a tenth of all rows, where the name index walk finds the
    first page sooner than the candidates can be collected (≈50 vs ≈500 ms per
    100,000 sites), while a rare one (龘) would make that walk read every row."""
    if len(term) >= 2:
        return True
    probe = select(func.count()).select_from(_gram_candidates(term).limit(_FEW).subquery())
    with db.session() as s:
        return int(s.scalar(probe) or 0) < _FEW


def _gram_candidates(term: str) -> CompoundSelect[str]:
    """PostgreSQL: ids of sites that may match `term`, from the gram indexes of
    migration 0004 (every 1–2 character substring of the term must be in the row;
    the ILIKE above then checks the exact substring). Without it a rare or absent
    term scans every site (docs/postgresql.md)."""
    s, e = aliased(Site), aliased(Employer)
    wanted = func.inspector_grams(term)
    own = select(s.id).where(
        func.inspector_site_grams(s.name, s.address, s.township, s.code).op("@>")(wanted))
    by_contractor = select(s.id).where(s.general_contractor_id.in_(
        select(e.id).where(func.inspector_employer_grams(e.name, e.credit_code).op("@>")(wanted))))
    return own.union_all(by_contractor)


def list_sites(db: Database, *, search: str | None = None, status: str | None = None,
               limit: int | None = None) -> list[SiteRow]:
    """Sites matching `search` over name, address, township and the contractor's name/code."""
    gc = aliased(Employer)
    q = (
        select(Site, gc.name, gc.credit_code)
        .outerjoin(gc, Site.general_contractor_id == gc.id)
        .where(Site.tombstone.is_(False))
        .order_by(Site.name)
    )
    if search:
        # ILIKE, not LIKE: SQLite's LIKE ignores ASCII case and PostgreSQL's does not;
        # ilike is ILIKE there and lower() LIKE lower() here, the same answer on both.
        like = f"%{search.strip()}%"
        q = q.where(or_(Site.name.ilike(like), Site.address.ilike(like),
                        Site.township.ilike(like), Site.code.ilike(like), gc.name.ilike(like),
                        gc.credit_code.ilike(like)))
        if _use_grams(db) and _grams_narrow(db, search.strip()):
            q = q.where(Site.id.in_(_gram_candidates(search.strip())))
    if status:
        q = q.where(Site.status == status)
    if limit:
        q = q.limit(limit)
    with db.session() as s:
        return [
            SiteRow(id=site.id, code=site.code, name=site.name, address=site.address,
                    township=site.township, regulator=site.regulator, status=site.status,
                    general_contractor=gc_name or "", general_contractor_credit_code=gc_code or "",
                    headcount_active=site.headcount_active)
            for site, gc_name, gc_code in s.execute(q)
        ]


def count_sites(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Site).where(
            Site.tombstone.is_(False))) or 0)


def get_employer_id(db: Database, credit_code: str) -> str:
    with db.session() as s:
        emp_id = s.scalar(select(Employer.id).where(
            Employer.credit_code == validate_credit_code(credit_code)))
    if emp_id is None:
        raise NotFoundError(f"没有统一社会信用代码为 {credit_code} 的单位。")
    return emp_id

"""`inspector cases …`: wage-arrears cases from the command line.

ID numbers are masked in every listing; `cases show --reveal` shows them whole,
and only on an office database (the role that keeps case files).
"""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from inspector import clock
from inspector.audit import record
from inspector.cases import idcard
from inspector.cases.cases_io import import_cases, write_template
from inspector.cases.clocks import CLOCK_LABELS, STATE_LABELS
from inspector.cases.queries import case_detail, list_cases, workers_ledger
from inspector.cases.service import (
    PARTY_ROLES,
    PERSON_ROLES,
    CaseInput,
    PartyInput,
    WorkerInput,
    add_payment,
    assign_inspectors,
    change_status,
    extend_investigation,
    get_case,
    link,
    refer,
    save_case,
)
from inspector.cli.common import (
    add_json_flag,
    open_db,
    print_import_report,
    print_json,
    print_table,
)
from inspector.devices import this_device
from inspector.domain.cases import CASE_STATUS_LABELS, SOURCES
from inspector.errors import ValidationError
from inspector.registry.service import EmployerInput

_STATUS_BY_CN = {v: k for k, v in CASE_STATUS_LABELS.items()}


def date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{text}") from None


def yuan_to_fen(text: str) -> int:
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise ValidationError(f"金额“{text}”应为数字（单位：元）。", code="E_AMOUNT") from None
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError(f"金额“{text}”最多两位小数。", code="E_AMOUNT")
    return int(value * 100)


def yuan(fen: int) -> str:
    return f"{fen / 100:,.2f}"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("cases", help="欠薪案件：登记、受理、立案、追回工资、移送、统计")
    s = p.add_subparsers(dest="cases_command", metavar="ACTION")
    s.required = True

    _register_reads(s)
    _register_add(s)
    _register_steps(s)
    _register_files(s)

    from inspector.cli import cases_field, cases_office

    cases_office.register(s)
    cases_field.register(s)


def _register_reads(s: argparse._SubParsersAction) -> None:
    """What only reads: the list and one case."""
    ls = s.add_parser("list", help="列出案件")
    ls.add_argument("--open", action="store_true", help="只列未办结的案件")
    ls.add_argument("--overdue", action="store_true", help="只列已逾期的案件")
    ls.add_argument("--due-soon", action="store_true", help="只列即将到期或已逾期的案件")
    ls.add_argument("--source", choices=sorted(SOURCES))
    ls.add_argument("--campaign", help="专项行动代号")
    ls.add_argument("--search")
    add_json_flag(ls)
    ls.set_defaults(func=_list)

    sh = s.add_parser("show", help="查看一个案件")
    sh.add_argument("case", help="案件 ID 或案号")
    sh.add_argument("--reveal", action="store_true", help="显示完整身份证号（仅限局端数据库）")
    add_json_flag(sh)
    sh.set_defaults(func=_show)


def _register_add(s: argparse._SubParsersAction) -> None:
    """Registering a case (a lead or a complaint) with its workers and parties."""
    a = s.add_parser("add", help="登记一个案件（线索或投诉）")
    a.add_argument("--source", required=True, choices=sorted(SOURCES))
    a.add_argument("--received", required=True, type=date_arg, help="收到日期")
    a.add_argument("--ref", default="", help="来源编号（同一来源+编号再次登记即更新）")
    a.add_argument("--employer", default="", help="用人单位名称")
    a.add_argument("--credit-code", default="", help="用人单位统一社会信用代码")
    a.add_argument("--site-code", default="", help="工程项目编号")
    a.add_argument("--area", default="")
    a.add_argument("--campaign", default="", help="专项行动代号")
    a.add_argument("--summary", default="")
    a.add_argument("--violation-date", type=date_arg, help="欠薪发生日期（追溯时效）")
    a.add_argument("--worker", action="append", default=[], metavar="姓名,身份证号,月数,金额元",
                   help="涉及的劳动者（可多次）")
    a.add_argument("--party", action="append", default=[], metavar="角色:名称[:信用代码或身份证号]",
                   help="当事人（可多次）；角色：" + "、".join(PARTY_ROLES))
    a.add_argument("--mass-incident", action="store_true", help="引发群体性、极端事件")
    a.add_argument("--incident-note", default="")
    for flag, label in (("--duty-unit", "责任单位"), ("--duty-leader", "责任领导"),
                        ("--duty-person", "责任人"), ("--measures", "整改措施")):
        a.add_argument(flag, default="", help=f"五个有：{label}")
    a.add_argument("--complete-by", type=date_arg, help="五个有：完成时限")
    add_json_flag(a)
    a.set_defaults(func=_add)


def _register_steps(s: argparse._SubParsersAction) -> None:
    """The steps of a case's handling: status, inspectors, payments, referral, links, extension."""
    st = s.add_parser("status", help="改变案件状态（受理、不予受理、立案、调查、处理、结案、移送、撤销立案）")
    st.add_argument("case")
    st.add_argument("--to", required=True, help="目标状态（中文或代码）")
    st.add_argument("--reason", default="")
    st.add_argument("--date", type=date_arg, help="日期（默认今天）")
    add_json_flag(st)
    st.set_defaults(func=_status)

    asg = s.add_parser("assign", help="指派监察员（立案须至少2名）")
    asg.add_argument("case")
    asg.add_argument("--inspector", action="append", required=True, help="执法证号或 ID（可多次）")
    asg.set_defaults(func=_assign)

    pay = s.add_parser("payment", help="登记追回工资（可部分支付）")
    pay.add_argument("case")
    pay.add_argument("--amount", required=True, help="金额（元）")
    pay.add_argument("--date", required=True, type=date_arg)
    pay.add_argument("--worker", default="", help="支付给的劳动者身份证号")
    pay.add_argument("--note", default="")
    add_json_flag(pay)
    pay.set_defaults(func=_payment)

    rf = s.add_parser("refer", help="移送公安机关或申请人民法院")
    rf.add_argument("case")
    rf.add_argument("--to", required=True, choices=["police", "court"])
    rf.add_argument("--date", type=date_arg, help="移送日期（默认今天）")
    rf.add_argument("--number", default="", help="移送文书文号")
    rf.add_argument("--body", default="", help="接收单位")
    rf.add_argument("--outcome", default="")
    add_json_flag(rf)
    rf.set_defaults(func=_refer)

    lk = s.add_parser("link", help="关联检查或指令书")
    lk.add_argument("case")
    lk.add_argument("--order", help="指令书 ID 或文号")
    lk.add_argument("--inspection", help="检查 ID")
    lk.add_argument("--payment-order", action="store_true", help="该指令书为责令限期支付工资")
    lk.set_defaults(func=_link)

    ex = s.add_parser("extend", help="延长调查期限30个工作日（须负责人批准）")
    ex.add_argument("case")
    ex.add_argument("--approved-by", required=True)
    ex.set_defaults(func=_extend)


def _register_files(s: argparse._SubParsersAction) -> None:
    """The workers' ledger, the import template and the import of the leads platform's files."""
    w = s.add_parser("workers", help="劳动者台账（按身份证号去重，身份证号脱敏）")
    w.add_argument("--search")
    add_json_flag(w)
    w.set_defaults(func=_workers)

    t = s.add_parser("template", help="下载案件导入模板（.xlsx 或 .csv）")
    t.add_argument("--out", required=True, type=Path)
    t.set_defaults(func=_template)

    i = s.add_parser("import", help="从线索平台导出的 .xlsx/.csv 导入案件（逐行报告错误）")
    i.add_argument("file", type=Path)
    i.add_argument("--mapping", default="default", help="列映射名称或 .json 文件")
    add_json_flag(i)
    i.set_defaults(func=_import)


def _list(args: argparse.Namespace) -> int:
    db = open_db(args)
    flagged = "overdue" if args.overdue else "due_soon" if args.due_soon else None
    rows = list_cases(db, open_only=args.open, flagged=flagged, source=args.source,
                      campaign=args.campaign, search=args.search)
    if args.json:
        print_json(rows)
        return 0
    print_table(["案号", "来源", "来源编号", "收到日期", "用人单位", "状态", "人数", "欠薪（元）",
                 "已追回（元）", "时限"],
                [[r.case_no, r.source_label, r.source_ref, r.received_on, r.employer,
                  r.status_label, r.workers, yuan(r.owed_fen), yuan(r.paid_fen),
                  STATE_LABELS[r.flag]] for r in rows])
    print(f"共 {len(rows)} 个案件。")
    return 0


def _show(args: argparse.Namespace) -> int:
    db = open_db(args)
    if args.reveal:
        info = this_device(db)
        if not idcard.may_reveal(info.role if info else None):
            raise ValidationError("只有局端数据库可以显示完整身份证号（个人信息保护）。",
                                  code="E_REVEAL_FORBIDDEN")
        with db.uow() as s:
            # Who looked at whole ID numbers, and when, is itself a record worth keeping.
            record(s, "case.reveal", "wage_case", get_case(s, args.case).id)
    d = case_detail(db, args.case, reveal=args.reveal)
    if args.json:
        print_json(d)
        return 0
    print(f"{d['case_no']}  {d['status_label']}  来源：{d['source_label']}"
          f"（{'线上' if d['online'] else '线下'}）{d['source_ref']}  收到：{d['received_on']}")
    print(f"用人单位：{d['employer'] or '—'}  项目：{d['site'] or '—'}  地区：{d['area'] or '—'}")
    for c in d["clocks"]:
        print(f"{CLOCK_LABELS[c.kind]}：{c.due}（{STATE_LABELS[c.state]}）")
    print_table(["姓名", "身份证号", "拖欠月数", "拖欠（元）", "已付（元）"],
                [[w["name"], w["id_number"], w["months_owed"], yuan(w["amount_owed_fen"]),
                  yuan(w["paid_fen"])] for w in d["workers"]])
    print(f"合计欠薪 {yuan(d['total_owed_fen'])} 元，已追回 {yuan(d['total_paid_fen'])} 元，"
          f"未付 {yuan(d['outstanding_fen'])} 元。")
    for p in (p for p in d["payments"] if not p["confirmed"]):
        print(f"外勤现场记录、待局端确认：{p['paid_on']} {yuan(p['amount_fen'])} 元（{p['id']}）")
    for n in d["notes"]:
        print(f"记录 {n['written_on']}：{n['text']}")
    th = d["threshold"]
    print(f"数额标准（{th['province']}，可在设置中修改）：单人 {th['single_fen'] // 100} 元，"
          f"十人以上 {th['multi_fen'] // 100} 元；{'已达到' if th['reached'] else '未达到'}。")
    if d["referral_hint"]:
        print("提示：已达到拒不支付劳动报酬罪数额标准，且经责令限期支付逾期未付，可考虑移送公安机关。")
    return 0


def _parse_worker(text: str) -> WorkerInput:
    parts = [p.strip() for p in text.replace("，", ",").split(",")]
    if len(parts) < 4:
        raise ValidationError(f"--worker 应写作 姓名,身份证号,月数,金额元[,电话]：{text}",
                              code="E_WORKER_ARG")
    try:
        months = int(parts[2])
    except ValueError:
        raise ValidationError(f"拖欠月数应为整数：{parts[2]}", code="E_WORKER_ARG") from None
    return WorkerInput(parts[0], parts[1], parts[4] if len(parts) > 4 else "", months,
                       yuan_to_fen(parts[3]))


def _parse_party(text: str) -> PartyInput:
    role, _, rest = text.replace("：", ":").partition(":")
    name, _, code = rest.partition(":")
    if role not in PARTY_ROLES or not name.strip():
        raise ValidationError(f"--party 应写作 角色:名称[:代码]，角色为 {'、'.join(PARTY_ROLES)}：{text}",
                              code="E_PARTY_ARG")
    code = code.strip()
    # People carry an ID number, units a credit code: the role says which.
    if role in PERSON_ROLES:
        return PartyInput(role, name, id_number=code)
    return PartyInput(role, name, credit_code=code)


def _add(args: argparse.Namespace) -> int:
    employer = None
    if args.credit_code:
        if not args.employer:
            raise ValidationError("填写信用代码时须同时填写用人单位名称。", code="E_EMPLOYER_NAME")
        employer = EmployerInput(args.employer, args.credit_code)
    data = CaseInput(source=args.source, received_on=args.received, source_ref=args.ref,
                     summary=args.summary, employer=employer, employer_name=args.employer,
                     site_code=args.site_code, area=args.area, campaign_code=args.campaign,
                     violation_on=args.violation_date, mass_incident=args.mass_incident,
                     incident_note=args.incident_note, duty_unit=args.duty_unit,
                     duty_leader=args.duty_leader, duty_person=args.duty_person,
                     measures=args.measures, complete_by=args.complete_by,
                     parties=[_parse_party(p) for p in args.party],
                     workers=[_parse_worker(w) for w in args.worker])
    db = open_db(args)
    with db.uow() as s:
        case_id, outcome = save_case(s, data)
        case_no = get_case(s, case_id).case_no
    if args.json:
        print_json({"id": case_id, "case_no": case_no, "outcome": outcome})
    else:
        print(f"{'已登记' if outcome == 'created' else '已更新'}案件 {case_no}（{case_id}）")
    return 0


def _status(args: argparse.Namespace) -> int:
    to = _STATUS_BY_CN.get(args.to, args.to)
    db = open_db(args)
    with db.uow() as s:
        change_status(s, args.case, to, reason=args.reason, on=args.date)
        case_no = get_case(s, args.case).case_no
    if args.json:
        print_json({"case_no": case_no, "status": to})
    else:
        print(f"案件 {case_no} 已转为“{CASE_STATUS_LABELS[to]}”。")
    return 0


def _assign(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.uow() as s:
        assign_inspectors(s, args.case, args.inspector)
    print(f"已指派 {len(args.inspector)} 名监察员。")
    return 0


def _payment(args: argparse.Namespace) -> int:
    fen = yuan_to_fen(args.amount)
    db = open_db(args)
    with db.uow() as s:
        pay_id = add_payment(s, args.case, amount_fen=fen, paid_on=args.date,
                             worker_id_number=args.worker, note=args.note)
    if args.json:
        print_json({"id": pay_id, "amount_fen": fen})
    else:
        print(f"已登记追回工资 {yuan(fen)} 元（{pay_id}）。")
    return 0


def _refer(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.uow() as s:
        ref_id = refer(s, args.case, target=args.to, referred_on=args.date or clock.today(),
                       number=args.number, receiving_body=args.body, outcome=args.outcome)
    if args.json:
        print_json({"id": ref_id})
    else:
        print("已登记移送。")
    return 0


def _link(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.uow() as s:
        link(s, args.case, inspection_id=args.inspection, order_id=args.order,
             orders_payment=args.payment_order)
    print("已关联。")
    return 0


def _extend(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.uow() as s:
        extend_investigation(s, args.case, approved_by=args.approved_by)
    print("调查期限已延长30个工作日。")
    return 0


def _workers(args: argparse.Namespace) -> int:
    rows = workers_ledger(open_db(args), search=args.search)
    if args.json:
        print_json(rows)
        return 0
    print_table(["姓名", "身份证号", "案件数", "案号", "拖欠（元）", "已付（元）"],
                [[r.name, r.id_number, r.cases, "、".join(r.case_nos), yuan(r.owed_fen),
                  yuan(r.paid_fen)] for r in rows])
    print(f"共 {len(rows)} 人。")
    return 0


def _template(args: argparse.Namespace) -> int:
    write_template(args.out)
    print(f"已生成案件导入模板：{args.out}")
    return 0


def _import(args: argparse.Namespace) -> int:
    report = import_cases(open_db(args), args.file, mapping=args.mapping)
    return print_import_report(report, as_json=args.json, counted="个案件", unit="个")

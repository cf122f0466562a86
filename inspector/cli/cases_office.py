"""`inspector cases figures|five|blacklist|threshold|campaign|target`: the office's views of cases."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from inspector.cases import actions
from inspector.cases.blacklist import candidate
from inspector.cases.export import export_ledger
from inspector.cases.figures import case_figures
from inspector.cases.queries import five_haves
from inspector.cases.targets import save_target, target_progress, touch_target
from inspector.cases.thresholds import current_threshold, load_table, set_threshold
from inspector.cli.cases import date_arg, yuan, yuan_to_fen
from inspector.cli.common import add_json_flag, open_db, print_json, print_table
from inspector.domain.cases import REFERRAL_TARGETS, SOURCE_LABELS
from inspector.errors import ValidationError


def register(s: argparse._SubParsersAction) -> None:
    f = s.add_parser("figures", help="统计：收案、受理、结案、结案率、办结率、人数、金额、移送、超期")
    f.add_argument("--from", dest="start", required=True, type=date_arg)
    f.add_argument("--to", dest="end", required=True, type=date_arg)
    f.add_argument("--campaign")
    add_json_flag(f)
    f.set_defaults(func=_figures)

    fv = s.add_parser("five", help="“五个有”缺项或已过完成时限的欠薪问题")
    add_json_flag(fv)
    fv.set_defaults(func=_five)

    b = s.add_parser("blacklist", help="失信联合惩戒对象名单：列入条件核对与告知书草稿")
    b.add_argument("case")
    add_json_flag(b)
    b.set_defaults(func=_blacklist)

    th = s.add_parser("threshold", help="查看或设置拒不支付劳动报酬罪数额标准（按省）")
    th.add_argument("--province")
    th.add_argument("--single", help="一名劳动者的数额（元）")
    th.add_argument("--multi", help="十名以上劳动者的累计数额（元）")
    add_json_flag(th)
    th.set_defaults(func=_threshold)

    c = s.add_parser("campaign", help="登记专项行动")
    c.add_argument("--code", required=True)
    c.add_argument("--name", required=True)
    c.add_argument("--start", type=date_arg)
    c.add_argument("--end", type=date_arg)
    c.set_defaults(func=_campaign)

    e = s.add_parser("export", help="导出案件台账或劳动者台账（.xlsx/.csv，身份证号脱敏）")
    e.add_argument("--out", required=True, type=Path)
    e.add_argument("--workers", action="store_true", help="导出劳动者台账")
    e.add_argument("--campaign")
    e.set_defaults(func=_export)

    t = s.add_parser("target", help="清欠目标：add 新增，list 进度，touch 已更新")
    t.add_argument("action", choices=["add", "list", "touch"])
    t.add_argument("--id", help="目标 ID（touch）")
    t.add_argument("--name", default="")
    t.add_argument("--amount", help="目标金额（元）")
    t.add_argument("--due", type=date_arg)
    t.add_argument("--area", default="")
    t.add_argument("--campaign", default="")
    add_json_flag(t)
    t.set_defaults(func=_target)


def _export(args: argparse.Namespace) -> int:
    n = export_ledger(open_db(args), args.out, workers=args.workers, campaign=args.campaign)
    print(f"已导出 {n} 行：{args.out}")
    return 0


def _rate(v: float | None) -> str:
    return "—" if v is None else f"{v:.1f}%"


def _figures(args: argparse.Namespace) -> int:
    fig = case_figures(open_db(args), args.start, args.end, campaign=args.campaign)
    if args.json:
        print_json(fig)
        return 0
    print(f"统计期 {fig.start} 至 {fig.end}" + (f"，专项行动 {fig.campaign}" if fig.campaign else ""))
    print_table(["来源", "收案", "受理", "结案"],
                [[SOURCE_LABELS[k], v.received, v.accepted, v.closed]
                 for k, v in fig.by_source.items()])
    print(f"合计：收案 {fig.received}，受理 {fig.accepted}，结案 {fig.closed}；"
          f"结案率 {_rate(fig.closure_rate)}（立案 {fig.filed}，其中结案 {fig.filed_closed}），"
          f"办结率 {_rate(fig.completion_rate)}")
    print(f"涉及劳动者 {fig.workers} 人，欠薪 {yuan(fig.owed_fen)} 元，追回 {yuan(fig.recovered_fen)} 元")
    for target, bodies in fig.referrals.items():
        for body, n in bodies.items():
            print(f"移送{REFERRAL_TARGETS[target]}：{body} {n} 件")
    print(f"超过办案时限：未办结 {fig.overdue_open} 件，超期结案 {fig.closed_late} 件")
    return 0


def _five(args: argparse.Namespace) -> int:
    rows = five_haves(open_db(args))
    if args.json:
        print_json(rows)
        return 0
    print_table(["案号", "用人单位", "缺项", "完成时限", "已过时限"],
                [[r["case_no"], r["employer"], "、".join(r["missing"]) or "—",
                  r["complete_by"] or "", "是" if r["past_due"] else ""] for r in rows])
    print(f"共 {len(rows)} 个问题。")
    return 0


def _blacklist(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.session() as s:
        c = candidate(s, args.case)
    if args.json:
        print_json(c)
        return 0
    print(f"{c.case_no}：{'符合' if c.eligible else '不符合'}列入条件。" + "；".join(c.reasons))
    for note in c.notes:
        print(f"  {note}")
    if c.missing:
        print("  待补充：" + "、".join(c.missing))
    print(f"  列入期限至 {c.term_end}；最早可申请提前移出：{c.earliest_removal or '须先付清'}")
    print()
    print(c.notice)
    return 0


def _threshold(args: argparse.Namespace) -> int:
    db = open_db(args)
    if args.province:
        with db.uow() as s:
            th = set_threshold(s, args.province,
                               single_fen=yuan_to_fen(args.single) if args.single else None,
                               multi_fen=yuan_to_fen(args.multi) if args.multi else None)
    with db.session() as s:
        th = current_threshold(s)
        _, table = load_table(s)
    if args.json:
        print_json({"current": th, "provinces": {k: {"single_fen": v[0], "multi_fen": v[1]}
                                                 for k, v in table.items()}})
        return 0
    print(f"当前：{th.province}，单人 {th.single_fen // 100} 元，十人以上累计 {th.multi_fen // 100} 元"
          "（可配置；请以本省高级人民法院公布的标准为准）")
    print_table(["省份", "单人（元）", "十人以上（元）"],
                [[k, v[0] // 100, v[1] // 100] for k, v in table.items()])
    return 0


def _campaign(args: argparse.Namespace) -> int:
    actions.save_campaign(open_db(args), code=args.code, name=args.name, start_on=args.start,
                          end_on=args.end)
    print(f"已保存专项行动 {args.code}。")
    return 0


def _target(args: argparse.Namespace) -> int:
    db = open_db(args)
    if args.action == "add":
        due: date | None = args.due
        if not args.amount or due is None:
            raise ValidationError("新增清欠目标须给出 --amount 和 --due。", code="E_TARGET")
        with db.uow() as s:
            tid = save_target(s, name=args.name, amount_fen=yuan_to_fen(args.amount), due_on=due,
                              area=args.area, campaign_code=args.campaign)
        print_json({"id": tid}) if args.json else print(f"已新增清欠目标：{tid}")
        return 0
    if args.action == "touch":
        with db.uow() as s:
            touch_target(s, args.id or "")
        print("已记录进度更新。")
        return 0
    rows = target_progress(db)
    if args.json:
        print_json(rows)
        return 0
    print_table(["目标", "范围", "目标（元）", "已追回（元）", "完成", "期限", "提醒"],
                [[r.name, r.scope, yuan(r.amount_fen), yuan(r.recovered_fen), f"{r.percent}%",
                  r.due_on, "逾期" if r.overdue else ("3天未更新" if r.stale else "")]
                 for r in rows])
    return 0

"""`inspector inspections list|show|arrears` (template|import|campaign: inspections_history)."""

from __future__ import annotations

import argparse

from inspector.cli.arrears_args import add_arrears_args, arrears_from_args
from inspector.cli.common import add_json_flag, open_db, print_json, print_table
from inspector.documents.dates import format_cn_datetime, local_from_utc
from inspector.domain.inspections import ANSWER_LABELS, INSPECTION_STATUS_LABELS
from inspector.queries.inspections import inspection_form, list_inspections


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("inspections", help="检查记录")
    s = p.add_subparsers(dest="inspections_command", metavar="ACTION")
    s.required = True
    ls = s.add_parser("list", help="列出检查记录")
    ls.add_argument("--site", help="工程项目 ID")
    ls.add_argument("--employer", help="用人单位 ID")
    ls.add_argument("--status", choices=sorted(INSPECTION_STATUS_LABELS))
    ls.add_argument("--campaign", help="只列出该专项行动（代码）的检查")
    ls.add_argument("--limit", type=int)
    add_json_flag(ls)
    ls.set_defaults(func=_list)
    sh = s.add_parser("show", help="显示一次检查的全部检查项")
    sh.add_argument("id")
    add_json_flag(sh)
    sh.set_defaults(func=_show)
    ar = s.add_parser("arrears", help="在欠薪（拖欠、克扣工资）检查项上登记人数、金额和清单")
    ar.add_argument("id", help="检查 ID（草稿）")
    ar.add_argument("--item", required=True, help="检查项编号，如 C18")
    add_arrears_args(ar)
    ar.add_argument("--clear", action="store_true", help="清除已登记的欠薪信息")
    ar.set_defaults(func=_arrears)
    from inspector.cli import inspections_history

    inspections_history.register(s)


def _list(args: argparse.Namespace) -> int:
    db = open_db(args)
    campaign = (args.campaign or "").strip()
    if campaign:  # a typo would list nothing and look like "no inspections"
        from inspector.reports.summary import check_campaign

        check_campaign(db, campaign)
    rows = list_inspections(db, site_id=args.site, employer_id=args.employer,
                            status=args.status, campaign=campaign, limit=args.limit)
    if args.json:
        print_json(rows)
    else:
        print_table(["检查时间", "对象", "状态", "问题数", "专项行动", "ID"],
                    [[format_cn_datetime(local_from_utc(r.started_at)), r.target_name,
                      INSPECTION_STATUS_LABELS.get(r.status, r.status), r.findings, r.campaign,
                      r.id] for r in rows])
        print(f"共 {len(rows)} 次检查。")
    return 0


def _show(args: argparse.Namespace) -> int:
    db = open_db(args)
    form = inspection_form(db, args.id)
    if args.json:
        print_json(form)
        return 0
    print(f"{form.target_name} · {form.template_name} · {INSPECTION_STATUS_LABELS.get(form.status)}")
    print("监察员：" + "、".join(f"{n}（{c}）" for _, n, c in form.inspectors))
    print_table(["编号", "类别", "检查项", "结论", "证据", "说明"],
                [[i.code, i.category, i.text, ANSWER_LABELS.get(i.answer, i.answer),
                  len(i.evidence), i.note] for i in form.items])
    return 0


def _arrears(args: argparse.Namespace) -> int:
    from inspector.errors import NotFoundError, ValidationError
    from inspector.inspections.arrears import format_yuan, record_arrears

    db = open_db(args)
    form = inspection_form(db, args.id)
    item = next((i for i in form.items if i.code == args.item), None)
    if item is None:
        raise NotFoundError(f"本次检查没有检查项 {args.item}。", code="E_ITEM_NOT_FOUND")
    entry = None if args.clear else arrears_from_args(args)
    if entry is None and not args.clear:
        raise ValidationError("请填写 --workers、--amount 或 --list（或用 --clear 清除）。",
                              code="E_ARREARS_EMPTY")
    record_arrears(db, args.id, item.item_id, entry)
    if entry is None:
        print(f"已清除 {args.item} 的欠薪信息。")
    else:
        print(f"已登记 {args.item}：涉及劳动者 {entry.workers} 名，金额 {format_yuan(entry.amount_fen)}"
              + (f"，清单 {len(entry.people)} 人" if entry.people else "") + "。")
    return 0

"""`inspector order …`, `inspector orders list`, `inspector numbers …`: the 指令书 commands.

A thin shell over `inspector.orders`: parse, call one service, print (or `--json`).
`order verify` exits 0 when every payload is valid, 1 otherwise.
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from inspector.cli.arrears_args import add_arrears_args, arrears_from_args
from inspector.cli.common import add_json_flag, open_db, print_json, print_table
from inspector.cli.order_service import add_serve, serve
from inspector.devices import require_device
from inspector.documents.dates import format_cn_date
from inspector.domain.orders import ESCALATION_LABELS, ORDER_STATUS_LABELS
from inspector.orders.errors import OrderValidationError
from inspector.storage import Database

if TYPE_CHECKING:
    from inspector.queries.orders import OrderRow



def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{text}") from None


def _datetime(text: str) -> datetime:
    """Local time as typed → naive UTC, as stored."""
    try:
        local = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"时间格式应为 YYYY-MM-DDTHH:MM：{text}") from None
    return local.astimezone(UTC).replace(tzinfo=None)


def _yes_no(text: str) -> bool:
    if text.lower() in ("yes", "y", "true", "1", "是"):
        return True
    if text.lower() in ("no", "n", "false", "0", "否"):
        return False
    raise argparse.ArgumentTypeError("请填写 yes 或 no")


def _cmd(sub: argparse._SubParsersAction, name: str, help_: str, func, *, json: bool = True):
    p = sub.add_parser(name, help=help_)
    if json:
        add_json_flag(p)
    p.set_defaults(func=func)
    return p


def register(sub: argparse._SubParsersAction) -> None:
    o = sub.add_parser("order", help="限期改正指令书").add_subparsers(dest="order_command",
                                                                 metavar="ACTION")
    o.required = True
    _register_drafting(o)
    _register_followup(o)
    _register_lists(sub)
    _register_numbers(sub)


def _register_drafting(o: argparse._SubParsersAction) -> None:
    """`order draft|show|edit|issue|pdf|receipt`: from findings to an issued order on paper."""
    p = _cmd(o, "draft", "根据已定稿检查的问题起草指令书（每个责任单位一份）", _draft)
    p.add_argument("--inspection", required=True, help="检查 ID")
    p = _cmd(o, "show", "显示一份指令书", _show)
    p.add_argument("ref", help="文号或 ID")
    p = _cmd(o, "edit", "修改草稿（期限、监察员、某一项的事实/要求/期限）", _edit, json=False)
    p.add_argument("draft_id")
    p.add_argument("--deadline", type=_date, help="整改期限（不带 --item 时适用于全部各项）")
    p.add_argument("--inspectors", help="两名监察员 ID，逗号分隔")
    p.add_argument("--title")
    p.add_argument("--item", type=int, help="第几项")
    p.add_argument("--fact")
    p.add_argument("--requirement")
    add_arrears_args(p)  # with --item, on a wage-arrears violation
    p = _cmd(o, "issue", "出具指令书（取号、签名，此后内容不可修改）", _issue)
    p.add_argument("draft_id")
    p = _cmd(o, "pdf", "生成指令书 PDF（两联）", _pdf, json=False)
    p.add_argument("ref")
    p.add_argument("--out", required=True, type=Path)
    p = _cmd(o, "receipt", "生成送达回证 PDF", _receipt, json=False)
    p.add_argument("ref")
    p.add_argument("--out", required=True, type=Path)


def _register_followup(o: argparse._SubParsersAction) -> None:
    """`order serve|sign|recheck|escalate|archive|revoke|supersede|verify`: after issuing."""
    add_serve(_cmd(o, "serve", "登记送达（可代收、拒收，逾期送达会提示）", serve), _datetime)
    p = _cmd(o, "sign", "登记手写签名图像（PNG/JPEG）", _sign, json=False)
    p.add_argument("ref")
    p.add_argument("--role", required=True, choices=("inspector1", "inspector2", "recipient"))
    p.add_argument("--image", required=True, type=Path)
    p = _cmd(o, "recheck", "登记复查结果（逐项）", _recheck)
    p.add_argument("ref")
    p.add_argument("--item", type=int, required=True, help="第几项")
    p.add_argument("--rectified", type=_yes_no, required=True, help="yes 或 no")
    p.add_argument("--date", type=_date, help="复查日期（默认今天）")
    p.add_argument("--note", default="")
    p.add_argument("--evidence", type=Path, action="append", default=[])
    p = _cmd(o, "escalate", "登记逾期未改正的后续处理", _escalate, json=False)
    p.add_argument("ref")
    p.add_argument("--action", required=True, choices=("decision", "penalty", "referral"))
    p.add_argument("--note", default="")
    p = _cmd(o, "archive", "登记存档联已交回本局", _archive, json=False)
    p.add_argument("ref")
    p.add_argument("--at", type=_datetime)
    p = _cmd(o, "revoke", "撤销已出具的指令书", _revoke, json=False)
    p.add_argument("ref")
    p.add_argument("--reason", required=True)
    p = _cmd(o, "supersede", "起草更正指令书（出具后替代原指令书）", _supersede)
    p.add_argument("ref")
    p.add_argument("--reason", required=True)
    p = _cmd(o, "verify", "核验二维码内容或 PDF 上的二维码", _verify)
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--payload", help="二维码文本")
    g.add_argument("--pdf", type=Path, help="指令书 PDF 文件")
    g.add_argument("--number", help="核验本库中存储的指令书（文号或 ID）")


def _register_lists(sub: argparse._SubParsersAction) -> None:
    ls = sub.add_parser("orders", help="指令书列表").add_subparsers(dest="orders_command",
                                                               metavar="ACTION")
    ls.required = True
    p = _cmd(ls, "list", "列出指令书", _list)
    p.add_argument("--overdue", action="store_true", help="只列逾期未改正的")
    p.add_argument("--status", choices=sorted(ORDER_STATUS_LABELS))


def _register_numbers(sub: argparse._SubParsersAction) -> None:
    n = sub.add_parser("numbers", help="指令书编号段").add_subparsers(dest="numbers_command",
                                                                metavar="ACTION")
    n.required = True
    p = _cmd(n, "add-block", "登记本机领取的编号段", _add_block)
    p.add_argument("--from", dest="first", type=int, required=True)
    p.add_argument("--to", dest="last", type=int, required=True)
    p.add_argument("--year", type=int, help="仅限该年度使用（默认不限）")
    p.add_argument("--note", default="")
    p = _cmd(n, "allocate", "（局端）为设备分配下一段编号", _allocate)
    p.add_argument("--device", required=True, help="设备代码")
    p.add_argument("--count", type=int, required=True)
    p.add_argument("--year", type=int)
    _cmd(n, "list", "列出编号段及使用情况", _numbers_list)
    p = _cmd(n, "void", "作废一个编号（印坏的预编号文书）", _void, json=False)
    p.add_argument("number", help="文号或序号")
    p.add_argument("--reason", required=True)


def _ref(db: Database, ref: str) -> str:
    from inspector.orders.lookup import resolve_order

    return resolve_order(db, ref)


def _draft(args: argparse.Namespace) -> int:
    from inspector.orders.drafting import draft_orders
    from inspector.queries.orders import list_orders

    db = open_db(args)
    ids = draft_orders(db, args.inspection)
    rows = [r for r in list_orders(db, inspection_id=args.inspection) if r.id in ids]
    if args.json:
        print_json({"drafts": rows})
    else:
        for r in rows:
            print(f"已起草：{r.employer_name}（{r.violations} 项，"
                  f"期限 {format_cn_date(r.deadline)}） ID {r.id}")
    return 0


def _show(args: argparse.Namespace) -> int:
    from inspector.queries.orders import get_order

    db = open_db(args)
    d = get_order(db, args.ref)
    if args.json:
        print_json(d)
        return 0
    r = d.row
    print(f"{r.title} {r.number or '（草稿）'} · {ORDER_STATUS_LABELS.get(r.status, r.status)}"
          + (" · 逾期" if r.overdue else "") + (" · 存档联逾期" if r.archive_late else ""))
    print(f"被指令单位：{r.employer_name}（{r.credit_code}）  项目：{r.site_name}")
    print_table(["项", "违法事实", "期限", "复查"],
                [[v.position, v.fact, format_cn_date(v.deadline),
                  {True: "已改正", False: "未改正", None: ""}[v.rectified]] for v in d.violations])
    if d.superseded_by:
        print(f"已被 {d.superseded_by} 替代。")
    if d.revoke_reason:
        print(f"撤销原因：{d.revoke_reason}")
    return 0


def _edit(args: argparse.Namespace) -> int:
    from inspector.orders.drafting import update_draft, update_violation

    db = open_db(args)
    if args.item is not None:
        update_violation(db, args.draft_id, args.item, fact=args.fact,
                         requirement=args.requirement, deadline=args.deadline,
                         arrears=arrears_from_args(args))
    else:
        pair: tuple[str, str] | None = None
        if args.inspectors:
            ids = [x.strip() for x in args.inspectors.split(",")]
            if len(ids) != 2:
                raise OrderValidationError("--inspectors 须为两个监察员 ID，用逗号分隔。",
                                           code="E_TWO_INSPECTORS")
            pair = (ids[0], ids[1])
        update_draft(db, args.draft_id, deadline=args.deadline, title=args.title,
                     inspector_ids=pair)
    print("草稿已修改。")
    return 0


def _issue(args: argparse.Namespace) -> int:
    from inspector.orders.issuing import issue_order

    db = open_db(args)
    require_device(db)
    res = issue_order(db, args.draft_id)
    if args.json:
        print_json(res)
    else:
        print(f"已出具：{res.number}\n内容哈希：{res.content_hash}")
    return 0


def _pdf(args: argparse.Namespace) -> int:
    from inspector.orders.printing import write_order_pdf

    print(f"已生成：{write_order_pdf(open_db(args), args.ref, args.out)}")
    return 0


def _receipt(args: argparse.Namespace) -> int:
    from inspector.orders.printing import write_receipt_pdf

    print(f"已生成：{write_receipt_pdf(open_db(args), args.ref, args.out)}")
    return 0


def _sign(args: argparse.Namespace) -> int:
    from inspector.orders.followup import attach_signature

    db = open_db(args)
    attach_signature(db, _ref(db, args.ref), args.role, args.image)
    print("签名图像已登记。")
    return 0


def _recheck(args: argparse.Namespace) -> int:
    from inspector.orders.followup import recheck_violation

    db = open_db(args)
    out = recheck_violation(db, _ref(db, args.ref), args.item, rectified=args.rectified,
                            checked_on=args.date, note=args.note, evidence=args.evidence)
    if args.json:
        print_json(out)
    else:
        print(f"已登记复查。指令书状态：{ORDER_STATUS_LABELS.get(out.status, out.status)}"
              + (f"；后续处理：{ESCALATION_LABELS[out.escalation]}" if out.escalation else ""))
    return 0


def _escalate(args: argparse.Namespace) -> int:
    from inspector.orders.followup import escalate

    db = open_db(args)
    escalate(db, _ref(db, args.ref), action=args.action, note=args.note)
    print(f"已登记后续处理：{ESCALATION_LABELS[args.action]}。")
    return 0


def _archive(args: argparse.Namespace) -> int:
    from inspector.orders.followup import record_archive_receipt

    db = open_db(args)
    record_archive_receipt(db, _ref(db, args.ref), at=args.at)
    print("已登记存档联收到。")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    from inspector.orders.issuing import revoke_order

    db = open_db(args)
    revoke_order(db, _ref(db, args.ref), reason=args.reason)
    print("指令书已撤销。")
    return 0


def _supersede(args: argparse.Namespace) -> int:
    from inspector.orders.drafting import supersede

    db = open_db(args)
    new_id = supersede(db, _ref(db, args.ref), reason=args.reason)
    if args.json:
        print_json({"draft_id": new_id})
    else:
        print(f"已起草更正指令书（出具后替代原指令书）：{new_id}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from inspector.orders import verify

    db = open_db(args)
    if args.payload is not None:
        verdicts = [verify.verify_payload(db, args.payload)]
    elif args.pdf is not None:
        verdicts = verify.verify_pdf(db, args.pdf)
    else:
        verdicts = [verify.verify_stored(db, _ref(db, args.number))]
    ok = all(v.valid for v in verdicts)
    if args.json:
        print_json({"valid": ok, "results": verdicts})
    else:
        for v in verdicts:
            print(("有效" if v.valid else "无效") + f" [{v.code}]：{v.reason}")
    return 0 if ok else 1


def _list(args: argparse.Namespace) -> int:
    from inspector.queries.orders import list_orders

    rows = list_orders(open_db(args), status=args.status, overdue=args.overdue)
    if args.json:
        print_json(rows)
        return 0

    def flags(r: OrderRow) -> str:
        marks = ["逾期" if r.overdue else "", "即将到期" if r.due_soon else "",
                 "存档联逾期" if r.archive_late else "", ESCALATION_LABELS.get(r.escalation, "")]
        return "、".join(m for m in marks if m)

    print_table(["文号", "状态", "被指令单位", "期限", "改正", "提示", "ID"],
                [[r.number or "（草稿）", ORDER_STATUS_LABELS.get(r.status, r.status), r.employer_name,
                  format_cn_date(r.deadline), f"{r.rectified}/{r.violations}", flags(r), r.id] for r in rows])
    print(f"共 {len(rows)} 份。")
    return 0


def _add_block(args: argparse.Namespace) -> int:
    from inspector.orders.numbers import add_block, list_blocks

    db = open_db(args)
    dev = require_device(db)
    bid = add_block(db, dev.id, args.first, args.last, year=args.year, note=args.note)
    blk = next(b for b in list_blocks(db) if b.id == bid)
    if args.json:
        print_json(blk)
    else:
        print(f"已登记编号段 {blk.first}–{blk.last}（设备 {blk.device_code}）。")
    return 0


def _allocate(args: argparse.Namespace) -> int:
    from inspector.orders.numbers import allocate_block

    blk = allocate_block(open_db(args), args.device, args.count, year=args.year)
    if args.json:
        print_json(blk)
    else:
        print(f"已为设备 {blk.device_code} 分配编号段 {blk.first}–{blk.last}。")
    return 0


def _numbers_list(args: argparse.Namespace) -> int:
    from inspector.orders.numbers import list_blocks

    rows = list_blocks(open_db(args))
    if args.json:
        print_json([{**r.__dict__, "remaining": r.remaining} for r in rows])
        return 0
    print_table(["设备", "年度", "起号", "止号", "已用", "作废", "剩余"],
                [[r.device_code, r.year or "不限", r.first, r.last, r.used, r.voided, r.remaining]
                 for r in rows])
    return 0


def _void(args: argparse.Namespace) -> int:
    from inspector.orders.numbers import void_number

    db = open_db(args)
    dev = require_device(db)
    text = void_number(db, args.number, args.reason, device_id=dev.id)
    print(f"已作废编号：{text}")
    return 0

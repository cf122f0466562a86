"""`inspector report …`: ledgers (台账) exported to Excel/CSV or printed as JSON."""

from __future__ import annotations

import argparse
from datetime import date

from inspector.cli.common import add_json_flag, open_db, print_json, print_table
from inspector.config import load_authority
from inspector.domain.registry import REGULATORS
from inspector.errors import ValidationError
from inspector.reports.figures import FIGURES, Period, figure, trace, value_of
from inspector.reports.ledgers import LEDGERS, LedgerFilter, iter_ledger, ledger
from inspector.reports.summary import build_summary, check_campaign, summary_text, write_summary
from inspector.reports.tabular import csv_value, write_table

_REGULATOR_BY_CN = {v: k for k, v in REGULATORS.items()}


def parse_day(text: str) -> date:
    """2026-11-25, 2026/11/25 or 2026年11月25日."""
    t = text.strip().replace("年", "-").replace("月", "-").replace("日", "").replace("/", "-")
    try:
        y, m, d = (int(p) for p in t.split("-"))
        return date(y, m, d)
    except ValueError:
        raise ValidationError(f"无法识别日期“{text}”，请写作 2026-11-25。", code="E_DATE") from None


def add_filter_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", help="起始日期（含），如 2026-10-01")
    p.add_argument("--to", dest="date_to", help="截止日期（含）")
    p.add_argument("--township", help="乡镇（街道）")
    p.add_argument("--regulator", help="行业主管部门：住建/交通/水利/其他")
    p.add_argument("--industry", help="行业门类字母（GB/T 4754，如 E 建筑业）")
    p.add_argument("--inspector", help="监察员 ID")
    p.add_argument("--device", help="设备代码")
    p.add_argument("--campaign", help="专项行动代码（只含该专项行动的检查及其项目、单位、指令书）")


def filter_from_args(args: argparse.Namespace) -> LedgerFilter:
    reg = args.regulator
    if reg is not None:
        reg = _REGULATOR_BY_CN.get(reg, reg)
        if reg not in REGULATORS:
            raise ValidationError(f"未知的行业主管部门：{args.regulator}", code="E_REGULATOR")
    f = LedgerFilter(
        date_from=parse_day(args.date_from) if args.date_from else None,
        date_to=parse_day(args.date_to) if args.date_to else None,
        township=args.township, regulator=reg,
        industry=args.industry.upper() if args.industry else None,
        inspector_id=args.inspector, device_code=args.device,
        campaign=(args.campaign or "").strip() or None,
    )
    if f.date_from and f.date_to and f.date_from > f.date_to:
        raise ValidationError("起始日期晚于截止日期。", code="E_DATES")
    return f


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="台账与统计报表")
    s = p.add_subparsers(dest="report_command", metavar="ACTION")
    s.required = True
    led = s.add_parser("ledger", help=f"导出台账：{'、'.join(LEDGERS)}")
    led.add_argument("name", help="台账名称：" + "、".join(f"{k}（{v.title}）" for k, v in LEDGERS.items()))
    led.add_argument("--out", help="导出文件（.xlsx 或 .csv）")
    add_filter_flags(led)
    add_json_flag(led)
    led.set_defaults(func=_ledger)
    sm = s.add_parser("summary", help="期间汇总：文字、PDF 或 Excel")
    sm.add_argument("--from", dest="date_from", required=True, help="起始日期（含）")
    sm.add_argument("--to", dest="date_to", required=True, help="截止日期（含）")
    sm.add_argument("--out", help="保存为 .txt、.pdf 或 .xlsx")
    sm.add_argument("--campaign", default="", help="只统计该专项行动（代码）的检查和案件")
    add_json_flag(sm)
    sm.set_defaults(func=_summary)
    tr = s.add_parser("trace", help="列出构成某项统计指标的全部记录")
    tr.add_argument("figure", help="指标（JSON 键）：" + "、".join(FIGURES))
    tr.add_argument("--from", dest="date_from", required=True, help="起始日期（含）")
    tr.add_argument("--to", dest="date_to", required=True, help="截止日期（含）")
    tr.add_argument("--campaign", default="", help="只统计该专项行动（代码）的检查和案件")
    add_json_flag(tr)
    tr.set_defaults(func=_trace)


def _ledger(args: argparse.Namespace) -> int:
    led = ledger(args.name)
    f = filter_from_args(args)
    db = open_db(args)
    if args.out:
        n = write_table(args.out, led.title, led.columns, iter_ledger(db, led.name, f))
        if args.json:
            print_json({"ledger": led.name, "rows": n, "file": str(args.out)})
        else:
            print(f"已导出{led.title} {n} 行：{args.out}")
        return 0
    rows = [{c.header: (v if c.kind in ("int", "bool") or v is None else csv_value(c.kind, v))
             for c, v in zip(led.columns, row, strict=True)}
            for row in iter_ledger(db, led.name, f)]
    if args.json:
        print_json({"ledger": led.name, "title": led.title, "rows": rows})
    else:
        raise ValidationError("请用 --out 指定导出文件，或用 --json 打印。", code="E_USAGE_OUT")
    return 0


def _period(args: argparse.Namespace) -> Period:
    return Period(parse_day(args.date_from), parse_day(args.date_to),
                  campaign=(getattr(args, "campaign", "") or "").strip())


def _summary(args: argparse.Namespace) -> int:
    period = _period(args)
    db = open_db(args)
    if args.out:
        written = write_summary(db, period, args.out)
        if args.json:
            print_json({"file": str(written.path), "kind": written.kind})
        else:
            print(f"已保存汇总：{written.path}")
        return 0
    doc = build_summary(db, period)
    if args.json:
        print_json(doc)
    else:
        with db.session() as s:
            print(summary_text(doc, load_authority(s).authority_name))
    return 0


def _trace(args: argparse.Namespace) -> int:
    period = _period(args)
    fig = figure(args.figure)
    db = open_db(args)
    if period.campaign:
        check_campaign(db, period.campaign)
    records = trace(db, fig.key, period)
    value = value_of(records, fig.unit)
    if args.json:
        print_json({"figure": fig.key, "label": fig.label, "definition": fig.definition,
                    "value": value, "records": records})
        return 0
    print(f"{fig.label}：{value}")
    print(f"定义：{fig.definition}")
    print_table(["类型", "分组", "记录", "ID"], [[r.kind, r.group, r.text, r.id] for r in records])
    return 0

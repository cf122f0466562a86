"""`inspector sites …` and `inspector inspectors …`: the registry from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from inspector.cli.common import (
    add_json_flag,
    open_db,
    print_import_report,
    print_json,
    print_table,
)
from inspector.domain.registry import REGULATORS, SITE_STATUSES
from inspector.queries.people import inspectors
from inspector.registry.service import list_sites, save_inspector
from inspector.registry.sites_io import import_sites, write_template


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sites", help="工程项目：模板、导入、列表")
    s = p.add_subparsers(dest="sites_command", metavar="ACTION")
    s.required = True
    t = s.add_parser("template", help="下载导入模板（.xlsx 或 .csv）")
    t.add_argument("--out", required=True, type=Path)
    t.set_defaults(func=_template)
    i = s.add_parser("import", help="从 .xlsx/.csv 导入工程项目（逐行报告错误）")
    i.add_argument("file", type=Path)
    add_json_flag(i)
    i.set_defaults(func=_import)
    ls = s.add_parser("list", help="列出工程项目")
    ls.add_argument("--search", help="按名称、地址、乡镇、项目编号、总包名称或信用代码搜索")
    ls.add_argument("--status", choices=sorted(SITE_STATUSES))
    ls.add_argument("--limit", type=int)
    add_json_flag(ls)
    ls.set_defaults(func=_list)

    q = sub.add_parser("inspectors", help="劳动保障监察员")
    qs = q.add_subparsers(dest="inspectors_command", metavar="ACTION")
    qs.required = True
    a = qs.add_parser("add", help="添加或更新监察员")
    a.add_argument("--name", required=True)
    a.add_argument("--credential", required=True, help="执法证号")
    a.add_argument("--unit", default="")
    a.add_argument("--phone", default="")
    add_json_flag(a)
    a.set_defaults(func=_add_inspector)
    ql = qs.add_parser("list", help="列出监察员")
    add_json_flag(ql)
    ql.set_defaults(func=_list_inspectors)


def _template(args: argparse.Namespace) -> int:
    write_template(args.out)
    print(f"已生成导入模板：{args.out}")
    return 0


def _import(args: argparse.Namespace) -> int:
    db = open_db(args)
    return print_import_report(import_sites(db, args.file), as_json=args.json,
                               counted="个", unit="个")


def _list(args: argparse.Namespace) -> int:
    db = open_db(args)
    rows = list_sites(db, search=args.search, status=args.status, limit=args.limit)
    if args.json:
        print_json(rows)
    else:
        print_table(["项目编号", "项目名称", "乡镇", "主管部门", "状态", "施工总承包单位"],
                    [[r.code or "", r.name, r.township, REGULATORS.get(r.regulator, r.regulator),
                      SITE_STATUSES.get(r.status, r.status), r.general_contractor] for r in rows])
        print(f"共 {len(rows)} 个工程项目。")
    return 0


def _add_inspector(args: argparse.Namespace) -> int:
    db = open_db(args)
    ins_id = save_inspector(db, name=args.name, credential_no=args.credential,
                            unit=args.unit, phone=args.phone)
    if args.json:
        print_json({"id": ins_id})
    else:
        print(f"已保存监察员 {args.name}（执法证号 {args.credential}）：{ins_id}")
    return 0


def _list_inspectors(args: argparse.Namespace) -> int:
    found = inspectors(open_db(args), include_inactive=True)
    rows = [{"id": i.id, "name": i.name, "credential_no": i.credential_no, "unit": i.unit,
             "active": i.active} for i in sorted(found, key=lambda i: i.credential_no)]
    if args.json:
        print_json(rows)
    else:
        print_table(["姓名", "执法证号", "单位", "ID"],
                    [[r["name"], r["credential_no"], r["unit"], r["id"]] for r in rows])
    return 0

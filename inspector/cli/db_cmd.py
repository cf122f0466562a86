"""`inspector db copy --to postgresql://…`: move this (SQLite) database to a server."""

from __future__ import annotations

import argparse

from inspector.cli.common import add_json_flag, open_db, print_json, print_table


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("db", help="数据库维护（迁移到 PostgreSQL 服务器）")
    s = p.add_subparsers(dest="db_command", metavar="ACTION")
    s.required = True
    c = s.add_parser(
        "copy", help="把本数据库全部复制到一个空的服务器数据库（一个事务，逐表核对行数与校验和）"
    )
    c.add_argument("--to", required=True, metavar="URL",
                   help="目标，例如 postgresql://用户:密码@主机:5432/数据库（须为空库）")
    add_json_flag(c)
    c.set_defaults(func=_copy)


def _copy(args: argparse.Namespace) -> int:
    from inspector.storage.copy import copy_database

    source = open_db(args)
    try:
        report = copy_database(source, args.to)
    finally:
        source.dispose()
    if args.json:
        print_json(report.to_dict())
        return 0
    print(f"源：{report.source}")
    print(f"目标：{report.target}（结构版本 {report.revision}）")
    print_table(
        ["数据表", "源行数", "目标行数", "校验和（SHA-256 前 16 位）", "结果"],
        [[t.table, t.source_rows, t.target_rows, t.target_sha256[:16], "一致" if t.ok else "不符"]
         for t in report.tables],
    )
    print(f"共复制 {report.rows} 行，全部一致。")
    print(f"附件与密钥仍在 {source.data_dir}：打开服务器数据库时用 --data-dir {source.data_dir}。")
    return 0

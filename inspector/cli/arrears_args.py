"""Command-line arguments for wage arrears (`--workers --amount --list`), shared by
`inspector inspections arrears` and `inspector order edit --item N`."""

from __future__ import annotations

import argparse
from pathlib import Path

from inspector.inspections.arrears import Arrears, parse_yuan, read_list_csv


def add_arrears_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workers", type=int, help="涉及劳动者人数")
    p.add_argument("--amount", help="拖欠（克扣）工资总额，单位：元，如 45000.50")
    p.add_argument("--list", type=Path, dest="arrears_list",
                   help="欠薪人员清单 CSV：姓名,月份,金额（元）；可有表头")


def arrears_from_args(args: argparse.Namespace) -> Arrears | None:
    """The arrears typed on the command line, or None when none of the flags was given."""
    if args.workers is None and args.amount is None and args.arrears_list is None:
        return None
    people = read_list_csv(args.arrears_list) if args.arrears_list else ()
    amount = (parse_yuan(args.amount) if args.amount is not None
              else sum(p.amount_fen for p in people))
    workers = args.workers if args.workers is not None else len(people)
    return Arrears(workers, amount, people)

"""`inspector cases note|confirm|field-ids|field-inspectors`: cases between the office and
its laptops (docs/cases.md "Cases on a field laptop").

On a field database these obey the rights table: a note or a payment seen on site only on
a case of this device's inspectors; confirming, the ID-number setting and the device's
inspectors are the office's (refused locally with E_RIGHTS or a validation code).
"""

from __future__ import annotations

import argparse

from inspector.cases.fieldwork import (
    FIELD_ID_MODES,
    add_note,
    confirm_payment,
    field_id_numbers,
    set_device_inspectors,
    set_field_id_numbers,
)
from inspector.cli.cases import date_arg
from inspector.cli.common import add_json_flag, open_db, print_json


def register(s: argparse._SubParsersAction) -> None:
    n = s.add_parser("note", help="给案件添加一条记录（外勤：仅本机监察员承办的案件）")
    n.add_argument("case")
    n.add_argument("--text", required=True)
    n.add_argument("--date", type=date_arg, help="记录日期（默认今天）")
    add_json_flag(n)
    n.set_defaults(func=_note)
    c = s.add_parser("confirm", help="确认外勤现场记录的追回工资（局端；确认后计入统计）")
    c.add_argument("payment", metavar="PAYMENT_ID")
    c.add_argument("--date", type=date_arg, help="确认日期（默认今天）")
    add_json_flag(c)
    c.set_defaults(func=_confirm)
    f = s.add_parser("field-ids", help="派发同步包中劳动者身份证号：masked 脱敏（默认）或 full 完整")
    f.add_argument("mode", nargs="?", choices=sorted(FIELD_ID_MODES))
    add_json_flag(f)
    f.set_defaults(func=_field_ids)
    d = s.add_parser("field-inspectors", help="设定外勤设备承办的监察员（其案件随派发同步包下发）")
    d.add_argument("--device", required=True, help="外勤设备代码")
    d.add_argument("--inspector", action="append", default=[],
                   help="执法证号或 ID（可多次；不给则清空）")
    add_json_flag(d)
    d.set_defaults(func=_field_inspectors)


def _note(args: argparse.Namespace) -> int:
    with open_db(args).uow() as s:
        note_id = add_note(s, args.case, args.text, on=args.date)
    print_json({"id": note_id}) if args.json else print("已添加记录。")
    return 0


def _confirm(args: argparse.Namespace) -> int:
    with open_db(args).uow() as s:
        pay_id = confirm_payment(s, args.payment, on=args.date)
    print_json({"id": pay_id, "confirmed": True}) if args.json else print("已确认该笔支付。")
    return 0


def _field_ids(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.uow() as s:
        mode = set_field_id_numbers(s, args.mode) if args.mode else field_id_numbers(s)
    if args.json:
        print_json({"mode": mode})
    else:
        print(f"派发同步包中的劳动者身份证号：{FIELD_ID_MODES[mode]}")
    return 0


def _field_inspectors(args: argparse.Namespace) -> int:
    with open_db(args).uow() as s:
        ids = set_device_inspectors(s, args.device, args.inspector)
    if args.json:
        print_json({"device": args.device, "inspectors": ids})
    else:
        print(f"设备 {args.device} 承办的监察员：{len(ids)} 名；其案件随下一个派发同步包下发。")
    return 0

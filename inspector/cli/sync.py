"""`inspector bundle | keys | enroll | devices | conflicts`: a thin shell over `inspector.sync`."""

from __future__ import annotations

import argparse

import inspector.sync.history  # noqa: F401  (every CLI write records its version edges)
from inspector.cli.common import add_json_flag, db_target, open_db, print_json, print_table
from inspector.domain.registry import ROLE_LABELS
from inspector.keys import fingerprint_display


def register(sub: argparse._SubParsersAction) -> None:
    _register_bundle(sub)
    _register_keys(sub)
    _register_devices(sub)


def _register_bundle(sub: argparse._SubParsersAction) -> None:
    """Sync bundles: export, import (or preview), assignment, inspection."""
    b = sub.add_parser("bundle", help="同步包：导出、导入、派发、查看").add_subparsers(
        dest="bundle_cmd", metavar="ACTION", required=True
    )
    p = b.add_parser("export", help="导出外勤同步包（局端尚未确认的全部更改）")
    p.add_argument("--out", required=True, help="文件路径或目录（目录时自动命名）")
    add_json_flag(p)
    p.set_defaults(func=_export)
    p = b.add_parser("import", help="导入同步包（每个文件一个事务）")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--trust-new-device", action="store_true",
                   help="接受未登记设备的密钥（请先核对指纹）")
    p.add_argument("--dry-run", action="store_true",
                   help="只预览：完整校验并试导入后整体回滚，列出每个同步包将新增、相同、冲突的行")
    add_json_flag(p)
    p.set_defaults(func=_import)
    p = b.add_parser("assign", help="生成发给外勤设备的派发同步包（局端）")
    p.add_argument("--device", required=True, help="目标设备代码")
    p.add_argument("--out", required=True, help="文件路径或目录")
    p.add_argument("--township", action="append", default=[], help="只派发这些乡镇的项目（可重复）")
    p.add_argument("--regulator", action="append", default=[],
                   help="只派发这些主管部门的项目：housing/transport/water/other（可重复）")
    p.add_argument("--site", action="append", default=[], metavar="ID", help="只派发指定项目（可重复）")
    p.add_argument("--inspector", action="append", default=[], metavar="ID",
                   help="只派发指定监察员（可重复；默认全部）")
    add_json_flag(p)
    p.set_defaults(func=_assign)
    p = b.add_parser("inspect", help="显示同步包清单与校验结果（不导入）")
    p.add_argument("file", metavar="FILE")
    add_json_flag(p)
    p.set_defaults(func=_inspect)


def _register_keys(sub: argparse._SubParsersAction) -> None:
    """This device's key, and the office key a field device enrolls."""
    k = sub.add_parser("keys", help="本机公钥与指纹").add_subparsers(
        dest="keys_cmd", metavar="ACTION", required=True
    )
    p = k.add_parser("show", help="显示本机公钥与指纹")
    add_json_flag(p)
    p.set_defaults(func=_keys_show)
    p = k.add_parser("export", help="把本机公钥写入文件（交给局端或外勤设备）")
    p.add_argument("--out", required=True)
    add_json_flag(p)
    p.set_defaults(func=_keys_export)
    p = k.add_parser("split", help="为本数据库生成新密钥（共用或丢失密钥时），之后须重新登记")
    add_json_flag(p)
    p.set_defaults(func=_keys_split)

    p = sub.add_parser("enroll", help="登记局端公钥（外勤设备）")
    p.add_argument("--office-key", required=True, metavar="FILE")
    p.add_argument("--replace", action="store_true", help="更换已登记的局端密钥")
    p.add_argument("--confirm-fingerprint", metavar="FP", help="更换时输入新密钥的指纹")
    add_json_flag(p)
    p.set_defaults(func=_enroll)


def _register_devices(sub: argparse._SubParsersAction) -> None:
    """The office's devices and their trust."""
    d = sub.add_parser("devices", help="设备与信任（局端）").add_subparsers(
        dest="devices_cmd", metavar="ACTION", required=True
    )
    p = d.add_parser("list", help="列出设备")
    add_json_flag(p)
    p.set_defaults(func=_devices_list)
    for action, text in (("trust", "信任设备（新设备需 --key 公钥文件）"), ("revoke", "吊销设备")):
        p = d.add_parser(action, help=text)
        p.add_argument("code", metavar="CODE")
        if action == "trust":
            p.add_argument("--key", metavar="FILE", help="设备的公钥文件（keys export 生成）")
            p.add_argument("--replace-key", action="store_true",
                           help="设备重新生成了密钥（keys split）：换成文件中的新公钥")
            p.add_argument("--confirm-fingerprint", metavar="FP", help="换钥时输入新密钥的指纹")
        else:
            p.add_argument("--reason", default="", help="吊销理由（记入审计日志）")
        add_json_flag(p)
        p.set_defaults(func=_devices_set, action=action)
    p = d.add_parser("status", help="外勤设备概况：最近同步包、确认、待确认行数、长期未同步")
    add_json_flag(p)
    p.set_defaults(func=_devices_status)
    p = d.add_parser("accept", help="核对指纹后，根据同步包接受新设备")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--fingerprint", required=True, help="与外勤电脑上显示的一致的密钥指纹")
    add_json_flag(p)
    p.set_defaults(func=_devices_accept)


def _export(args: argparse.Namespace) -> int:
    from inspector.sync import export_field_bundle

    res = export_field_bundle(open_db(args), args.out)
    if args.json:
        print_json(res)
    else:
        rows = sum(res.row_counts.values())
        print(f"已导出：{res.path}（序号 {res.seq}，{rows} 行，{res.blobs} 个附件，"
              f"变更 {res.since + 1}–{res.high_water}）")
    return 0


def _assign(args: argparse.Namespace) -> int:
    from inspector.sync import export_assignment_bundle
    from inspector.sync.assign_scope import AssignmentScope, scope_conditions

    scope = AssignmentScope(args.township, args.regulator, args.site, args.inspector)
    res = export_assignment_bundle(open_db(args), args.device, args.out,
                                   scope=scope_conditions(scope))
    if args.json:
        print_json(res)
    else:
        print(f"已生成派发同步包：{res.path}（{sum(res.row_counts.values())} 行；{scope.describe()}）")
    return 0


def _import(args: argparse.Namespace) -> int:
    from inspector.sync import import_bundles

    if args.dry_run:
        return _dry_run(args)
    reports = import_bundles(open_db(args), args.files, trust_new_device=args.trust_new_device)
    if args.json:
        print_json([r.to_dict() for r in reports])
    else:
        for r in reports:
            if r.refused:
                print(f"✗ {r.file}：已拒绝 [{r.error_code}] {r.message}")
                continue
            head = "已导入" if r.status == "imported" else "此前已导入，未更改"
            print(f"✓ {r.file}：{head}（设备 {r.device_code}，序号 {r.seq}）")
            if r.new_device:
                print(f"  已登记并信任新设备 {r.new_device}")
            if r.tables:
                print_table(
                    ["表", "新增", "更新", "未变", "冲突"],
                    [[t, c.new, c.updated, c.unchanged, c.conflicts] for t, c in r.tables.items()],
                )
            if r.blobs_new:
                print(f"  新附件 {r.blobs_new} 个")
    return 1 if any(r.refused for r in reports) else 0


def _dry_run(args: argparse.Namespace) -> int:
    from inspector.sync.preview import preview_import, preview_text

    previews = preview_import(open_db(args), args.files, trust_new_device=args.trust_new_device)
    if args.json:
        print_json([p.to_dict() for p in previews])
    else:
        print("预览（未导入，数据库未更改）：")
        for p in previews:
            print(preview_text(p))
    return 1 if any(p.refused for p in previews) else 0


def _inspect(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inspector.errors import InspectorError
    from inspector.sync import inspect_bundle

    db = None
    target = db_target(args)
    # Inspecting needs no database: use this one's keys only if it already exists.
    if "://" in str(target) or Path(target).expanduser().exists():
        try:
            db = open_db(args)
        except InspectorError:
            db = None
    manifest, code, message = inspect_bundle(db, args.file)
    ok = code.startswith("OK")
    if args.json:
        print_json({"ok": ok, "code": code, "message": message,
                    "manifest": manifest.raw if manifest else None})
    else:
        if manifest is not None:
            m = manifest
            print(f"类型：{m.kind}  格式版本：{m.format_version}  结构版本：{m.schema_revision}")
            print(f"同步包：{m.bundle_id}  设备：{m.device_code}  序号：{m.seq}  时间：{m.created_at}")
            print(f"签名密钥指纹：{fingerprint_display(m.key_id[:16])}")
            for t, n in m.row_counts.items():
                print(f"  {t}: {n} 行")
        print(("✓ " if ok else "✗ ") + f"[{code}] {message}")
    return 0 if ok else 1


def _keys_show(args: argparse.Namespace) -> int:
    from inspector.sync import this_public_key

    info = this_public_key(open_db(args))
    if args.json:
        print_json({**info.__dict__, "fingerprint": info.fingerprint})
    else:
        print(f"设备：{info.code}（{ROLE_LABELS.get(info.role, info.role)}）")
        print(f"公钥：{info.public_key}")
        print(f"指纹：{info.fingerprint}")
    return 0


def _keys_export(args: argparse.Namespace) -> int:
    from inspector.sync import export_public_key

    info = export_public_key(open_db(args), args.out)
    if args.json:
        print_json({**info.__dict__, "fingerprint": info.fingerprint, "file": args.out})
    else:
        print(f"已写入 {args.out}  指纹：{info.fingerprint}")
    return 0


def _keys_split(args: argparse.Namespace) -> int:
    from inspector.identity import reenrol_advice, split_identity

    new = split_identity(open_db(args))
    if args.json:
        print_json({**new.__dict__, "fingerprint": fingerprint_display(new.key_id)})
    else:
        print(f"已为本数据库生成新密钥：设备 {new.code}  指纹 {fingerprint_display(new.key_id)}")
        print(reenrol_advice(new))
    return 0


def _enroll(args: argparse.Namespace) -> int:
    from inspector.sync import enroll

    info, changed = enroll(open_db(args), args.office_key, replace=args.replace,
                           confirm_fingerprint=args.confirm_fingerprint)
    if args.json:
        print_json({**info.__dict__, "fingerprint": info.fingerprint, "changed": changed})
    else:
        state = "已登记" if changed else "已是当前登记的密钥"
        print(f"局端密钥{state}：{info.code or '局端'}  指纹：{info.fingerprint}")
        print("请与局端核对该指纹。")
    return 0


def _devices_list(args: argparse.Namespace) -> int:
    from inspector.sync import list_devices

    rows = list_devices(open_db(args))
    if args.json:
        print_json(rows)
    else:
        print_table(
            ["代码", "角色", "指纹", "受信任", "已吊销", "名称"],
            [[d.code, ROLE_LABELS.get(d.role, d.role), fingerprint_display(d.key_id), "是" if d.trusted else "否",
              "是" if d.revoked else "否", d.name] for d in rows],
        )
    return 0


def _devices_set(args: argparse.Namespace) -> int:
    from inspector.sync import revoke_device, trust_device

    db = open_db(args)
    if args.action == "trust":
        row = trust_device(db, args.code, getattr(args, "key", None),
                           replace=args.replace_key, confirm_fingerprint=args.confirm_fingerprint)
    elif args.reason:
        from inspector.sync.office import revoke_with_reason

        row = revoke_with_reason(db, args.code, args.reason)
    else:
        row = revoke_device(db, args.code)
    if args.json:
        print_json(row)
    else:
        print(f"设备 {row.code}：{'已信任' if row.trusted else '已吊销'}  "
              f"指纹 {fingerprint_display(row.key_id)}")
    return 0


def _devices_status(args: argparse.Namespace) -> int:
    from inspector.queries.office import device_overview
    from inspector.sync.office import silent_days

    db = open_db(args)
    days = silent_days(db)
    rows = device_overview(db, silent_after=days)
    if args.json:
        print_json(rows)
    else:
        print_table(
            ["代码", "指纹", "状态", "最近同步包", "最近确认", "待确认行", "冲突", f"超{days}天未同步"],
            [[d.code, d.fingerprint, "已吊销" if d.revoked else ("受信任" if d.trusted else "未信任"),
              f"第 {d.last_seq} 号" if d.last_seq else "无",
              d.last_ack.isoformat(" ", "minutes") if d.last_ack else "无", d.pending_rows,
              d.open_conflicts, "是" if d.silent else ""] for d in rows],
        )
    return 0


def _devices_accept(args: argparse.Namespace) -> int:
    from inspector.sync.office import accept_device_from_bundle

    row = accept_device_from_bundle(open_db(args), args.file, confirmed_fingerprint=args.fingerprint)
    if args.json:
        print_json(row)
    else:
        print(f"已接受并信任设备 {row.code}  指纹 {fingerprint_display(row.key_id)}")
    return 0

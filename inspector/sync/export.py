"""Writing field bundles (field → office) and assignment bundles (office → field).

A field bundle holds every row this device changed since the office's last
acknowledgement (`change_seq` above the acknowledged high-water) in the tables
a field device may send (`inspector.rights`), its own audit
events after the acknowledged sequence, and every blob those rows name. So a
lost bundle loses nothing (the next one repeats it) and overlapping bundles are
normal. Everything is read in one read transaction: the high-water mark and the
rows come from the same snapshot.

Both exports report progress (rows, then attachments) and can be cancelled
until the signed file is about to be published: see `export_field_bundle`.

An assignment bundle is a full snapshot of the reference tables the office
hands out (`ASSIGNMENT_TABLES`), every number block, every other device's row
(public keys), the cases of the target's inspectors (`assign_scope.with_cases`, ID
numbers rewritten by `cases.field_rights.assignment_rewrite`) and acknowledgements of
what the office imported from that device.

This module decides what a bundle holds and keeps the books; streaming the rows
themselves (the hot path) is `sync.export_rows`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, select, true

from inspector import __version__, identity, keys, rights
from inspector.audit import record
from inspector.audit.anchor import head_hash
from inspector.cases.field_rights import assignment_rewrite
from inspector.devices import DeviceInfo, require_device
from inspector.domain.registry import Device
from inspector.domain.sync import ExportedBundle, ImportedBundle
from inspector.ids import utcnow, uuid7
from inspector.progress import Meter, ProgressFn
from inspector.storage import Database
from inspector.storage.schema import SCHEMA_HEAD
from inspector.sync.assign_scope import CASE_TABLES, with_cases
from inspector.sync.errors import BundleError, WrongKindError
from inspector.sync.export_rows import Wanted, plan_tables, write_members
from inspector.sync.format import FORMAT_NAME, FORMAT_VERSION, codecs
from inspector.sync.state import (
    ACKED_AUDIT_SEQ,
    ACKED_HIGH_WATER,
    EXPORT_SEQ,
    change_counter,
    existing_tables,
    get_int,
    set_state,
)
from inspector.sync.writer import BundleWriter

ASSIGNMENT_TABLES: dict[str, tuple[str, str] | None] = {
    "inspector": None,
    "employer": None,
    "site": None,
    "site_subcontractor": None,
    "checklist_template": None,
    "template_item": None,
    "setting": None,
    "device": ("id", "!:target"),
    "number_block": None,
    **dict.fromkeys(CASE_TABLES),  # only the cases of the target's inspectors (with_cases)
    "device_inspector": ("device_id", ":target"),
}
"""Table → None (every row) or (column, value) filter (":target": the target's id; "!" negates).
Other devices' keys and blocks travel: a field device verifies a colleague's order offline."""

ACKS_SENT = 200


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    kind: str
    seq: int
    row_counts: dict[str, int]
    blobs: int
    since: int
    high_water: int


def _dest(out: Path, name: str) -> Path:
    return out / name if out.is_dir() else out


def _manifest(me: DeviceInfo, kind: str, seq: int, **extra: Any) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "schema_revision": SCHEMA_HEAD,
        "app_version": __version__,
        "kind": kind,
        "bundle_id": uuid7(),
        "device": {
            "id": me.id, "code": me.code, "role": me.role,
            "public_key": me.public_key, "key_id": me.key_id,
        },
        "seq": seq,
        "created_at": utcnow().isoformat(),
        "target_device": None,
        "since": 0,
        "high_water": 0,
        "audit_seq": 0,
        "acks": [],
        **extra,
    }


def _finish(w: BundleWriter, manifest: dict[str, Any], key: keys.DeviceKey, meter: Meter) -> None:
    """Sign and publish. The report before it is the last point a cancel is honoured:
    once the file exists under its name, the bookkeeping must follow it (a bundle
    whose sequence was not recorded would block the next export's file name)."""
    meter.report("正在签名并写入同步包…")
    w.finish(manifest, key)


def export_field_bundle(
    db: Database, out: str | Path, *, progress: ProgressFn | None = None
) -> ExportResult:
    """Write everything the office has not acknowledged yet to a new bundle file.

    `progress` (see `inspector.progress`) counts rows, then attachments. If it
    raises `Cancelled` — at any call, the last one comes just before the file is
    signed and published — no bundle file and no temporary file remain (a
    destination folder the export had to create may stay, empty), and nothing
    is recorded: the export sequence, `exported_bundle` and the audit log are
    untouched, so the next export carries everything this one would have.
    """
    meter = Meter(progress)
    meter.report("正在准备导出…")
    me = require_device(db)
    if me.role != "field":
        raise WrongKindError("只有外勤设备导出外勤同步包；局端请使用 bundle assign。")
    key = identity.load_key(db)
    present = existing_tables(db.engine)
    with db.engine.connect() as conn, conn.begin():
        since = get_int(conn, ACKED_HIGH_WATER)
        audit_since = get_int(conn, ACKED_AUDIT_SEQ)
        high_water = change_counter(conn)
        seq = get_int(conn, EXPORT_SEQ) + 1
        dest = _dest(Path(out), f"{me.code}-{seq:05d}.field.zip")
        audit_seq = audit_since
        wanted: Wanted = []
        for name, codec in codecs().items():
            if name not in present or not (codec.append_only or rights.field_sends(name)):
                continue
            t = codec.table
            if codec.append_only:
                top = conn.execute(
                    select(t.c.seq).where(t.c.device_id == me.id).order_by(t.c.seq.desc())
                ).scalar()
                audit_seq = max(audit_since, int(top or 0))
                where = and_(
                    t.c.device_id == me.id, t.c.seq > audit_since, t.c.seq <= audit_seq
                )
            else:
                where = and_(t.c.change_seq > since, t.c.change_seq <= high_water)
            wanted.append((name, codec, where))
        plan = plan_tables(conn, wanted)
        with BundleWriter(dest) as w:
            blobs = write_members(w, db, conn, plan, meter)
            manifest = _manifest(me, "field", seq, since=since, high_water=high_water,
                                 audit_seq=audit_seq, audit_head=head_hash(conn, me.id, audit_seq))
            _finish(w, manifest, key, meter)
    _remember(db, manifest, w, dest)
    return ExportResult(
        dest, manifest["bundle_id"], "field", seq, dict(w.row_counts),
        blobs, since, high_water,
    )


def export_assignment_bundle(
    db: Database, device_code: str, out: str | Path, *, progress: ProgressFn | None = None,
    scope: dict[str, ColumnElement[bool]] | None = None,
) -> ExportResult:
    """Write the office's reference data, number blocks and acknowledgements for one device.

    `scope` narrows tables to the rows a condition selects (`sync.assign_scope` builds it
    from townships, regulators and site lists); tables not named go whole.

    Progress and cancelling as in `export_field_bundle`: a cancel leaves no file
    and records nothing (the office's export sequence does not advance).
    """
    meter = Meter(progress)
    meter.report("正在准备派发同步包…")
    me = require_device(db)
    if me.role != "office":
        raise WrongKindError("只有局端可以生成派发同步包。")
    key = identity.load_key(db)
    present = existing_tables(db.engine)
    with db.engine.connect() as conn, conn.begin():
        target = _assignment_target(conn, device_code)
        seq = get_int(conn, EXPORT_SEQ) + 1
        acks = _acks_for(conn, target.id)
        dest = _dest(Path(out), f"{me.code}-{seq:05d}-{target.code}.assign.zip")
        wanted = _assignment_wanted(present, target.id, with_cases(scope or {}, target.id))
        plan = plan_tables(conn, wanted)
        with BundleWriter(dest) as w:
            blobs = write_members(w, db, conn, plan, meter, assignment_rewrite(conn))
            manifest = _manifest(
                me, "assignment", seq, acks=acks,
                target_device={"id": target.id, "code": target.code},
            )
            _finish(w, manifest, key, meter)
    _remember(db, manifest, w, dest, target_id=target.id)
    return ExportResult(dest, manifest["bundle_id"], "assignment", seq, dict(w.row_counts),
                        blobs, 0, 0)


def _assignment_target(conn: Connection, device_code: str) -> Any:
    """The device an assignment bundle is for: enrolled and not revoked."""
    target = conn.execute(
        select(Device.id, Device.code, Device.revoked).where(Device.code == device_code)
    ).first()
    if target is None:
        raise BundleError(f"没有代码为 {device_code} 的设备。", code="E_DEVICE_UNKNOWN")
    if target.revoked:
        raise BundleError(f"设备 {device_code} 已被吊销。", code="E_BUNDLE_DEVICE_REVOKED")
    return target


def _acks_for(conn: Connection, device_id: str) -> list[dict[str, Any]]:
    """The office's acknowledgements of the device's latest field bundles, newest first."""
    ib = ImportedBundle.__table__.c
    return [
        {"bundle_id": a.bundle_id, "seq": a.seq, "high_water": a.high_water,
         "audit_seq": a.audit_seq}
        for a in conn.execute(
            select(ib.bundle_id, ib.seq, ib.high_water, ib.audit_seq)
            .where(ib.device_id == device_id, ib.kind == "field")
            .order_by(ib.seq.desc())
            .limit(ACKS_SENT)
        )
    ]


def _assignment_wanted(present: frozenset[str], target_id: str,
                       scope: dict[str, ColumnElement[bool]]) -> Wanted:
    """Each assignment table present here with the condition its rows are chosen by:
    the table's own rule (ASSIGNMENT_TABLES: a column equal or unequal to a value or to
    the target device), narrowed by `scope` where it names the table."""
    wanted: Wanted = []
    for name, codec in codecs().items():
        if name not in ASSIGNMENT_TABLES or name not in present:
            continue
        spec = ASSIGNMENT_TABLES[name]
        where: ColumnElement[bool] = true()
        if spec is not None:
            col, value = spec
            v = target_id if value.lstrip("!") == ":target" else value.lstrip("!")
            column = codec.table.c[col]
            where = column != v if value.startswith("!") else column == v
        if name in scope:
            where = and_(where, scope[name])
        wanted.append((name, codec, where))
    return wanted


def _remember(
    db: Database, manifest: dict[str, Any], w: BundleWriter, dest: Path,
    target_id: str | None = None,
) -> None:
    """Record the export (the sequence only advances once the file exists)."""
    with db.uow() as s:
        set_state(s, EXPORT_SEQ, manifest["seq"])
        s.add(
            ExportedBundle(
                bundle_id=manifest["bundle_id"], kind=manifest["kind"], seq=manifest["seq"],
                target_device_id=target_id, since=manifest["since"],
                high_water=manifest["high_water"], audit_seq=manifest["audit_seq"],
                created_at=utcnow(), file_name=dest.name,
            )
        )
        record(
            s, "bundle.export", "bundle", manifest["bundle_id"],
            {"kind": manifest["kind"], "seq": manifest["seq"], "rows": w.row_counts,
             "file": dest.name},
        )

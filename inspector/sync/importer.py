"""Importing bundles: pick the key, verify everything, then apply in one transaction.

Office (role office) imports field bundles signed by a registered, trusted,
unrevoked device; an unknown device is refused with its key fingerprint unless
the caller accepts it (`trust_new_device`), which registers it in the same
transaction as the import. A field device imports assignment bundles signed by
the office key pinned at enrolment and addressed to itself, then takes the
acknowledgements they carry.

Blobs are stored (content-addressed, atomic) inside the transaction, after its
rows are applied and before it commits: a bundle refused for its rows stores
none, and at worst a failed import (a cancel or a bad attachment while storing)
leaves unreferenced blobs, never a row without its file. A bundle already
imported is reported and not touched again.

Each data line is parsed and checked once, as it is applied: verification
checks the signature, the members and the attachments, and leaves the rows to
the apply pass (`read_bundle(rows=False)`), which refuses a bad line, hash or
row count from inside its transaction, so a refused bundle still leaves no row.

Progress (`inspector.progress`) is reported in bytes of bundle members:
attachments are streamed twice (verified, then stored), data members once (as
they are applied). A cancel (the callback raising `Cancelled`) during either
pass leaves the database as it was: verification only reads, and the apply
pass is one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import orjson
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from inspector.audit import record
from inspector.audit.anchor import chain_problem
from inspector.devices import DeviceInfo, require_device
from inspector.domain.registry import Device
from inspector.domain.sync import ExportedBundle, ImportedBundle
from inspector.errors import StorageError
from inspector.ids import utcnow
from inspector.progress import Meter, ProgressFn
from inspector.storage import Database
from inspector.storage.blobs import has_blob, put_stream
from inspector.storage.locks import serialise_writers
from inspector.sync.apply import BatchHook, TableCounts, apply_bundle
from inspector.sync.errors import (
    BundleError,
    BundleFormatError,
    ConstraintError,
    HashMismatchError,
    MemberSetError,
    NotEnrolledError,
    TamperedError,
    UnknownDeviceError,
    WrongKindError,
)
from inspector.sync.export import ASSIGNMENT_TABLES
from inspector.sync.format import DATA_RE, DEFAULT_LIMITS, Limits, blob_member, data_member
from inspector.sync.manifest import Manifest
from inspector.sync.reader import VerifiedBundle, read_bundle
from inspector.sync.resolve import Resolver, embedded_key
from inspector.sync.state import (
    ACKED_AUDIT_SEQ,
    ACKED_HIGH_WATER,
    existing_tables,
    get_int,
    set_state,
)


@dataclass
class ImportReport:
    """What one file did: status imported | already_imported | refused."""

    file: str
    status: str
    bundle_id: str = ""
    kind: str = ""
    device_code: str = ""
    seq: int = 0
    tables: dict[str, TableCounts] = field(default_factory=dict)
    blobs_new: int = 0
    conflict_ids: list[str] = field(default_factory=list)
    new_device: str = ""
    error_code: str = ""
    message: str = ""

    @property
    def refused(self) -> bool:
        return self.status == "refused"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def inspect_bundle(
    db: Database | None, path: str | Path, *, progress: ProgressFn | None = None
) -> tuple[Manifest | None, str, str]:
    """(manifest, verification code, message) without importing. Uses this database's
    keys when given; otherwise checks the signature against the embedded key only.

    Read-only: `progress` reports as `read_bundle` does, and a `Cancelled` it
    raises propagates (it is not a verification result) and leaves nothing behind."""
    embedded: list[bool] = []

    def resolve(m: Manifest) -> Ed25519PublicKey:
        if db is not None:
            try:
                return Resolver(db, require_device(db), False)(m)
            except (UnknownDeviceError, WrongKindError, NotEnrolledError):
                pass
        embedded.append(True)
        return embedded_key(m)

    try:
        vb = read_bundle(path, resolve, progress=progress)
    except BundleError as exc:
        return None, exc.code, exc.message
    if embedded:
        return vb.manifest, "OK_EMBEDDED_KEY", "完整性校验通过；签名仅与包内公钥相符（该设备未在本机登记或受信任）。"
    return vb.manifest, "OK", "校验通过：签名、哈希、成员与数据行均有效。"


def import_bundle(
    db: Database, path: str | Path, *, trust_new_device: bool = False,
    limits: Limits = DEFAULT_LIMITS, progress: ProgressFn | None = None,
) -> ImportReport:
    """Verify and apply one bundle file; raises a `BundleError` when it is refused.

    `progress` is called during verification, while attachments are stored and
    after each batch of rows is applied; its last call comes inside the
    transaction, just before the commit. If it raises `Cancelled`, the
    exception propagates and the database is exactly as before (no rows, no
    `imported_bundle` record, no audit event, no new device). Attachments
    already stored stay in the content-addressed store: unreferenced, and
    reused as they are when the bundle is imported again.
    """
    meter = Meter(progress)
    me = require_device(db)
    resolver = Resolver(db, me, trust_new_device)

    vb = _verify(path, resolver, limits, meter)
    m = vb.manifest
    report = ImportReport(
        file=str(path), status="imported", bundle_id=m.bundle_id, kind=m.kind,
        device_code=m.device_code, seq=m.seq,
    )
    with db.session() as s:
        if s.get(ImportedBundle, m.bundle_id) is not None:
            return _already(report)
    tables = _allowed_tables(db, vb, me)
    on_batch = _apply_progress(vb, tables, meter)
    try:
        with db.uow() as s:
            # Two clerks importing at once on one server queue here (SQLite's write
            # lock does the same for a file); the first statement under the lock
            # sees the other's committed import, so a bundle is never applied twice.
            serialise_writers(s)
            if s.get(ImportedBundle, m.bundle_id) is not None:
                return _already(report)
            if resolver.register is not None:
                report.new_device = _register_device(s, resolver.register)
            _apply_and_record(db, s, vb, me, tables, on_batch, meter, report)
            # Last chance to cancel: still inside the transaction, so it rolls back.
            meter.at(meter.total, "正在提交…")
    except IntegrityError as exc:
        raise ConstraintError(
            f"同步包中的数据与本机数据冲突，无法写入（{str(exc.orig)[:200]}），已整体拒绝。"
        ) from None
    return report


def _already(report: ImportReport) -> ImportReport:
    report.status = "already_imported"
    report.message = "该同步包此前已导入，未做任何更改。"
    return report


def _apply_and_record(
    db: Database, s: Any, vb: VerifiedBundle, me: DeviceInfo, tables: list[str],
    on_batch: BatchHook, meter: Meter, report: ImportReport,
) -> None:
    """Inside the import's transaction: the rows, the attachments, the acknowledgements
    (field), the audit anchor, then the record of the import and its audit event."""
    m = vb.manifest
    result = apply_bundle(
        s.connection(), vb, tables=tables, data_dir=db.data_dir,
        receiver_role=me.role, on_batch=on_batch,
    )
    report.tables, report.conflict_ids = result.tables, result.conflict_ids
    # After the rows (checked only as they were applied) and before the commit:
    # a refused bundle stores no attachment, a committed row always has its file.
    report.blobs_new = _store_blobs(db, vb, meter)
    if me.role == "field":
        _take_acks(s, m)
    anchor = _check_anchor(s, m)
    s.add(
        ImportedBundle(
            bundle_id=m.bundle_id, kind=m.kind, device_id=m.device_id,
            device_code=m.device_code, seq=m.seq, high_water=m.high_water,
            audit_seq=m.audit_seq, sha256=vb.file_sha256, imported_at=utcnow(),
            report=orjson.dumps(report.to_dict()).decode(),
        )
    )
    record(
        s, "bundle.import", "bundle", m.bundle_id,
        {"device": m.device_code, "seq": m.seq, "sha256": vb.file_sha256,
         "conflicts": len(report.conflict_ids), **anchor},
    )


def _verify(path: str | Path, resolver: Resolver, limits: Limits, meter: Meter) -> VerifiedBundle:
    """The verification pass of an import: everything but the data lines, which the
    apply pass checks as it reads them (each line parsed once)."""
    signed: list[Manifest] = []

    def resolve(manifest: Manifest) -> Ed25519PublicKey:
        key = resolver(manifest)
        signed.append(manifest)
        return key

    def verifying(done: int, total: int, label: str) -> None:
        # `total` is the attachments' bytes, streamed again when stored; data members
        # are streamed once, by the apply pass.
        if signed:
            files = signed[0].files
            meter.total = 2 * total + sum(e.size for n, e in files.items() if DATA_RE.match(n))
        meter.at(done, label)

    return read_bundle(path, resolve, limits=limits, progress=verifying, rows=False)


_PER_FILE = 1000
"""Progress units per file of `import_bundles` (each file's own total is scaled into them)."""


def import_bundles(
    db: Database, paths: Sequence[str | Path], *, trust_new_device: bool = False,
    limits: Limits = DEFAULT_LIMITS, progress: ProgressFn | None = None,
) -> list[ImportReport]:
    """Import many files, each in its own transaction; a refusal is reported, not raised.

    A `Cancelled` raised by `progress` is raised, not reported: the file being
    imported is rolled back entirely, the files before it stay imported (each
    was its own committed transaction) and the files after it are not touched.
    """
    out = []
    n = len(paths)
    for i, path in enumerate(paths):
        file_progress = None if progress is None else _scaled(progress, i, n)
        try:
            out.append(import_bundle(db, path, trust_new_device=trust_new_device, limits=limits,
                                     progress=file_progress))
        except BundleError as exc:
            out.append(ImportReport(file=str(path), status="refused", error_code=exc.code,
                                    message=exc.message))
    return out


def _scaled(progress: ProgressFn, index: int, count: int) -> ProgressFn:
    """File `index` of `count`: its own progress mapped into one slot of the whole."""

    def report(done: int, total: int, label: str) -> None:
        part = done * _PER_FILE // total if total else 0
        progress(index * _PER_FILE + part, count * _PER_FILE,
                 f"第 {index + 1}/{count} 个文件：{label}")

    return report


def _apply_progress(vb: VerifiedBundle, tables: list[str], meter: Meter) -> BatchHook:
    """The apply pass's hook: a table's rows are worth its member's bytes."""
    files = vb.manifest.files
    base: dict[str, int] = {}
    offset = meter.done
    for t in tables:
        base[t] = offset
        offset += files[data_member(t)].size

    def on_batch(table: str, rows: int) -> None:
        entry = files[data_member(table)]
        share = entry.size * rows // entry.rows if entry.rows else entry.size
        meter.at(base[table] + share, f"正在写入数据表 {table}（{rows}/{entry.rows} 行）…")

    return on_batch


FIELD_EXCLUDED = frozenset({"device"})
"""Tables a field bundle never carries: devices (and their trust) are the office's. Any other
row a field device may not write is refused row by row (`sync.authority`)."""


def _allowed_tables(db: Database, vb: VerifiedBundle, me: DeviceInfo) -> list[str]:
    allowed = (
        {t for t in vb.tables if t not in FIELD_EXCLUDED}
        if me.role == "office"
        else {t for t in vb.tables if t in ASSIGNMENT_TABLES}
    )
    if refused := [t for t in vb.tables if t not in allowed]:
        raise MemberSetError(f"{'外勤' if me.role == 'office' else '派发'}同步包不应包含数据表 {refused[0]}。")
    present = existing_tables(db.engine)
    if missing := [t for t in vb.tables if t not in present]:
        raise MemberSetError(f"本机数据库没有数据表 {missing[0]}（请先升级本程序）。")
    return vb.tables


def _store_blobs(db: Database, vb: VerifiedBundle, meter: Meter) -> int:
    """Store the bundle's new blobs (each atomically); reports once per blob."""
    new = 0
    blobs = vb.blobs
    for i, sha in enumerate(blobs, 1):
        size = vb.manifest.files[blob_member(sha)].size
        label = f"正在保存附件 {i}/{len(blobs)}…"
        if has_blob(db.data_dir, sha):
            meter.advance(size, label)
            continue
        with vb.open_blob(sha) as fh:
            try:
                put_stream(db.data_dir, fh, expect_sha256=sha)
            except StorageError as exc:
                raise HashMismatchError(f"附件 {sha[:12]}… 校验失败：{exc.message}") from None
        new += 1
        meter.advance(size, label)
    return new


def _register_device(s: Any, m: Manifest) -> str:
    clash = s.scalar(select(Device.id).where(Device.code == m.device_code))
    if clash is not None:
        raise ConstraintError(f"已有另一台代码为 {m.device_code} 的设备，无法登记新设备。")
    s.add(
        Device(
            id=m.device_id, code=m.device_code, name=f"field {m.device_code}",
            role="field", public_key=m.public_key, key_id=m.key_id, trusted=True,
        )
    )
    s.flush()
    record(s, "device.trust", "device", m.device_id,
           {"code": m.device_code, "key_id": m.key_id, "via": "bundle import"})
    return m.device_code


def _check_anchor(s: Any, m: Manifest) -> dict[str, Any]:
    """A field bundle's signed chain head must be reached by our copy of its chain; the
    head is then kept in our own chain (inspector.audit.anchor). Format-1 bundles from
    programs before the anchor carry none: their chain is checked only link by link."""
    head = m.raw.get("audit_head")
    if m.kind != "field" or head is None:
        return {}
    if not isinstance(head, str):
        raise BundleFormatError("清单字段 audit_head 类型不正确。")
    if (why := chain_problem(s, m.device_id, m.audit_seq, head)) is not None:
        raise TamperedError(
            f"同步包由设备 {m.device_code} 签名，但其审计日志{why}，整个同步包已拒绝。"
        )
    return {"audit_head": {"device_id": m.device_id, "seq": m.audit_seq, "hash": head}}


def _take_acks(s: Any, m: Manifest) -> None:
    """Advance the export window over bundles the office says it has imported.

    Only bundles this device knows it wrote count, with the window it recorded
    for them: an acknowledgement never deletes anything, and one for an unknown
    bundle (say, after restoring an old backup) is ignored.
    """
    ids = [a.get("bundle_id") for a in m.acks if isinstance(a.get("bundle_id"), str)]
    if not ids:
        return
    mine = s.scalars(select(ExportedBundle).where(ExportedBundle.bundle_id.in_(ids))).all()
    hw, audit = get_int(s, ACKED_HIGH_WATER), get_int(s, ACKED_AUDIT_SEQ)
    for eb in mine:
        if eb.kind == "field":
            hw, audit = max(hw, eb.high_water), max(audit, eb.audit_seq)
            if eb.acked_at is None:
                eb.acked_at = utcnow()
    set_state(s, ACKED_HIGH_WATER, hw)
    set_state(s, ACKED_AUDIT_SEQ, audit)

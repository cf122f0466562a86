"""Dry run of a batch import: what `import_bundles` would do, without keeping any of it.

How: the real import (`importer.import_bundles`, every check and every row
judgement included) runs against a `Database` whose sessions all share one
connection inside one outer transaction; each bundle's own unit of work
becomes a savepoint, and the outer transaction is rolled back at the end. So
the preview is exactly what the import would do, cumulatively over the batch
(a later bundle sees the rows of an earlier one, as it would for real), and
the database is left as it was — rows, audit chain, registered devices.

The one thing that is kept: attachments of bundles that verified are stored in
the content-addressed blob store, as a cancelled import leaves them. They are
unreferenced until the real import, which then finds them already stored.

A cancel (`progress` raising `Cancelled`) propagates; nothing is kept either.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import sessionmaker

from inspector import keys
from inspector.progress import ProgressFn
from inspector.storage import Database
from inspector.storage.session import install_hooks
from inspector.sync.apply import TableCounts
from inspector.sync.format import DEFAULT_LIMITS, MANIFEST, Limits
from inspector.sync.importer import ImportReport, import_bundles
from inspector.sync.manifest import Manifest, parse_manifest

STATUS_LABELS = {"imported": "可导入", "already_imported": "此前已导入", "refused": "将被拒绝"}
"""A preview's status in plain Chinese (the import's statuses, said as a forecast)."""


@dataclass
class BundlePreview:
    """One file of a dry run: the import's report, plus what its manifest says."""

    file: str
    status: str  # imported | already_imported | refused: what the import would report
    device_code: str = ""
    seq: int = 0
    created_at: str = ""  # ISO time the device wrote the bundle
    changes_from: int = 0  # the device's change counter window the bundle covers
    changes_to: int = 0
    key_fingerprint: str = ""
    new: int = 0
    updated: int = 0
    identical: int = 0  # unchanged or stale: the office already holds that version
    conflicting: int = 0
    tables: dict[str, TableCounts] = field(default_factory=dict)
    blobs: int = 0
    new_device: str = ""
    unknown_device: bool = False  # refused only because the signer is not yet trusted
    error_code: str = ""
    message: str = ""

    @property
    def refused(self) -> bool:
        return self.status == "refused"

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"status_label": self.status_label}


class _RolledBackDatabase(Database):
    """`db`, but every session runs on `conn`, whose outer transaction the caller rolls back."""

    def __init__(self, db: Database, conn: Connection) -> None:
        super().__init__(db.url, conn.engine, db.data_dir, rules=db.rules)
        # A committed unit of work only releases its savepoint; a refused one rolls back to it.
        self._factory = sessionmaker(bind=conn, expire_on_commit=False,
                                     join_transaction_mode="create_savepoint")
        install_hooks(self._factory, db.rules)


def preview_import(
    db: Database, paths: Sequence[str | Path], *, trust_new_device: bool = False,
    limits: Limits = DEFAULT_LIMITS, progress: ProgressFn | None = None,
) -> list[BundlePreview]:
    """What `import_bundles(db, paths, …)` would report, with the database left unchanged."""
    with db.engine.connect() as conn:
        outer = conn.begin()
        try:
            reports = import_bundles(_RolledBackDatabase(db, conn), paths,
                                     trust_new_device=trust_new_device, limits=limits,
                                     progress=progress)
        finally:
            outer.rollback()
    return [_preview(r) for r in reports]


def _preview(r: ImportReport) -> BundlePreview:
    p = BundlePreview(
        file=r.file, status=r.status, device_code=r.device_code, seq=r.seq,
        tables=r.tables, blobs=r.blobs_new, new_device=r.new_device,
        error_code=r.error_code, message=r.message,
        unknown_device=r.error_code == "E_BUNDLE_UNKNOWN_DEVICE",
    )
    for c in r.tables.values():
        p.new += c.new
        p.updated += c.updated
        p.identical += c.unchanged
        p.conflicting += c.conflicts
    m = _peek_manifest(r.file)
    if m is not None:
        p.device_code = p.device_code or m.device_code
        p.seq = p.seq or m.seq
        p.created_at = m.created_at
        p.changes_from, p.changes_to = m.since + 1, m.high_water
        p.key_fingerprint = keys.fingerprint_display(m.key_id[:16])
    if p.status == "imported" and not r.tables:
        p.message = "没有数据行。"
    return p


def _peek_manifest(path: str) -> Manifest | None:
    """The manifest as written, for display only: for a refused file it is unverified,
    which is why nothing but labels (device, sequence, window, fingerprint) comes from it."""
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(MANIFEST)
            if info.file_size > DEFAULT_LIMITS.max_manifest_bytes:
                return None
            return parse_manifest(zf.read(info))
    except Exception:  # unreadable is fine: the import's own verdict already says why
        return None


def preview_text(p: BundlePreview) -> str:
    """One bundle of a preview in plain Chinese (the CLI and the screen say the same)."""
    name = Path(p.file).name
    who = f"设备 {p.device_code} 第 {p.seq} 号" if p.device_code else "来源不明"
    if p.refused:
        text = f"✗ {name}（{who}）：将被拒绝——{p.message}"
        if p.unknown_device and p.key_fingerprint:
            text += f"\n  密钥指纹：{p.key_fingerprint}"
        return text
    if p.status == "already_imported":
        return f"= {name}（{who}）：此前已导入，不会有任何更改。"
    lines = [f"✓ {name}（{who}，变更 {p.changes_from}–{p.changes_to}）：可导入。"
             f"新增 {p.new}，更新 {p.updated}，相同 {p.identical}，冲突 {p.conflicting}"
             + (f"，新附件 {p.blobs} 个" if p.blobs else "")]
    if p.new_device:
        lines.append(f"  将登记并信任新设备 {p.new_device}（指纹 {p.key_fingerprint}）")
    return "\n".join(lines)

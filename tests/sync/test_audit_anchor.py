"""The audit chain is anchored: each field bundle signs its device's chain head, the office
keeps it, and a cut tail or a recomputed chain at the office no longer reaches it."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import orjson

from inspector.audit import check_chain
from inspector.audit.log import _digest, _fields
from inspector.identity import load_key
from inspector.sync import export_field_bundle as export
from inspector.sync import import_bundles
from tests.sync.conftest import Dev, add_inspection, add_site, dump
from tests.sync.test_bad_bundles import forge


def _imported(office: Dev, f1: Dev) -> int:
    site, _ = add_site(f1.db)
    add_inspection(f1.db, site)
    [rep] = import_bundles(office.db, [export(f1.db, f1.dir).path], trust_new_device=True)
    assert rep.status == "imported", rep
    with office.db.session() as s:
        assert check_chain(s) is None
    con = sqlite3.connect(office.path)
    try:
        return int(con.execute("SELECT max(seq) FROM audit_event WHERE device_id = ?",
                               (f1.db.device_id,)).fetchone()[0])
    finally:
        con.close()


def test_office_keeps_the_signed_head(office: Dev, f1: Dev) -> None:
    top = _imported(office, f1)
    con = sqlite3.connect(office.path)
    [(detail,)] = con.execute(
        "SELECT detail FROM audit_event WHERE action = 'bundle.import'").fetchall()
    con.close()
    head = orjson.loads(detail)["audit_head"]
    assert head["device_id"] == f1.db.device_id and head["seq"] == top and len(head["hash"]) == 64


def test_cut_tail_at_the_office_is_found(office: Dev, f1: Dev) -> None:
    top = _imported(office, f1)
    con = sqlite3.connect(office.path)
    con.execute("DELETE FROM audit_event WHERE device_id = ? AND seq > ?", (f1.db.device_id, top - 2))
    con.commit()
    con.close()
    with office.db.session() as s:
        broken = check_chain(s)
    assert broken is not None and "截短" in broken.reason


def test_recomputed_chain_at_the_office_is_found(office: Dev, f1: Dev) -> None:
    _imported(office, f1)
    con = sqlite3.connect(office.path)
    con.row_factory = sqlite3.Row
    rows = con.execute("SELECT * FROM audit_event WHERE device_id = ? ORDER BY seq",
                       (f1.db.device_id,)).fetchall()
    prev = rows[1]["prev_hash"]
    for i, r in enumerate(rows[1:]):  # edit entry 2, then recompute every hash after it
        f: dict[str, Any] = {k: r[k] for k in ("device_id", "seq", "actor", "action", "entity",
                                                "entity_id", "detail")}
        if i == 0:
            f["detail"] = '{"forged":true}'
        from datetime import datetime

        at = datetime.fromisoformat(r["at"])
        fields = _fields(at=at, prev_hash=prev, **f)
        prev = _digest(fields)
        con.execute("UPDATE audit_event SET detail = ?, prev_hash = ?, hash = ? WHERE id = ?",
                    (f["detail"], fields["prev_hash"], prev, r["id"]))
    con.commit()
    con.close()
    with office.db.session() as s:
        broken = check_chain(s)
    assert broken is not None and "重算" in broken.reason


def test_bundle_whose_head_does_not_match_is_refused(office: Dev, f1: Dev, tmp_path: Path) -> None:
    _imported(office, f1)
    add_site(f1.db, "另一个工地")
    real = export(f1.db, f1.dir / "second.zip").path
    bad = forge(real, tmp_path / "h.zip", load_key(f1.db),
                lambda c, m: m.update(audit_head="0" * 64))
    before = dump(office.path)
    [rep] = import_bundles(office.db, [bad])
    assert rep.error_code == "E_BUNDLE_TAMPERED" and "F1" in rep.message, rep
    assert dump(office.path) == before
    [ok] = import_bundles(office.db, [real])
    assert ok.status == "imported"

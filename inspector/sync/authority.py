"""Write authority on import: every row version of a bundle is checked before anything is written.

A valid signature only says which enrolled device sent a bundle. What that
device may write is `inspector.rights`; this module holds a bundle to it:
- every value passes the domain rules (`inspector.domain.values`), for every bundle;
- in a field bundle at the office: every version's `origin_device` is the signer;
  the signer has the right to create, edit or tombstone each row (own or any
  origin); a new number block is the signer's own and overlaps no other device's;
  a used number lies in one of the signer's blocks; a table's own row check passes
  (a case note only on a case of the signer's inspectors: `rights.TableRights.check`);
- an issued order's life only moves forward: no version of it is a draft, a
  tombstone or different content, and a descendant's status is reachable from
  the stored one (`ORDER_TRANSITIONS`). A conflict on it is never decided by
  counters: the stored version stays until someone reviews it.
Any breach refuses the whole bundle (an `OverstepError` naming the signer): the
importer's transaction rolls back and nothing of it is written.

Office-owned rows (a table the field may not send) that an older program put in
a field bundle: the same version as stored is unchanged, a new row is ignored
(not written, counted), a different version of a stored row is refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, select

from inspector import clock, rights
from inspector.domain import values
from inspector.domain.orders import ORDER_TRANSITIONS, NumberBlock
from inspector.domain.registry import Device
from inspector.sync.errors import (
    NumberBlockError,
    OrderStateError,
    OriginError,
    OverstepError,
    ValueRuleError,
)
from inspector.sync.format import codecs
from inspector.sync.manifest import Manifest

ORDER_TABLE = "rectification_order"
_WORDS = {"create": "新建", "edit": "修改", "tombstone": "删除"}


def _forward(status: str) -> set[str]:
    """Every status reachable from `status` (itself included)."""
    out, todo = {status}, [status]
    while todo:
        for nxt in ORDER_TRANSITIONS.get(todo.pop(), ()):
            if nxt not in out:
                out.add(nxt)
                todo.append(nxt)
    return out


def _issued(row: Mapping[str, Any]) -> bool:
    return row.get("status") not in (None, "draft")


class Judge:
    """Checks one bundle's rows against the rights of its signer, as seen by this receiver."""

    def __init__(self, conn: Connection, manifest: Manifest, receiver_role: str) -> None:
        self.conn = conn
        self.signer = manifest.device_id
        self.code = manifest.device_code
        # Rights bind field devices; the office's own assignment bundles are trusted
        # (their key is pinned), but their values still pass the domain rules.
        self.field_bundle = receiver_role == rights.OFFICE and manifest.kind == "field"
        dev = Device.__table__.c
        rows = conn.execute(select(dev.id, dev.code, dev.role)).all()
        self.codes = {r.id: r.code for r in rows}
        self.office_ids = frozenset(r.id for r in rows if r.role == rights.OFFICE)

    def _who(self, device_id: str | None) -> str:
        return self.codes.get(device_id or "", device_id or "未知设备")

    def _refuse(self, cls: type[OverstepError], text: str) -> OverstepError:
        return cls(f"同步包由设备 {self.code} 签名，但其中{text}，整个同步包已拒绝。", signer=self.code)

    def check(
        self, table: str, batch: list[dict[str, Any]], stored: Mapping[str, Mapping[str, Any]]
    ) -> set[str]:
        """Raise on any breach; return the ids of office-owned new rows to leave out.

        Every row meets every check, in the same order; what depends only on the table
        (its rights, whether the signer may create its rows at all) is worked out once
        per batch, not once per row."""
        skip: set[str] = set()
        tr = rights.rights_for(table)
        label = tr.label if tr else table
        problem = values.row_check(table, tuple(codecs()[table].datetime_columns))
        limit = clock.utcnow() + values.CLOCK_SKEW  # one clock reading for the batch
        office_owned = tr is not None and (tr.local_only or tr.field == rights.NONE)
        may_create = rights.may(tr, rights.FIELD, "create", self.signer, self.signer,
                                self.office_ids)
        signer, field_bundle, is_order = self.signer, self.field_bundle, table == ORDER_TABLE
        own_column = tr.own_column if tr is not None else None
        row_rule = tr.check if tr is not None else None
        new_block, new_use = table == "number_block", table == "number_use"
        for r in batch:
            if (why := problem(r, limit)) is not None:
                raise self._refuse(ValueRuleError, f"{label} {r.get('id')} 的{why}")
            s = stored.get(r["id"])
            if is_order:
                self._order(s, r)
            if not field_bundle:
                continue
            if r.get("origin_device") != signer:
                raise self._refuse(
                    OriginError,
                    f"{label} {r['id']} 的版本自称由设备 {self._who(r.get('origin_device'))} 写入",
                )
            if tr is None:
                raise self._refuse(OverstepError, f"含有数据表 {table} 的数据（外勤设备无权写入该表）")
            if office_owned:
                if s is None:
                    skip.add(r["id"])  # an older program sent its local copy: not taken
                    continue
                if s["version_id"] == r["version_id"]:
                    continue
                raise self._refuse(
                    OverstepError, f"修改了局端管理的{label} {r['id']}（外勤设备无权发送）"
                )
            if s is None:
                if not may_create or (own_column and r.get(own_column) not in (None, signer)):
                    self._create(tr, label, r, may_create)  # raises, naming the breach
            else:
                self._right(tr, label, s, r)
            changed = s is None or s["version_id"] != r["version_id"]
            why = row_rule(self.conn, signer, s, r) if row_rule and changed else None
            if why is not None:
                raise self._refuse(OverstepError, f"{label} {r['id']} {why}")
            if new_block and s is None:
                self._new_block(r)
            elif new_use and s is None:
                self._number_in_blocks(r)
        return skip

    def _create(
        self, tr: rights.TableRights, label: str, r: Mapping[str, Any], may_create: bool
    ) -> None:
        """A new row: the signer's own (where the table says whose it is), and a right to create."""
        if tr.own_column and r.get(tr.own_column) not in (None, self.signer):
            raise self._refuse(
                OverstepError,
                f"新建的{label} {r['id']} 属于设备 {self._who(r.get(tr.own_column))}",
            )
        if not may_create:
            raise self._refuse(OverstepError, f"{_WORDS['create']}了{label} {r['id']}")

    def _right(
        self, tr: rights.TableRights, label: str, s: Mapping[str, Any], r: Mapping[str, Any]
    ) -> None:
        """A stored row met by another version: the signer's right to edit or tombstone it."""
        if s["version_id"] == r["version_id"]:
            return
        action = "tombstone" if r["tombstone"] and not s["tombstone"] else "edit"
        owner = rights.owner_of(tr, s)
        if not rights.may(tr, rights.FIELD, action, self.signer, owner, self.office_ids):
            raise self._refuse(OverstepError, f"{_WORDS[action]}了设备 {self._who(owner)} 的{label} {r['id']}")

    def _order(self, s: Mapping[str, Any] | None, r: Mapping[str, Any]) -> None:
        """Any version of an issued order is issued, live and not from another issuer."""
        if s is None or not _issued(s) or s["version_id"] == r["version_id"]:
            return
        number = s.get("number") or s["id"]
        issuer = self._who(s.get("issued_device_id"))
        if not _issued(r):
            raise self._refuse(OrderStateError, f"把设备 {issuer} 已出具的指令书 {number} 改回了草稿")
        if r["tombstone"]:
            raise self._refuse(OrderStateError, f"删除了设备 {issuer} 已出具的指令书 {number}")

    def forward(self, table: str, s: Mapping[str, Any], r: Mapping[str, Any]) -> None:
        """A descendant version of an issued order moves its life forward only."""
        if table == ORDER_TABLE and _issued(s) and r["status"] not in _forward(s["status"]):
            raise self._refuse(
                OrderStateError,
                f"把指令书 {s.get('number') or s['id']} 的状态从 {s['status']} 退回到 {r['status']}",
            )

    @staticmethod
    def counters_decide(table: str, s: Mapping[str, Any]) -> bool:
        """May (tombstone, rev, time) pick the provisional winner? Never for an issued order,
        nor for a payment the office confirmed (a laptop's concurrent edit waits for review)."""
        if table == "case_payment" and s.get("confirmed"):
            return False
        return not (table == ORDER_TABLE and _issued(s))

    def _blocks(self) -> list[Any]:
        t = NumberBlock.__table__.c
        return list(self.conn.execute(
            select(t.id, t.device_id, t.year, t.first, t.last).where(t.tombstone.is_(False))
        ))

    def _new_block(self, r: Mapping[str, Any]) -> None:
        for b in self._blocks():
            if b.id == r["id"] or b.device_id == self.signer:
                continue
            same_year = b.year is None or r.get("year") is None or b.year == r.get("year")
            if same_year and r["first"] <= b.last and b.first <= r["last"]:
                raise self._refuse(
                    NumberBlockError,
                    f"登记的编号段 {r['first']}–{r['last']} 与设备 {self._who(b.device_id)} 的编号段 "
                    f"{b.first}–{b.last} 重叠",
                )

    def _number_in_blocks(self, r: Mapping[str, Any]) -> None:
        block = next((b for b in self._blocks() if b.id == r["block_id"]), None)
        if block is None or block.device_id != self.signer or not (
            block.first <= r["serial"] <= block.last
        ):
            raise self._refuse(
                NumberBlockError, f"使用的编号 {r.get('number')} 不在该设备的编号段内"
            )

"""The unit of work and the rules every ORM write obeys.

All writes go through `Database.uow()`. Before each flush the hook below:
- runs the write rules the layer above passed to `open_database` (each area's
  guards and bookkeeping, listed in `inspector.appdb.WRITE_RULES`) that must see
  the stored versions, then
- stamps synced rows: a new row gets version metadata, an edited row gets
  `rev + 1`, a new `version_id` whose parent (`base_version`) is the old one,
  `updated_at`, `origin_device` and this device's next `change_seq`, then
- runs the rules that must see rows as they will be written (the value guard,
  `inspector.rights.guard_local_values`, checks `rev` as it will be written).

Bulk paths that write through Core (`session.execute(insert(...), rows)`) do
not pass the hook: they stamp their rows with `stamp_new_rows` instead.
The sync importer writes foreign versions verbatim through Core on purpose.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from itertools import chain
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from inspector.domain.base import SyncedMixin
from inspector.errors import ImmutableError
from inspector.ids import new_version, utcnow
from inspector.storage.locks import serialise_writers

WriteRule = Callable[[Session], None]
"""An area's rule or bookkeeping, run before every flush (it raises to refuse the write).

Storage knows no area: the layer above lists the rules (`inspector.appdb.WRITE_RULES`)
and passes them to `open_database`, which binds them to every session it makes."""


@dataclass(frozen=True)
class AreaRule:
    """An area's rule that judges only rows of its own model modules, named by where it lives.

    It is imported and run on the first flush that holds an object of a class from one
    of `models`, and on every such flush after. A flush without one has nothing for it
    to judge: no row of those tables can be in a session before their module is
    imported, so opening the database imports neither the rule nor its models
    (start-up, issue #14). `target` is "package.module:function".
    """

    models: tuple[str, ...]
    target: str

    def concerns(self, modules: set[str]) -> bool:
        return any(m in modules for m in self.models)

    def rule(self) -> WriteRule:
        return _resolve(self.target)


@cache
def _resolve(target: str) -> WriteRule:
    module, _, name = target.partition(":")
    rule: WriteRule = getattr(import_module(module), name)
    return rule


@dataclass(frozen=True)
class WriteRules:
    """The rules every flush runs, in two slots around the version stamping."""

    # These see the stored versions before stamping replaces them (sync's history
    # records the edge of the version an edit replaces; rights read the stored owner).
    before_stamping: tuple[WriteRule | AreaRule, ...] = ()
    # These see each row as it will be written (the value guard checks the new `rev`).
    after_stamping: tuple[WriteRule | AreaRule, ...] = ()

    def run(self, session: Session, slot: tuple[WriteRule | AreaRule, ...]) -> None:
        """Run `slot`'s rules in order; an `AreaRule` only when the flush holds its rows."""
        modules: set[str] | None = None
        for rule in slot:
            if isinstance(rule, AreaRule):
                if modules is None:
                    modules = {type(o).__module__
                               for o in chain(session.new, session.dirty, session.deleted)}
                if not rule.concerns(modules):
                    continue
                rule.rule()(session)
            else:
                rule(session)

CHANGE_SEQ_KEY = "change_seq"
DEVICE_ID_KEY = "device_id"


def next_change_seq(session: Session) -> int:
    """Take the next value of this database's local change counter."""
    # On a shared server two clerks would otherwise read the same value and both
    # write value + 1; holding the writer lock to the commit also makes the
    # counters commit in order, which export windows (high-water marks) rely on.
    from inspector.domain.settings import LocalState  # loaded with the first write (#14)

    serialise_writers(session)
    row = session.get(LocalState, CHANGE_SEQ_KEY)
    if row is None:
        row = LocalState(key=CHANGE_SEQ_KEY, value="0")
        session.add(row)
    value = int(row.value) + 1
    row.value = str(value)
    return value


def local_device_id(session: Session) -> str | None:
    from inspector.domain.settings import LocalState

    row = session.get(LocalState, DEVICE_ID_KEY)
    return row.value if row is not None else None


def stamp_new_rows(session: Session, rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fill the sync columns of rows about to be inserted through Core."""
    seq = _seq_for_flush(session)
    device = session.info.get("device_id")
    now = utcnow()
    out = []
    for row in rows:
        row.setdefault("rev", 1)
        row.setdefault("version_id", new_version())
        row.setdefault("base_version", None)
        row.setdefault("updated_at", now)
        row.setdefault("origin_device", device)
        row.setdefault("tombstone", False)
        row["change_seq"] = seq
        out.append(row)
    return out


def _seq_for_flush(session: Session) -> int:
    # One counter value per transaction is enough to order exports.
    seq = session.info.get("_change_seq")
    if seq is None:
        with session.no_autoflush:
            seq = next_change_seq(session)
        session.info["_change_seq"] = seq
    return int(seq)


def _stamp_versions(session: Session) -> None:
    device = session.info.get("device_id")
    now = utcnow()
    touched = False
    for obj in session.new:
        if isinstance(obj, SyncedMixin):
            touched = True
            if obj.version_id is None:
                obj.version_id = new_version()
            obj.rev = obj.rev or 1
            obj.updated_at = now
            obj.origin_device = device
    for obj in session.dirty:
        if isinstance(obj, SyncedMixin) and session.is_modified(obj, include_collections=False):
            touched = True
            obj.base_version = obj.version_id
            obj.version_id = new_version()
            obj.rev = (obj.rev or 0) + 1
            obj.updated_at = now
            obj.origin_device = device
    for obj in session.deleted:
        if isinstance(obj, SyncedMixin):
            raise ImmutableError(
                "同步数据不能物理删除，请使用作废（tombstone）。", code="E_HARD_DELETE"
            )
    if touched:
        seq = _seq_for_flush(session)
        for obj in list(session.new) + list(session.dirty):
            if isinstance(obj, SyncedMixin):
                obj.change_seq = seq


def _after_end(session: Session, _tx: Any) -> None:
    session.info.pop("_change_seq", None)


def install_hooks(session_factory: Any, rules: WriteRules) -> None:
    """Bind `rules` to every flush of the factory's sessions: each slot in order, around the stamping."""

    def before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
        rules.run(session, rules.before_stamping)
        _stamp_versions(session)
        rules.run(session, rules.after_stamping)

    event.listen(session_factory, "before_flush", before_flush)
    event.listen(session_factory, "after_soft_rollback", _after_end)
    event.listen(session_factory, "after_commit", lambda s: s.info.pop("_change_seq", None))


def tombstone(session: Session, model: type[SyncedMixin], row_id: str) -> None:
    """Mark a synced row deleted: an edit like any other, so the deletion travels."""
    obj = session.get(model, row_id)
    if obj is not None and not obj.tombstone:
        obj.tombstone = True


__all__ = [
    "AreaRule",
    "WriteRule",
    "WriteRules",
    "install_hooks",
    "local_device_id",
    "next_change_seq",
    "stamp_new_rows",
    "tombstone",
]

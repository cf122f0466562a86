"""The app's database: storage opened with every area's write rules.

Storage knows no business area, so the rules each area keeps are listed here, in
the order they speak, and passed to `open_database`. A rule that judges only its own
area's rows is named by where it lives (`AreaRule`): it is imported on the first flush
that holds one of those rows, so opening the database loads neither it nor that area's
models (start-up, issue #14). Everything that opens the
app's database (the CLI, the desktop's start-up, the self-test, the demo, tests'
fixtures, benchmarks) calls `open_app_database`, so no caller can forget a rule.
"""

from __future__ import annotations

from pathlib import Path

from inspector.domain import MODEL_MODULES
from inspector.rights import guard_local_values, guard_local_writes
from inspector.storage import Database, open_database
from inspector.storage.session import AreaRule, WriteRules

_EVERY_MODEL = tuple(f"inspector.domain.{name}" for name in MODEL_MODULES)

WRITE_RULES = WriteRules(
    before_stamping=(
        # A finalized inspection and an issued order stay as signed and printed.
        AreaRule(("inspector.domain.inspections",), "inspector.inspections.guard:guard_finalized"),
        AreaRule(("inspector.domain.orders",), "inspector.orders.guard:guard_orders"),
        # The table of rights binds local writes too. After the areas' own guards: an
        # issued order or a used number says more precisely why a write is refused.
        guard_local_writes,
        # Bookkeeping, not a refusal: keep the edge of each version an edit replaces,
        # which sync judges ancestry by. Any synced table's: named by where it lives only
        # so that the sync package (bundle format, keys) loads with the first write.
        AreaRule(_EVERY_MODEL, "inspector.sync.history:record_local_edits"),
    ),
    # Every new or changed value obeys the rules import applies, with `rev` as it
    # will be written.
    after_stamping=(guard_local_values,),
)
"""Every write rule, run in this order around the version stamping of each flush."""


def open_app_database(
    target: str | Path, *, migrate_to_head: bool = True, key_dir: str | Path | None = None,
    data_dir: Path | None = None,
) -> Database:
    """`inspector.storage.open_database` with `WRITE_RULES`: the database the app works on."""
    return open_database(target, rules=WRITE_RULES, migrate_to_head=migrate_to_head,
                         key_dir=key_dir, data_dir=data_dir)


__all__ = ["WRITE_RULES", "open_app_database"]

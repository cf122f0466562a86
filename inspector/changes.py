"""What a write changed, named by kind so that a screen can decide whether to reload.

A write announces a `ChangeSet` (a frozenset of `Change`), in the manner of Anki's
`OpChanges`: the UI declares it once per core write (in `ui/operations`, beside the
call), and each screen subscribes to the kinds it shows (`ui.changes.subscribe`).
The kinds live here, in the core, so that the CLI or a core function can name them
without importing Qt.

A kind exists only while some screen reacts to it and some write announces it; a
test (tests/ui/test_change_descriptors.py) scans the tree and fails otherwise, so
a new kind comes with both its sender and its handler. Refreshing (F5) announces
`EVERYTHING`.
"""

from __future__ import annotations

import enum


class Change(enum.Enum):
    """One kind of change; each member says which records it covers."""

    SITES = "sites"  # sites and employers (the list, a detail, a merge)
    INSPECTIONS = "inspections"  # an inspection started or finalised (drafts, history)
    ORDERS = "orders"  # orders: drafted, edited, issued, served, rechecked
    NUMBERS = "numbers"  # blocks of order numbers and the numbers left
    INSPECTORS = "inspectors"  # inspector profiles (added, activated, deactivated)
    SETTINGS = "settings"  # the authority settings (due-soon window, document conventions)
    SYNC = "sync"  # bundles exported, imported or acknowledged; keys enrolled
    CONFLICTS = "conflicts"  # the office's conflicts to review
    DEVICES = "devices"  # the office's enrolled devices
    CASES = "cases"  # wage-arrears cases: status, workers, payments, links, assignment


ChangeSet = frozenset[Change]

EVERYTHING: ChangeSet = frozenset(Change)


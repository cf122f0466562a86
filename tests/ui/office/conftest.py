"""Fixtures for the office workstation screens: an office database (role office) with real
field laptops and their bundles (tests/sync/conftest.py's fixtures, re-exported here), and
the main window over it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from inspector.domain.registry import Site
from inspector.sync import (
    export_assignment_bundle,
    export_field_bundle,
    export_public_key,
    import_bundle,
    trust_device,
)
from tests.sync.conftest import (  # noqa: F401  (fixtures used by the importing modules)
    Dev,
    add_site,
    device_templates,
    edit,
    f1,
    f2,
    make_device,
    office,
    pg_office_template,
)
from tests.ui.conftest import WAIT_MS, main_window_over


@pytest.fixture
def office_window(qapp, office: Dev, qtbot, dialogs) -> Iterator[object]:  # noqa: F811
    """The main window over the office database (its role adds the office pages)."""
    yield from main_window_over(qtbot, office.db, office.path)


def shown_page(window, qtbot, name: str):
    """Show the office page `name` and wait for its first load (it loads when first shown)."""
    screen = window.page(name)
    with qtbot.waitSignal(screen.loaded, timeout=WAIT_MS):
        window.show_page(name)
    return screen


def trust(office: Dev, *fields: Dev) -> None:  # noqa: F811
    for f in fields:
        export_public_key(f.db, f.dir / "f.key")
        trust_device(office.db, f.code, f.dir / "f.key")


def make_conflicts(office: Dev, f1: Dev, f2: Dev) -> str:  # noqa: F811
    """Two open conflicts at the office: one real (notes and address differ), one identical
    by value (both laptops typed the same). Returns the real one's site id."""
    real, _ = add_site(office.db, "冲突工地")
    same, _ = add_site(office.db, "相同工地")
    trust(office, f1, f2)
    for f in (f1, f2):
        import_bundle(f.db, export_assignment_bundle(office.db, f.code, office.dir).path)
    edit(f1.db, Site, real, notes="F1 备注", address="F1 地址")
    edit(f2.db, Site, real, notes="F2 备注", address="F2 地址")
    edit(f1.db, Site, same, notes="一样")
    edit(f2.db, Site, same, notes="一样")
    for f in (f1, f2):
        import_bundle(office.db, export_field_bundle(f.db, f.dir).path)
    return real

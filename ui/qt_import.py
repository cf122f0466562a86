"""PySide6 without its source scan after every import (issue #14).

Importing shiboken6 (the first PySide6 import does) replaces `builtins.__import__`
with its own `__feature_import__`, for `from __feature__ import snake_case`. After
every later import of a module it has not seen, it asks
`shibokensupport.feature._mod_uses_pyside(module)`, which reads the module's whole
source with `inspect.getsource` and searches it for "PySide6". Measured with
PySide6 6.11.3 in `inspector-desk --smoke`: 81 modules before the first paint and
301 before the database is open (SQLAlchemy's, then our models), about 0.5 ms each.

The answer only matters to a module that selects a feature, and this app selects
none. Every module is therefore recorded as "ignored" (-1) without reading it:
Shiboken then keeps the last selection, which is the default (no feature) because
nothing ever changes it. A module that does import `__feature__` still gets its
features: that import records the module's selection itself.
"""

from __future__ import annotations

import sys
from types import ModuleType


def _ignored(_module: ModuleType) -> bool:
    return False


def skip_feature_scan() -> bool:
    """Stop the scan for the rest of the process; False when this PySide6 has no such
    scan (a newer release may drop or rename it, and then there is nothing to skip)."""
    import shiboken6  # noqa: F401  (installs the import hook and shibokensupport)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _ignored  # type: ignore[attr-defined]
    return True

"""Sync bundles: field export, verified atomic idempotent import, assignment bundles.

Public API (the CLI and the UI call only these):

- `export_field_bundle(db, out)`, `export_assignment_bundle(db, device_code, out)`;
- `import_bundle(db, path, trust_new_device=False)` (raises a `BundleError` when
  refused), `import_bundles(db, paths, …)` (reports refusals), `inspect_bundle`;
- `read_bundle(path, resolve_key)`: the one reader entry point;
- each of these takes `progress: ProgressFn | None = None` (`inspector.progress`):
  it reports, and raising `Cancelled` from it stops the work with nothing
  half-written (each function's docstring says what a cancel leaves);
- conflicts: `list_conflicts`, `get_conflict`, `resolve_conflict`, `merge_conflict`
  (field by field), `resolve_identical` (in bulk);
- `preview.preview_import`: a dry run of `import_bundles`, rolled back;
- keys and trust: `this_public_key`, `export_public_key`, `enroll`,
  `list_devices`, `trust_device`, `revoke_device`;
- `register_rule` for columns immutable once a row reaches a state.

Importing this package registers the flush guard that keeps the version
graph of local edits (`sync.history`).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from inspector.sync import history  # noqa: F401  (registers the flush guard)

if TYPE_CHECKING:  # the same names, for type checkers; at run time see __getattr__
    from inspector.sync.apply import TableCounts
    from inspector.sync.conflicts import (
        ConflictInfo,
        get_conflict,
        list_conflicts,
        merge_conflict,
        resolve_conflict,
        resolve_identical,
    )
    from inspector.sync.enroll import (
        PublicKeyInfo,
        enroll,
        export_public_key,
        list_devices,
        read_public_key_file,
        revoke_device,
        this_public_key,
        trust_device,
    )
    from inspector.sync.errors import BundleError
    from inspector.sync.export import ExportResult, export_assignment_bundle, export_field_bundle
    from inspector.sync.format import DEFAULT_LIMITS, FORMAT_VERSION, Limits
    from inspector.sync.importer import ImportReport, import_bundle, import_bundles, inspect_bundle
    from inspector.sync.reader import VerifiedBundle, read_bundle
    from inspector.sync.rules import ImmutableRule, register_rule

# The public API is imported on first use (PEP 562), not with the package: every
# database opening imports `inspector.sync.history` for its flush guard, and the
# whole package (apply, export, import, enrolment, ~0.2 s) is not needed for that.
_EXPORTS = {
    "TableCounts": "inspector.sync.apply",
    "ConflictInfo": "inspector.sync.conflicts",
    "get_conflict": "inspector.sync.conflicts",
    "list_conflicts": "inspector.sync.conflicts",
    "merge_conflict": "inspector.sync.conflicts",
    "resolve_conflict": "inspector.sync.conflicts",
    "resolve_identical": "inspector.sync.conflicts",
    "PublicKeyInfo": "inspector.sync.enroll",
    "enroll": "inspector.sync.enroll",
    "export_public_key": "inspector.sync.enroll",
    "list_devices": "inspector.sync.enroll",
    "read_public_key_file": "inspector.sync.enroll",
    "revoke_device": "inspector.sync.enroll",
    "this_public_key": "inspector.sync.enroll",
    "trust_device": "inspector.sync.enroll",
    "BundleError": "inspector.sync.errors",
    "ExportResult": "inspector.sync.export",
    "export_assignment_bundle": "inspector.sync.export",
    "export_field_bundle": "inspector.sync.export",
    "DEFAULT_LIMITS": "inspector.sync.format",
    "FORMAT_VERSION": "inspector.sync.format",
    "Limits": "inspector.sync.format",
    "ImportReport": "inspector.sync.importer",
    "import_bundle": "inspector.sync.importer",
    "import_bundles": "inspector.sync.importer",
    "inspect_bundle": "inspector.sync.importer",
    "VerifiedBundle": "inspector.sync.reader",
    "read_bundle": "inspector.sync.reader",
    "ImmutableRule": "inspector.sync.rules",
    "register_rule": "inspector.sync.rules",
}


# A name that is also a submodule's name must be bound now: importing the submodule
# `inspector.sync.enroll` (anyone may) sets the package attribute `enroll` to that
# module, and `__getattr__` is never asked for an attribute that exists.
# (tests/core/test_open_imports.py checks every name against its module's object.)
from inspector.sync.enroll import enroll  # noqa: E402


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # found directly from now on
    return value


__all__ = [
    "DEFAULT_LIMITS",
    "FORMAT_VERSION",
    "BundleError",
    "ConflictInfo",
    "ExportResult",
    "ImmutableRule",
    "ImportReport",
    "Limits",
    "PublicKeyInfo",
    "TableCounts",
    "VerifiedBundle",
    "enroll",
    "export_assignment_bundle",
    "export_field_bundle",
    "export_public_key",
    "get_conflict",
    "import_bundle",
    "import_bundles",
    "inspect_bundle",
    "list_conflicts",
    "list_devices",
    "merge_conflict",
    "read_bundle",
    "read_public_key_file",
    "register_rule",
    "resolve_conflict",
    "resolve_identical",
    "revoke_device",
    "this_public_key",
    "trust_device",
]

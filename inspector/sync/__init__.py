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

from inspector.sync import history  # noqa: F401  (registers the flush guard)
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

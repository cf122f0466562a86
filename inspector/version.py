"""The program's version, from one place: pyproject.toml's `[project] version`.

From a source tree it is read from pyproject.toml itself (so it can never go
stale); from an installed wheel, from the package metadata; in a frozen bundle
(PyInstaller), from the VERSION file the spec writes from pyproject at build
time, since neither of the others exists there. The schema revision is the
constant `SCHEMA_HEAD`, which a test keeps equal to the Alembic head, so
`--version` needs neither Alembic nor a database.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

DIST_NAME = "site-inspector"
VERSION_FILE = "VERSION"
"""Beside resources/ in a frozen bundle (see packaging/site-inspector.spec)."""


def pyproject_version(pyproject: Path) -> str:
    import tomllib

    with pyproject.open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


@cache
def app_version() -> str:
    from inspector.paths import repo_root

    root = repo_root()
    if getattr(sys, "frozen", False):
        return (root / VERSION_FILE).read_text(encoding="utf-8").strip()
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        return pyproject_version(pyproject)
    from importlib.metadata import version

    return version(DIST_NAME)


def version_line(program: str) -> str:
    """`inspector-desk 0.1.0 (schema 0003)`: what `--version` prints."""
    from inspector.storage.schema import SCHEMA_HEAD

    return f"{program} {app_version()} (schema {SCHEMA_HEAD})"

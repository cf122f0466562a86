"""One version, from pyproject.toml; `--version` adds the schema revision."""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

import inspector
from inspector import version
from inspector.storage.schema import SCHEMA_HEAD
from tests.conftest import ROOT, run_cli

PYPROJECT_VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    version.app_version.cache_clear()
    yield
    version.app_version.cache_clear()


def test_source_tree_version_is_pyprojects(fresh_cache: None) -> None:
    assert inspector.__version__ == PYPROJECT_VERSION
    assert version.version_line("inspector-desk") == \
        f"inspector-desk {PYPROJECT_VERSION} (schema {SCHEMA_HEAD})"


def test_frozen_bundle_reads_the_stamped_file(
    fresh_cache: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / version.VERSION_FILE).write_text("9.8.7\n", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert version.app_version() == "9.8.7"


def test_cli_version_names_the_schema() -> None:
    out = run_cli("--version", check=True)
    assert out.stdout.strip() == f"inspector {PYPROJECT_VERSION} (schema {SCHEMA_HEAD})"

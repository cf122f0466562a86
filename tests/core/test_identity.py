"""A device identity belongs to its database: two databases in one folder are two devices,
a missing key is an error (never a new key), and databases that shared the old folder key
are found and split."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from inspector import identity, keys
from inspector.appdb import open_app_database
from inspector.devices import init_device, this_device


def test_two_databases_in_one_folder_are_two_devices(tmp_path: Path) -> None:
    a, b = open_app_database(tmp_path / "a.db"), open_app_database(tmp_path / "b.db")
    try:
        ia, ib = init_device(a), init_device(b)
        assert ia.key_id != ib.key_id and ia.code != ib.code
        assert keys.key_path(tmp_path / "a.db.keys").exists()
        assert keys.key_path(tmp_path / "b.db.keys").exists()
        assert not (tmp_path / "keys").exists()
        assert identity.load_key(a).key_id == ia.key_id
        assert identity.load_key(b).key_id == ib.key_id
    finally:
        a.dispose()
        b.dispose()


def test_derived_code_is_long_enough(tmp_path: Path) -> None:
    db = open_app_database(tmp_path / "x.db")
    try:
        info = init_device(db)
        assert info.code == "F" + info.key_id[:12].upper()
    finally:
        db.dispose()


def test_missing_key_is_an_error_not_a_new_key(tmp_path: Path) -> None:
    db = open_app_database(tmp_path / "f.db")
    try:
        info = init_device(db)
        key_file = keys.key_path(tmp_path / "f.db.keys")
        key_file.unlink()
        with pytest.raises(identity.IdentityError) as exc:
            identity.load_key(db)
        assert exc.value.code == "E_KEY_MISSING"
        assert "keys split" in exc.value.message
        assert not key_file.exists()
        assert this_device(db) == info  # init again changes nothing and makes no key
        init_device(db)
        assert not key_file.exists()
    finally:
        db.dispose()


def test_key_of_another_database_is_a_mismatch(tmp_path: Path) -> None:
    a, b = open_app_database(tmp_path / "a.db"), open_app_database(tmp_path / "b.db")
    try:
        init_device(a)
        init_device(b)
        dest = keys.key_path(tmp_path / "b.db.keys")
        shutil.copy(keys.key_path(tmp_path / "a.db.keys"), dest)
        with pytest.raises(identity.IdentityError) as exc:
            identity.load_key(b)
        assert exc.value.code == "E_KEY_MISMATCH"
    finally:
        a.dispose()
        b.dispose()


def test_key_dir_without_a_file_must_be_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A server URL has no file to put the key beside; the environment variable names it,
    and is never used for a file (or every file would share one identity again)."""
    monkeypatch.setenv("INSPECTOR_KEY_DIR", str(tmp_path / "shared"))
    db = open_app_database(tmp_path / "s.db")
    try:
        assert db.key_dir == tmp_path / "s.db.keys"
        db.key_dir = None  # what open_database gives a server URL with nothing named
        with pytest.raises(identity.IdentityError) as exc:
            init_device(db)
        assert exc.value.code == "E_KEY_DIR_UNSET"
    finally:
        db.dispose()


def legacy_pair(tmp_path: Path, *, derived_code: bool = False) -> tuple[Path, Path]:
    """Two databases made the old way: one `keys/` folder shared by both (the second
    registered the first's key; with `derived_code` its code came from that key too,
    as the old program did)."""
    first, second = tmp_path / "office.db", tmp_path / "field.db"
    for path in (first, second):
        db = open_app_database(path)
        init_device(db, role="office" if path == first else "field",
                    code="OFFICE" if path == first else "F1")
        db.dispose()
    # Rewrite history: the second database registered the first one's key, and the
    # key sits in the shared folder, as `load_or_create(path.parent)` left it.
    shutil.copytree(tmp_path / "office.db.keys", tmp_path / "keys")
    for d in ("office.db.keys", "field.db.keys"):
        shutil.rmtree(tmp_path / d)
    shared = keys.load(keys.legacy_key_path(tmp_path))
    import sqlite3

    con = sqlite3.connect(second)
    con.execute("UPDATE device SET key_id = ?, public_key = ?", (shared.key_id, shared.public_b64))
    if derived_code:
        con.execute("UPDATE device SET code = ?", (identity.derived_code(shared.key_id),))
    con.commit()
    con.close()
    return first, second


def test_shared_legacy_key_found_and_split(tmp_path: Path) -> None:
    first, second = legacy_pair(tmp_path)
    office = open_app_database(first)
    field = open_app_database(second)
    try:
        assert identity.problem_on_open(office) is None  # the key's first owner keeps it
        problem = identity.problem_on_open(field)
        assert problem is not None and problem.code == "E_KEY_SHARED"
        assert "office.db" in problem.message and "keys split" in problem.message
        with pytest.raises(identity.IdentityError):
            identity.load_key(field)
        old = identity.load_key(office).key_id
        new = identity.split_identity(field)
        assert new.key_id != old
        assert identity.problem_on_open(field) is None
        assert identity.load_key(field).key_id == new.key_id == this_device(field).key_id  # type: ignore[union-attr]
        assert identity.load_key(office).key_id == old
        # The replaced key is kept (orders it signed stay verifiable), never deleted.
        assert list((tmp_path / "field.db.keys").glob("*.replaced-*"))
    finally:
        office.dispose()
        field.dispose()


def test_lost_key_rekeyed_and_reenrolled_at_the_office(tmp_path: Path) -> None:
    """A field database whose key is gone: split gives a new key under the same code; the
    office replaces the key it knows only with the new fingerprint typed back."""
    from inspector.sync import export_public_key, trust_device
    from inspector.sync.errors import EnrollError

    office, field = open_app_database(tmp_path / "o" / "office.db"), open_app_database(tmp_path / "f.db")
    try:
        init_device(office, role="office", code="OFFICE")
        old = init_device(field, code="F7")
        export_public_key(field, tmp_path / "old.key")
        trust_device(office, "F7", tmp_path / "old.key")
        keys.key_path(tmp_path / "f.db.keys").unlink()
        new = identity.split_identity(field)
        assert new.code == "F7" and new.key_id != old.key_id
        export_public_key(field, tmp_path / "new.key")
        with pytest.raises(EnrollError) as exc:
            trust_device(office, "F7", tmp_path / "new.key")
        assert exc.value.code == "E_DEVICE_KEY_MISMATCH"
        with pytest.raises(EnrollError):
            trust_device(office, "F7", tmp_path / "new.key", replace=True, confirm_fingerprint="0" * 16)
        row = trust_device(office, "F7", tmp_path / "new.key", replace=True,
                           confirm_fingerprint=keys.fingerprint_display(new.key_id))
        assert row.key_id == new.key_id
    finally:
        office.dispose()
        field.dispose()


def test_cli_says_a_shared_key_when_opened_and_splits(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    first, second = legacy_pair(tmp_path)
    # Each database writes its identity.json when this version first opens it; the sharer
    # is found once the key's first owner has been opened (docs/identity.md).
    assert "警告" not in run_cli("keys", "show", db=first, check=True).stderr
    shown = run_cli("keys", "show", db=second)
    assert shown.returncode == 0 and "警告 [E_KEY_SHARED]" in shown.stderr
    refused = run_cli("bundle", "export", "--out", str(tmp_path), db=second)
    assert refused.returncode == 1 and "错误 [E_KEY_SHARED]" in refused.stderr
    split = run_cli("keys", "split", db=second, check=True)
    assert "重新登记" in split.stdout
    again = run_cli("keys", "show", db=second, check=True)
    assert "警告" not in again.stderr

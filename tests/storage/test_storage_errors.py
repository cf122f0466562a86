"""Bad databases and failing storage get a typed error, a code and a Chinese message.

Each case is made real where the machine allows: a directory, a zero-byte file, a
second process holding SQLite's write lock, SQLite's own page limit standing in
for a full disk, a connection opened read-only. The CLI is run in-process
(`main()`), so the busy timeout and the page limit can be set for the test.
"""

from __future__ import annotations

import errno
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from inspector.appdb import WRITE_RULES, open_app_database
from inspector.cli.main import main
from inspector.domain.registry import Inspector, Site
from inspector.errors import StorageError
from inspector.registry.service import upsert_inspector
from inspector.storage import Database, engine
from inspector.storage.errors import as_inspector_error

SITES_CSV = "项目编号,项目名称*,施工总承包单位名称*,施工总承包单位统一社会信用代码*\n"


def _csv(tmp_path: Path, rows: int = 1) -> Path:
    from inspector.registry.credit_code import make

    path = tmp_path / "sites.csv"
    lines = [SITES_CSV.splitlines()[0]] + [
        f"XM{n},{n}号工地（{'长' * 60}）,宏达建设{n}有限公司,{make(f'91339901MA{n:07d}')}"
        for n in range(1, rows + 1)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _cli(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str]:
    rc = main([str(a) for a in argv])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return rc, err


def _count(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def test_a_directory_as_db_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, err = _cli(capsys, "--db", tmp_path, "sites", "list")
    assert rc == 1
    assert err.startswith("错误 [E_DB_IS_DIRECTORY]：") and "文件夹" in err


@pytest.mark.parametrize("content", [b"", b"these are my notes, not a database\n" * 40])
def test_an_empty_or_foreign_file_is_not_turned_into_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    rc, err = _cli(capsys, "--db", path, "init")
    assert rc == 1 and err.startswith("错误 [E_DB_NOT_A_DATABASE]：")
    assert "不是本程序的数据库" in err
    assert path.read_bytes() == content, "the file must be left exactly as it was"


def test_a_read_only_database_is_refused_before_any_edit(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Tests run as root, for whom chmod does not stop writes: the permission check
    # is simulated at os.access, the one call that asks the file system.
    import inspector.storage.errors as storage_errors

    monkeypatch.setattr(storage_errors.os, "access", lambda p, mode: mode != storage_errors.os.W_OK)
    rc, err = _cli(capsys, "--db", db_path, "sites", "import", _csv(tmp_path))
    assert rc == 1 and err.startswith("错误 [E_DB_READONLY]：") and "只读" in err
    monkeypatch.undo()
    assert _count(db_path, "site") == 0


def test_sqlite_read_only_failure_is_mapped(db: Database, db_path: Path) -> None:
    # A real "attempt to write a readonly database" from SQLite: the file opened
    # with mode=ro, as a read-only mount or file would behave for a normal user.
    url = f"sqlite:///file:{db_path}?mode=ro&uri=true"
    ro = Database(url, engine.make_engine(url), db_path.parent, rules=WRITE_RULES)
    before = _count(db_path, "inspector")
    with pytest.raises(StorageError) as info, ro.uow() as s:
        upsert_inspector(s, name="王五", credential_no="33990001")
    ro.dispose()
    assert info.value.code == "E_DB_READONLY" and "只读" in info.value.message
    assert _count(db_path, "inspector") == before


def test_a_database_locked_by_another_process(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3,sys; c=sqlite3.connect(sys.argv[1], isolation_level=None);"
         "c.execute('BEGIN IMMEDIATE'); c.execute(\"INSERT INTO local_state VALUES('x','1')\");"
         "print('held', flush=True); sys.stdin.readline()", str(db_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
        rc, err = _cli(capsys, "--db", db_path, "sites", "import", _csv(tmp_path))
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    assert rc == 1 and err.startswith("错误 [E_DB_LOCKED]：")
    assert "另一个程序" in err
    assert _count(db_path, "site") == 0


def _full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every new connection may not grow the file: SQLite then fails exactly as on a full disk."""
    original = engine._sqlite_pragmas

    def pragmas(dbapi_conn: Any, record: Any) -> None:
        original(dbapi_conn, record)
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    monkeypatch.setattr(engine, "_sqlite_pragmas", pragmas)


@pytest.mark.parametrize("command", ["demo", "import"])
def test_disk_full_during_demo_or_import(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, command: str,
) -> None:
    csv_path = _csv(tmp_path, rows=200)  # more than the file's free pages can hold
    db.dispose()
    before = {t: _count(db_path, t) for t in ("site", "inspector", "audit_event", "local_state")}
    _full_disk(monkeypatch)
    argv = ["demo", "--sites", "3"] if command == "demo" else ["sites", "import", csv_path]
    rc, err = _cli(capsys, "--db", db_path, *argv)
    assert rc == 1 and err.startswith("错误 [E_DISK_FULL]：") and "磁盘空间已满" in err
    monkeypatch.undo()
    assert {t: _count(db_path, t) for t in before} == before, "nothing half-written"
    again = open_app_database(db_path)  # and the database still opens and reads
    with again.session() as s:
        assert s.scalar(select(func.count()).select_from(Site)) == 0
        assert s.scalar(select(func.count()).select_from(Inspector)) == before["inspector"]
    again.dispose()


def test_os_errors_of_a_full_or_read_only_disk_are_mapped() -> None:
    full = as_inspector_error(OSError(errno.ENOSPC, "No space left on device", "/x/blob"))
    assert full is not None and full.code == "E_DISK_FULL" and "/x/blob" in full.message
    ro = as_inspector_error(OSError(errno.EROFS, "Read-only file system", "/x"))
    assert ro is not None and ro.code == "E_DB_READONLY"
    assert as_inspector_error(OSError(errno.ENOENT, "No such file")) is None
    assert as_inspector_error(ValueError("x")) is None

"""The GUI shows storage failures with their Chinese message and code, not as 意外错误."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import OperationalError

from ui.widgets.errors import describe


def test_sqlalchemy_wrapped_sqlite_errors_are_described_in_chinese(qapp: object) -> None:
    for text, code, words in (
        ("attempt to write a readonly database", "E_DB_READONLY", "只读"),
        ("database is locked", "E_DB_LOCKED", "另一个程序"),
        ("database or disk is full", "E_DISK_FULL", "磁盘空间已满"),
    ):
        exc = OperationalError("INSERT …", {}, sqlite3.OperationalError(text))
        message, detail = describe(exc)
        assert words in message and "意外错误" not in message
        assert code in detail and "Traceback" not in detail


def test_an_unknown_error_is_still_shown_as_unexpected(qapp: object) -> None:
    message, detail = describe(RuntimeError("boom"))
    assert "意外错误" in message and "boom" in detail


def test_a_database_that_cannot_open_is_explained(qapp: object, tmp_path) -> None:
    import pytest

    from inspector.appdb import open_app_database

    with pytest.raises(Exception) as info:
        open_app_database(tmp_path)  # a folder, as a user might pick by mistake
    message, detail = describe(info.value)
    assert "文件夹" in message and "E_DB_IS_DIRECTORY" in detail

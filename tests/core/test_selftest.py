"""The core half of `inspector-desk --self-test`, run from source (the bundle runs the same code)."""

from __future__ import annotations

import pytest

from inspector import demo
from inspector.selftest import DEMO_SITES, SelfTestError, count_pdf_pages, run_core
from inspector.storage.schema import SCHEMA_HEAD


def test_core_steps_report_what_they_made_and_leave_nothing_behind() -> None:
    with run_core() as result:
        folder = result.folder
        assert result.db_path.is_file()
        assert (folder / "order.pdf").read_bytes().startswith(b"%PDF-")
        assert list((folder / "bundles").glob("*.zip"))
    assert result.revision == SCHEMA_HEAD
    assert result.sites == DEMO_SITES
    assert result.pdf_pages == 2  # the order and its second copy (两联)
    assert result.bundle_rows > DEMO_SITES  # sites, employers, inspections, results …
    assert not folder.exists()


def test_a_failing_step_is_named_in_chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_a: object, **_k: object) -> dict[str, object]:
        raise OSError("磁盘已满")

    monkeypatch.setattr(demo, "load_demo", broken)
    with pytest.raises(SelfTestError) as info, run_core():
        pass
    assert info.value.message == "自检失败（载入演示数据）：OSError: 磁盘已满"


def test_pdf_pages_are_counted_without_the_page_tree() -> None:
    pdf = b"%PDF-1.4\n1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] >>\n" \
          b"2 0 obj << /Type /Page >>\n3 0 obj <</Type/Page/Parent 1 0 R>>\n"
    assert count_pdf_pages(pdf) == 2
    with pytest.raises(SelfTestError):
        count_pdf_pages(b"<html>")

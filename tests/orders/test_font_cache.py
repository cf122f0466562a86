"""The parsed-font cache of printed documents: used when valid, ignored when not.

The cache only saves parsing time: a corrupt or stale cache must fall back to
parsing the font file and still give a correct PDF, and a cached font must give
exactly what a parsed one gives (same metrics, same embedded subset bytes).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics, ttfonts

from inspector.documents.fonts import load_ttfont, shipped_font
from tests.orders.conftest import pdftotext

TEXT = "经查，你单位未按规定开设农民工工资专用账户，违反了《保障农民工工资支付条例》。"


@pytest.fixture(scope="module")
def font_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the shipped font, so that tests may touch its mtime."""
    path = tmp_path_factory.mktemp("font") / "doc.ttc"
    shutil.copyfile(shipped_font(), path)
    return path


def _forbid_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_parse(*_a: object, **_k: object) -> None:
        raise AssertionError("the font was parsed although a valid cache exists")

    monkeypatch.setattr(ttfonts.TTFont, "__init__", no_parse)


def _count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = ttfonts.TTFont.__init__

    def counting(self: ttfonts.TTFont, name: str, *a: object, **k: object) -> None:
        calls.append(name)
        real(self, name, *a, **k)

    monkeypatch.setattr(ttfonts.TTFont, "__init__", counting)
    return calls


def _cache_files(cache: Path) -> list[Path]:
    return sorted(cache.glob("*.pickle"))


def _render(font: ttfonts.TTFont, out: Path) -> Path:
    """A one-paragraph PDF in `font` (registered under its own name)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(font)
    style = ParagraphStyle("t", fontName=font.fontName, fontSize=12, leading=18, wordWrap="CJK")
    SimpleDocTemplate(str(out), pagesize=A4, initialFontName=font.fontName,
                      invariant=1).build([Paragraph(TEXT, style)])
    return out


def test_cached_font_equals_parsed_font(font_copy: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = load_ttfont("CacheEq", font_copy, tmp_path)  # parses, writes the cache
    assert len(_cache_files(tmp_path)) == 1
    _forbid_parsing(monkeypatch)
    cached = load_ttfont("CacheEq", font_copy, tmp_path)
    assert cached is not parsed and type(cached.face) is type(parsed.face)
    skip = {"_ttf_data", "_pdfScale"}
    assert {k: v for k, v in vars(cached.face).items() if k not in skip} == \
           {k: v for k, v in vars(parsed.face).items() if k not in skip}
    assert cached.stringWidth(TEXT, 12) == parsed.stringWidth(TEXT, 12)
    assert [cached.face._pdfScale(v) for v in (1, 333, 1024)] == \
           [parsed.face._pdfScale(v) for v in (1, 333, 1024)]
    subset = [0, 32, *sorted({ord(ch) for ch in TEXT})]
    assert cached.face.makeSubset(subset) == parsed.face.makeSubset(subset)
    assert set(vars(cached)) == set(vars(parsed))


@pytest.mark.parametrize("damage", [b"", b"not a pickle", "truncate"])
def test_corrupt_cache_falls_back_and_still_renders(font_copy: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   damage: bytes | str) -> None:
    cache = tmp_path / "cache"
    load_ttfont("CacheBad", font_copy, cache)
    (entry,) = _cache_files(cache)
    good = entry.read_bytes()
    entry.write_bytes(good[: len(good) // 2] if isinstance(damage, str) else damage)  # "truncate"
    parses = _count_parses(monkeypatch)
    font = load_ttfont("CacheBad", font_copy, cache)
    assert parses == ["CacheBad"]  # fell back to parsing …
    assert entry.read_bytes() == good  # … and rewrote a valid cache
    pdf = _render(font, tmp_path / "bad-cache.pdf")
    assert "专用账户" in pdftotext(pdf).replace("\n", "")
    subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, check=True)


def test_cache_is_invalidated_when_the_font_file_changes(font_copy: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    load_ttfont("CacheMtime", font_copy, tmp_path)
    (old,) = _cache_files(tmp_path)
    st = font_copy.stat()
    os.utime(font_copy, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    parses = _count_parses(monkeypatch)
    load_ttfont("CacheMtime", font_copy, tmp_path)
    assert parses == ["CacheMtime"]  # the old entry was not used
    assert len(_cache_files(tmp_path)) == 2 and old in _cache_files(tmp_path)


def test_unwritable_cache_folder_only_costs_the_parse(font_copy: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    font = load_ttfont("CacheRO", font_copy, blocker / "fonts")  # mkdir fails: ignored
    assert font.stringWidth("中", 10) > 0
    assert load_ttfont("CacheNone", font_copy, None).stringWidth("中", 10) > 0


def test_cached_font_renders_the_same_pdf(font_copy: Path, tmp_path: Path) -> None:
    load_ttfont("CacheSame", font_copy, tmp_path)  # parse + write
    from_parse = _render(load_ttfont("CacheSame", font_copy, None), tmp_path / "a.pdf")
    from_cache = _render(load_ttfont("CacheSame", font_copy, tmp_path), tmp_path / "b.pdf")
    assert from_parse.read_bytes() == from_cache.read_bytes()

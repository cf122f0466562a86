"""The CJK TrueType font of printed documents, embedded as a subset.

Choice, first that works:
1. `AuthoritySettings.document_font` (a path; a .ttc uses its first face);
2. a system 仿宋/宋体 TrueType font at a well-known path (`SYSTEM_CANDIDATES`;
   fc-list is not consulted: it may not exist and costs a process start);
3. the shipped AR PL UMing (resources/fonts/uming.ttc, Arphic Public License,
   licence files beside it).
A configured font that is missing or unusable is an error (E_FONT), never a
silent fallback: the office chose it on purpose. Unusable system candidates
(e.g. CFF-outline OpenType, which reportlab cannot embed) are skipped. A
non-embedded CID font (STSong-Light) is never used.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from inspector.errors import InspectorError
from inspector.paths import resources_dir

SHIPPED_FONT = "fonts/uming.ttc"
_WIN = os.environ.get("WINDIR", "C:/Windows")
SYSTEM_CANDIDATES: tuple[str, ...] = (
    # 仿宋 first (the usual face of official documents), then 宋体.
    f"{_WIN}/Fonts/simfang.ttf",
    "/usr/share/fonts/truetype/fangsong/simfang.ttf",
    "/usr/share/fonts/truetype/windows/simfang.ttf",
    "~/.local/share/fonts/simfang.ttf",
    "~/.fonts/simfang.ttf",
    "/Library/Fonts/simfang.ttf",
    f"{_WIN}/Fonts/simsun.ttc",
    "/usr/share/fonts/truetype/windows/simsun.ttc",
    "~/.local/share/fonts/simsun.ttc",
    "~/.fonts/simsun.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
)


class FontError(InspectorError):
    """The document font is missing, unreadable or not a usable TrueType font."""

    code = "E_FONT"


@dataclass(frozen=True)
class FontChoice:
    path: Path
    source: str  # configured | system | shipped


_registered: dict[Path, str] = {}


def shipped_font() -> Path:
    return resources_dir() / SHIPPED_FONT


def choose_font(configured: str = "") -> FontChoice:
    """Which font file to use (see the module docstring); does not load it."""
    if configured.strip():
        path = Path(configured.strip()).expanduser()
        if not path.is_file():
            raise FontError(f"配置的文书字体文件不存在：{path}")
        return FontChoice(path, "configured")
    for cand in SYSTEM_CANDIDATES:
        path = Path(cand).expanduser()
        if path.is_file() and os.access(path, os.R_OK):
            return FontChoice(path, "system")
    path = shipped_font()
    if not path.is_file():
        raise FontError(f"找不到随程序提供的文书字体：{path}（安装不完整，请重新安装本程序）。")
    return FontChoice(path, "shipped")


def register_font(choice: FontChoice) -> str:
    """Register the font with reportlab once per process; returns its reportlab name."""
    name = _registered.get(choice.path)
    if name is not None:
        return name
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = "SIDoc-" + hashlib.sha1(str(choice.path).encode()).hexdigest()[:8]
    try:
        pdfmetrics.registerFont(TTFont(name, str(choice.path), subfontIndex=0))
    except Exception as exc:  # reportlab raises TTFError, OSError, struct errors …
        raise FontError(
            f"无法使用文书字体 {choice.path}：{exc}。需要可嵌入的 TrueType（.ttf/.ttc）中文字体。"
        ) from exc
    _memoize_tables(pdfmetrics.getFont(name))
    _registered[choice.path] = name
    return name


def _memoize_tables(font: object) -> None:
    """Keep the font's tables once read.

    reportlab copies a whole table out of the font file for every subset it
    embeds (every document, and one subset per 256 distinct characters); for
    a CJK font the `glyf` table alone is ~15 MB, ~5 ms a copy. Holding the
    copies costs that much memory once and makes each document faster.
    """
    face = getattr(font, "face", None)
    if face is None or not hasattr(face, "get_table"):
        return
    read = face.get_table
    tables: dict[str, bytes] = {}

    def get_table(tag: str) -> bytes:
        if tag not in tables:
            tables[tag] = read(tag)
        return tables[tag]

    face.get_table = get_table


def document_font(configured: str = "") -> str:
    """Choose and register the document font; a bad system candidate falls back to the next."""
    choice = choose_font(configured)
    if choice.source != "system":
        return register_font(choice)
    try:
        return register_font(choice)
    except FontError:
        return register_font(FontChoice(shipped_font(), "shipped"))

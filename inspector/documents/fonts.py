"""The CJK TrueType font of printed documents, embedded as a subset.

Choice, first that works:
1. `AuthoritySettings.document_font` (a path; a .ttc uses its first face);
2. a system 仿宋/宋体 TrueType font at a well-known path (`SYSTEM_CANDIDATES`;
   fc-list is not consulted: it may not exist and costs a process start);
3. the shipped AR PL UMing (resources/fonts/uming.ttc, Arphic Public License,
   licence files beside it) — in a source checkout and the Windows build; the Linux
   package carries no copy but depends on Debian's fonts-arphic-uming, the same file,
   which step 2 finds.
A configured font that is missing or unusable is an error (E_FONT), never a
silent fallback: the office chose it on purpose. Unusable system candidates
(e.g. CFF-outline OpenType, which reportlab cannot embed) are skipped. A
non-embedded CID font (STSong-Light) is never used.

Parsing a CJK font is the largest part of the first document's cost (~0.15 s of
pure Python for the 21 MB uming.ttc), so the parsed metrics are kept in a cache
file (`font_cache_dir()`), keyed by the font file's path, size and mtime and by
the reportlab version; a missing, stale or unreadable cache silently falls back
to parsing the font (and rewrites the cache). The font file itself is always
read from its own path: no derived font file is ever written.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector.documents.subsets import cache_subsets
from inspector.errors import InspectorError
from inspector.paths import APP_NAME, resources_dir

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
_register_lock = threading.Lock()  # warm_up() may register from a worker thread

CACHE_FORMAT = 1  # bump when the cache file's layout changes
CACHE_ENV = "INSPECTOR_CACHE_DIR"  # overrides the cache folder (tests, portable installs)


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
        # The Linux package carries no copy: it depends on fonts-arphic-uming (packaging/deb.py).
        hint = ("请安装 fonts-arphic-uming 软件包（sudo apt install fonts-arphic-uming），"
                if sys.platform.startswith("linux") else "")
        raise FontError(f"找不到文书字体：{path}。{hint}或在设置中指定一个中文 TrueType 字体，"
                        "或重新安装本程序。")
    return FontChoice(path, "shipped")


def register_font(choice: FontChoice) -> str:
    """Register the font with reportlab once per process; returns its reportlab name."""
    with _register_lock:
        name = _registered.get(choice.path)
        if name is not None:
            return name
        from reportlab.pdfbase import pdfmetrics

        name = "SIDoc-" + hashlib.sha1(str(choice.path).encode()).hexdigest()[:8]
        try:
            font = load_ttfont(name, choice.path, font_cache_dir())
            pdfmetrics.registerFont(font)
        except Exception as exc:  # reportlab raises TTFError, OSError, struct errors …
            raise FontError(
                f"无法使用文书字体 {choice.path}：{exc}。需要可嵌入的 TrueType（.ttf/.ttc）中文字体。"
            ) from exc
        registered = pdfmetrics.getFont(name)
        _memoize_tables(registered)
        cache_subsets(registered)
        _registered[choice.path] = name
        return name


def font_cache_dir() -> Path | None:
    """Where parsed font metrics are cached: `INSPECTOR_CACHE_DIR`, else the user cache folder."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser() / "fonts"
    try:
        from platformdirs import user_cache_dir

        return Path(user_cache_dir(APP_NAME, appauthor=False)) / "fonts"
    except Exception:  # no usable home folder: simply no cache
        return None


def load_ttfont(name: str, path: Path, cache_dir: Path | None, subfont: int = 0) -> Any:
    """A reportlab `TTFont` for `path`, from the metrics cache when it is valid, else parsed.

    A parse writes the cache for the next process. Any problem with the cache (missing,
    truncated, written by another reportlab, unwritable folder) only costs the parse.
    """
    from reportlab.pdfbase.ttfonts import TTFont

    cache_file = _cache_file(name, path, subfont, cache_dir)
    if cache_file is not None:
        font = _read_cache(cache_file, name, path)
        if font is not None:
            return font
    font = TTFont(name, str(path), subfontIndex=subfont)
    if cache_file is not None:
        _write_cache(cache_file, font)
    return font


class _Scale:
    """Picklable stand-in for reportlab's `face._pdfScale` lambda (font units → 1/1000 em).

    Computes exactly what reportlab's lambda does: `x` unchanged for 1000 units per em,
    else `x * (1000 / unitsPerEm)`, so cached and parsed faces give identical widths.
    """

    def __init__(self, units_per_em: int) -> None:
        self.factor = None if units_per_em == 1000 else 1000 / units_per_em

    def __call__(self, x: float) -> float:
        return x if self.factor is None else x * self.factor


def _cache_file(name: str, path: Path, subfont: int, cache_dir: Path | None) -> Path | None:
    """The cache file for this exact font file (path, size, mtime) and reportlab version."""
    if cache_dir is None:
        return None
    try:
        import reportlab

        st = path.stat()
        key = "|".join(map(str, (CACHE_FORMAT, reportlab.Version, path.resolve(), st.st_size,
                                 st.st_mtime_ns, subfont, name)))
    except OSError:
        return None
    return cache_dir / f"{hashlib.sha1(key.encode()).hexdigest()}.pickle"


def _read_cache(cache_file: Path, name: str, path: Path) -> Any:
    """The cached font, or None when the cache is missing or unusable in any way."""
    try:
        from weakref import WeakKeyDictionary

        from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace

        with open(cache_file, "rb") as fh:
            # Our own file in the user's cache folder, written by _write_cache. Only
            # someone who can already run code as this user can plant one there.
            saved = pickle.load(fh)
        if saved["format"] != CACHE_FORMAT or saved["name"] != name:
            return None
        face = TTFontFace.__new__(TTFontFace)
        face.__dict__.update(saved["face"])
        face._pdfScale = _Scale(face.unitsPerEm)
        # The font file is read as reportlab reads it (whole, into memory): the subsets
        # copy glyph outlines from it. Only the metrics parse is skipped.
        face._ttf_data = path.read_bytes()
        font = TTFont.__new__(TTFont)
        font.__dict__.update(saved["font"])  # fontName, _asciiReadable, shapable …
        font.face = face
        font.encoding = TTEncoding()
        font.state = WeakKeyDictionary()  # per-document subset state, as TTFont.__init__ sets
        if set(font.__dict__) != set(saved["font_attrs"]):
            return None  # reportlab's TTFont grew attributes this code does not rebuild
        return font
    except Exception:
        return None


def _shared_tuples(value: Any, canon: dict[tuple[int, ...], tuple[int, ...]]) -> Any:
    """A list of int tuples with equal tuples made one object; any other value unchanged.

    A CJK face's `hmetrics` holds ~27,000 (advance, bearing) pairs but only a few
    hundred distinct ones; pickle writes a shared tuple once and refers back to it,
    which makes loading the cache ~15 ms faster (≈17 instead of ≈33 ms for uming.ttc).
    Only all-int tuples are merged: equal floats may differ (0.0 and -0.0).
    """
    if type(value) is not list or not all(type(t) is tuple for t in value):
        return value
    return [canon.setdefault(t, t) if all(type(x) is int for x in t) else t for t in value]


def _write_cache(cache_file: Path, font: Any) -> None:
    """Save a freshly parsed font's metrics atomically (temp file, rename); failures are ignored."""
    per_instance = {"face", "encoding", "state"}  # rebuilt by _read_cache
    canon: dict[tuple[int, ...], tuple[int, ...]] = {}
    face = {k: _shared_tuples(v, canon) for k, v in vars(font.face).items()
            if k not in ("_ttf_data", "_pdfScale")}
    saved = {
        "format": CACHE_FORMAT,
        "name": font.fontName,
        "face": face,
        "font": {k: v for k, v in vars(font).items() if k not in per_instance},
        "font_attrs": sorted(vars(font)),
    }
    tmp = None
    try:
        data = pickle.dumps(saved, protocol=pickle.HIGHEST_PROTOCOL)
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=cache_file.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, cache_file)
        tmp = None
    except Exception:  # unpicklable attribute (other reportlab), read-only folder, full disk …
        pass
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


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

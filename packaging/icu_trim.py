"""Rebuild the bundle's ICU data library with only the data a Chinese/English app uses.

`python packaging/icu_trim.py BUNDLE` (build-linux runs it after prune.py).

PySide6's Linux wheels carry ICU 73, and its data library `libicudata.so.73` is
30 MB — a fifth of the bundle — because it holds every locale, every legacy
character set, every break dictionary and every transliterator. Qt itself asks
ICU for collation (QCollator, locale-aware sorting), case mapping, IDNA and a
few converters; its own CLDR tables serve QLocale. So the library is rebuilt
holding:

- the root, Chinese and English locale data of every tree (with each tree's
  string pool, index and supplemental tables), so zh_CN collation (拼音 order)
  and the fall-back chain zh_Hans_CN → zh_Hans → zh → root stay intact;
- the normalisation, case-folding, IDNA and string-prep tables;
- the converters for Chinese encodings (GB18030, GBK, GB2312, Big5);
- the Chinese/Japanese word dictionary (cjdict), dropping Thai, Khmer, Lao and
  Burmese ones, and no transliterators or character names.

The data is ICU's "common data" package (magic 0xda27, format "CmnD"): a header,
then a table of contents of (name offset, data offset) pairs sorted by name,
then the names, then the items, each 16-byte aligned. This script reads that
package out of the library, writes a smaller one in the same layout, and links
it into a new `libicudata.so.73` exporting the same symbol (`icudt73_dat`) with
binutils (as + ld; PyInstaller already needs binutils), so no compiler and
no ICU tools are needed. `ui/selftest.py` checks pinyin collation and a GB18030
decode in the built app, so a trim that drops something Qt reads fails CI.
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

ALIGN = 16
LOCALES = re.compile(
    r"^(root|pool|res_index|supplementalData|tzdbNames"
    r"|en|en_US|en_001|en_US_POSIX|zh|zh_CN|zh_Hans|zh_Hans_CN|zh_Hant|zh_Hant_TW|zh_TW)\.res$"
)
LOCALE_NAME = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$")
CONVERTERS = {
    "gb18030.cnv", "windows-936-2000.cnv", "ibm-1386_P100-2001.cnv", "ibm-5478_P100-1995.cnv",
    "windows-950-2000.cnv", "ibm-1373_P100-2002.cnv",
}
DICTIONARIES = {"cjdict.dict"}
DROPPED_TREES = {"translit"}
DROPPED_FILES = {"unames.icu"}


def wanted(name: str) -> bool:
    """Whether the package item `name` (e.g. "icudt73l/coll/zh.res") is kept."""
    parts = name.split("/")[1:]
    leaf = parts[-1]
    if len(parts) > 1 and parts[0] in DROPPED_TREES:
        return False
    if leaf in DROPPED_FILES:
        return False
    if leaf.endswith(".cnv"):
        return leaf in CONVERTERS
    if leaf.endswith(".dict"):
        return leaf in DICTIONARIES
    if LOCALE_NAME.match(leaf):  # a locale's bundle: only ours (and the shared tables)
        return bool(LOCALES.match(leaf))
    return True


def _objdump(*args: str) -> str:
    return subprocess.run(["objdump", *args], check=True, capture_output=True, text=True).stdout


def read_package(lib: Path) -> tuple[str, bytes]:
    """The data symbol's name and the package bytes it points at."""
    sym = re.search(r"^([0-9a-f]+)\s+g\s+DO\s+\.rodata\s+([0-9a-f]+)\s+(icudt\d+_dat)$",
                    _objdump("-T", str(lib)), re.M)
    sec = re.search(r"\.rodata\s+([0-9a-f]+)\s+([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)",
                    _objdump("-h", str(lib)))
    if sym is None or sec is None:
        raise SystemExit(f"icu_trim: no ICU data symbol in {lib}")
    start = int(sec[3], 16) + int(sym[1], 16) - int(sec[2], 16)
    blob = lib.read_bytes()[start:start + int(sym[2], 16)]
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise SystemExit(f"icu_trim: {lib} does not hold an ICU common data package")
    return sym[3], blob


def items_of(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package's header and its (name, item bytes) in table order."""
    header_size = struct.unpack_from("<H", package)[0]
    toc = package[header_size:]
    count = struct.unpack_from("<I", toc)[0]
    offsets = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(offsets):
        end = offsets[i + 1][1] if i + 1 < count else len(toc)
        items.append((toc[name_at:toc.index(b"\0", name_at)].decode("ascii"), toc[data_at:end]))
    return package[:header_size], items


def _pad(n: int) -> int:
    return -n % ALIGN


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A package in ICU's layout holding `items` (already sorted by name)."""
    names = b"".join(n.encode("ascii") + b"\0" for n, _ in items)
    toc_size = 4 + 8 * len(items)
    data_at = toc_size + len(names)
    data_at += _pad(data_at)
    entries, body, name_at = [], bytearray(), toc_size
    for name, data in items:
        entries.append(struct.pack("<II", name_at, data_at + len(body)))
        name_at += len(name) + 1
        body += data + b"\0" * _pad(len(data))
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    return header + toc + b"\0" * _pad(len(toc)) + bytes(body)


def link_library(symbol: str, package: bytes, soname: str, out: Path) -> None:
    """A shared library exporting `symbol` = `package` (an object of its size) in read-only data."""
    with tempfile.TemporaryDirectory() as tmp:
        raw, src, obj = Path(tmp) / "icu.dat", Path(tmp) / "icu.s", Path(tmp) / "icu.o"
        raw.write_bytes(package)
        src.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.size {symbol}, {len(package)}\n"
            f"\t.balign {ALIGN}\n{symbol}:\n\t.incbin \"{raw}\"\n"
            "\t.section .note.GNU-stack,\"\",@progbits\n")
        subprocess.run(["as", "-o", str(obj), str(src)], check=True)
        subprocess.run(["ld", "-shared", "-soname", soname, "-o", str(out), str(obj)], check=True)


def trim(lib: Path) -> tuple[int, int]:
    """Rewrite `lib` in place; the sizes before and after, in bytes."""
    symbol, package = read_package(lib)
    header, items = items_of(package)
    kept = [(n, d) for n, d in items if wanted(n)]
    before = lib.stat().st_size
    fresh = lib.with_name(lib.name + ".trimmed")
    link_library(symbol, write_package(header, kept), lib.name, fresh)
    # Read it back: the same symbol, and every kept item byte for byte.
    again_symbol, again = read_package(fresh)
    if again_symbol != symbol or items_of(again)[1] != kept:
        fresh.unlink()
        raise SystemExit(f"icu_trim: the rebuilt {lib.name} does not read back equal")
    fresh.replace(lib)
    print(f"icu data: {len(items)} items -> {len(kept)}, "
          f"{before / 1e6:.1f} MB -> {lib.stat().st_size / 1e6:.1f} MB")
    return before, lib.stat().st_size


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: icu_trim.py BUNDLE", file=sys.stderr)
        return 2
    libs = sorted(Path(argv[0]).rglob("libicudata.so.*"))
    if not libs:
        print("icu data: none in the bundle (nothing to trim)")
    for lib in libs:
        if not lib.is_symlink():
            trim(lib)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

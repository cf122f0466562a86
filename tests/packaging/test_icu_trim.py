"""packaging/icu_trim.py: the rebuilt ICU data library still serves what Qt asks of it.

The library under test is the one PySide6 really loads (the test environment's
wheel). The trimmed copy is put in front of the wheel's with LD_PRELOAD — a
preloaded library with the same soname satisfies libicuuc's dependency — and a
fresh Python asks Qt to collate Chinese names: 拼音 order needs `coll/zh.res`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import load_script

icu_trim = load_script("icu_trim")

COLLATE = """
import functools
from PySide6.QtCore import QCollator, QLocale
c = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
print("、".join(sorted(["赵六", "张三", "王五", "李四", "陈七"], key=functools.cmp_to_key(c.compare))))
"""
PINYIN = "陈七、李四、王五、张三、赵六"


def _wheel_library() -> Path:
    import PySide6

    libs = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not libs or not sys.platform.startswith("linux"):
        pytest.skip("this PySide6 carries no ICU data library (not a Linux wheel)")
    return next(p for p in libs if not p.is_symlink())


@pytest.fixture(scope="module")
def trimmed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    for tool in ("objdump", "as", "ld"):
        if shutil.which(tool) is None:
            pytest.fail(f"binutils' {tool} is missing (apt-get install binutils)")
    lib = tmp_path_factory.mktemp("icu") / _wheel_library().name
    shutil.copy2(_wheel_library(), lib)
    icu_trim.trim(lib)
    return lib


def _collate(preload: Path | None) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)
    out = subprocess.run([sys.executable, "-c", COLLATE], env=env, capture_output=True,
                         text=True, check=True, timeout=60)
    return out.stdout.strip()


def test_trimmed_library_is_a_fraction_and_reads_back(trimmed: Path) -> None:
    original = _wheel_library()
    assert trimmed.stat().st_size < original.stat().st_size / 3
    symbol, package = icu_trim.read_package(trimmed)
    assert symbol == icu_trim.read_package(original)[0]
    names = {n.split("/", 1)[1] for n, _ in icu_trim.items_of(package)[1]}
    for needed in ("coll/zh.res", "coll/root.res", "coll/ucadata.icu", "gb18030.cnv",
                   "nfkc.nrm", "uts46.nrm", "cnvalias.icu", "zh_Hans_CN.res", "en_US.res"):
        assert needed in names
    for dropped in ("coll/ko.res", "fr.res", "brkitr/thaidict.dict", "translit/root.res",
                    "ibm-949_P11A-1999.cnv"):
        assert dropped not in names


def test_qt_collates_chinese_by_pinyin_with_the_trimmed_data(trimmed: Path) -> None:
    assert _collate(None) == PINYIN
    assert _collate(trimmed) == PINYIN


def test_the_collation_check_notices_missing_chinese_data(tmp_path: Path) -> None:
    """The same check fails when zh collation is dropped, so it can catch a bad trim."""
    symbol, package = icu_trim.read_package(_wheel_library())
    header, items = icu_trim.items_of(package)
    kept = [(n, d) for n, d in items if icu_trim.wanted(n) and not n.endswith("coll/zh.res")]
    lib = tmp_path / _wheel_library().name
    icu_trim.link_library(symbol, icu_trim.write_package(header, kept), lib.name, lib)
    assert _collate(lib) != PINYIN


def test_wanted_keeps_the_fallback_chain_and_drops_other_locales() -> None:
    keep = icu_trim.wanted
    assert keep("icudt73l/zh_Hans.res") and keep("icudt73l/root.res") and keep("icudt73l/pool.res")
    assert keep("icudt73l/curr/supplementalData.res") and keep("icudt73l/zone/zh.res")
    assert keep("icudt73l/likelySubtags.res") and keep("icudt73l/brkitr/cjdict.dict")
    assert not keep("icudt73l/de.res") and not keep("icudt73l/lang/ja.res")
    assert not keep("icudt73l/unames.icu") and not keep("icudt73l/translit/en.res")

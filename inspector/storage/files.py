"""Files written whole or not at all: a temporary file beside the target, fsynced, renamed.

Exports, documents and reports use this, so a cancelled, failed or interrupted
write (a full disk, a pulled USB stick) never leaves half a file under the real
name, and an existing file is replaced only by a complete one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from inspector.errors import StorageError


def write_via_temp(out: Path, write: Callable[[Path], object]) -> Path:
    """Call `write(tmp_path)` to fill a temporary file beside `out`, then move it into place."""
    out = Path(out)
    if out.is_dir():
        raise StorageError(f"{out} 是文件夹，请给出文件名。", code="E_EXPORT_PATH")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    except OSError as exc:
        raise StorageError(f"无法写入 {out}：{exc.strerror or exc}", code="E_EXPORT_WRITE") from exc
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        raise StorageError(f"无法写入 {out}：{exc.strerror or exc}", code="E_EXPORT_WRITE") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return out


def write_bytes_atomically(out: Path, data: bytes) -> Path:
    return write_via_temp(out, lambda tmp: tmp.write_bytes(data))

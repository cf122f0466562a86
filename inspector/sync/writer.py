"""Writing a bundle file: streamed members, a signed manifest, an atomic rename.

The ZIP is built in a temporary file in the destination folder (same file
system, so the final `os.replace` is atomic), fsynced, then renamed: a crash or
a pulled USB stick leaves either no bundle or a complete one, never a
truncated file under the final name. An existing file is never overwritten.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import Any

from inspector.keys import DeviceKey
from inspector.sync.errors import BundleError
from inspector.sync.format import MANIFEST, SIGNATURE, blob_member, data_member, json_bytes
from inspector.sync.manifest import signature_bytes

_FLUSH_AT = 1 << 20
# Fixed member times: the bytes of a bundle depend on its content, not the clock.
_EPOCH = (2020, 1, 1, 0, 0, 0)


class BundleWriter:
    """Context manager: add members, then `finish(manifest, key)`; discarded on error."""

    def __init__(self, dest: Path) -> None:
        self.dest = dest
        self.files: dict[str, dict[str, Any]] = {}
        self.row_counts: dict[str, int] = {}
        self._tmp: str | None = None
        self._fh: Any = None
        self._zip: zipfile.ZipFile | None = None

    def __enter__(self) -> BundleWriter:
        if self.dest.exists():
            raise BundleError(f"目标文件已存在：{self.dest}", code="E_BUNDLE_EXISTS")
        self.dest.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(prefix=".bundle-", suffix=".tmp", dir=self.dest.parent)
        self._fh = os.fdopen(fd, "w+b")
        self._zip = zipfile.ZipFile(self._fh, "w", allowZip64=True)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._zip is not None:
            self._zip.close()
            self._fh.close()
            self._zip = None
        if self._tmp is not None and os.path.exists(self._tmp):
            os.unlink(self._tmp)

    def _member(self, name: str, compress: int) -> Any:
        assert self._zip is not None
        info = zipfile.ZipInfo(name, date_time=_EPOCH)
        info.compress_type = compress
        # Level 1: about three times faster than zlib's default, a few percent larger;
        # export speed matters more than USB bytes. (ZipInfo has no public setter < 3.13.)
        try:
            info.compress_level = 1  # type: ignore[attr-defined]  # Python ≥ 3.13
        except AttributeError:
            info._compresslevel = 1  # type: ignore[attr-defined]
        info.external_attr = 0o644 << 16
        return self._zip.open(info, "w", force_zip64=True)

    def add_rows(self, table: str, lines: Iterable[bytes]) -> int:
        """Stream one table's JSON lines into `data/<table>.jsonl`; returns the row count."""
        name = data_member(table)
        digest = hashlib.sha256()
        size = rows = 0
        buf = bytearray()
        with self._member(name, zipfile.ZIP_DEFLATED) as out:
            for line in lines:
                buf += line
                rows += 1
                if len(buf) >= _FLUSH_AT:
                    digest.update(buf)
                    size += len(buf)
                    out.write(buf)
                    buf.clear()
            digest.update(buf)
            size += len(buf)
            out.write(buf)
        self.files[name] = {"sha256": digest.hexdigest(), "size": size, "rows": rows}
        self.row_counts[table] = rows
        return rows

    def add_blob(self, sha256: str, source: Path) -> None:
        """Copy a stored blob in (uncompressed: photos and PDFs are compressed already)."""
        name = blob_member(sha256)
        digest = hashlib.sha256()
        size = 0
        with open(source, "rb") as src, self._member(name, zipfile.ZIP_STORED) as out:
            while chunk := src.read(_FLUSH_AT):
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
        if digest.hexdigest() != sha256:
            raise BundleError(
                f"本机附件 {sha256[:12]}… 内容与其哈希不符（已损坏），无法导出。",
                code="E_BUNDLE_BLOB_CORRUPT",
            )
        self.files[name] = {"sha256": sha256, "size": size}

    def finish(self, manifest: dict[str, Any], key: DeviceKey) -> Path:
        """Write the manifest (with the member list) and its signature; publish atomically."""
        assert self._zip is not None and self._tmp is not None
        doc = {**manifest, "files": self.files, "row_counts": self.row_counts}
        body = json_bytes(doc)
        with self._member(MANIFEST, zipfile.ZIP_DEFLATED) as out:
            out.write(body)
        with self._member(SIGNATURE, zipfile.ZIP_STORED) as out:
            out.write(signature_bytes(key, body))
        self._zip.close()
        self._zip = None
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        if self.dest.exists():  # appeared while we wrote: never overwrite
            raise BundleError(f"目标文件已存在：{self.dest}", code="E_BUNDLE_EXISTS")
        os.replace(self._tmp, self.dest)
        self._tmp = None
        _fsync_dir(self.dest.parent)
        return self.dest


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not possible on every platform (Windows); the rename is still atomic
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

"""Writing a bundle file: streamed members, a signed manifest, an atomic rename.

The ZIP is built in a temporary file in the destination folder (same file
system, so the final `os.replace` is atomic), fsynced, then renamed: a crash or
a pulled USB stick leaves either no bundle or a complete one, never a
truncated file under the final name. An existing file is never overwritten.

Data members are hashed, deflated and written on a background thread
(`_Pipe`): zlib and hashlib release the GIL, so on a second core that work
overlaps reading and serialising the next rows instead of adding to it.
"""

from __future__ import annotations

import hashlib
import os
import queue
import tempfile
import threading
import zipfile
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import Any

from inspector.keys import DeviceKey
from inspector.sync.errors import BundleError
from inspector.sync.format import MANIFEST, SIGNATURE, blob_member, data_member, json_bytes
from inspector.sync.manifest import signature_bytes

_FLUSH_AT = 1 << 20
_PIPE_DEPTH = 2
"""Chunks waiting for the writer thread: bounds memory (each is ≈1 MB of lines)."""
# Fixed member times: the bytes of a bundle depend on its content, not the clock.
_EPOCH = (2020, 1, 1, 0, 0, 0)


class _Pipe:
    """One worker thread running write jobs in order; failures surface in the caller.

    The queue is short (`_PIPE_DEPTH`): a producer faster than the disk waits,
    so memory stays flat however large the bundle. After a failure the
    remaining jobs are skipped and the next `put` or `drain` raises it.
    """

    def __init__(self) -> None:
        self._jobs: queue.Queue[Callable[[], object] | None] = queue.Queue(maxsize=_PIPE_DEPTH)
        self._error: BaseException | None = None
        self._skip = False
        self._thread = threading.Thread(target=self._run, name="bundle-writer", daemon=True)
        self._thread.start()

    def put(self, job: Callable[[], object]) -> None:
        self._check()
        self._jobs.put(job)

    def drain(self) -> None:
        """Wait until every queued job has run; raise the first failure."""
        self._jobs.join()
        self._check()

    def discard(self) -> None:
        """Drop the queued jobs and wait for the running one (the producer failed)."""
        self._skip = True
        self._jobs.join()
        self._skip = False

    def close(self) -> None:
        self._jobs.put(None)
        self._thread.join()

    def _check(self) -> None:
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            try:
                if job is None:
                    return
                if self._error is None and not self._skip:
                    job()
            except BaseException as exc:  # handed to the producer thread
                self._error = exc
            finally:
                self._jobs.task_done()


class BundleWriter:
    """Context manager: add members, then `finish(manifest, key)`; discarded on error."""

    def __init__(self, dest: Path) -> None:
        self.dest = dest
        self.files: dict[str, dict[str, Any]] = {}
        self.row_counts: dict[str, int] = {}
        self._tmp: str | None = None
        self._fh: Any = None
        self._zip: zipfile.ZipFile | None = None
        self._pipe: _Pipe | None = None

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
        if self._pipe is not None:
            self._pipe.close()
            self._pipe = None
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

    def add_rows(self, table: str, chunks: Iterable[tuple[bytes, int]]) -> int:
        """Stream one table into `data/<table>.jsonl`; returns the row count.

        `chunks` yields `(bytes, rows)`: whole JSON lines (each ending in `\\n`)
        and how many there are. Each chunk is hashed and deflated on the writer
        thread while the caller produces the next one. If the caller fails (a
        cancel), queued chunks are dropped before the error propagates.
        """
        name = data_member(table)
        digest = hashlib.sha256()
        size = rows = 0
        if self._pipe is None:
            self._pipe = _Pipe()
        pipe = self._pipe
        with self._member(name, zipfile.ZIP_DEFLATED) as out:

            def write(data: bytes) -> None:  # runs on the writer thread, in order
                digest.update(data)
                out.write(data)

            try:
                for data, n in chunks:
                    pipe.put(partial(write, data))
                    size += len(data)
                    rows += n
                pipe.drain()
            except BaseException:
                pipe.discard()  # the member is closed below: nothing may still write to it
                raise
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
        if self._pipe is not None:
            self._pipe.close()
            self._pipe = None
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

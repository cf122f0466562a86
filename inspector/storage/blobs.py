"""Content-addressed blob store: `<data dir>/blobs/ab/abcdef…` named by SHA-256.

Writes are atomic (temp file, fsync, rename), so a crash or a full disk never
leaves a truncated blob under its final name; storing the same content twice is
a no-op.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import IO

from inspector.errors import NotFoundError, StorageError

_SHA = re.compile(r"^[0-9a-f]{64}$")
CHUNK = 1 << 20


def blob_dir(data_dir: Path) -> Path:
    return data_dir / "blobs"


def blob_path(data_dir: Path, sha256: str) -> Path:
    if not _SHA.match(sha256):
        raise StorageError(f"不是有效的 SHA-256：{sha256}", code="E_BLOB_NAME")
    return blob_dir(data_dir) / sha256[:2] / sha256


def has_blob(data_dir: Path, sha256: str) -> bool:
    return blob_path(data_dir, sha256).exists()


def put_stream(data_dir: Path, stream: IO[bytes], *, expect_sha256: str | None = None) -> tuple[str, int]:
    """Store a stream; returns (sha256, size). With `expect_sha256`, a mismatch stores nothing."""
    folder = blob_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out:
            while chunk := stream.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        if expect_sha256 is not None and sha != expect_sha256:
            raise StorageError(
                f"文件内容与记录的哈希不符（应为 {expect_sha256[:12]}…，实为 {sha[:12]}…）。",
                code="E_BLOB_HASH",
            )
        final = blob_path(data_dir, sha)
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists():
            os.unlink(tmp_name)
        else:
            os.replace(tmp_name, final)
        return sha, size
    except BaseException:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
        raise


def put_bytes(data_dir: Path, data: bytes) -> str:
    import io

    sha, _ = put_stream(data_dir, io.BytesIO(data))
    return sha


def put_file(data_dir: Path, source: Path) -> tuple[str, int]:
    try:
        with open(source, "rb") as fh:
            return put_stream(data_dir, fh)
    except FileNotFoundError:
        raise NotFoundError(f"找不到文件：{source}", code="E_FILE_NOT_FOUND") from None


def read_bytes(data_dir: Path, sha256: str) -> bytes:
    path = blob_path(data_dir, sha256)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise NotFoundError(f"证据文件缺失：{sha256[:12]}…", code="E_BLOB_MISSING") from None

"""The one entry point that reads a bundle: `read_bundle` → `VerifiedBundle` or a `BundleError`.

Order of checks (nothing is trusted before it is checked):
1. file size, ZIP magic, the central directory (a truncated file has none);
2. member names (no absolute paths, `..`, backslashes, directories or
   unexpected names), member count, sizes and compression ratios as declared;
3. the manifest's format and schema versions, then its Ed25519 signature against
   the key the caller's resolver picks (registered device or pinned office key);
4. the member set equals what the signed manifest lists;
5. every member streamed: size capped while reading (headers can lie), SHA-256
   and size compared, every data line parsed and checked against its table.

Only then does a caller write anything (but see `rows=False` below). Rows are streamed a second time for
applying (`VerifiedBundle.batches`), and hashed, checked and counted again, so a
file changed between the two passes fails inside the caller's transaction and
rolls it back. An importer, whose apply pass is one transaction anyway, may skip
step 5 for data members (`read_bundle(..., rows=False)`): each line is then parsed
and checked once, as it is applied, and a bad line, hash or row count refuses the
bundle from inside that transaction (bench_office: the first pass was a quarter
of a merge). Memory stays flat: members are streamed in chunks, rows in batches.

`read_bundle` reports progress in bytes of members verified and may be
cancelled (its `progress` raising `Cancelled`) at any report: it only reads, so
a cancel leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

import orjson
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from inspector.progress import Meter, ProgressFn
from inspector.sync.errors import (
    BundleError,
    BundleFormatError,
    BundleTruncatedError,
    HashMismatchError,
    MemberSetError,
    RowError,
    TooLargeError,
    UnsafeMemberError,
)
from inspector.sync.format import (
    BLOB_RE,
    DATA_RE,
    DEFAULT_LIMITS,
    MANIFEST,
    SIGNATURE,
    Limits,
    TableCodec,
    codecs,
)
from inspector.sync.manifest import (
    FileEntry,
    Manifest,
    parse_manifest,
    parse_signature,
    verify_signature,
)

KeyResolver = Callable[[Manifest], Ed25519PublicKey]
"""Picks the key a manifest must be signed with, or raises a `BundleError`."""

CHUNK = 1 << 20
ZIP_MAGIC = b"PK\x03\x04"
# What a damaged ZIP can make the standard library raise; all become BundleErrors.
_CORRUPT = (
    zipfile.BadZipFile, zlib.error, EOFError, struct.error, OSError, ValueError,
    RuntimeError, NotImplementedError, OverflowError, KeyError, IndexError, TypeError,
)


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle whose signature, members, hashes and rows have all been checked."""

    path: Path
    manifest: Manifest
    file_sha256: str
    limits: Limits
    rows_checked: bool = True
    """False when `read_bundle(rows=False)` left data members to `batches`, which checks them
    (hash, size, every line, row count) as they are applied."""

    @property
    def tables(self) -> list[str]:
        """Tables with data in this bundle, parents first."""
        present = {m.group(1) for n in self.manifest.files if (m := DATA_RE.match(n))}
        return [t for t in codecs() if t in present]

    @property
    def blobs(self) -> list[str]:
        return sorted(m.group(1) for n in self.manifest.files if (m := BLOB_RE.match(n)))

    def batches(self, table: str, size: int = 2000) -> Iterator[list[dict[str, Any]]]:
        """Rows of `table`, checked and decoded, in batches; hashed and counted as they stream.

        A bad line raises as it is reached; the hash and the row count are compared at the
        end of the member, before its last batch is yielded, so a consumer that applies
        batches inside a transaction rolls back whatever came before."""
        codec = codecs()[table]
        name = f"data/{table}.jsonl"
        entry = self.manifest.files[name]
        batch: list[dict[str, Any]] = []
        rows = 0
        decode, accept = codec.decode, codec.accept
        with _open_zip(self.path) as zf:
            for lineno, line in enumerate(_lines(_stream(zf, name, entry, self.limits), self.limits), 1):
                if not line:
                    continue
                try:
                    obj = orjson.loads(line)
                except orjson.JSONDecodeError:
                    raise RowError(f"{name} 第 {lineno} 行：不是有效的 JSON。") from None
                # The usual line is checked and decoded in one pass, with no message built.
                if (row := accept(obj)) is None:
                    row = decode(codec.check(obj, f"{name} 第 {lineno} 行"))
                batch.append(row)
                if len(batch) >= size:
                    rows += len(batch)
                    yield batch
                    batch = []
        rows += len(batch)
        _check_count(name, table, rows, entry, self.manifest)
        if batch:
            yield batch

    @contextmanager
    def open_blob(self, sha256: str) -> Iterator[IO[bytes]]:
        with _open_zip(self.path) as zf:
            try:
                with zf.open(f"blobs/{sha256}") as fh:
                    yield fh
            except _CORRUPT as exc:
                raise HashMismatchError(f"附件 {sha256[:12]}… 已损坏：{exc}") from None


def read_bundle(
    path: str | Path, resolve_key: KeyResolver, *, limits: Limits = DEFAULT_LIMITS,
    progress: ProgressFn | None = None, rows: bool = True,
) -> VerifiedBundle:
    """Verify everything about the bundle at `path`; raises only `BundleError`s
    (and `Cancelled` when `progress` raises it).

    `rows=False` leaves the data members' contents (step 5) to `VerifiedBundle.batches`;
    only a caller that consumes every table's batches inside one transaction may ask it.

    `progress` counts bytes of the members this call streams: `total` is 0 until
    the manifest is verified, then the sum of their sizes (attachments only when
    `rows=False`).
    """
    p = Path(path)
    try:
        return _read(p, resolve_key, limits, Meter(progress), rows)
    except BundleError:
        raise
    except FileNotFoundError:
        raise BundleFormatError(f"找不到同步包文件：{p}", code="E_BUNDLE_NOT_FOUND") from None
    except _CORRUPT as exc:
        raise BundleFormatError(f"同步包已损坏，无法读取（{type(exc).__name__}）。") from None


def _read(
    path: Path, resolve_key: KeyResolver, limits: Limits, meter: Meter, rows: bool
) -> VerifiedBundle:
    meter.report("正在读取同步包…")
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise TooLargeError(f"同步包文件过大（{size} 字节，上限 {limits.max_file_bytes}）。")
    with open(path, "rb") as fh:
        if fh.read(4) != ZIP_MAGIC:
            raise BundleFormatError("这不是同步包文件（文件头不是 ZIP）。")
    with _open_zip(path) as zf:
        infos = _check_directory(zf, limits)
        manifest_bytes = _read_small(zf, infos, MANIFEST, limits.max_manifest_bytes)
        sig_bytes = _read_small(zf, infos, SIGNATURE, 4096)
        manifest = parse_manifest(manifest_bytes)
        sig_key_id, sig = parse_signature(sig_bytes)
        public = resolve_key(manifest)
        verify_signature(public, manifest.key_id, sig_key_id, sig, manifest_bytes)
        _check_member_set(manifest, infos)
        meter.total = sum(e.size for n, e in manifest.files.items() if rows or not DATA_RE.match(n))
        meter.report("正在校验同步包…")
        n_blobs = sum(1 for n in manifest.files if BLOB_RE.match(n))
        blob_no = 0
        for name, entry in manifest.files.items():
            info = infos[name]
            if info.file_size != entry.size:
                raise HashMismatchError(f"成员 {name} 的大小与清单不符。")
            m = DATA_RE.match(name)
            if m is None:
                blob_no += 1
                label = f"正在校验附件 {blob_no}/{n_blobs}…"
                for chunk in _stream(zf, name, entry, limits):
                    meter.advance(len(chunk), label)
                if BLOB_RE.match(name) and name.rsplit("/", 1)[1] != entry.sha256:
                    raise HashMismatchError(f"附件 {name} 的名称与其哈希不符。")
                continue
            if rows:
                _check_rows(zf, name, entry, m.group(1), manifest, limits, meter)
    return VerifiedBundle(path, manifest, _file_sha256(path), limits, rows_checked=rows)


@contextmanager
def _open_zip(path: Path) -> Iterator[zipfile.ZipFile]:
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise BundleTruncatedError("同步包不完整或已损坏（找不到 ZIP 目录），可能是复制中断。") from None
    with zf:
        yield zf


def _check_directory(zf: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise TooLargeError(f"同步包成员过多（{len(infos)}，上限 {limits.max_members}）。")
    out: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        check_member_name(name)
        if name in out:
            raise UnsafeMemberError(f"同步包中成员 {name} 重复。")
        if info.flag_bits & 0x1:
            raise BundleFormatError(f"成员 {name} 被加密，不是本系统生成的同步包。")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleFormatError(f"成员 {name} 使用了不支持的压缩方式。")
        if info.file_size > limits.max_member_bytes:
            raise TooLargeError(f"成员 {name} 过大（{info.file_size} 字节）。")
        if info.file_size > limits.ratio_min_bytes and (
            info.compress_size == 0 or info.file_size / info.compress_size > limits.max_ratio
        ):
            raise TooLargeError(f"成员 {name} 的压缩比异常（疑似 ZIP 炸弹），已拒绝。")
        total += info.file_size
        if total > limits.max_total_bytes:
            raise TooLargeError("同步包解压后总大小超过上限。")
        out[name] = info
    return out


def check_member_name(name: str) -> None:
    """Refuse any name a bundle never contains, and every name that could escape a folder."""
    if (
        not name
        or name.startswith(("/", "\\"))
        or "\\" in name
        or "\x00" in name
        or (len(name) > 1 and name[1] == ":")
        or any(part in ("", ".", "..") for part in name.split("/"))
    ):
        raise UnsafeMemberError(f"同步包含有不安全的成员名：{name!r}。")
    if name in (MANIFEST, SIGNATURE) or DATA_RE.match(name) or BLOB_RE.match(name):
        return
    raise UnsafeMemberError(f"同步包含有意外的成员：{name!r}。")


def _read_small(zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], name: str, cap: int) -> bytes:
    if name not in infos:
        raise BundleFormatError(f"同步包缺少 {name}。")
    with zf.open(infos[name]) as fh:
        data = fh.read(cap + 1)
    if len(data) > cap:
        raise TooLargeError(f"{name} 过大。")
    return data


def _check_member_set(manifest: Manifest, infos: dict[str, zipfile.ZipInfo]) -> None:
    present = set(infos) - {MANIFEST, SIGNATURE}
    listed = set(manifest.files)
    for name in sorted(listed):
        check_member_name(name)
        if name in (MANIFEST, SIGNATURE):
            raise UnsafeMemberError(f"清单不能列出 {name}。")
        if DATA_RE.match(name) and DATA_RE.match(name).group(1) not in codecs():  # type: ignore[union-attr]
            raise BundleFormatError(f"同步包含有本程序不认识的数据表：{name}。")
    if added := sorted(present - listed):
        raise MemberSetError(f"同步包中有清单未列出的成员：{added[0]}（可能被篡改）。")
    if missing := sorted(listed - present):
        raise MemberSetError(f"清单列出的成员 {missing[0]} 不在同步包中（文件不完整或被篡改）。")


def _stream(zf: zipfile.ZipFile, name: str, entry: FileEntry, limits: Limits) -> Iterator[bytes]:
    """A member's bytes in chunks, capped at its signed size, then hash-checked."""
    digest = hashlib.sha256()
    total = 0
    cap = min(entry.size, limits.max_member_bytes)
    try:
        with zf.open(name) as fh:
            while chunk := fh.read(CHUNK):
                total += len(chunk)
                if total > cap:
                    raise TooLargeError(f"成员 {name} 解压后超过清单记录的大小。")
                digest.update(chunk)
                yield chunk
    except _CORRUPT as exc:
        raise HashMismatchError(f"成员 {name} 已损坏（{exc}）。") from None
    if total != entry.size or digest.hexdigest() != entry.sha256:
        raise HashMismatchError(f"成员 {name} 的 SHA-256 或大小与清单不符（已损坏或被篡改）。")


def _lines(chunks: Iterator[bytes], limits: Limits) -> Iterator[bytes]:
    rest = b""
    for chunk in chunks:
        parts = (rest + chunk).split(b"\n")
        rest = parts.pop()
        if len(rest) > limits.max_line_bytes:
            raise RowError("数据行过长。")
        yield from parts
    if rest:
        yield rest


def _parse_line(codec: TableCodec, line: bytes, member: str, lineno: int) -> dict[str, Any]:
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError:
        raise RowError(f"{member} 第 {lineno} 行：不是有效的 JSON。") from None
    if codec.passes(obj):  # the usual line: no message to build, nothing to fill in
        return cast(dict[str, Any], obj)
    return codec.check(obj, f"{member} 第 {lineno} 行")


def _check_rows(
    zf: zipfile.ZipFile, name: str, entry: FileEntry, table: str, manifest: Manifest,
    limits: Limits, meter: Meter,
) -> None:
    codec = codecs()[table]
    rows = 0
    label = f"正在校验数据表 {table}…"

    def counted(chunks: Iterator[bytes]) -> Iterator[bytes]:
        # One report per chunk (1 MiB), after its lines were checked.
        for chunk in chunks:
            yield chunk
            meter.advance(len(chunk), label)

    for lineno, line in enumerate(_lines(counted(_stream(zf, name, entry, limits)), limits), 1):
        if line:
            _parse_line(codec, line, name, lineno)
            rows += 1
    _check_count(name, table, rows, entry, manifest)


def _check_count(name: str, table: str, rows: int, entry: FileEntry, manifest: Manifest) -> None:
    if rows != entry.rows or rows != manifest.row_counts.get(table):
        raise RowError(f"{name} 的行数（{rows}）与清单不符。")


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()

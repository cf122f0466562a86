"""A database's device identity: where its key lives, loading it, and what is wrong with it.

The key belongs to the database (docs/identity.md): `<file>.keys/` beside a
SQLite file, or a folder named for a server URL. `create_key` runs at `init`
only. Every signing path calls `load_key`, which never makes a key: a missing
key, a key that is not the one registered for this database's device, or a key
another database in the same folder also holds, is an `IdentityError` saying how
to recover.

Databases made before identity belonged to a database kept their key in
`<folder>/keys/`, shared by every database of the folder. When such a database
is opened, the shared key is copied into its own key dir if it is the key
registered for its device (`adopt_legacy_key`); beside the key an
`identity.json` names the database and device, so that two databases of one
folder holding the same key are found (`shared_with`). The first owner is the
one whose device was made first (device ids are UUIDv7, time-ordered); the
other is told to split (`split_identity`: a new key, then re-enrolment).
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

import orjson

from inspector import keys
from inspector.errors import InspectorError
from inspector.storage import Database

IDENTITY_FILE = "identity.json"


class IdentityError(InspectorError):
    code = "E_KEY"


@dataclass(frozen=True)
class Registered:
    """The device this database says it is: id, code and the key id it registered."""

    device_id: str
    code: str
    key_id: str
    role: str


def registered(db: Database) -> Registered | None:
    from inspector.devices import this_device

    info = this_device(db)
    if info is None:
        return None
    return Registered(info.id, info.code, info.key_id, info.role)


def key_dir(db: Database) -> Path:
    if db.key_dir is None:
        raise IdentityError(
            f"数据库 {db.engine.url.render_as_string(hide_password=True)} 没有文件可推出设备密钥的位置。"
            "请用环境变量 INSPECTOR_KEY_DIR 指定本数据库专用的密钥文件夹。",
            code="E_KEY_DIR_UNSET",
        )
    return db.key_dir


def _recover_hint(db: Database) -> str:
    return (
        "本程序不会自动生成新密钥（新密钥会让已出具的指令书和局端登记失效）。"
        f"恢复办法：从备份把密钥文件放回 {key_dir(db)}；或运行 inspector keys split 为本数据库"
        "生成新密钥，再重新登记（inspector keys export 导出新公钥，交局端核对指纹后登记）。"
    )


def create_key(db: Database) -> keys.DeviceKey:
    """The key for `init`: made once; a key already in place (an interrupted init) is kept."""
    path = keys.key_path(key_dir(db))
    if path.exists():
        return keys.load(path)
    return keys.create(key_dir(db))


def load_key(db: Database) -> keys.DeviceKey:
    """This database's signing key, checked against its registered device. Never creates one."""
    me = registered(db)
    if me is None:
        raise IdentityError("数据库尚未初始化，请先运行 inspector init。", code="E_NOT_INITIALIZED")
    adopt_legacy_key(db, me)
    path = keys.key_path(key_dir(db))
    if not path.exists():
        raise IdentityError(f"本数据库的设备密钥 {path} 不存在。" + _recover_hint(db),
                            code="E_KEY_MISSING")
    key = keys.load(path)
    if key.key_id != me.key_id:
        raise IdentityError(
            f"密钥文件 {path}（指纹 {keys.fingerprint_display(key.key_id)}）不是本数据库设备 "
            f"{me.code} 登记的密钥（{keys.fingerprint_display(me.key_id)}）。" + _recover_hint(db),
            code="E_KEY_MISMATCH",
        )
    if (other := shared_with(db, me)) is not None:
        raise IdentityError(shared_message(db, me, other), code="E_KEY_SHARED")
    return key


def adopt_legacy_key(db: Database, me: Registered) -> None:
    """Copy the folder's old shared key into this database's key dir when it is this device's."""
    if db.key_dir is None or not db.is_sqlite:
        return
    own = keys.key_path(db.key_dir)
    legacy = keys.legacy_key_path(db.data_dir)
    if not own.exists() and legacy.exists():
        key = keys.load(legacy)
        if key.key_id == me.key_id:
            keys.copy_key(key, db.key_dir)
    if own.exists():
        _write_identity(db, me)


def _write_identity(db: Database, me: Registered) -> None:
    assert db.key_dir is not None
    doc = {"database": Path(db.engine.url.database or "").name, "device_id": me.device_id,
           "code": me.code, "key_id": me.key_id}
    path = db.key_dir / IDENTITY_FILE
    try:
        if path.exists() and orjson.loads(path.read_bytes()) == doc:
            return
    except orjson.JSONDecodeError:
        pass
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(orjson.dumps(doc, option=orjson.OPT_SORT_KEYS) + b"\n")
    os.replace(tmp, path)


@dataclass(frozen=True)
class Sharer:
    database: str
    device_id: str
    code: str


def shared_with(db: Database, me: Registered) -> Sharer | None:
    """Another database of this folder holding the same key and made first, if any."""
    if db.key_dir is None or not db.is_sqlite:
        return None
    first: Sharer | None = None
    for doc_path in sorted(db.data_dir.glob(f"*{keys.KEY_DIR_SUFFIX}/{IDENTITY_FILE}")):
        if doc_path.parent == db.key_dir:
            continue
        try:
            doc = orjson.loads(doc_path.read_bytes())
        except (OSError, orjson.JSONDecodeError):
            continue
        if not isinstance(doc, dict) or doc.get("key_id") != me.key_id:
            continue
        other = str(doc.get("device_id", ""))
        if other and other < me.device_id and (first is None or other < first.device_id):
            first = Sharer(str(doc.get("database", "")), other, str(doc.get("code", "")))
    return first


def shared_message(db: Database, me: Registered, other: Sharer) -> str:
    return (
        f"本数据库（设备 {me.code}）与同一文件夹中的数据库 {other.database}（设备 {other.code}）"
        f"共用同一把设备密钥（指纹 {keys.fingerprint_display(me.key_id)}），后者先使用该密钥。"
        "请运行 inspector keys split 为本数据库生成新密钥，再重新登记："
        "inspector keys export 导出新公钥，交局端核对指纹后登记（devices trust CODE --key FILE --replace-key）。"
    )


def problem_on_open(db: Database) -> InspectorError | None:
    """What is wrong with this database's identity (None if nothing), checked when it is opened."""
    me = registered(db)
    if me is None:
        return None
    try:
        load_key(db)
    except IdentityError as exc:
        return exc
    return None


SPLITTABLE = ("E_KEY_SHARED", "E_KEY_MISSING", "E_KEY_MISMATCH")
"""Identity problems `split_identity` recovers from (a new key, then re-enrolment)."""


@dataclass(frozen=True)
class IdentityStatus:
    """What the settings screen shows: this database's device, its registered key and,
    when something is wrong with it, the error and whether splitting recovers."""

    device_code: str
    role: str
    fingerprint: str
    problem_code: str = ""
    problem: str = ""

    @property
    def splittable(self) -> bool:
        return self.problem_code in SPLITTABLE


def identity_status(db: Database) -> IdentityStatus | None:
    """None for a database not initialised yet."""
    me = registered(db)
    if me is None:
        return None
    status = IdentityStatus(me.code, me.role, keys.fingerprint_display(me.key_id))
    if (exc := problem_on_open(db)) is not None:
        return dataclasses.replace(status, problem_code=exc.code, problem=exc.message)
    return status


def reenrol_advice(new: Registered) -> str:
    """What to do after `split_identity`, in words for the person at the keyboard."""
    shown = keys.fingerprint_display(new.key_id)
    if new.role == "office":
        return (f"局端密钥已更换（新指纹 {shown}）。每台外勤电脑须重新登记局端公钥："
                "inspector keys export 导出新公钥，外勤电脑 enroll --office-key FILE --replace "
                f"--confirm-fingerprint（核对指纹 {shown}）。")
    return (f"请重新登记：用 keys export 导出新公钥，交局端核对指纹 {shown} 后登记"
            "（局端未登记过本设备：导入时 --trust-new-device；已登记：devices trust "
            f"{new.code} --key FILE --replace-key --confirm-fingerprint FP）。")


def derived_code(key_id: str) -> str:
    """A field device's default code: 12 hex digits of its key id (48 bits; at 10,000
    devices the chance that any two collide is about 2 in 10 million), and the office
    refuses a code it already holds rather than merge two devices."""
    return f"F{key_id[:12].upper()}"


def split_identity(db: Database, *, actor: str = "") -> Registered:
    """Give this database a new key. A database that shared its key also shared the code
    derived from it, so it gets a new derived code too; one that lost its key keeps its
    code, so that the office re-enrols the device it knows (`trust_device(replace=True)`).

    The old key file is kept beside, renamed, never deleted: orders it signed stay verifiable.
    """
    from sqlalchemy import select

    from inspector.audit import record
    from inspector.domain.registry import Device

    me = registered(db)
    if me is None:
        raise IdentityError("数据库尚未初始化，请先运行 inspector init。", code="E_NOT_INITIALIZED")
    shared = shared_with(db, me) is not None
    folder = key_dir(db)
    path = keys.key_path(folder)
    if path.exists():
        os.replace(path, path.with_name(f"{keys.KEY_FILENAME}.replaced-{me.key_id}"))
    key = keys.create(folder)
    with db.uow() as s:
        dev = s.scalar(select(Device).where(Device.id == me.device_id))
        assert dev is not None
        old_code = dev.code
        if shared and dev.code in (derived_code(me.key_id), f"F{me.key_id[:4].upper()}"):
            dev.code = derived_code(key.key_id)
        dev.public_key, dev.key_id = key.public_b64, key.key_id
        record(s, "device.rekey", "device", dev.id,
               {"old_key_id": me.key_id, "key_id": key.key_id, "old_code": old_code,
                "code": dev.code}, actor=actor)
        code = dev.code
    new = Registered(me.device_id, code, key.key_id, me.role)
    _write_identity(db, new)
    return new

"""Opening a database: migrate (after a backup), bind sessions, know this device.

`Database` is the facade the CLI and the UI hold. Sessions are created with
`expire_on_commit=False` so that values read in a worker thread stay usable
after the transaction ends; ORM objects still never cross into `ui/`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from inspector.errors import StorageError
from inspector.storage import migrate
from inspector.storage.engine import make_engine
from inspector.storage.errors import check_database_file, mapped_errors
from inspector.storage.schema import SCHEMA_HEAD
from inspector.storage.session import DEVICE_ID_KEY, WriteRules, install_hooks

KEY_DIR_ENV = "INSPECTOR_KEY_DIR"


class Database:
    """One open database. Thread-safe to share; each `uow()` is its own session."""

    def __init__(
        self, url: str, engine: Engine, data_dir: Path, key_dir: Path | None = None, *,
        rules: WriteRules,
    ) -> None:
        self.url = url
        self.engine = engine
        self.data_dir = data_dir
        # Where this database's device key lives (inspector.identity): derived from
        # the database file, or named for a server URL; None when not named.
        self.key_dir = key_dir
        # The areas' write rules, as the layer above listed them: they hold for every
        # session this database makes (a copy that must obey them passes them on).
        self.rules = rules
        self._factory = sessionmaker(bind=engine, expire_on_commit=False)
        install_hooks(self._factory, self.rules)
        self._device_id: str | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def device_id(self) -> str | None:
        """This install's device id (None until `init`)."""
        if self._device_id is None:
            self._device_id = self.local_values(DEVICE_ID_KEY).get(DEVICE_ID_KEY)
        return self._device_id

    def local_values(self, *keys: str) -> dict[str, str]:
        """The `local_state` values of `keys` that are set, read in one plain query.

        Plain SQL, not the ORM: a start reads only these facts, and mapping their
        table and compiling an ORM query first cost more than the read (issue #14).
        Writes to `local_state` still go through sessions and their rules.
        """
        names = {f"k{i}": key for i, key in enumerate(keys)}
        query = text("SELECT key, value FROM local_state WHERE key IN "
                     f"({', '.join(':' + n for n in names)})")
        with self.engine.connect() as conn:
            return {str(k): str(v) for k, v in conn.execute(query, names)}

    def forget_device(self) -> None:
        self._device_id = None

    def session(self) -> Session:
        """A session for reading. Use `uow()` for anything that writes."""
        s = self._factory()
        s.info["device_id"] = self.device_id
        return s

    @contextmanager
    def uow(self) -> Iterator[Session]:
        """The unit of work: begin, yield, commit; roll back on any exception."""
        s = self.session()
        try:
            with s.begin():
                yield s
        finally:
            s.close()

    def dispose(self) -> None:
        self.engine.dispose()


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def open_database(
    target: str | Path, *, rules: WriteRules, migrate_to_head: bool = True,
    key_dir: str | Path | None = None, data_dir: Path | None = None,
) -> Database:
    """Open (creating if needed) the database at a file path or SQLAlchemy URL.

    `rules` are the write rules every session obeys. Storage knows no business
    area, so it has no default: the app opens its database through
    `inspector.appdb.open_app_database`, which passes every area's rules.

    A SQLite file behind head is backed up, then upgraded; one from a newer
    program is refused with both versions named (nothing is touched). A server
    database (PostgreSQL) is upgraded in place (the server's own backups apply);
    its blobs live in `data_dir`, which a server URL has no folder to imply.

    The device identity belongs to the database: its key dir is `key_dir`, else
    `<file>.keys/` beside a SQLite file. A server URL has no file to derive it
    from, so it must be named (`key_dir`, `$INSPECTOR_KEY_DIR`, or `data_dir`'s
    `keys/`); the variable is never used for a file, or every file would share
    one identity again.
    """
    text = str(target)
    path = _sqlite_path(text)
    url = text if "://" in text or path is None else sqlite_url(path)
    if path is not None:
        _prepare_file(path, url, migrate_to_head=migrate_to_head)
        data_dir = path.parent
        keys_at: Path | None = Path(key_dir) if key_dir else path.with_name(path.name + ".keys")
    else:
        named = key_dir or os.environ.get(KEY_DIR_ENV)
        if named:
            keys_at = Path(named).expanduser().resolve()
        else:
            keys_at = (Path(data_dir) / "keys") if data_dir is not None else None
        data_dir = Path(data_dir) if data_dir is not None else Path.cwd()
    engine = make_engine(url)
    if path is None:
        # make_engine chose the driver (postgresql:// means psycopg 3 here): migrate
        # through the same URL, and never print the password.
        url = engine.url.render_as_string(hide_password=False)
        shown = engine.url.render_as_string(hide_password=True)
        rev = migrate.current_revision(engine, shown)
        migrate.check_not_newer(rev, shown)
        if migrate_to_head and rev != SCHEMA_HEAD:
            migrate.upgrade(url)
    return Database(url, engine, data_dir, keys_at, rules=rules)


def _sqlite_path(text: str) -> Path | None:
    """The SQLite file a target names (a plain path or a sqlite:/// URL); None for a server."""
    if "://" not in text:
        return Path(text).expanduser().resolve()
    parsed = make_url(text)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        return Path(parsed.database)
    return None


def _prepare_file(path: Path, url: str, *, migrate_to_head: bool) -> None:
    """Make the folder, check the file, and upgrade it after a backup when it is behind."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"无法创建数据目录 {path.parent}：{exc}", code="E_DATA_DIR") from exc
    check_database_file(path)
    with mapped_errors(path):
        rev = migrate.sqlite_revision(path)
        migrate.check_not_newer(rev, str(path))
        if migrate_to_head and rev != SCHEMA_HEAD:
            if rev is not None:
                migrate.backup_sqlite(path, rev)
            migrate.upgrade(url)

"""`inspector demo --if-empty` answered without SQLAlchemy when the database has sites.

`packaging/dev app` runs it before every launch. The full path imports SQLAlchemy
(and Alembic when a migration is due) just to learn that a site exists — about
half a second of a start that should be instant. Here the standard library's
sqlite3 asks one cheap question; anything unusual (no file, not initialized, a URL,
an option this parser does not know) returns None and the normal path decides.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def _db_arg(argv: Sequence[str]) -> tuple[str | None, list[str]] | None:
    """(--db value or None, the remaining words); None when the words are not understood."""
    rest: list[str] = []
    db: str | None = None
    it = iter(argv)
    for word in it:
        if word == "--db":
            db = next(it, None)
            if db is None:
                return None
        elif word.startswith("--db="):
            db = word.split("=", 1)[1]
        else:
            rest.append(word)
    return db, rest


def demo_if_empty(argv: Sequence[str]) -> int | None:
    """Exit code 0 when `demo --if-empty` would skip; None to take the full path."""
    parsed = _db_arg(argv)
    if parsed is None:
        return None
    db, rest = parsed
    if not rest or rest[0] != "demo" or "--if-empty" not in rest:
        return None
    if any(w not in ("--if-empty", "--json") and not w.startswith(("--sites", "--seed"))
           and not w.isdigit() for w in rest[1:]):
        return None
    if db is not None and "://" in db:
        return None
    from inspector.paths import default_db_path
    from inspector.queries.fast_open import open_readonly

    con = open_readonly(Path(db).expanduser() if db else default_db_path())
    if con is None:
        return None
    try:
        has_site = con.execute("SELECT 1 FROM site LIMIT 1").fetchone() is not None
    except Exception:  # any surprise: let the full path open (and report) it
        return None
    finally:
        con.close()
    if not has_site:
        return None
    if "--json" in rest:
        sys.stdout.write('{\n  "skipped": true,\n  "counts": {}\n}\n')
    else:
        print("数据库已有数据，未生成演示数据。")
    return 0

"""Built-in checklist templates: read from resources/checklists, installed once per version.

A built-in template version is the same row on every device: its ids are UUIDv5 of
(code, version[, item code]) and its version ids are derived from those ids, so
bundles between devices find identical versions ("unchanged"), never a clash on
(code, version). Built-in rows carry `change_seq = 0`: they are nobody's local
change and are never exported as one.

A correction is a new version (`version` + 1), never an edit of a released one:
devices that installed the old content would keep it under the same ids. The
released file moves to resources/checklists/superseded/ unchanged and is still
installed, so inspections and bundles made with it keep their items on every
device; new inspections use the newest version.

An item's `legal_note` says why it cites what it cites (for the reviewing 法制科);
it stays in the file and is not stored in the database.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import select

from inspector.checklists.legal import catalogue
from inspector.domain.checklists import (
    ANSWER_TYPES,
    DUTY_HOLDERS,
    TEMPLATE_KINDS,
    ChecklistTemplate,
    TemplateItem,
)
from inspector.errors import ValidationError
from inspector.paths import resources_dir
from inspector.storage import Database
from inspector.storage.bulk import insert_rows


def builtin_template_files() -> list[Path]:
    """Superseded versions first, then the current ones (install order = version order)."""
    root = resources_dir() / "checklists"
    return sorted((root / "superseded").glob("*.json")) + sorted(root.glob("*.json"))


def read_template(path: Path) -> dict[str, Any]:
    """Parse and check one template file (the only parser of that format)."""
    data = orjson.loads(path.read_bytes())
    if data.get("format") != "checklist-template":
        raise ValidationError(f"{path.name} 不是检查表模板文件。", code="E_TEMPLATE_FORMAT")
    if data.get("kind") not in TEMPLATE_KINDS:
        raise ValidationError(f"{path.name}：未知的检查表类别 {data.get('kind')}。")
    arts = catalogue()
    codes: set[str] = set()
    for item in data["items"]:
        if item["code"] in codes:
            raise ValidationError(f"{path.name}：检查项编号 {item['code']} 重复。")
        codes.add(item["code"])
        if item["answer_type"] not in ANSWER_TYPES:
            raise ValidationError(f"{path.name} {item['code']}：未知答案类型。")
        if item["duty_holder"] not in DUTY_HOLDERS:
            raise ValidationError(f"{path.name} {item['code']}：未知责任主体。")
        if not isinstance(item.get("legal_note", ""), str):
            raise ValidationError(f"{path.name} {item['code']}：法律说明应为文字。")
        for ref in item["duty_articles"] + item["penalty_articles"]:
            if ref not in arts:
                raise ValidationError(f"{path.name} {item['code']}：法条 {ref} 不在目录中。")
    return data


_BUILTIN_NS = uuid.UUID("3b8f0f4e-1d7a-4c1e-8f59-5a0f6f3d2c71")
_BUILTIN_TIME = datetime(2026, 1, 1)


def builtin_id(code: str, version: int, item_code: str | None = None) -> str:
    name = f"{code}:{version}" + (f":{item_code}" if item_code else "")
    return str(uuid.uuid5(_BUILTIN_NS, name))


def _builtin_meta(row_id: str, values: dict[str, Any]) -> dict[str, Any]:
    return {**values, "id": row_id, "rev": 1,
            "version_id": hashlib.sha256(f"builtin:{row_id}".encode()).hexdigest()[:24],
            "base_version": None, "updated_at": _BUILTIN_TIME, "origin_device": None,
            "tombstone": False, "change_seq": 0}


def install_builtin_templates(db: Database) -> int:
    """Insert each built-in template version that is not in the database yet."""
    added = 0
    for path in builtin_template_files():
        data = read_template(path)
        with db.uow() as s:
            exists = s.scalar(
                select(ChecklistTemplate.id).where(
                    ChecklistTemplate.code == data["code"],
                    ChecklistTemplate.version == data["version"],
                )
            )
            if exists:
                continue
            tpl_id = builtin_id(data["code"], data["version"])
            insert_rows(s, ChecklistTemplate, [_builtin_meta(tpl_id, {
                "code": data["code"], "version": data["version"], "name": data["name"],
                "kind": data["kind"], "description": data.get("description", ""),
            })])
            rows = [
                {
                    "id": builtin_id(data["code"], data["version"], item["code"]),
                    "template_id": tpl_id, "position": pos,
                    "code": item["code"], "category": item["category"], "text": item["text"],
                    "guidance": item.get("guidance", ""), "answer_type": item["answer_type"],
                    "options": orjson.dumps(item.get("options", [])).decode(),
                    "evidence_required": bool(item["evidence_required"]),
                    "duty_holder": item["duty_holder"],
                    "violation_text": item["violation_text"],
                    "duty_articles": orjson.dumps(item["duty_articles"]).decode(),
                    "penalty_articles": orjson.dumps(item["penalty_articles"]).decode(),
                    "requirement": item["requirement"], "deadline_days": item["deadline_days"],
                }
                for pos, item in enumerate(data["items"], start=1)
            ]
            insert_rows(s, TemplateItem,
                        [_builtin_meta(r.pop("id"), r) for r in rows])
            added += 1
    return added

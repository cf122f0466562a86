"""Built-in checklist templates: read from resources/checklists, installed once per version."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import insert, select

from inspector.checklists.legal import catalogue
from inspector.domain.checklists import (
    ANSWER_TYPES,
    DUTY_HOLDERS,
    TEMPLATE_KINDS,
    ChecklistTemplate,
    TemplateItem,
)
from inspector.errors import ValidationError
from inspector.ids import uuid7
from inspector.paths import resources_dir
from inspector.storage import Database
from inspector.storage.session import stamp_new_rows


def builtin_template_files() -> list[Path]:
    return sorted((resources_dir() / "checklists").glob("*.json"))


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
        for ref in item["duty_articles"] + item["penalty_articles"]:
            if ref not in arts:
                raise ValidationError(f"{path.name} {item['code']}：法条 {ref} 不在目录中。")
    return data


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
            tpl = ChecklistTemplate(
                id=uuid7(), code=data["code"], version=data["version"], name=data["name"],
                kind=data["kind"], description=data.get("description", ""),
            )
            s.add(tpl)
            s.flush()
            rows = [
                {
                    "id": uuid7(), "template_id": tpl.id, "position": pos,
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
            s.execute(insert(TemplateItem), stamp_new_rows(s, rows))
            added += 1
    return added

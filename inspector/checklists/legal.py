"""The legal-basis catalogue: article id → law, article, paragraph, item, short text.

Sentences in orders are generated from these ids ("违反了《…》第×条的规定"), so
wording lives in resources/legal/articles.json, not in code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import orjson

from inspector.errors import NotFoundError
from inspector.paths import resources_dir


@dataclass(frozen=True)
class Article:
    id: str
    law: str
    article: str
    paragraph: str
    item: str
    text: str

    def cite(self, *, with_paragraph: bool = True) -> str:
        """《保障农民工工资支付条例》第五十五条第（一）项"""
        para = self.paragraph if with_paragraph else ""
        return f"《{self.law}》{self.article}{para}{self.item}"


@cache
def catalogue() -> dict[str, Article]:
    data = orjson.loads((resources_dir() / "legal" / "articles.json").read_bytes())
    return {a["id"]: Article(**a) for a in data["articles"]}


def article(article_id: str) -> Article:
    try:
        return catalogue()[article_id]
    except KeyError:
        raise NotFoundError(f"法条目录中没有 {article_id}。", code="E_ARTICLE") from None


def cite_many(ids: list[str]) -> str:
    """Join citations, naming each law once: 《A》第一条、第二条及《B》第三条."""
    groups: dict[str, list[str]] = {}
    for art in (article(i) for i in ids):
        part = f"{art.article}{art.paragraph}{art.item}"
        parts = groups.setdefault(art.law, [])
        if part not in parts:
            parts.append(part)
    return "及".join(f"《{law}》" + "、".join(parts) for law, parts in groups.items())

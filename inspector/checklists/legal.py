"""The legal-basis catalogue: article id → law, article, paragraph, item, text, status.

Sentences in orders are generated from these ids ("违反了《…》第×条的规定"), so
wording lives in resources/legal/articles.json, not in code. Each entry says how
far its text can be trusted (`status`, see STATUSES) and whether the provision
itself sanctions a failure to rectify (`sanction`): an article that only
empowers 责令改正 (劳动保障监察条例第二十四条) must not be promised as the
consequence of an overdue order.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import orjson

from inspector.errors import NotFoundError
from inspector.paths import resources_dir

STATUSES = ("原文", "节选", "未核实")
"""原文: the whole provision as quoted in DOMAIN.md; 节选: verbatim from that quote with
"……" where text is left out; 未核实: not quoted there (from memory) — the office must
check it against the official text before relying on it, and may edit the file."""


@dataclass(frozen=True)
class Article:
    id: str
    law: str
    article: str
    paragraph: str
    item: str
    text: str
    status: str = "未核实"
    sanction: bool = False

    def cite(self, *, with_paragraph: bool = True) -> str:
        """《保障农民工工资支付条例》第五十五条第（一）项"""
        para = self.paragraph if with_paragraph else ""
        return f"《{self.law}》{self.article}{para}{self.item}"

    @property
    def provision(self) -> str:
        """第五十五条第（一）项 — the citation without the law's name."""
        return f"{self.article}{self.paragraph}{self.item}"


@cache
def catalogue() -> dict[str, Article]:
    data = orjson.loads((resources_dir() / "legal" / "articles.json").read_bytes())
    return {a["id"]: Article(**a) for a in data["articles"]}


def article(article_id: str) -> Article:
    try:
        return catalogue()[article_id]
    except KeyError:
        raise NotFoundError(f"法条目录中没有 {article_id}。", code="E_ARTICLE") from None


def join_laws(groups: dict[str, list[str]]) -> str:
    """《A》第一条、第二条及《B》第三条; with three laws 《A》…、《B》…及《C》… (one 及)."""
    cited = [f"《{law}》" + "、".join(parts) for law, parts in groups.items()]
    return "及".join(["、".join(cited[:-1]), cited[-1]]) if len(cited) > 1 else "".join(cited)


def cite_many(ids: list[str]) -> str:
    """Join citations, naming each law once: 《A》第一条、第二条及《B》第三条."""
    groups: dict[str, list[str]] = {}
    for art in (article(i) for i in ids):
        parts = groups.setdefault(art.law, [])
        if art.provision not in parts:
            parts.append(art.provision)
    return join_laws(groups)


def citation(ids: list[str]) -> str:
    """What a person reads for a list of article ids, e.g. 《保障农民工工资支付条例》第二十六条.

    For screens and lists: never raises. An id the catalogue does not know (a row
    synced from a newer catalogue) is shown as itself, marked, rather than hidden.
    """
    known = [i for i in ids if i in catalogue()]
    unknown = [f"{i}（法条目录中无此条）" for i in ids if i not in catalogue()]
    return "、".join(([cite_many(known)] if known else []) + unknown) or "—"

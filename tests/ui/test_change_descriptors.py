"""Every kind of change that a write announces has a screen that reacts to it, and back.

The check reads the tree: a `Change.X` inside a `subscribe(...)` call is handled,
any other `Change.X` in ui/ or inspector/ is sent (ops declare their kinds beside
the core call). Listening past `subscribe` would hide a handler from the check, so
it is refused too.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import QWidget

from inspector.changes import EVERYTHING, Change
from ui.changes import subscribe

ROOT = Path(__file__).resolve().parents[2]
DEFINITION = ROOT / "inspector" / "changes.py"
SUBSCRIBE_MODULE = ROOT / "ui" / "changes.py"


@dataclass
class Usage:
    sent: set[str] = field(default_factory=set)
    handled: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)


def _kind(node: ast.AST) -> str | None:
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
            and node.value.id == "Change":
        return node.attr
    return None


def _is_call_to(node: ast.AST, name: str) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (isinstance(func, ast.Name) and func.id == name) or \
        (isinstance(func, ast.Attribute) and func.attr == name)


def scan(source: str, where: str, usage: Usage) -> None:
    """Add the kinds `source` sends and handles to `usage`."""
    tree = ast.parse(source)
    in_subscribe: set[int] = set()
    for node in ast.walk(tree):
        if _is_call_to(node, "subscribe"):
            assert isinstance(node, ast.Call)
            kinds = node.args[2] if len(node.args) > 2 else None
            if not isinstance(kinds, ast.Set | ast.List | ast.Tuple) or \
                    not all(_kind(e) for e in kinds.elts):
                usage.problems.append(f"{where}:{node.lineno}: name the Change kinds in the "
                                      "subscribe call itself")
                continue
            for element in kinds.elts:
                in_subscribe.add(id(element))
                usage.handled.add(_kind(element) or "")
        if _is_call_to(node, "connect") and isinstance(node, ast.Call) and \
                isinstance(node.func, ast.Attribute) and \
                isinstance(node.func.value, ast.Attribute) and \
                node.func.value.attr == "operation_did_execute":
            usage.problems.append(f"{where}:{node.lineno}: listen through ui.changes.subscribe")
    for node in ast.walk(tree):
        name = _kind(node)
        if name is not None and id(node) not in in_subscribe:
            usage.sent.add(name)


def tree_usage() -> Usage:
    usage = Usage()
    for package in ("ui", "inspector"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if path in (DEFINITION, SUBSCRIBE_MODULE):
                continue
            scan(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)), usage)
    return usage


def test_every_sent_kind_is_handled_and_every_handled_kind_is_sent() -> None:
    usage = tree_usage()
    assert usage.problems == []
    kinds = {c.name for c in Change}
    assert usage.sent - usage.handled == set(), "announced, but no screen subscribes"
    assert usage.handled - usage.sent == set(), "subscribed to, but no write announces it"
    assert usage.sent - kinds == set(), "not a Change member"
    assert kinds - usage.sent == set(), "a Change member nothing uses"


def test_the_check_catches_a_kind_sent_to_nobody_and_one_listened_for_in_vain() -> None:
    # The strings the screens used before the kinds were typed: "findings" was sent
    # and nobody listened; the sites list listened for "employers", which nothing sent.
    usage = Usage()
    scan('write(parent, op, Change.INSPECTIONS, Change.FINDINGS)\n'
         'subscribe(ctx, self, {Change.EMPLOYERS, Change.INSPECTIONS}, self._on_changes)\n',
         "old.py", usage)
    assert usage.sent - usage.handled == {"FINDINGS"}
    assert usage.handled - usage.sent == {"EMPLOYERS"}


def test_the_check_refuses_listening_around_subscribe() -> None:
    usage = Usage()
    scan("kinds = {Change.SITES}\nsubscribe(ctx, self, kinds, slot)\n"
         "ctx.signals.operation_did_execute.connect(self._on_changes)\n", "old.py", usage)
    assert usage.problems == [
        "old.py:2: name the Change kinds in the subscribe call itself",
        "old.py:3: listen through ui.changes.subscribe",
    ]


def test_a_subscriber_hears_only_its_kinds_and_not_after_it_is_gone(ctx, qtbot) -> None:
    orders, sites = QWidget(), QWidget()
    heard: list[tuple[str, object]] = []
    subscribe(ctx, orders, {Change.ORDERS}, lambda ch, who: heard.append(("orders", who)))
    subscribe(ctx, sites, {Change.SITES}, lambda ch, who: heard.append(("sites", who)))
    ctx.signals.operation_did_execute.emit(frozenset({Change.ORDERS, Change.NUMBERS}), orders)
    assert heard == [("orders", orders)]
    heard.clear()
    sites.deleteLater()
    qtbot.waitUntil(lambda: not _alive(sites))
    ctx.signals.operation_did_execute.emit(EVERYTHING, None)
    assert heard == [("orders", None)]


def _alive(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)

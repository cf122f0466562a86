"""Screens reach each other through `ui.navigation.Navigator`, so the UI's imports form no circle.

Every import counts here, also those only for typing and those inside functions:
a circle "only for typing" is still a circle a reader has to untangle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ui.navigation import Navigator
from ui.screens.home import HomeScreen
from ui.screens.inspection import InspectionScreen
from ui.screens.order import OrderScreen
from ui.screens.settings import SettingsScreen
from ui.screens.sites import SitesScreen

ROOT = Path(__file__).resolve().parents[2]
# The entry points (the app's main and its --self-test) are not part of the screens' graph.
ENTRY_POINTS = {"ui.app", "ui.selftest"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(tree: ast.AST, known: set[str]) -> set[str]:
    """The `known` modules that `tree` imports (absolute imports: the house style)."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                found.add(full if full in known else node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found & known


def ui_graph() -> dict[str, set[str]]:
    paths = {_module_name(p): p for p in (ROOT / "ui").rglob("*.py")}
    known = set(paths) - ENTRY_POINTS
    return {name: _imports(ast.parse(paths[name].read_text(encoding="utf-8")), known) - {name}
            for name in sorted(known)}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import circles: each path from a module back to itself, found once."""
    found: list[list[str]] = []
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> None:
        for target in sorted(graph[node]):
            if target in path:
                found.append([*path[path.index(target):], target])
            elif target not in done:
                visit(target, [*path, target])
        done.add(node)

    for start in sorted(graph):
        if start not in done:
            visit(start, [start])
    return found


def test_the_ui_imports_form_no_circle() -> None:
    assert cycles(ui_graph()) == []


def test_no_screen_imports_the_main_window() -> None:
    assert [m for m, targets in ui_graph().items()
            if m.startswith("ui.screens.") and "ui.screens.main_window" in targets] == []


def test_the_cycle_finder_finds_a_circle() -> None:
    # The shape the screens had: the window imports each screen, each screen the window.
    assert cycles({"main_window": {"sites"}, "sites": {"main_window"}}) == \
        [["main_window", "sites", "main_window"]]


@pytest.mark.parametrize(("accessor", "cls"), [
    ("home_screen", HomeScreen), ("sites_screen", SitesScreen),
    ("inspection_screen", InspectionScreen), ("order_screen", OrderScreen),
    ("settings_screen", SettingsScreen),
])
def test_typed_accessors_return_the_screens(window, accessor: str, cls: type) -> None:
    assert isinstance(getattr(window, accessor)(), cls)


def test_the_window_lends_the_sites_index_to_the_inspection_chooser(window) -> None:
    navigator: Navigator = window
    assert navigator.site_index() is window.sites_screen().site_model.site_index

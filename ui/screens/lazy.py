"""Pages that read nothing until they are first shown.

Start-up stays fast when a page the inspector may never open does not query the
database: the navigation calls `activate` each time it shows a page, and such a page
loads the first time only; after that the changes it subscribed to keep it current.
"""

from __future__ import annotations

from inspector.changes import ChangeSet


class LoadsWhenShown:
    """Mixed into a page before `QWidget`; the page defines `reload` and subscribes
    `_on_changes` to the changes that concern it."""

    _loaded = False

    def reload(self) -> None:
        raise NotImplementedError

    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()

    def _on_changes(self, changes: ChangeSet, _initiator: object) -> None:
        # Not shown yet: the first `activate` reads everything anyway.
        if self._loaded:
            self.reload()

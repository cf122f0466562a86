"""Cyclic garbage is collected on the GUI thread, never by whichever thread allocates."""

from __future__ import annotations

import gc
import threading
import weakref

from ui.gc_guard import GuiThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self
        self.freed_in: list[str] = []


def test_collection_happens_on_the_gui_thread(qtbot) -> None:
    gc.enable()  # Python's default (the UI tests' fixture turns it off): the collector's job
    collector = GuiThreadCollector()
    try:
        assert not gc.isenabled()
        freed: list[str] = []
        obj = _Cycle()
        weakref.finalize(obj, lambda: freed.append(threading.current_thread().name))
        del obj

        def churn() -> None:
            # Plenty of allocations: with automatic collection on, this thread would collect.
            junk = [[i] for i in range(200_000)]
            del junk

        worker = threading.Thread(target=churn, name="worker")
        worker.start()
        worker.join()
        assert freed == [], "nothing is collected off the GUI thread"
        qtbot.waitUntil(lambda: bool(freed), timeout=5000)
        assert freed == [threading.current_thread().name]
    finally:
        collector.stop()
    assert gc.isenabled()

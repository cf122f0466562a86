"""TaskManager.run_on_main: a closure runs on the GUI thread at the next turn of the loop,
whichever thread sent it (issue #14 replaced the queued connection it named)."""

from __future__ import annotations

import threading

from tests.ui.conftest import WAIT_MS
from ui.tasks import TaskManager


def test_from_the_gui_thread_it_waits_for_the_event_loop(qapp, qtbot) -> None:
    tasks = TaskManager()
    ran: list[str] = []
    tasks.run_on_main(lambda: ran.append("first"))
    tasks.run_on_main(lambda: ran.append("second"))
    assert ran == []  # not run inside the call
    qtbot.waitUntil(lambda: len(ran) == 2, timeout=WAIT_MS)
    assert ran == ["first", "second"]
    tasks.shutdown()


def test_from_a_worker_it_runs_on_the_gui_thread(qapp, qtbot) -> None:
    tasks = TaskManager()
    threads: list[int] = []
    results: list[int] = []
    gui = threading.get_ident()

    def work() -> int:
        assert threading.get_ident() != gui
        tasks.run_on_main(lambda: threads.append(threading.get_ident()))
        return 7

    tasks.run(work, lambda fut: results.append(fut.result()))
    qtbot.waitUntil(lambda: results == [7] and len(threads) == 1, timeout=WAIT_MS)
    assert threads == [gui]
    assert not tasks.busy
    tasks.shutdown()

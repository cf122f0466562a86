"""Run `inspector` the way a user does, either in this process or in a new one.

A fresh Python per command costs about a second of imports (SQLAlchemy, Alembic,
reportlab, the fonts), and the CLI tests make hundreds of calls. `in_process`
calls the CLI's `main(argv)` here instead and returns what `subprocess.run` would:
the exit code, stdout and stderr as text. What a new process would start afresh
is started afresh for each call:

- the environment: `env` is laid over `os.environ` for the call, then taken back;
- the clock: read again from INSPECTOR_CLOCK, as a new process reads it at import,
  and the test's clock is restored afterwards;
- the working directory: the repository root, as the subprocess had;
- the databases: every engine the call created is disposed when it returns, as a
  process exit would close them (SQLite folds its WAL back into the file then);
- the end: SystemExit becomes its exit code, an uncaught exception a traceback on
  stderr and exit 1, as the interpreter does.

`in_subprocess` is the real thing, kept for what only a process can show (the
console script, exit codes from the interpreter, a kill mid-import).
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import traceback
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
Result = subprocess.CompletedProcess[str]


def in_subprocess(argv: Sequence[str], env: Mapping[str, str] | None = None,
                  timeout: float = 300) -> Result:
    """`python -m inspector.cli.main ARGV` in a new process."""
    cmd = [sys.executable, "-m", "inspector.cli.main", *argv]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **(env or {})}, timeout=timeout)


def in_process(argv: Sequence[str], env: Mapping[str, str] | None = None) -> Result:
    """`inspector ARGV` through `main(argv)` in this process, as if it were a new one."""
    out, err = _stream(), _stream()
    with contextlib.ExitStack() as stack:
        stack.enter_context(_environment(env or {}))
        stack.enter_context(_clock_from_environment())
        stack.enter_context(_engines_disposed())
        stack.enter_context(contextlib.chdir(ROOT))
        stack.enter_context(contextlib.redirect_stdout(out))
        stack.enter_context(contextlib.redirect_stderr(err))
        code = _run_main(list(argv), err)
    return subprocess.CompletedProcess(["inspector", *argv], code, _text(out), _text(err))


def _run_main(argv: list[str], err: io.TextIOWrapper) -> int:
    from inspector.cli.main import main

    try:
        return main(argv)
    except SystemExit as exc:
        return _exit_status(exc.code, err)
    except Exception:  # what the interpreter does with an uncaught exception
        traceback.print_exc(file=err)
        return 1


def _exit_status(code: object, err: io.TextIOWrapper) -> int:
    """The status a process ends with on `sys.exit(code)` (None → 0, text → stderr, 1)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=err)
    return 1


def _stream() -> io.TextIOWrapper:
    # A real text stream (encoding, .buffer, no fileno) rather than StringIO, like a pipe.
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\n")


def _text(stream: io.TextIOWrapper) -> str:
    stream.flush()
    buffer = stream.buffer
    assert isinstance(buffer, io.BytesIO)
    return buffer.getvalue().decode("utf-8")


@contextlib.contextmanager
def _environment(extra: Mapping[str, str]) -> Iterator[None]:
    saved = dict(os.environ)
    os.environ.update(extra)
    try:
        yield
    finally:
        # Whatever the call set or removed is undone too, not only `extra`.
        os.environ.clear()
        os.environ.update(saved)


@contextlib.contextmanager
def _clock_from_environment() -> Iterator[None]:
    from inspector import clock

    with clock.frozen_at(clock.now()):  # saves the test's setting and restores it after
        clock.reset()
        clock.load_from_environment()
        yield


@contextlib.contextmanager
def _engines_disposed() -> Iterator[None]:
    """Dispose of every engine the CLI makes (all of them come from make_engine)."""
    from inspector.storage import engine as engine_module

    made: list[Any] = []
    real = engine_module.create_engine

    def recording(*args: Any, **kwargs: Any) -> Any:
        engine = real(*args, **kwargs)
        made.append(engine)
        return engine

    engine_module.create_engine = recording
    try:
        yield
    finally:
        engine_module.create_engine = real
        for engine in made:
            engine.dispose()

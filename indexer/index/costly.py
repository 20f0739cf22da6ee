"""Costly queries take turns, and give way to the others while they run.

A query that expands words (wildcards, ranges) costs tens of times an ordinary one. A
flood of them must not take the server from its other readers (issue 16: 40 wildcard
requests took a normal search from 11 to 712 ms), so one runs at a time on the machine
for each index: one thread of a serving process (a semaphore), and one serving process of
the index (a lock on the index folder, which every process opens read-only). The others
wait without using the CPU, for as long as their time budget lasts. While it runs, a
costly query lets other threads take the interpreter between the words it expands and
every few dozen matches (``give_way``), so an ordinary search beside it barely slows.
"""

from __future__ import annotations

import fcntl
import os
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_ONE_THREAD = threading.BoundedSemaphore(1)
_POLL_S = 0.005
_held = threading.local()
# What makes a typed query expand words: a wildcard, or a range "[a TO z]" / "{a TO z}".
_EXPANDING = re.compile(r"[*?\[{]")


def looks_costly(text: str) -> bool:
    """Whether a typed query may expand words, read without parsing it (the web app holds
    the turn for a whole request: rendering the page of a flood's searches costs too)."""
    return bool(_EXPANDING.search(text or ""))


@contextmanager
def costly_turn(index_dir: Path, deadline: float | None) -> Iterator[bool]:
    """Within the block, this is the one costly query on ``index_dir``; False when its turn
    did not come before ``deadline``. Within a turn asked for already on this thread (the
    web app's for a whole request), the answer is that one's."""
    asked = getattr(_held, "turn", None)
    if asked is not None:
        yield asked
        return
    with _taken(index_dir, deadline) as turn:
        _held.turn = turn
        try:
            yield turn
        finally:
            _held.turn = None


@contextmanager
def _taken(index_dir: Path, deadline: float | None) -> Iterator[bool]:
    wait = None if deadline is None else max(0.0, deadline - time.monotonic())
    if not _ONE_THREAD.acquire(timeout=wait):
        yield False
        return
    try:
        try:
            folder = os.open(index_dir, os.O_RDONLY)
        except OSError:  # the folder cannot be opened to lock: take turns within this process only
            yield True
            return
        try:
            while True:
                try:
                    fcntl.flock(folder, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if deadline is not None and time.monotonic() >= deadline:
                        yield False
                        return
                    time.sleep(_POLL_S)
            try:
                yield True
            finally:
                fcntl.flock(folder, fcntl.LOCK_UN)
        finally:
            os.close(folder)
    finally:
        _ONE_THREAD.release()


def give_way() -> None:
    """Let another thread have the interpreter now (a costly query's courtesy)."""
    time.sleep(0)

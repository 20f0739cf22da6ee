"""Sharing connections fairly between the serving processes.

The serving processes accept from one listening socket, and whichever wakes first takes
what is waiting. A browser (or a load test) keeps its connection open for request after
request, so where a connection lands decides which core serves it for its whole life:
measured on the real-paper index with 8 clients, one process often held 6, 7 or all 8
connections while the other sat idle, and the server ran on one core of two (issue 17).

So each process publishes how many connections it holds in a small table of shared memory,
and takes a new one only while it holds no more than the process holding fewest. Each row
carries the time it was written; a row not written for ``STALE_S`` seconds (a process that
died, or is being started again) is not waited for, so a lost process can never stop the
others from accepting. A process that takes a connection and so holds more than another
wakes the others (a byte down each one's pipe), so one that stood aside takes the next
connection at once instead of after its poll times out: a burst of connections (150 slow
clients in tests/test_hostile_server.py) is taken as fast as by one process.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import struct
import time
from collections.abc import Callable
from typing import Any

STALE_S = 5.0  # a serving loop writes its row at least once a second (waitress's poll timeout)
RECHECK_S = 0.1  # how long a process standing aside polls before it looks again regardless
_ROW = struct.Struct("qd")  # connections held, CLOCK_MONOTONIC time written


class ConnectionTable:
    """One row and one wake-up pipe per serving process, made before the processes fork."""

    def __init__(self, processes: int) -> None:
        self.processes = processes
        self._memory = mmap.mmap(-1, _ROW.size * processes)  # anonymous and shared across fork
        self._pipes = [os.pipe() for _ in range(processes)]
        for ends in self._pipes:
            for end in ends:
                os.set_blocking(end, False)

    def publish(self, slot: int, connections: int) -> None:
        _ROW.pack_into(self._memory, slot * _ROW.size, connections, time.monotonic())

    def forget(self, slot: int) -> None:
        """A process that ended: its row no longer counts until its successor writes it."""
        _ROW.pack_into(self._memory, slot * _ROW.size, 0, 0.0)

    def fewest_elsewhere(self, slot: int) -> int | None:
        """The fewest connections any other live process holds (None: no other is live)."""
        now = time.monotonic()
        fewest = None
        for other in range(self.processes):
            if other == slot:
                continue
            held, written = _ROW.unpack_from(self._memory, other * _ROW.size)
            if now - written <= STALE_S and (fewest is None or held < fewest):
                fewest = held
        return fewest

    def wake_others(self, slot: int) -> None:
        for other in range(self.processes):
            if other != slot:
                with contextlib.suppress(OSError):  # a full pipe: it has been woken already
                    os.write(self._pipes[other][1], b"!")

    def wake_fd(self, slot: int) -> int:
        """The end of ``slot``'s pipe its process watches."""
        return self._pipes[slot][0]


def share_connections(server: Any, sockets: dict[int, Any], table: ConnectionTable, slot: int) -> Callable[[], float]:
    """Make a waitress server accept only while it holds no more connections than the others.

    waitress asks ``readable()`` of its listening server before every poll, so returning
    False there leaves a waiting connection to the other processes' loops. ``sockets`` is
    the server's socket map, which gains the wake-up pipe. Returns how long the next poll
    may wait: shorter while this process stands aside.
    """
    from waitress import wasyncore

    accepting: Callable[[], bool] = server.readable
    accept: Callable[[], None] = server.handle_accept
    standing_aside = False

    class Wakeup(wasyncore.file_dispatcher):
        """Another process took a connection: look again at who should take the next."""

        def writable(self) -> bool:
            return False

        def handle_read(self) -> None:
            with contextlib.suppress(OSError):
                self.recv(4096)

    Wakeup(table.wake_fd(slot), map=sockets)

    def readable() -> bool:
        nonlocal standing_aside
        standing_aside = False
        if not accepting():
            return False
        held = len(server.active_channels)
        table.publish(slot, held)
        fewest = table.fewest_elsewhere(slot)
        standing_aside = fewest is not None and held > fewest
        return not standing_aside

    def handle_accept() -> None:
        accept()
        held = len(server.active_channels)
        table.publish(slot, held)
        fewest = table.fewest_elsewhere(slot)
        if fewest is not None and held > fewest:
            table.wake_others(slot)

    def poll_timeout() -> float:
        readable()  # decided now, for the poll about to start
        return RECHECK_S if standing_aside else server.adj.asyncore_loop_timeout

    server.readable = readable
    server.handle_accept = handle_accept
    return poll_timeout

"""The served app shares its readers fairly between its processes (webapp/balance.py)."""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.processes import children, free_port
from webapp import balance
from webapp.balance import ConnectionTable

ROOT = Path(__file__).resolve().parent.parent


def _connections_held(pid: int, port: int) -> int:
    """TCP connections of ``pid`` to ``port`` (the listening socket not counted)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    held = 0
    for line in Path(f"/proc/{pid}/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local_port = int(fields[1].rsplit(":", 1)[1], 16)
        established = fields[3] == "01"
        if local_port == port and established and fields[9] in inodes:
            held += 1
    return held


@pytest.fixture()
def two_processes(indexed_corpus: Path) -> Iterator[tuple[subprocess.Popen, int]]:
    port = free_port()
    command = [sys.executable, "-m", "indexer", "serve", "--port", str(port), "--index", str(indexed_corpus)]
    server = subprocess.Popen(
        [*command, "--processes", "2"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        yield server, port
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_eight_readers_who_keep_their_connections_are_served_four_by_each_process(
    two_processes: tuple[subprocess.Popen, int],
) -> None:
    server, port = two_processes
    for _round in range(2):
        readers = []
        for _ in range(8):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            conn.request("GET", "/search?q=police")
            response = conn.getresponse()
            response.read()
            assert response.status == 200
            readers.append(conn)
        held = sorted(_connections_held(pid, port) for pid in children(server.pid))
        for conn in readers:
            conn.close()
        assert held == [4, 4]
        time.sleep(0.5)  # the closed connections leave both processes' counts


def test_a_process_that_stopped_writing_its_row_is_not_waited_for(monkeypatch: pytest.MonkeyPatch) -> None:
    table = ConnectionTable(3)
    now = time.monotonic()
    monkeypatch.setattr(balance.time, "monotonic", lambda: now - balance.STALE_S - 1)
    table.publish(1, 0)  # a process that died holding nothing, long ago
    monkeypatch.setattr(balance.time, "monotonic", lambda: now)
    table.publish(2, 3)
    assert table.fewest_elsewhere(0) == 3
    table.forget(2)  # its process ended and was reaped
    assert table.fewest_elsewhere(0) is None

"""The served app (waitress, as `make run` serves it) under clients that misbehave."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.processes import children as children_of
from tests.processes import free_port

ROOT = Path(__file__).resolve().parent.parent
SLOW_CLIENTS = 150


@pytest.fixture()
def server_process(indexed_corpus: Path) -> Iterator[tuple[subprocess.Popen, str]]:
    port = free_port()
    command = [sys.executable, "-m", "indexer", "serve", "--port", str(port), "--index", str(indexed_corpus)]
    server = subprocess.Popen(
        [*command, "--processes", "2"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{url}/static/minuted.css", timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        yield server, url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture()
def served(server_process: tuple[subprocess.Popen, str]) -> str:
    return server_process[1]


def test_the_app_is_served_by_several_processes_and_a_crashed_one_comes_back(
    server_process: tuple[subprocess.Popen, str],
) -> None:
    import signal

    server, url = server_process
    children = children_of(server.pid)
    assert len(children) == 2
    os.kill(children[0], signal.SIGKILL)
    for _ in range(50):
        now = children_of(server.pid)
        if len(now) == 2 and children[0] not in now:
            break
        time.sleep(0.1)
    assert len(children_of(server.pid)) == 2
    for _ in range(6):
        with urllib.request.urlopen(f"{url}/search?q=police", timeout=10) as response:
            assert response.status == 200


def test_stopping_the_server_stops_every_process(server_process: tuple[subprocess.Popen, str]) -> None:
    server, _url = server_process
    children = children_of(server.pid)
    server.terminate()
    server.wait(timeout=10)
    time.sleep(0.5)
    assert not [
        pid
        for pid in children
        if Path(f"/proc/{pid}").exists() and "Z" not in Path(f"/proc/{pid}/stat").read_text().split(") ")[1][:1]
    ]


def test_clients_that_never_finish_their_headers_do_not_block_a_reader(served: str) -> None:
    port = int(served.rsplit(":", 1)[1])
    slow = []
    try:
        for _ in range(SLOW_CLIENTS):
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            sock.sendall(b"GET /search?q=police HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            slow.append(sock)
        started = time.monotonic()
        with urllib.request.urlopen(f"{served}/search?q=police", timeout=10) as response:
            assert response.status == 200
        assert time.monotonic() - started < 10
    finally:
        for sock in slow:
            sock.close()


def test_a_forged_host_gets_no_redirect_from_the_served_app(served: str) -> None:
    port = int(served.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"GET /static//etc/passwd HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    head = answer.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    assert head.split()[1] == "404"
    assert "evil.example" not in head

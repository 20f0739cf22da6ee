"""The serving loop leaves a running request's output to its thread (webapp/channel.py).

Pages must arrive whole however they are written: one large page while other requests
compute, and a long streamed answer that outruns waitress's output buffer (which waits on
the loop to send it). And the loop must not spin: with waitress's own connection it was woken
tens of times a request to find the output locked by the request's thread.
"""

from __future__ import annotations

import http.client
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from waitress.server import create_server

from webapp.channel import QuietChannel

PAGE = b"<p>minutes</p>\n" * 14_000  # ~200 KB: more than a socket takes at once
STREAMED = 64  # pieces of 64 KB: 4 MB through a 256 KB output buffer


class CountingChannel(QuietChannel):
    """Counts the loop's turns at sending a connection's output."""

    turns = 0

    def handle_write(self) -> None:
        CountingChannel.turns += 1
        super().handle_write()


def _busy_page(_environ: dict, start_response: Callable) -> list[bytes]:
    sum(i * i for i in range(60_000))  # a search's worth of Python, holding the interpreter
    start_response("200 OK", [("Content-Type", "text/html"), ("Content-Length", str(len(PAGE)))])
    return [PAGE]


def _streamed(_environ: dict, start_response: Callable) -> Iterator[bytes]:
    start_response("200 OK", [("Content-Type", "application/octet-stream")])
    for n in range(STREAMED):
        yield bytes([65 + n % 26]) * 65_536


@pytest.fixture()
def serve() -> Iterator[Callable[[Any], int]]:
    servers = []

    def start(app: Any, **options: Any) -> int:
        server = create_server(app, host="127.0.0.1", port=0, threads=4, **options)
        server.channel_class = CountingChannel
        servers.append(server)
        threading.Thread(target=server.run, daemon=True).start()
        return int(server.effective_port)

    yield start
    for server in servers:
        server.task_dispatcher.shutdown()
        server.close()


def _get(port: int, times: int, got: list[bytes]) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for _ in range(times):
        conn.request("GET", "/")
        got.append(conn.getresponse().read())
    conn.close()


def test_pages_written_while_others_compute_arrive_whole_and_the_loop_does_not_spin(serve) -> None:  # noqa: ANN001
    port = serve(_busy_page)
    CountingChannel.turns = 0
    got: list[bytes] = []
    clients = [threading.Thread(target=_get, args=(port, 10, got)) for _ in range(4)]
    for client in clients:
        client.start()
    for client in clients:
        client.join(timeout=60)
    assert len(got) == 40 and all(body == PAGE for body in got)
    assert CountingChannel.turns <= len(got)  # waitress's own channel: ~250 turns a request here


def test_a_stream_longer_than_the_output_buffer_is_sent_by_the_loop_as_the_task_waits(serve) -> None:  # noqa: ANN001
    port = serve(_streamed, outbuf_high_watermark=256 * 1024)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    conn.sock = socket.socket()
    conn.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16_384)  # set before connecting: a small window
    conn.sock.connect(("127.0.0.1", port))
    conn.request("GET", "/")
    response = conn.getresponse()
    time.sleep(0.5)  # a reader that stalls: the socket fills, the task outruns its buffer and waits
    parts = []
    while part := response.read(65_536):
        parts.append(part)
    conn.close()
    assert b"".join(parts) == b"".join(bytes([65 + n % 26]) * 65_536 for n in range(STREAMED))

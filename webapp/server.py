"""Serving the app to the world: waitress, with limits suited to a small machine.

Python answers one request at a time per process (the GIL), so the app is served by several
processes sharing one listening socket, each a waitress server with its own threads and its
own read-only view of the index. The parent only watches them: a process that dies is
started again, and stopping the parent stops them all. They share connections out evenly
(webapp/balance.py), since a kept-alive connection stays with the process that took it.

Slow clients (a connection that sends its headers a byte at a time, or never finishes
them) cost waitress a socket, not a thread, so the connection limit is set well above the
threads and idle connections are dropped after ``CHANNEL_TIMEOUT`` seconds; ``poll`` is used
instead of ``select`` so more than 1,024 sockets can be watched.
"""

from __future__ import annotations

import contextlib
import logging
import os
import resource
import signal
import socket
import sys
from collections.abc import Callable
from typing import Any

from indexer.index.processes import die_with_parent
from webapp.balance import ConnectionTable, share_connections

CONNECTION_LIMIT = 1000
CHANNEL_TIMEOUT = 20  # seconds a connection may sit idle mid-request
CLEANUP_INTERVAL = 5
MAX_HEADER_BYTES = 64 * 1024
MAX_BODY_BYTES = 1024 * 1024  # nothing here takes a body; a search is a GET
SWITCH_INTERVAL_S = 0.0005


def serving_options(threads: int) -> dict[str, Any]:
    """waitress's settings for this app."""
    return {
        "threads": threads,
        "connection_limit": CONNECTION_LIMIT,
        "channel_timeout": CHANNEL_TIMEOUT,
        "cleanup_interval": CLEANUP_INTERVAL,
        "max_request_header_size": MAX_HEADER_BYTES,
        "max_request_body_size": MAX_BODY_BYTES,
        "asyncore_use_poll": True,
        "ident": "Minuted",
    }


def default_processes() -> int:
    """One serving process per core, at most four (each keeps its own searchers)."""
    return max(1, min(4, os.cpu_count() or 1))


def serve(make_app: Callable[[], Any], host: str, port: int, threads: int, processes: int = 1) -> None:
    """Serve the app ``make_app`` builds until interrupted, in ``processes`` processes."""
    with contextlib.suppress(ValueError, OSError):
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        wanted = CONNECTION_LIMIT + 100
        if soft < wanted:
            resource.setrlimit(resource.RLIMIT_NOFILE, (min(wanted, hard), hard))
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    listener.listen(1024)
    if processes <= 1:
        _serve_on(listener, make_app, threads)
        return
    table = ConnectionTable(processes)
    children = {_start(listener, make_app, threads, table, slot): slot for slot in range(processes)}
    stopping = False

    def stop(_signum: int, _frame: Any) -> None:
        nonlocal stopping
        stopping = True
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while children:
        try:
            pid, _status = os.wait()
        except ChildProcessError:
            break
        except InterruptedError:
            continue
        slot = children.pop(pid, None)
        if slot is None:
            continue
        table.forget(slot)
        if not stopping:  # a crashed server comes back, in the same row of the table
            children[_start(listener, make_app, threads, table, slot)] = slot


def _start(
    listener: socket.socket, make_app: Callable[[], Any], threads: int, table: ConnectionTable, slot: int
) -> int:
    pid = os.fork()
    if pid:
        return pid
    try:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        die_with_parent()
        _serve_on(listener, make_app, threads, (table, slot))
    finally:
        os._exit(0)


def _serve_on(
    listener: socket.socket,
    make_app: Callable[[], Any],
    threads: int,
    shared: tuple[ConnectionTable, int] | None = None,
) -> None:
    from waitress import wasyncore
    from waitress.server import create_server

    from webapp.channel import QuietChannel

    logging.basicConfig()  # as waitress.serve does: its warnings reach stderr
    # A thread waiting for the interpreter waits at most this long for a busy one (Python's
    # default is 5 ms): a quick search beside a slow one then barely slows (issue 16's flood).
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    sockets: dict[int, Any] = {}
    server = create_server(make_app(), map=sockets, sockets=[listener], **serving_options(threads))
    server.channel_class = QuietChannel  # its loop leaves a running request's output to it (webapp/channel.py)
    if shared is None:
        server.run()
        return
    poll_timeout = share_connections(server, sockets, *shared)
    try:  # waitress's own loop (server.run), with a poll timeout that can change
        while sockets:
            wasyncore.loop(poll_timeout(), use_poll=True, map=sockets, count=1)
    except (SystemExit, KeyboardInterrupt):
        server.task_dispatcher.shutdown()
